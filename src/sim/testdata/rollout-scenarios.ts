/**
 * Random rollout scenarios for the property tests (src/sim/*.property.test.ts): a Deployment
 * with random size, surge/unavailability, minReadySeconds, readiness probe and image behaviours,
 * then a random schedule of image changes, scaling, pause/resume, undo, pod deletions and time
 * advances, all driven through kubectl as a user would. A monitor on `cluster.on` checks the
 * upstream invariants at every state change; `runScenario` reports what broke and where.
 *
 * Test support only.
 */
import fc from 'fast-check';
import { Cluster } from '../../cluster';
import { deploymentManifest } from '../builders';
import type { ImageBehaviour } from '../../kubelet/image-behaviour';
import type { DeploymentSample } from '../../timeline/timeline';
import type { SimEvent } from '../../events/sim-event';
import type { Deployment, KubeObject, Pod, ReplicaSet } from '../../model/types';
import type { IntOrString } from '../../model/types';
import { isLiterallyZero } from '../../model/int-or-percent';
import { isPodReady } from '../../model/pod-util';
import { parseTime } from '../../clock/virtual-clock';
import { findNewReplicaSet, revision } from '../../controllers/deployment/util';

export const NAME = 'app';
export const IMAGES = ['app:v1', 'app:v2', 'app:v3', 'app:v4'] as const;
/** The image the end of every schedule rolls out: always healthy. */
export const FINAL_IMAGE = 'app:final';

export type Op =
  | { op: 'image'; image: string }
  | { op: 'scale'; replicas: number }
  | { op: 'pause' }
  | { op: 'resume' }
  | { op: 'undo'; toRevision?: number }
  | { op: 'deletePod'; index: number; force: boolean }
  | { op: 'advance'; seconds: number };

export interface Scenario {
  /** The simulator's seed (pod names, uids, deletion tie-breaks). */
  simSeed: number;
  replicas: number;
  strategy: 'RollingUpdate' | 'Recreate';
  maxSurge?: IntOrString;
  maxUnavailable?: IntOrString;
  minReadySeconds: number;
  progressDeadlineSeconds?: number;
  probe?: { periodSeconds: number; failureThreshold: number; initialDelaySeconds: number };
  /** How each image behaves; images without an entry are healthy. */
  images: Partial<Record<(typeof IMAGES)[number], Partial<ImageBehaviour>>>;
  /** How long the initial rollout may take before the schedule starts (it may not finish). */
  warmupSeconds: number;
  ops: Op[];
}

// ---------------------------------------------------------------- arbitraries

/** Mostly small Deployments (they are cheap and find the same bugs), sometimes up to 200. */
export const replicasArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 12 }) },
  { weight: 3, arbitrary: fc.integer({ min: 13, max: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 41, max: 200 }) },
);

const intOrPercent = (maxPercent: number): fc.Arbitrary<IntOrString | undefined> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 10 }) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: maxPercent }).map((n) => `${n}%`) },
  );

/** Valid per apps validation: maxUnavailable ≤ 100%, not both literally 0 (an absent value defaults to 25%). */
const surgeAndUnavailableArb = fc
  .record({ maxSurge: intOrPercent(200), maxUnavailable: intOrPercent(100) })
  .filter(({ maxSurge, maxUnavailable }) => !(isLiterallyZero(maxSurge) && isLiterallyZero(maxUnavailable)));

export const behaviourArb: fc.Arbitrary<Partial<ImageBehaviour>> = fc.oneof(
  { weight: 5, arbitrary: fc.constant({}) },
  { weight: 2, arbitrary: fc.record({ startSeconds: fc.integer({ min: 0, max: 40 }) }) },
  { weight: 1, arbitrary: fc.constant({ neverReady: true }) },
  { weight: 1, arbitrary: fc.record({ unreadyAfterSeconds: fc.integer({ min: 1, max: 120 }) }) },
  { weight: 1, arbitrary: fc.record({ crashAfterSeconds: fc.integer({ min: 0, max: 120 }) }) },
  { weight: 1, arbitrary: fc.record({ startSeconds: fc.integer({ min: 0, max: 20 }), crashAfterSeconds: fc.integer({ min: 1, max: 60 }) }) },
);

const advanceArb = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 5 }) },
  { weight: 3, arbitrary: fc.integer({ min: 6, max: 60 }) },
  { weight: 1, arbitrary: fc.integer({ min: 61, max: 600 }) },
);

