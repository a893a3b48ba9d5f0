import type { KubeObject } from './types';

/**
 * Status counters the API types declare `int32 ... json:",omitempty"`: the API server's JSON
 * leaves them out when they are 0, so `kubectl get deploy -o yaml` shows no
 * `unavailableReplicas: 0`. The controllers keep the zeros (Go structs have them too); the
 * objects the API hands out drop them. Counters without omitempty (a ReplicaSet's `replicas`,
 * a DaemonSet's `numberReady`, …) and pointers (`collisionCount`) stay even when 0.
 */
const OMITEMPTY_STATUS_COUNTERS: Readonly<Record<string, readonly string[]>> = {
  Deployment: ['observedGeneration', 'replicas', 'updatedReplicas', 'readyReplicas', 'availableReplicas', 'unavailableReplicas'],
  ReplicaSet: ['fullyLabeledReplicas', 'readyReplicas', 'availableReplicas', 'observedGeneration'],
  StatefulSet: ['observedGeneration', 'readyReplicas', 'currentReplicas', 'updatedReplicas'],
  DaemonSet: ['observedGeneration', 'updatedNumberScheduled', 'numberAvailable', 'numberUnavailable'],
  Job: ['active', 'succeeded', 'failed'],
};

/** Drops the zero omitempty status counters of an object the API is about to hand out (in place). */
export function dropOmittedZeros<T extends KubeObject>(obj: T): T {
  const fields = OMITEMPTY_STATUS_COUNTERS[obj.kind];
  const status = (obj as { status?: Record<string, unknown> }).status;
  if (!fields || !status) return obj;
  for (const f of fields) if (status[f] === 0) delete status[f];
  return obj;
}
