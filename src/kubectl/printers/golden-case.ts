/**
 * Test support for the golden files in testdata/ (kwok style): a `<name>.input.yaml` describes
 * the objects a kubectl command would see, the virtual "now" and which printer to run; its
 * `<name>.golden.txt` holds the exact expected output. Related objects (a deployment's
 * ReplicaSets, the events about an object, a pod's node) are picked from `objects` the way the
 * kubectl command would fetch them.
 */
import type { Deployment, Event, KubeObject, Node, Pod, ReplicaSet } from '../../model/types';
import { printTable, printTables, type GetTableOptions } from './get-table';
import { printJson, printNames, printYaml } from './object-output';
import { describeDeployment, describePod, describeReplicaSet } from './describe';
import { historyFromReplicaSets, printRolloutHistory, printRolloutHistoryRevision } from './rollout-history';
import { describePersistentVolume, describePersistentVolumeClaim, describeStorageClass } from './describe-storage';
import { describeConfigMap, describeSecret } from './describe-config';
import { describeDaemonSet, describeJob } from './describe-workloads';
import { describeGeneric } from './describe-generic';
import { selectorMatches } from '../../model/labels';

/** The contents of a `<name>.input.yaml`. */
export interface GoldenCase {
  /** The kubectl command whose stdout the golden holds (documentation, and for oracle runs). */
  readonly kubectl: string;
  /** RFC3339 virtual time at which the command runs. */
  readonly now: string;
  readonly render:
    | 'get'
    | 'yaml'
    | 'json'
    | 'name'
    | 'describe-deployment'
    | 'describe-replicaset'
    | 'describe-pod'
    | 'describe'
    | 'rollout-history'
    | 'rollout-history-revision';
  /** `get` flags. */
  readonly options?: GetTableOptions;
  /** `get`: kinds in output order (default: order of first appearance in `objects`). */
  readonly kinds?: readonly string[];
  /** yaml/json: print `objects` as a List (a list request) or its first object (`get kind name`). */
  readonly subject?: 'list' | 'object';
  /** describe / rollout: the object's name. */
  readonly target?: string;
  /** `describe`: the kind of the object to describe (every kind without a describe-<kind> render). */
  readonly targetKind?: string;
  /** describe-deployment: which owned ReplicaSet is the new one. */
  readonly newReplicaSet?: string;
  /** rollout-history-revision: the revision to show. */
  readonly revision?: number;
  /**
   * How the oracle compares with real kubectl: `exact` (default), or `lines` — the same lines in
   * any order, for outputs kubectl prints in Go's random map order (several configmap or secret
   * keys).
   */
  readonly oracle?: 'exact' | 'lines';
  readonly objects: readonly KubeObject[];
}