/** Probe periods: mostly the default 10 s or 5 s; every 1–10 s value stays possible (short ones cost more). */
const periodArb = fc.oneof({ weight: 3, arbitrary: fc.constant(10) }, { weight: 2, arbitrary: fc.constant(5) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 10 }) });

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...IMAGES).map((image): Op => ({ op: 'image', image })) },
  { weight: 2, arbitrary: replicasArb.map((replicas): Op => ({ op: 'scale', replicas })) },
  { weight: 1, arbitrary: fc.constant<Op>({ op: 'pause' }) },
  { weight: 1, arbitrary: fc.constant<Op>({ op: 'resume' }) },
  { weight: 1, arbitrary: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }).map((toRevision): Op => ({ op: 'undo', toRevision })) },
  { weight: 2, arbitrary: fc.record({ index: fc.nat(1000), force: fc.boolean() }).map(({ index, force }): Op => ({ op: 'deletePod', index, force })) },
  { weight: 4, arbitrary: advanceArb.map((seconds): Op => ({ op: 'advance', seconds })) },
);

export function scenarioArb(opts: { maxOps?: number } = {}): fc.Arbitrary<Scenario> {
  return fc
    .record({
      simSeed: fc.integer({ min: 1, max: 1_000_000 }),
      replicas: replicasArb,
      strategy: fc.oneof({ weight: 9, arbitrary: fc.constant('RollingUpdate' as const) }, { weight: 1, arbitrary: fc.constant('Recreate' as const) }),
      surge: surgeAndUnavailableArb,
      minReadySeconds: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 30 }) }, { weight: 1, arbitrary: fc.integer({ min: 31, max: 120 }) }),
      deadlineOffset: fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined, freq: 3 }),
      probe: fc.option(fc.record({ periodSeconds: periodArb, failureThreshold: fc.integer({ min: 1, max: 3 }), initialDelaySeconds: fc.integer({ min: 0, max: 5 }) }), { nil: undefined, freq: 4 }),
      images: fc.record({ 'app:v1': behaviourArb, 'app:v2': behaviourArb, 'app:v3': behaviourArb, 'app:v4': behaviourArb }, { requiredKeys: [] }),
      warmupSeconds: fc.oneof({ weight: 3, arbitrary: fc.constant(3600) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 60 }) }),
      ops: fc.array(opArb, { minLength: 1, maxLength: opts.maxOps ?? 10 }),
    })
    .map(({ surge, deadlineOffset, ...s }): Scenario => ({
      ...s,
      ...(s.strategy === 'RollingUpdate' ? surge : {}),
      progressDeadlineSeconds: deadlineOffset === undefined ? undefined : s.minReadySeconds + deadlineOffset,
    }));
}

// ---------------------------------------------------------------- running

export interface ScenarioRun {
  cluster: Cluster;
  /** Invariant violations, first one first (the run stops at the first). */
  failures: string[];
  /** Every kubectl command and what it printed, in order. */
  transcript: string[];
  /** runUntilRolledOut of the final healthy image. */
  final?: { outcome: string; message: string };
}

/** Enough room that pod capacity never limits a schedule (200 replicas + 200% surge + terminating pods). */
const NODES = [{ name: 'node-1', capacity: { pods: '1000' } }, { name: 'node-2', capacity: { pods: '1000' } }];

/**
 * Runs one scenario: create, warm up, play the schedule, then stop interfering (resume, roll out
 * a healthy image) and require the rollout to complete. With `check: false` only the simulation
 * runs (for determinism comparisons).
 */
