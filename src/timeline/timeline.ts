import { controllerRef } from '../model/pod-util';
import type { SimEvent } from '../events/sim-event';
import { flat } from '../model/flat-string';
import type { KubeObject } from '../model/types';
import { StatefulSetTimeline, StatefulSetSample } from './statefulset-timeline';

/**
 * The timeline: every state change of every Deployment, folded from the simulator's events
 * (the way cucumber's EventDataCollector folds envelopes). Invariant checks, charts and reports
 * read it; it never reads the store.
 */

export interface ReplicaSetPoint {
  name: string;
  revision: number;
  /** spec.replicas: what the Deployment controller asked for. */
  desired: number;
  /** status.replicas: non-terminating pods. */
  current: number;
  ready: number;
  available: number;
}

export interface DeploymentSample {
  /** Virtual milliseconds since the epoch. */
  at: number;
  /** Global order of samples (several can share an instant). */
  seq: number;
  namespace: string;
  deployment: string;
  /** spec.replicas of the Deployment at that moment. */
  replicas: number;
  maxSurge: number;
  maxUnavailable: number;
  paused: boolean;
  replicaSets: ReplicaSetPoint[];
  /** Pod objects that are not terminating: the pods the tutorials count ("at most 13"). */
  pods: number;
  /** Pod objects including those still terminating. */
  podObjects: number;
  /** Σ spec.replicas over the ReplicaSets: what the controller asked for (upstream's bound). */
  specTotal: number;
  ready: number;
  available: number;
  /** What just happened: the last controller action or user action at this instant. */
  cause: string;
}

export interface TimelineMark {
  at: number;
  seq: number;
  kind: 'user' | 'event';
  text: string;
  reason?: string;
  object?: string;
}

interface DeploymentInfo {
  namespace: string;
  name: string;
  uid: string;
  replicas: number;
  maxSurge: number;
  maxUnavailable: number;
  paused: boolean;
}

interface RSInfo extends ReplicaSetPoint {
  uid: string;
  ownerUid?: string;
  createdSeq: number;
}

/** A Deployment's ReplicaSets as samples show them (oldest first), and their sums. */
interface RSPoints {
  replicaSets: ReplicaSetPoint[];
  specTotal: number;
  ready: number;
  available: number;
}

export class Timeline {
  readonly samples: DeploymentSample[] = [];
  readonly marks: TimelineMark[] = [];
  private seq = 0;
  private readonly deployments = new Map<string, DeploymentInfo>();
  private readonly replicaSets = new Map<string, RSInfo>();
  /** ReplicaSets by owning Deployment uid, in creation order. */
  private readonly replicaSetsOf = new Map<string, Map<string, RSInfo>>();
  /** pod uid → [owning RS uid, terminating] */
  private readonly pods = new Map<string, [string, boolean]>();
  private readonly podCounts = new Map<string, { objects: number; active: number }>();
  /**
   * RSPoints by Deployment uid, shared by its samples until one of its ReplicaSets changes: most
   * samples follow a pod, and the ReplicaSets are as they were in the sample before.
   */
  private readonly pointsOf = new Map<string, RSPoints>();
  private lastCause = '';
  private lastCauseAt = -1;
  private readonly lastByDeployment = new Map<string, DeploymentSample>();
  private awaitingCause: DeploymentSample[] = [];

  /** StatefulSets, ordinal by ordinal (statefulset-timeline.ts); shares the sequence numbers. */
  readonly statefulSets = new StatefulSetTimeline(() => this.seq++);

  constructor(private readonly resolveSurge: (d: KubeObject) => { maxSurge: number; maxUnavailable: number }) {}

  /** One sample per state change of a StatefulSet's pods (see StatefulSetSample). */
  get statefulSetSamples(): StatefulSetSample[] {
    return this.statefulSets.samples;
  }