/** Renders a golden case to the text kubectl would print on stdout. */
export function renderGoldenCase(c: GoldenCase): string {
  const nowMs = Date.parse(c.now);
  const ofKind = <T>(kind: string) => c.objects.filter((o) => o.kind === kind) as unknown as T[];
  const named = <T>(kind: string, name: string | undefined) => {
    const found = ofKind<KubeObject>(kind).find((o) => o.metadata.name === name);
    if (!found) throw new Error(`golden case: no ${kind} named ${JSON.stringify(name)}`);
    return found as unknown as T;
  };
  const eventsAbout = (kind: string, name: string | undefined) =>
    ofKind<Event>('Event').filter((e) => e.involvedObject.kind === kind && e.involvedObject.name === name);
  const ownedReplicaSets = (d: Deployment) =>
    ofKind<ReplicaSet>('ReplicaSet').filter((rs) => rs.metadata?.ownerReferences?.some((r) => r.uid === d.metadata?.uid));

  switch (c.render) {
    case 'get': {
      const kinds = c.kinds ?? [...new Set(c.objects.map((o) => o.kind))];
      const withKindPrefix = kinds.length > 1;
      return printTables(
        kinds.map((kind) => printTable(kind, ofKind<KubeObject>(kind), { ...c.options, withKindPrefix }, nowMs)),
        c.options,
      );
    }
    case 'yaml':
      return printYaml(c.subject === 'object' ? c.objects[0] : c.objects);
    case 'json':
      return printJson(c.subject === 'object' ? c.objects[0] : c.objects);
    case 'name':
      return printNames(c.objects);
    case 'describe-deployment': {
      const d = named<Deployment>('Deployment', c.target);
      const rss = ownedReplicaSets(d);
      return describeDeployment(
        d,
        {
          oldRSs: rss.filter((rs) => rs.metadata?.name !== c.newReplicaSet),
          newRS: rss.find((rs) => rs.metadata?.name === c.newReplicaSet),
          events: eventsAbout('Deployment', c.target),
        },
        nowMs,
      );
    }
    case 'describe-replicaset':
      return describeReplicaSet(
        named<ReplicaSet>('ReplicaSet', c.target),
        { pods: ofKind<Pod>('Pod'), events: eventsAbout('ReplicaSet', c.target) },
        nowMs,
      );
    case 'describe-pod': {
      const pod = named<Pod>('Pod', c.target);
      const node = ofKind<Node>('Node').find((n) => n.metadata?.name === pod.spec?.nodeName);
      return describePod(pod, { events: eventsAbout('Pod', c.target), node }, nowMs);
    }
    case 'describe':
      return describeAny(c, named, ofKind, eventsAbout, nowMs);
    case 'rollout-history':
    case 'rollout-history-revision': {
      const d = named<Deployment>('Deployment', c.target);
      const history = historyFromReplicaSets(ownedReplicaSets(d));
      const kindGroupName = `deployment.apps/${c.target}`;
      if (c.render === 'rollout-history') return printRolloutHistory(kindGroupName, history);
      const entry = history.find((h) => BigInt(h.revision) === BigInt(c.revision ?? 0));
      if (!entry) throw new Error(`golden case: no revision ${c.revision}`);
      return printRolloutHistoryRevision(kindGroupName, entry.revision, entry.template);
    }
  }
}

/**
 * The `describe` render: the object of kind `targetKind` named `target`, with its related objects
 * picked from `objects` as the describe command fetches them (pods of the namespace, events whose
 * involvedObject names it).
 */
function describeAny(
  c: GoldenCase,
  named: <T>(kind: string, name: string | undefined) => T,
  ofKind: <T>(kind: string) => T[],
  eventsAbout: (kind: string, name: string | undefined) => Event[],
  nowMs: number,
): string {
  const kind = c.targetKind;
  if (!kind) throw new Error('golden case: describe needs targetKind');
  const o = named<KubeObject>(kind, c.target);
  const events = eventsAbout(kind, c.target);
  const podsInNamespace = () => ofKind<Pod & KubeObject>('Pod').filter((p) => p.metadata.namespace === o.metadata.namespace);
  switch (kind) {
    case 'PersistentVolumeClaim':
      return describePersistentVolumeClaim(o as never, { pods: podsInNamespace(), events }, nowMs);
    case 'PersistentVolume':
      return describePersistentVolume(o as never, { events }, nowMs);
    case 'StorageClass':
      return describeStorageClass(o as never, { events }, nowMs);
    case 'ConfigMap':
      return describeConfigMap(o as never, { events }, nowMs);
    case 'Secret':
      return describeSecret(o as never);
    case 'DaemonSet': {
      const selector = (o as { spec?: { selector?: Parameters<typeof selectorMatches>[0] } }).spec?.selector;
      return describeDaemonSet(o as never, { pods: podsInNamespace().filter((p) => selectorMatches(selector, p.metadata.labels)), events }, nowMs);
    }
    case 'Job':
      return describeJob(o as never, { events }, nowMs);
    default:
      return describeGeneric(o, { events }, nowMs);
  }
}