export function runScenario(s: Scenario, opts: { check?: boolean } = {}): ScenarioRun {
  const cluster = new Cluster({ seed: s.simSeed, nodes: NODES, images: s.images });
  const run: ScenarioRun = { cluster, failures: [], transcript: [] };
  const monitor = opts.check === false ? undefined : new InvariantMonitor(cluster, s, run.failures);
  const kubectl = (line: string) => {
    const r = cluster.kubectl(line);
    run.transcript.push(`$ kubectl ${line}\n${r.stdout}${r.stderr}exit ${r.exitCode}`);
    if (r.exitCode !== 0 && /internal error|\bat .*\.ts:\d+/.test(r.stderr)) run.failures.push(`kubectl ${line} crashed:\n${r.stderr}`);
    return r;
  };

  const applied = cluster.apply(deploymentManifest({
    name: NAME,
    replicas: s.replicas,
    image: IMAGES[0],
    container: NAME,
    strategy: s.strategy,
    maxSurge: s.maxSurge,
    maxUnavailable: s.maxUnavailable,
    minReadySeconds: s.minReadySeconds,
    progressDeadlineSeconds: s.progressDeadlineSeconds,
    readinessProbe: s.probe,
  }));
  if (applied[0]?.error) {
    run.failures.push(`the generated Deployment was rejected: ${applied[0].error.message}`);
    return run;
  }
  cluster.runUntilRolledOut(NAME, { timeout: `${s.warmupSeconds}s` });

  for (const [i, op] of s.ops.entries()) {
    monitor?.beforeOp(op, i);
    cluster.note(describeOp(op));
    switch (op.op) {
      case 'image':
        kubectl(`set image deployment/${NAME} ${NAME}=${op.image}`);
        break;
      case 'scale':
        kubectl(`scale deployment/${NAME} --replicas=${op.replicas}`);
        break;
      case 'pause':
        kubectl(`rollout pause deployment/${NAME}`);
        break;
      case 'resume':
        kubectl(`rollout resume deployment/${NAME}`);
        break;
      case 'undo':
        kubectl(`rollout undo deployment/${NAME}${op.toRevision ? ` --to-revision=${op.toRevision}` : ''}`);
        break;
      case 'deletePod': {
        const pods = cluster.list<Pod & KubeObject>('pod').filter((p) => !p.metadata.deletionTimestamp);
        if (pods.length === 0) break;
        const pod = pods[op.index % pods.length];
        monitor?.podDeletedByUser(pod);
        kubectl(`delete pod ${pod.metadata.name}${op.force ? ' --grace-period=0 --force' : ''}`);
        break;
      }
      case 'advance':
        cluster.advance(`${op.seconds}s`);
        break;
    }
    monitor?.checkpoint();
    if (run.failures.length > 0) return run;
  }

  // The schedule stops interfering: a healthy image must now roll out completely.
  monitor?.beforeOp({ op: 'image', image: FINAL_IMAGE }, s.ops.length);
  if (cluster.get<Deployment & KubeObject>('deployment', NAME)?.spec?.paused) kubectl(`rollout resume deployment/${NAME}`);
  kubectl(`set image deployment/${NAME} ${NAME}=${FINAL_IMAGE}`);
  let final = cluster.runUntilRolledOut(NAME, { timeout: '3h' });
  if (final.outcome !== 'done' && /ProgressDeadlineExceeded/.test(final.message)) {
    // A deadline shorter than a healthy pod needs is reported (as upstream does), and the
    // rollout keeps going: it must still complete.
    run.transcript.push(`runUntilRolledOut: ${final.message}`);
    const r = cluster.runUntil(() => rolledOut(cluster), { timeout: '3h', describe: () => cluster.describeRollout('default', NAME) });
    final = { ...r, message: r.outcome === 'done' ? 'done after ProgressDeadlineExceeded' : r.message };
  }
  run.final = { outcome: final.outcome, message: final.message };
  monitor?.checkpoint();
  if (monitor && run.failures.length === 0) monitor.checkFinal(final);
  return run;
}

export function describeOp(op: Op): string {
  switch (op.op) {
    case 'image':
      return `image → ${op.image}`;
    case 'scale':
      return `scale → ${op.replicas}`;
    case 'undo':
      return `undo${op.toRevision ? ` to ${op.toRevision}` : ''}`;
    case 'deletePod':
      return `delete pod #${op.index}${op.force ? ' (force)' : ''}`;
    case 'advance':
      return `advance ${op.seconds}s`;
    default:
      return op.op;
  }
}

// ---------------------------------------------------------------- invariants

interface PodMirror {
  name: string;
  rsUid?: string;
  terminating: boolean;
  ready: boolean;
  readySince?: number;
}

interface Loss {
  /** The loss counts for samples from this sequence number on. */
  seq: number;
  why: string;
}

