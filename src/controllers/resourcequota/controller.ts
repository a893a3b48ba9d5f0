import type { KubeObject, Pod } from '../../model/types';
import type { SimEvent } from '../../events/sim-event';
import type { Controller, ControllerContext } from '../controller';
import { quotaUsage } from '../../model/resource-policy';

type Quota = KubeObject & { spec?: { hard?: Record<string, string> }; status?: { hard?: Record<string, string>; used?: Record<string, string> } };

/**
 * The resource quota controller: keeps each ResourceQuota's status (hard, used) in step with the
 * pods of its namespace, so `kubectl describe quota` shows what is used. Keys are namespaces.
 */
export class ResourceQuotaController implements Controller {
  readonly name = 'resourcequota';

  constructor(private readonly ctx: ControllerContext) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    if (e.kind !== 'ResourceQuota' && e.kind !== 'Pod') return;
    const ns = e.object.metadata.namespace ?? 'default';
    if (e.kind === 'ResourceQuota' || this.ctx.store.has('ResourceQuota', ns)) enqueue(ns);
  }

  sync(ns: string): void {
    const pods = this.ctx.store.list<Pod & KubeObject>('Pod', ns);
    for (const quota of this.ctx.store.list<Quota>('ResourceQuota', ns)) {
      const usage = quotaUsage(quota, pods);
      const used = Object.fromEntries(Object.keys(quota.spec?.hard ?? {}).map((k) => [k, usage[k]?.toString() ?? '0']));
      const status = { hard: { ...(quota.spec?.hard ?? {}) }, used };
      if (JSON.stringify(status) === JSON.stringify(quota.status ?? {})) continue;
      this.ctx.store.modify(quota, (q) => {
        q.status = status;
      });
    }
  }
}
