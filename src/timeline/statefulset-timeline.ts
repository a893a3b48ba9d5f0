import { controllerRef } from '../model/pod-util';
import type { SimEvent } from '../events/sim-event';
import type { KubeObject } from '../model/types';

/**
 * The StatefulSet part of the timeline: one sample per state change of a StatefulSet's pods,
 * ordinal by ordinal (phase, readiness, revision), so a report can draw the ordinal chart
 * ("web-0 ready, then web-1 created…") and steps can check creation, deletion and update order.
 * Folded from the same events as the Deployment samples; it never reads the store.
 */

/** One ordinal of a StatefulSet at one moment: the pod object that holds the name now. */
export interface OrdinalPoint {
  ordinal: number;
  pod: string;
  uid: string;
  /** Pod phase (Pending, Running…), as the API reports it. */
  phase: string;
  /** The Ready condition is True. */
  ready: boolean;
  /** A deletionTimestamp is set (kubectl shows Terminating). */
  terminating: boolean;
  /** The pod's controller-revision-hash label (a ControllerRevision name). */
  revision: string;
}

export interface StatefulSetSample {
  /** Virtual milliseconds since the epoch. */
  at: number;
  /** Global order, shared with the Deployment samples and the marks. */
  seq: number;
  namespace: string;
  statefulSet: string;
  /** spec.replicas at that moment. */
  replicas: number;
  currentRevision: string;
  updateRevision: string;
  /** Pods of the set (terminating ones included), by ordinal. */
  pods: OrdinalPoint[];
  /** What just happened: the pod change, or the controller's event at that instant. */
  cause: string;
}

interface SetInfo {
  namespace: string;
  name: string;
  replicas: number;
  currentRevision: string;
  updateRevision: string;
}

export class StatefulSetTimeline {
  readonly samples: StatefulSetSample[] = [];
  private readonly sets = new Map<string, SetInfo>();
  /** set uid → pod uid → point */
  private readonly pods = new Map<string, Map<string, OrdinalPoint>>();
  private readonly last = new Map<string, StatefulSetSample>();
  private awaitingCause: StatefulSetSample[] = [];

  constructor(private readonly nextSeq: () => number) {}

  observe(e: SimEvent): void {
    if (e.type === 'k8s-event') {
      // The controller records its event right after the write it describes.
      if (e.involvedKind === 'StatefulSet') for (const s of this.awaitingCause) if (s.at === e.at && s.statefulSet === e.involvedName) s.cause = `${e.reason}: ${e.message}`;
      // (A new array only when there was something: most events find none waiting.)
      if (this.awaitingCause.length > 0) this.awaitingCause = [];
      return;
    }
    if (e.type === 'user-action') {
      this.awaitingCause = [];
      return;
    }
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    if (e.kind === 'StatefulSet') this.onSet(e.object, e.type === 'deleted', e.at);
    else if (e.kind === 'Pod') this.onPod(e.object, e.type === 'deleted', e.at);
  }

  private onSet(o: KubeObject, deleted: boolean, at: number): void {
    const uid = o.metadata.uid!;
    if (deleted) {
      this.sets.delete(uid);
      return;
    }
    const spec = (o as { spec?: { replicas?: number } }).spec ?? {};
    const status = (o as { status?: { currentRevision?: string; updateRevision?: string } }).status ?? {};
    const info: SetInfo = {
      namespace: o.metadata.namespace ?? 'default',
      name: o.metadata.name!,
      replicas: spec.replicas ?? 1,
      currentRevision: status.currentRevision ?? '',
      updateRevision: status.updateRevision ?? '',
    };
    const before = this.sets.get(uid);
    this.sets.set(uid, info);
    if (!before || before.replicas !== info.replicas || before.updateRevision !== info.updateRevision || before.currentRevision !== info.currentRevision) {
      this.sample(uid, at, before && before.replicas !== info.replicas ? `statefulset ${info.name} spec: replicas ${info.replicas}` : `statefulset ${info.name} revision ${info.updateRevision}`);
    }
  }

