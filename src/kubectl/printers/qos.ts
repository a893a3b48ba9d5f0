/**
 * The `QoS Class` line of `describe pod` (kubectl/pkg/util/qos): `status.qosClass` as the API
 * server stored it, otherwise computed from the containers' requests and limits.
 */
import type { Pod } from '../../model/types';
import { computePodQOS } from '../../model/qos';

export { computePodQOS };

/** GetPodQOS: `BestEffort`, `Burstable` or `Guaranteed`. */
export function podQOSClass(pod: Pod): string {
  if (pod.status?.qosClass) return pod.status.qosClass;
  return computePodQOS(pod);
}
