import { test } from 'node:test';
import { expect } from 'chai';
import type { KubeObject } from './types';
import { dropOmittedZeros } from './omitempty';

const obj = (kind: string, status: Record<string, unknown>) => ({ apiVersion: 'v1', kind, metadata: { name: 'x' }, status }) as unknown as KubeObject & { status: Record<string, unknown> };

test('zero omitempty status counters are left out, the others stay', () => {
  const rows: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
    ['Deployment', { replicas: 3, availableReplicas: 3, unavailableReplicas: 0, updatedReplicas: 3 }, { replicas: 3, availableReplicas: 3, updatedReplicas: 3 }],
    ['Deployment', { replicas: 0, observedGeneration: 2, collisionCount: 0 }, { observedGeneration: 2, collisionCount: 0 }],
    // A ReplicaSet's replicas has no omitempty: `replicas: 0` is printed.
    ['ReplicaSet', { replicas: 0, fullyLabeledReplicas: 0, readyReplicas: 0, availableReplicas: 0, observedGeneration: 1 }, { replicas: 0, observedGeneration: 1 }],
    ['DaemonSet', { currentNumberScheduled: 0, numberMisscheduled: 0, desiredNumberScheduled: 0, numberReady: 0, numberAvailable: 0, numberUnavailable: 0 }, { currentNumberScheduled: 0, numberMisscheduled: 0, desiredNumberScheduled: 0, numberReady: 0 }],
    ['Job', { active: 0, succeeded: 2, failed: 0, ready: 0 }, { succeeded: 2, ready: 0 }],
    ['Pod', { restartCount: 0 }, { restartCount: 0 }],
  ];
  for (const [kind, status, want] of rows) expect(dropOmittedZeros(obj(kind, status)).status, kind).to.deep.equal(want);
});
