/**
 * Server-side table definitions for the configuration kinds (pkg/printers/internalversion,
 * v1.32): ConfigMap (NAME, DATA, AGE), Secret (NAME, TYPE, DATA, AGE), ServiceAccount (NAME,
 * SECRETS, AGE), PodDisruptionBudget, LimitRange, ResourceQuota; and NAME/AGE for any other served kind that
 * has none, so `kubectl get` never lacks a table.
 */
import { registerTableKind, tableKindFor, type ColumnDefinition } from './table-registry';
import { translateTimestampSince } from './human-duration';
import { RESOURCES } from '../parse/resources';
import type { KubeObject } from '../../model/types';
import { quantityOrZero } from '../../model/quantity';
import './table-kinds';
import './table-kinds-storage';

const name: ColumnDefinition = { name: 'Name', priority: 0, format: 'name' };
const age: ColumnDefinition = { name: 'Age', priority: 0 };
const col = (n: string, priority: 0 | 1 = 0): ColumnDefinition => ({ name: n, priority });
const ageOf = (o: KubeObject, nowMs: number) => translateTimestampSince(o.metadata?.creationTimestamp, nowMs);
const count = (m: unknown) => (m && typeof m === 'object' ? Object.keys(m).length : 0);

registerTableKind<KubeObject>({
  kind: 'ConfigMap',
  group: '',
  namespaced: true,
  columns: [name, col('Data'), age],
  row: (o, now) => [o.metadata.name ?? '', count(o.data) + count(o.binaryData), ageOf(o, now)],
});

registerTableKind<KubeObject>({
  kind: 'Secret',
  group: '',
  namespaced: true,
  columns: [name, col('Type'), col('Data'), age],
  row: (o, now) => [o.metadata.name ?? '', String(o.type ?? 'Opaque'), count(o.data), ageOf(o, now)],
});

registerTableKind<KubeObject>({
  kind: 'ServiceAccount',
  group: '',
  namespaced: true,
  columns: [name, col('Secrets'), age],
  row: (o, now) => [o.metadata.name ?? '', Array.isArray(o.secrets) ? o.secrets.length : 0, ageOf(o, now)],
});

registerTableKind<KubeObject>({
  kind: 'PodDisruptionBudget',
  group: 'policy',
  namespaced: true,
  columns: [name, col('Min Available'), col('Max Unavailable'), col('Allowed Disruptions'), age],
  row: (o, now) => {
    const spec = (o.spec ?? {}) as { minAvailable?: number | string; maxUnavailable?: number | string };
    const status = (o.status ?? {}) as { disruptionsAllowed?: number };
    return [
      o.metadata.name ?? '',
      spec.minAvailable !== undefined ? String(spec.minAvailable) : 'N/A',
      spec.maxUnavailable !== undefined ? String(spec.maxUnavailable) : 'N/A',
      status.disruptionsAllowed ?? 0,
      ageOf(o, now),
    ];
  },
});

registerTableKind<KubeObject>({
  kind: 'LimitRange',
  group: '',
  namespaced: true,
  columns: [name, col('Created At')],
  row: (o) => [o.metadata.name ?? '', o.metadata.creationTimestamp ?? ''],
});

// printResourceQuota: `<resource>: <used>/<hard>` for every hard limit, sorted, `limits.*` in
// the Limit column and everything else in Request, each quantity as its String().
registerTableKind<KubeObject>({
  kind: 'ResourceQuota',
  group: '',
  namespaced: true,
  columns: [name, age, col('Request'), col('Limit')],
  row: (o, now) => {
    const spec = (o.spec ?? {}) as { hard?: Record<string, string> };
    const status = (o.status ?? {}) as { hard?: Record<string, string>; used?: Record<string, string> };
    const request: string[] = [];
    const limit: string[] = [];
    for (const resource of Object.keys(spec.hard ?? {}).sort()) {
      const pieces = resource.split('.');
      const cell = `${resource}: ${quantityOrZero(status.used?.[resource])}/${quantityOrZero(status.hard?.[resource])}`;
      (pieces.length > 1 && pieces[0] === 'limits' ? limit : request).push(cell);
    }
    return [o.metadata.name ?? '', ageOf(o, now), request.join(', '), limit.join(', ')];
  },
});

for (const r of RESOURCES) {
  if (tableKindFor(r.kind)) continue;
  registerTableKind<KubeObject>({
    kind: r.kind,
    group: r.group,
    namespaced: r.namespaced,
    columns: [name, age],
    row: (o, now) => [o.metadata.name ?? '', ageOf(o, now)],
  });
}