/**
 * Checks, at every state change:
 *  (a) RollingUpdate, from a fully available state until the next scale step: available ≥
 *      replicas − maxUnavailable − losses, where a loss is an available pod the schedule deleted,
 *      an available pod that became unready (probe failure, crash), or an available pod the
 *      ReplicaSet controller deleted while keeping a not-yet-available one (upstream's deletion
 *      ranking puts doubled-up pods before recently-ready ones, so cleanupUnhealthyReplicas can
 *      take an available pod: per ReplicaSet and instant, min(available deleted, unavailable
 *      survivors) — the loss beyond what deleting unavailable pods first would have caused);
 *  (b) Σ RS spec.replicas ≤ replicas + maxSurge: whenever it rises outside a scale step, and at
 *      every settled instant (a proportional pass writes the ReplicaSets one by one, largest
 *      first, so the bound holds once the scaling sync has run); non-terminating pods ≤
 *      replicas + maxSurge whenever they rise outside a scale step, and at every settled instant;
 *  (c) at every settled instant: every pod has a controller owner; every non-terminating pod's
 *      ReplicaSet exists; every ReplicaSet is controlled by the existing Deployment;
 *  (d) the Deployment's revision annotation only ever increases (each RS's never decreases);
 *      once settled, the new ReplicaSet's revision is above every other and is the Deployment's,
 *      and a different new ReplicaSet always brings a higher revision.
 */
export class InvariantMonitor {
  private samplesSeen = 0;
  private lastSample?: DeploymentSample;
  /** The instant being observed; everything before it has settled. */
  private instant = -1;
  private readonly pods = new Map<string, PodMirror>();
  private readonly replicaSets = new Map<string, { name: string; ownerUid?: string; revision: number; spec: number }>();
  private deploymentUid?: string;
  private deploymentRevision = 0;
  /** The availability window: open from a fully available state until a scale step. */
  private window?: { fromSeq: number; losses: Loss[]; opened: string };
  /** Samples of the current instant waiting for (a), which needs the instant's ranking losses. */
  private pendingAvailability: DeploymentSample[] = [];
  /**
   * ReplicaSet-controller deletions of available pods since the ReplicaSet's last spec change (one
   * scale-down), by ReplicaSet uid: judged when its spec changes again or the instant settles.
   */
  private rsDeletions = new Map<string, Array<{ seq: number; pod: string }>>();
  private readonly userDeleted = new Set<string>();
  /** True during a scale step: the scaling sync and the ReplicaSet controllers catching up. */
  private scaling = false;
  /** Ownership changed in this instant (a pod added, re-owned or terminating, a ReplicaSet gone): (c) must look. */
  private ownersDirty = true;
  private readonly recentOps: string[] = [];

  constructor(private readonly cluster: Cluster, private readonly scenario: Scenario, private readonly failures: string[]) {
    cluster.on((e) => this.observe(e));
  }

  private fail(message: string): void {
    if (this.failures.length > 0) return;
    const recent = this.recentOps.slice(-6).join('; ');
    this.failures.push(`${message}\n  at +${(this.cluster.elapsed() / 1000).toFixed(3)}s of virtual time, after: ${recent || '(initial rollout)'}`);
  }

  private podAvailable(p: PodMirror, now: number): boolean {
    const minReadyMs = this.scenario.minReadySeconds * 1000;
    return p.ready && !p.terminating && (minReadyMs === 0 || (p.readySince !== undefined && p.readySince + minReadyMs < now));
  }

  /** The schedule deletes a pod: if it was available, availability may drop by one, involuntarily. */
  podDeletedByUser(pod: Pod & KubeObject): void {
    const p = this.pods.get(pod.metadata.uid!);
    this.userDeleted.add(pod.metadata.uid!);
    if (this.window && p && this.podAvailable(p, this.cluster.now())) {
      this.window.losses.push({ seq: this.cluster.timeline.cursor, why: `${p.name} deleted by the schedule` });
    }
  }

  beforeOp(op: Op, index: number): void {
    this.checkpoint();
    this.recentOps.push(`#${index} ${describeOp(op)}`);
    this.scaling = op.op === 'scale';
    const d = this.cluster.get<Deployment & KubeObject>('deployment', NAME);
    if (!d) return;
    // A scale step changes the bound itself (new replicas are unavailable at first): close.
    if (op.op === 'scale') this.window = undefined;
    else if (!this.window && this.scenario.strategy === 'RollingUpdate' && fullyAvailable(d)) {
      this.window = { fromSeq: this.cluster.timeline.cursor, losses: [], opened: `#${index} ${describeOp(op)}` };
    }
  }

  /** The caller knows the cluster is settled (between operations, at the end). */
  checkpoint(): void {
    this.settled();
    this.scaling = false;
    this.checkRevisions();
  }