  private onPod(o: KubeObject, deleted: boolean, at: number): void {
    // Until a StatefulSet exists no pod is one's (its pods come after it).
    if (this.sets.size === 0) return;
    const ref = controllerRef(o);
    if (!ref || ref.kind !== 'StatefulSet') return;
    const setUid = ref.uid;
    let points = this.pods.get(setUid);
    if (!points) this.pods.set(setUid, (points = new Map()));
    const uid = o.metadata.uid!;
    const before = points.get(uid);
    if (deleted) {
      if (!before) return;
      points.delete(uid);
      this.sample(setUid, at, `pod ${before.pod} removed`);
      return;
    }
    const status = (o as { status?: { phase?: string; conditions?: Array<{ type: string; status: string }> } }).status ?? {};
    const m = /-([0-9]+)$/.exec(o.metadata.name ?? '');
    const point: OrdinalPoint = {
      ordinal: m ? Number(m[1]) : -1,
      pod: o.metadata.name!,
      uid,
      phase: status.phase ?? '',
      ready: status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false,
      terminating: !!o.metadata.deletionTimestamp,
      revision: o.metadata.labels?.['controller-revision-hash'] ?? '',
    };
    if (before && before.phase === point.phase && before.ready === point.ready && before.terminating === point.terminating && before.revision === point.revision) return;
    points.set(uid, point);
    const what = !before ? 'created' : point.terminating && !before.terminating ? 'terminating' : point.ready !== before.ready ? (point.ready ? 'ready' : 'not ready') : point.phase !== before.phase ? point.phase : 'changed';
    this.sample(setUid, at, `pod ${point.pod} ${what}`);
  }

  private sample(setUid: string, at: number, cause: string): void {
    const info = this.sets.get(setUid);
    if (!info) return;
    const pods = [...(this.pods.get(setUid)?.values() ?? [])].map((p) => ({ ...p })).sort((a, b) => a.ordinal - b.ordinal || (a.terminating === b.terminating ? 0 : a.terminating ? -1 : 1));
    const s: StatefulSetSample = { at, seq: this.nextSeq(), namespace: info.namespace, statefulSet: info.name, replicas: info.replicas, currentRevision: info.currentRevision, updateRevision: info.updateRevision, pods, cause };
    const last = this.last.get(setUid);
    if (last && sameState(last, s)) return;
    this.last.set(setUid, s);
    this.samples.push(s);
    this.awaitingCause.push(s);
  }

  /** Samples of one StatefulSet, optionally from a sequence number on. */
  samplesOf(name: string, opts: { namespace?: string; fromSeq?: number } = {}): StatefulSetSample[] {
    const ns = opts.namespace ?? 'default';
    return this.samples.filter((s) => s.statefulSet === name && s.namespace === ns && s.seq >= (opts.fromSeq ?? 0));
  }
}

function sameState(a: StatefulSetSample, b: StatefulSetSample): boolean {
  if (a.replicas !== b.replicas || a.currentRevision !== b.currentRevision || a.updateRevision !== b.updateRevision || a.pods.length !== b.pods.length) return false;
  return a.pods.every((p, i) => {
    const q = b.pods[i];
    return p.uid === q.uid && p.phase === q.phase && p.ready === q.ready && p.terminating === q.terminating && p.revision === q.revision;
  });
}

/**
 * Order facts read from the samples, for steps: when each pod object first appeared, became
 * ready, started terminating and disappeared, in sample order.
 */
export interface PodLifeEvent {
  at: number;
  seq: number;
  pod: string;
  ordinal: number;
  uid: string;
  revision: string;
  what: 'created' | 'ready' | 'terminating' | 'removed';
}

export function podLifeEvents(samples: StatefulSetSample[]): PodLifeEvent[] {
  const out: PodLifeEvent[] = [];
  let prev = new Map<string, OrdinalPoint>();
  for (const s of samples) {
    const now = new Map(s.pods.map((p) => [p.uid, p]));
    for (const p of s.pods) {
      const b = prev.get(p.uid);
      const ev = (what: PodLifeEvent['what']) => out.push({ at: s.at, seq: s.seq, pod: p.pod, ordinal: p.ordinal, uid: p.uid, revision: p.revision, what });
      if (!b) ev('created');
      if (p.ready && !b?.ready && !p.terminating) ev('ready');
      if (p.terminating && !b?.terminating) ev('terminating');
    }
    for (const [uid, p] of prev) if (!now.has(uid)) out.push({ at: s.at, seq: s.seq, pod: p.pod, ordinal: p.ordinal, uid, revision: p.revision, what: 'removed' });
    prev = now;
  }
  return out;
}