  observe(e: SimEvent): void {
    this.statefulSets.observe(e);
    switch (e.type) {
      case 'k8s-event':
        this.lastCauseAt = e.at;
        // Controllers record an event right after the write it describes: the samples that write
        // produced are waiting for their cause. (Most events find none waiting: no text, no new array.)
        if (this.awaitingCause.length > 0) {
          this.lastCause = flat(`${e.reason}: ${e.message}`);
          for (const s of this.awaitingCause) if (s.at === e.at) s.cause = this.lastCause;
          this.awaitingCause = [];
        }
        // Node events (NodeNotReady) too: charts mark them on the time axis beside "node … stopped".
        if (e.involvedKind === 'Deployment' || e.reason === 'ScalingReplicaSet' || e.involvedKind === 'Node') {
          this.marks.push({ at: e.at, seq: this.seq++, kind: 'event', text: e.message, reason: e.reason, object: `${e.namespace}/${e.involvedName}` });
        }
        return;
      case 'user-action':
        this.awaitingCause = [];
        this.lastCause = e.description;
        this.lastCauseAt = e.at;
        this.marks.push({ at: e.at, seq: this.seq++, kind: 'user', text: e.description });
        return;
      case 'clock':
        return;
    }
    const o = e.object;
    if (e.kind === 'Deployment') this.onDeployment(o, e.type === 'deleted', e.at);
    else if (e.kind === 'ReplicaSet') this.onReplicaSet(o, e.type === 'deleted', e.at);
    else if (e.kind === 'Pod') this.onPod(o, e.type === 'deleted', e.at);
  }

  private onDeployment(o: KubeObject, deleted: boolean, at: number): void {
    const uid = o.metadata.uid!;
    if (deleted) {
      this.deployments.delete(uid);
      return;
    }
    const spec = (o as { spec?: { replicas?: number; paused?: boolean } }).spec ?? {};
    const { maxSurge, maxUnavailable } = this.resolveSurge(o);
    const info: DeploymentInfo = { namespace: o.metadata.namespace ?? 'default', name: o.metadata.name!, uid, replicas: spec.replicas ?? 0, maxSurge, maxUnavailable, paused: !!spec.paused };
    const before = this.deployments.get(uid);
    this.deployments.set(uid, info);
    if (!before || before.replicas !== info.replicas || before.paused !== info.paused || before.maxSurge !== info.maxSurge) this.sample(uid, at, `deployment ${info.name} spec: replicas ${info.replicas}${info.paused ? ', paused' : ''}`);
  }

  private onReplicaSet(o: KubeObject, deleted: boolean, at: number): void {
    const uid = o.metadata.uid!;
    const before = this.replicaSets.get(uid);
    const ownerUid = controllerRef(o)?.uid;
    if (before?.ownerUid) this.pointsOf.delete(before.ownerUid);
    if (ownerUid) this.pointsOf.delete(ownerUid);
    if (before?.ownerUid) this.replicaSetsOf.get(before.ownerUid)?.delete(uid);
    if (deleted) {
      this.replicaSets.delete(uid);
      if (before?.ownerUid) this.sample(before.ownerUid, at, `replicaset ${before.name} deleted`);
      return;
    }
    const spec = (o as { spec?: { replicas?: number } }).spec ?? {};
    const status = (o as { status?: { replicas?: number; readyReplicas?: number; availableReplicas?: number } }).status ?? {};
    const rev = Number(o.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? '0') || 0;
    const info: RSInfo = {
      uid,
      ownerUid,
      name: o.metadata.name!,
      revision: rev,
      desired: spec.replicas ?? 0,
      current: status.replicas ?? 0,
      ready: status.readyReplicas ?? 0,
      available: status.availableReplicas ?? 0,
      createdSeq: before?.createdSeq ?? this.seq++,
    };
    this.replicaSets.set(uid, info);
    if (ownerUid) {
      let m = this.replicaSetsOf.get(ownerUid);
      if (!m) this.replicaSetsOf.set(ownerUid, (m = new Map()));
      m.set(uid, info);
    }
    const changed = !before || before.desired !== info.desired || before.current !== info.current || before.ready !== info.ready || before.available !== info.available || before.revision !== info.revision || before.ownerUid !== info.ownerUid;
    if (changed && ownerUid) this.sample(ownerUid, at, this.causeAt(at, `replicaset ${info.name} changed`));
  }

  private onPod(o: KubeObject, deleted: boolean, at: number): void {
    const uid = o.metadata.uid!;
    const before = this.pods.get(uid);
    const rsUid = controllerRef(o)?.uid;
    const terminating = !!o.metadata.deletionTimestamp;
    // Most pod writes are status writes: same owner, same terminating state, nothing to count.
    if (before && !deleted && rsUid && before[0] === rsUid && before[1] === terminating) return;
    const after: [string, boolean] | undefined = !deleted && rsUid ? [rsUid, terminating] : undefined;
    const d1 = this.countPod(before, -1);
    const d2 = this.countPod(after, +1);
    if (after) this.pods.set(uid, after);
    else this.pods.delete(uid);
    const what = deleted ? 'removed' : !before ? 'created' : after?.[1] ? 'terminating' : 'changed owner';
    if (d1) this.sample(d1, at, `pod ${o.metadata.name} ${what}`);
    if (d2 && d2 !== d1) this.sample(d2, at, `pod ${o.metadata.name} ${what}`);
  }