  private lastNew?: { uid: string; revision: bigint };

  /**
   * (d) once settled: the ReplicaSet whose template is the Deployment's has a revision above
   * every other ReplicaSet's, and the Deployment carries it; when another ReplicaSet becomes the
   * new one, the Deployment's revision goes up.
   */
  private checkRevisions(): void {
    const d = this.cluster.get<Deployment & KubeObject>('deployment', NAME);
    if (!d || (d.status?.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) return;
    const owned = this.cluster.list<ReplicaSet & KubeObject>('replicaset').filter((rs) => rs.metadata.ownerReferences?.some((r) => r.uid === d.metadata.uid));
    const newRS = findNewReplicaSet(d, owned) as (ReplicaSet & KubeObject) | undefined;
    if (!newRS) return;
    const rev = revision(newRS);
    const higher = owned.filter((rs) => rs !== newRS && revision(rs) >= rev);
    if (higher.length > 0) this.fail(`(d) the new ReplicaSet ${newRS.metadata.name} has revision ${rev}, not above ${higher.map((rs) => `${rs.metadata.name} (${revision(rs)})`).join(', ')}`);
    const dRev = revision(d);
    if (dRev !== rev) this.fail(`(d) the Deployment's revision is ${dRev}, its new ReplicaSet ${newRS.metadata.name} has ${rev}`);
    if (this.lastNew && this.lastNew.uid !== newRS.metadata.uid && rev <= this.lastNew.revision) {
      this.fail(`(d) ${newRS.metadata.name} became the new ReplicaSet with revision ${rev}, not above the previous revision ${this.lastNew.revision}`);
    }
    this.lastNew = { uid: newRS.metadata.uid!, revision: rev };
  }

  checkFinal(final: { outcome: string; message: string }): void {
    if (final.outcome !== 'done') {
      this.fail(`(e) a healthy image did not roll out once the schedule stopped interfering: ${final.message}`);
      return;
    }
    const d = this.cluster.get<Deployment & KubeObject>('deployment', NAME)!;
    const replicas = d.spec?.replicas ?? 0;
    const s = d.status ?? {};
    const pods = this.cluster.list<Pod & KubeObject>('pod').filter((p) => !p.metadata.deletionTimestamp);
    const images = [...new Set(pods.map((p) => p.spec?.containers?.[0]?.image))];
    if ((s.updatedReplicas ?? 0) !== replicas) this.fail(`(e) rolled out but updatedReplicas ${s.updatedReplicas} ≠ replicas ${replicas}`);
    if (pods.length !== replicas) this.fail(`(e) rolled out but ${pods.length} pods run, not ${replicas}`);
    if (replicas > 0 && (images.length !== 1 || images[0] !== FINAL_IMAGE)) this.fail(`(e) rolled out but pods run ${images.join(', ')}`);
  }

  private observe(e: SimEvent): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    if (e.at !== this.instant) {
      // Time moved on: the previous instant has settled (the simulator settles every instant
      // before the clock moves); the mirrors still hold that settled state.
      this.settled(e.at);
      this.instant = e.at;
    }
    if (e.kind === 'Pod') this.onPod(e.object as Pod & KubeObject, e.type === 'deleted', e.at);
    else if (e.kind === 'ReplicaSet') this.onReplicaSet(e.object as ReplicaSet & KubeObject, e.type === 'deleted');
    else if (e.kind === 'Deployment') this.onDeployment(e.object as Deployment & KubeObject, e.type === 'deleted');
    this.drainSamples();
  }

  private onPod(pod: Pod & KubeObject, deleted: boolean, at: number): void {
    const uid = pod.metadata.uid!;
    const before = this.pods.get(uid);
    if (deleted) {
      this.pods.delete(uid);
      return;
    }
    const ready = isPodReady(pod);
    const readyCondition = pod.status?.conditions?.find((c) => c.type === 'Ready');
    const after: PodMirror = {
      name: pod.metadata.name!,
      rsUid: pod.metadata.ownerReferences?.find((r) => r.controller)?.uid,
      terminating: !!pod.metadata.deletionTimestamp,
      ready,
      readySince: ready ? parseTime(readyCondition?.lastTransitionTime) : undefined,
    };
    this.pods.set(uid, after);
    if (!before || before.rsUid !== after.rsUid || before.terminating !== after.terminating) this.ownersDirty = true;
    if (!this.window || !before || !this.podAvailable(before, at)) return;
    if (!after.terminating && !ready) {
      // A readiness failure or crash of an available pod is involuntary.
      this.window.losses.push({ seq: this.cluster.timeline.cursor, why: `${after.name} became unready` });
    } else if (after.terminating && !before.terminating && !this.userDeleted.has(uid) && after.rsUid && this.replicaSets.has(after.rsUid)) {
      // The ReplicaSet controller deleted an available pod: judged when the instant settles.
      const list = this.rsDeletions.get(after.rsUid) ?? [];
      list.push({ seq: this.cluster.timeline.cursor, pod: after.name });
      this.rsDeletions.set(after.rsUid, list);
    }
  }

