import type { KubeObject, LabelSelector, Pod } from '../../model/types';
import type { SimEvent } from '../../events/sim-event';
import type { Controller, ControllerContext } from '../controller';
import { selectorMatches } from '../../model/labels';
import { controllerRef, isPodReady } from '../../model/pod-util';
import { rfc3339 } from '../../clock/virtual-clock';
import { BudgetSpec, desiredHealthy, disruptionsAllowed } from './budget';

type PDB = KubeObject & { spec?: BudgetSpec & { selector?: LabelSelector }; status?: Record<string, unknown> };
type P = Pod & KubeObject;

/**
 * The disruption controller: keeps each PodDisruptionBudget's status (expectedPods, currentHealthy,
 * desiredHealthy, disruptionsAllowed, DisruptionAllowed condition) in step with its pods, which is
 * what the eviction API consults. Keys are namespaces.
 */
export class DisruptionController implements Controller {
  readonly name = 'disruption';

  constructor(private readonly ctx: ControllerContext) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    if (e.kind !== 'PodDisruptionBudget' && e.kind !== 'Pod') return;
    const ns = e.object.metadata.namespace ?? 'default';
    if (e.kind === 'PodDisruptionBudget' || this.ctx.store.has('PodDisruptionBudget', ns)) enqueue(ns);
  }

  sync(ns: string): void {
    const pods = this.ctx.store.list<P>('Pod', ns);
    for (const pdb of this.ctx.store.list<PDB>('PodDisruptionBudget', ns)) {
      const matching = pods.filter((p) => selectorMatches(pdb.spec?.selector, p.metadata.labels));
      const expected = this.expectedPods(pdb, matching);
      const healthy = matching.filter((p) => !p.metadata.deletionTimestamp && isPodReady(p)).length;
      const desired = desiredHealthy(pdb.spec ?? {}, expected);
      const allowed = disruptionsAllowed(healthy, desired);
      const previous = pdb.status?.conditions as Array<{ status: string; lastTransitionTime: string }> | undefined;
      const condStatus = allowed > 0 ? 'True' : 'False';
      const status = {
        observedGeneration: pdb.metadata.generation ?? 1,
        disruptionsAllowed: allowed,
        currentHealthy: healthy,
        desiredHealthy: desired,
        expectedPods: expected,
        conditions: [{
          type: 'DisruptionAllowed',
          status: condStatus,
          reason: allowed > 0 ? 'SufficientPods' : 'InsufficientPods',
          message: '',
          observedGeneration: pdb.metadata.generation ?? 1,
          lastTransitionTime: previous?.[0]?.status === condStatus ? previous[0].lastTransitionTime : rfc3339(this.ctx.clock.now()),
        }],
      };
      if (JSON.stringify(status) === JSON.stringify(pdb.status ?? {})) continue;
      this.ctx.store.modify(pdb, (o) => {
        o.status = status;
      });
    }
  }

  /**
   * expectedPods: for an integer minAvailable, the pods there are; otherwise the scale of the
   * controllers that own them (a Deployment's ReplicaSets count their spec.replicas).
   */
  private expectedPods(pdb: PDB, pods: P[]): number {
    if (typeof pdb.spec?.minAvailable === 'number' && pdb.spec.maxUnavailable === undefined) return pods.length;
    const owners = new Map<string, number>();
    for (const p of pods) {
      const ref = controllerRef(p);
      if (!ref) continue;
      const owner = this.ctx.store.get(ref.kind, p.metadata.namespace, ref.name) as (KubeObject & { spec?: { replicas?: number } }) | undefined;
      if (owner) owners.set(owner.metadata.uid!, owner.spec?.replicas ?? 1);
    }
    return [...owners.values()].reduce((n, r) => n + r, 0);
  }
}