  /** Adds a pod entry ([owning RS uid, terminating]) to its Deployment's counts; returns that Deployment's uid. */
  private countPod(entry: [string, boolean] | undefined, delta: number): string | undefined {
    const d = entry ? this.replicaSets.get(entry[0])?.ownerUid : undefined;
    if (!d || !entry) return undefined;
    const c = this.podCounts.get(d) ?? { objects: 0, active: 0 };
    c.objects += delta;
    if (!entry[1]) c.active += delta;
    this.podCounts.set(d, c);
    return d;
  }

  private causeAt(_at: number, fallback: string): string {
    return fallback;
  }

  private sample(deployUid: string, at: number, cause: string): void {
    const d = this.deployments.get(deployUid);
    if (!d) return;
    let points = this.pointsOf.get(deployUid);
    if (!points) this.pointsOf.set(deployUid, (points = this.replicaSetPoints(deployUid)));
    const { replicaSets, specTotal, ready, available } = points;
    const s: DeploymentSample = {
      at,
      seq: this.seq++,
      namespace: d.namespace,
      deployment: d.name,
      replicas: d.replicas,
      maxSurge: d.maxSurge,
      maxUnavailable: d.maxUnavailable,
      paused: d.paused,
      replicaSets,
      pods: this.podCounts.get(deployUid)?.active ?? 0,
      podObjects: this.podCounts.get(deployUid)?.objects ?? 0,
      specTotal,
      ready,
      available,
      cause,
    };
    const last = this.lastByDeployment.get(deployUid);
    if (last && sameState(last, s)) return;
    this.lastByDeployment.set(deployUid, s);
    // Samples are kept for the whole run: their text in one piece.
    s.cause = flat(s.cause);
    this.samples.push(s);
    this.awaitingCause.push(s);
  }

  private replicaSetPoints(deployUid: string): RSPoints {
    const rss = [...(this.replicaSetsOf.get(deployUid)?.values() ?? [])].sort((a, b) => a.createdSeq - b.createdSeq);
    const points: RSPoints = { replicaSets: [], specTotal: 0, ready: 0, available: 0 };
    for (const { name, revision, desired, current, ready, available } of rss) {
      points.replicaSets.push({ name, revision, desired, current, ready, available });
      points.specTotal += desired;
      points.ready += ready;
      points.available += available;
    }
    return points;
  }

  /** Samples of one Deployment, optionally from a sequence number on. */
  samplesOf(name: string, opts: { namespace?: string; fromSeq?: number } = {}): DeploymentSample[] {
    const ns = opts.namespace ?? 'default';
    return this.samples.filter((s) => s.deployment === name && s.namespace === ns && s.seq >= (opts.fromSeq ?? 0));
  }

  /** The next sequence number: take it before an action to look at what follows. */
  get cursor(): number {
    return this.seq;
  }

  toJSON(): { samples: DeploymentSample[]; marks: TimelineMark[]; statefulSetSamples?: StatefulSetSample[] } {
    // StatefulSet samples only when there are some, so Deployment-only timelines stay as they were.
    return { samples: this.samples, marks: this.marks, ...(this.statefulSets.samples.length ? { statefulSetSamples: this.statefulSets.samples } : {}) };
  }
}

function sameState(a: DeploymentSample, b: DeploymentSample): boolean {
  if (a.replicas !== b.replicas || a.paused !== b.paused || a.pods !== b.pods || a.specTotal !== b.specTotal || a.podObjects !== b.podObjects || a.ready !== b.ready || a.available !== b.available) return false;
  if (a.replicaSets.length !== b.replicaSets.length) return false;
  return a.replicaSets.every((r, i) => {
    const o = b.replicaSets[i];
    return r.name === o.name && r.desired === o.desired && r.current === o.current && r.ready === o.ready && r.available === o.available && r.revision === o.revision;
  });
}