  private onReplicaSet(rs: ReplicaSet & KubeObject, deleted: boolean): void {
    const uid = rs.metadata.uid!;
    if (deleted) {
      this.replicaSets.delete(uid);
      this.ownersDirty = true;
      return;
    }
    const revision = Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? '0');
    const before = this.replicaSets.get(uid);
    if (before && revision < before.revision) this.fail(`(d) the revision of ReplicaSet ${rs.metadata.name} went down from ${before.revision} to ${revision}`);
    const ownerUid = rs.metadata.ownerReferences?.find((r) => r.controller)?.uid;
    if (!before || before.ownerUid !== ownerUid) this.ownersDirty = true;
    const spec = rs.spec?.replicas ?? 0;
    if (before && before.spec !== spec) this.judgeDeletions(uid);
    this.replicaSets.set(uid, { name: rs.metadata.name!, ownerUid, revision, spec });
  }

  private onDeployment(d: Deployment & KubeObject, deleted: boolean): void {
    if (deleted) return;
    this.deploymentUid = d.metadata.uid;
    const text = d.metadata.annotations?.['deployment.kubernetes.io/revision'];
    if (text === undefined) return;
    const revision = Number(text);
    if (!(revision > 0)) this.fail(`(d) the Deployment's revision annotation is "${text}"`);
    else if (revision < this.deploymentRevision) this.fail(`(d) the Deployment's revision went down from ${this.deploymentRevision} to ${revision}`);
    this.deploymentRevision = Math.max(this.deploymentRevision, revision);
  }

  /**
   * Looks at the timeline samples recorded since the last call; with `before`, only at those
   * taken before that instant (the timeline has already sampled the event being observed).
   */
  private drainSamples(before?: number): void {
    const samples = this.cluster.timeline.samples;
    while (this.samplesSeen < samples.length) {
      const s = samples[this.samplesSeen];
      if (before !== undefined && s.at >= before) return;
      this.samplesSeen++;
      if (s.deployment !== NAME) continue;
      this.checkSample(s, this.lastSample);
      this.lastSample = s;
    }
  }

  private checkSample(s: DeploymentSample, prev: DeploymentSample | undefined): void {
    const maxTotal = s.replicas + s.maxSurge;
    if (!this.scaling && prev) {
      if (s.specTotal > prev.specTotal && s.specTotal > maxTotal) {
        this.fail(`(b) Σ ReplicaSet spec.replicas rose to ${s.specTotal} > replicas ${s.replicas} + maxSurge ${s.maxSurge}\n  ${describeSample(s)}`);
      }
      if (s.pods > prev.pods && s.pods > maxTotal) {
        this.fail(`(b) non-terminating pods rose to ${s.pods} > replicas ${s.replicas} + maxSurge ${s.maxSurge}\n  ${describeSample(s)}`);
      }
    }
    if (this.window && s.seq >= this.window.fromSeq) this.pendingAvailability.push(s);
  }

  /**
   * One scale-down of a ReplicaSet is over: of the available pods it deleted, as many as it left
   * not-yet-available pods alive were lost to the deletion ranking, not to the controller's
   * arithmetic (deleting unavailable pods first would have kept them).
   */
  private judgeDeletions(rsUid: string): void {
    const deletions = this.rsDeletions.get(rsUid);
    if (!deletions) return;
    this.rsDeletions.delete(rsUid);
    if (!this.window) return;
    let survivors = 0;
    for (const p of this.pods.values()) if (p.rsUid === rsUid && !p.terminating && !this.podAvailable(p, this.instant)) survivors++;
    for (const d of deletions.slice(0, survivors)) this.window.losses.push({ seq: d.seq, why: `${d.pod} (available) deleted by its ReplicaSet instead of a not-yet-available pod` });
  }

  /** The instant before `next` (or the current one) has settled: settle-time checks. */
  private settled(next?: number): void {
    this.drainSamples(next);
    for (const rsUid of [...this.rsDeletions.keys()]) this.judgeDeletions(rsUid);
    const w = this.window;
    if (w) {
      for (const s of this.pendingAvailability) {
        const losses = w.losses.filter((l) => l.seq <= s.seq);
        const bound = s.replicas - s.maxUnavailable - losses.length;
        if (s.available < bound) {
          this.fail(`(a) only ${s.available} pods available < replicas ${s.replicas} − maxUnavailable ${s.maxUnavailable} − ${losses.length} involuntary losses (${losses.map((l) => l.why).join(', ') || 'none'}) since ${w.opened}\n  ${describeSample(s)}`);
          break;
        }
      }
    }
    if (this.pendingAvailability.length > 0) this.pendingAvailability = [];
    const s = this.lastSample;
    if (s && s.specTotal > s.replicas + s.maxSurge) {
      this.fail(`(b) settled with Σ ReplicaSet spec.replicas ${s.specTotal} > replicas ${s.replicas} + maxSurge ${s.maxSurge}\n  ${describeSample(s)}`);
    }
    if (s && s.pods > s.replicas + s.maxSurge) {
      this.fail(`(b) settled with ${s.pods} non-terminating pods > replicas ${s.replicas} + maxSurge ${s.maxSurge}\n  ${describeSample(s)}`);
    }
    if (!this.ownersDirty) return;
    this.ownersDirty = false;
    for (const [uid, rs] of this.replicaSets) {
      if (!rs.ownerUid || rs.ownerUid !== this.deploymentUid) this.fail(`(c) ReplicaSet ${rs.name} (${uid}) is not controlled by the Deployment (owner ${rs.ownerUid ?? 'none'})`);
    }
    for (const p of this.pods.values()) {
      if (!p.rsUid) this.fail(`(c) pod ${p.name} has no controller owner`);
      else if (!p.terminating && !this.replicaSets.has(p.rsUid)) this.fail(`(c) pod ${p.name} is running for a ReplicaSet that no longer exists`);
    }
  }
}

/** What runUntilRolledOut waits for: complete, observed, and no pod objects beyond the replicas. */
function rolledOut(cluster: Cluster): boolean {
  const d = cluster.get<Deployment & KubeObject>('deployment', NAME);
  if (!d) return true;
  const pods = cluster.list<Pod & KubeObject>('pod').length;
  return fullyAvailable(d) && pods === (d.spec?.replicas ?? 0);
}

function fullyAvailable(d: Deployment & KubeObject): boolean {
  const replicas = d.spec?.replicas ?? 0;
  const s = d.status ?? {};
  return (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 0) && (s.availableReplicas ?? 0) === replicas && (s.updatedReplicas ?? 0) === replicas && (s.replicas ?? 0) === replicas;
}

export function describeSample(s: DeploymentSample): string {
  const rs = s.replicaSets.map((r) => `${r.name} rev ${r.revision}: ${r.desired} desired/${r.current} current/${r.ready} ready/${r.available} available`).join('; ');
  return `sample #${s.seq} at ${new Date(s.at).toISOString()}: replicas ${s.replicas}, maxSurge ${s.maxSurge}, maxUnavailable ${s.maxUnavailable}${s.paused ? ', paused' : ''}; ${s.pods} pods, ${s.available} available, Σspec ${s.specTotal} — ${rs}\n  cause: ${s.cause}`;
}

/** How many runs a property makes: FUZZ_RUNS when set (npm run fuzz), else the CI figure. */
export function runs(ci: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(n) && n > 0 ? n : ci;
}

/**
 * fast-check parameters. CI (no FUZZ_* variable) runs `ci` cases from a fixed seed, so a run
 * fails only when the code changed; `npm run fuzz` (FUZZ_RUNS) draws a new seed each time.
 * A failure message gives fast-check's seed and path: replay with FUZZ_SEED and FUZZ_PATH.
 */
export function fcParams(ci: number, ciSeed = 20260101): fc.Parameters<unknown> {
  const path = process.env.FUZZ_PATH;
  const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? undefined : ciSeed;
  return { numRuns: runs(ci), ...(seed !== undefined ? { seed } : {}), ...(path ? { path } : {}), endOnFailure: false, includeErrorInReport: true };
}
