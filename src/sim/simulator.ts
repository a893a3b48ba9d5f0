import type { Deployment, KubeObject, Mutable, ObjectMeta, Pod, ReplicaSet } from '../model/types';
import { mountServiceAccountToken, serviceAccountVolumeName } from '../model/service-account';
import { VirtualClock, DEFAULT_START, rfc3339, parseTime } from '../clock/virtual-clock';
import { EventQueue } from '../clock/event-queue';
import { Random, randomSafeString, randomUid } from '../clock/random';
import { DurationInput, toMs } from '../clock/duration';
import { EventBus } from '../events/bus';
import type { Listener } from '../events/bus';
import type { SimEvent } from '../events/sim-event';
import { ObjectStore } from '../store/object-store';
import { EventRecorder } from '../store/event-recorder';
import { ApiError, Result, alreadyExists, fail, invalid, notFound, ok, badRequest } from '../store/api-error';
import { ControllerManager } from '../controllers/manager';
import type { ControllerContext } from '../controllers/controller';
import { CONTROLLERS } from './controllers';
import { ADMISSION, validateGeneric } from './admission';
import { ImageBehaviour, ImageCatalog } from '../kubelet/image-behaviour';
import { NodeHealth } from '../kubelet/node-health';
import { resolveEnvironment, resolveFiles } from '../kubelet/container-config';
import { Timeline } from '../timeline/timeline';
import type { FieldError } from '../model/field-error';
import { kindInfo } from '../model/kinds';
import { canonicalJson, deepCopy, deepEqual } from '../model/hash';
import { dropOmittedZeros } from '../model/omitempty';
import { flat } from '../model/flat-string';
import { computePodQOS } from '../model/qos';
import { maxSurge, maxUnavailable, deploymentComplete, getDeploymentCondition, TimedOutReason } from '../controllers/deployment/util';
import { parseManifests } from './manifest';
import { canonicalizeQuantities, decodeObject, type FieldValidation } from '../model/strict-decoding';
import { canonicalQuantity } from '../model/quantity';
import { selectorMatches } from '../model/labels';
import type { LabelSelector } from '../model/types';
import './statefulset-admission';
import { minikubeStorageClass } from './storage-defaults';
import { resolveDnsName } from './dns';

/** A node of the simulated cluster. */
export interface NodeOptions {
  name: string;
  /** @default { cpu: '2', memory: '8Gi', pods: '110' } */
  capacity?: Record<string, string>;
  labels?: Record<string, string>;
  /** @default ['control-plane'] for the first node when there is only one */
  roles?: string[];
}

export interface ClusterOptions {
  /** Seeds every random choice (pod names, uids): the same seed gives the same run. @default 1 */
  seed?: number;
  /** @default ['minikube'] */
  nodes?: Array<string | NodeOptions>;
  /** The virtual start instant (ISO text or epoch ms). @default 2026-01-01T00:00:00Z */
  start?: string | number;
  /** Image behaviours by image name or glob. */
  images?: Record<string, Partial<ImageBehaviour>>;
  /** Keep the timeline of every state change (charts and invariants). @default true */
  timeline?: boolean;
  /** Simulation-time cap for one `advance`/`run…` call, so a run can never hang. @default '24h' */
  maxVirtualTime?: DurationInput;
  /**
   * The most pods the simulated cluster will hold; creating more fails (FailedCreate on the
   * ReplicaSet) instead of exhausting memory. @default 250000
   */
  maxPods?: number;
}

export type ApplyAction = 'created' | 'configured' | 'unchanged' | 'replaced';

export interface ApplyResult {
  kind: string;
  name: string;
  namespace?: string;
  /** Set when the write succeeded. */
  action?: ApplyAction;
  error?: ApiError;
  /**
   * Reading the manifest stopped here, before any request: YAML syntax, or a document that is
   * not an object with apiVersion and kind. kubectl's client-side message (it prints it after
   * `error: `). Documents before it were applied.
   */
  invalid?: string;
  /** Line of the document in its manifest. */
  line?: number;
  /** Whether the write was a create or a change of a live object (set with `error` too). */
  operation?: 'create' | 'update';
  /** Server warnings (kubectl prints each as `Warning: <text>`), e.g. `unknown field "spec.x"` with fieldValidation Warn. */
  warnings?: string[];
}

export interface WriteOptions {
  /** `kubernetes.io/change-cause` to record (kubectl's --record). */
  changeCause?: string;
  /** kubectl apply keeps the last applied configuration; create does not. */
  mode?: 'apply' | 'create' | 'replace';
  namespace?: string;
  /**
   * Unknown fields: rejected (kubectl's default `--validate=strict`), accepted with a warning
   * (`--validate=warn`) or silently dropped (`--validate=false`). @default 'Strict'
   */
  fieldValidation?: FieldValidation;
}

export interface RunResult {
  /** Virtual milliseconds that passed. */
  elapsedMs: number;
  /** Why the run stopped. */
  outcome: 'done' | 'timeout';
  message: string;
}

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const MAX_SYNCS_PER_INSTANT = 2_000_000;
/** Timers (kubelet stages, probes, requeues) that may fire at one instant before it is called a livelock. */
const MAX_TIMERS_PER_INSTANT = 1_000_000;

/**
 * The one facade over the simulated cluster: the API (apply, get, list, delete), virtual time
 * (advance, run until…), and the events everything else listens to. Steps, kubectl and reports
 * use only this.
 */
export class Simulator {
  readonly clock: VirtualClock;
  readonly random: Random;
  readonly seed: number;
  readonly images = new ImageCatalog();
  private readonly health = new NodeHealth();
  readonly timeline: Timeline;
  private readonly bus = new EventBus();
  private readonly store: ObjectStore;
  private readonly events: EventRecorder;
  private readonly manager = new ControllerManager();
  private readonly timers = new EventQueue<() => void>();
  private readonly maxVirtualMs: number;
  private readonly maxPods: number;
  private readonly startMs: number;

  constructor(options: ClusterOptions = {}) {
    this.seed = options.seed ?? 1;
    this.startMs = typeof options.start === 'string' ? Date.parse(options.start) : options.start ?? DEFAULT_START;
    this.clock = new VirtualClock(this.startMs);
    this.random = new Random(this.seed);
    this.store = new ObjectStore(this.clock, this.random, this.bus);
    this.events = new EventRecorder(this.clock, this.bus);
    this.maxVirtualMs = toMs(options.maxVirtualTime ?? '24h');
    this.maxPods = options.maxPods ?? 250_000;
    this.timeline = new Timeline((d) => ({ maxSurge: maxSurge(d as Deployment), maxUnavailable: maxUnavailable(d as Deployment) }));
    if (options.timeline !== false) this.bus.on((e) => this.timeline.observe(e));
    for (const [image, b] of Object.entries(options.images ?? {})) this.images.set(image, b);

    const ctx = this.controllerContext();
    for (const entry of CONTROLLERS) this.manager.register(entry.build(ctx(entry.name), { images: this.images, health: this.health, clusterStart: this.startMs }), entry.tier);
    this.bus.on((e) => this.manager.observe(e));

    for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) {
      this.store.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { 'kubernetes.io/metadata.name': ns } }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } });
    }
    const nodes = options.nodes ?? ['minikube'];
    nodes.forEach((n, i) => this.createNode(typeof n === 'string' ? { name: n } : n, i, nodes.length));
    // minikube's storage-provisioner addon: the default StorageClass `standard`.
    this.random.isolated(1, () => this.store.create(minikubeStorageClass()));
    this.settle();
  }

  private controllerContext(): (name: string) => ControllerContext {
    return (name: string) => ({
      store: this.store,
      clock: this.clock,
      random: this.random,
      recordEvent: (obj, type, reason, message, component) => this.events.record(obj, type, reason, message, component),
      enqueueAfter: (key, delayMs) => this.timers.push(this.clock.now() + Math.max(0, delayMs), () => this.manager.enqueueByName(name, key)),
      scheduleAt: (at, fn) => this.timers.push(Math.max(at, this.clock.now()), fn),
      deleteObject: (obj, opts) => {
        this.deleteLive(obj, opts ?? {});
      },
      createObject: <T extends KubeObject>(obj: T): Result<T> => this.createNew(obj),
    });
  }

  /**
   * A node joins the running cluster (a worker, unless roles say otherwise): it registers Ready,
   * gets the next pod CIDR and address, and the controllers react (DaemonSets put a pod on it,
   * pending pods may now fit).
   */
  addNode(name: string, opts: Omit<NodeOptions, 'name'> = {}): Result<void> {
    if (this.store.get('Node', undefined, name)) return fail({ reason: 'AlreadyExists', code: 409, message: `nodes "${name}" already exists` });
    // The next free pod CIDR (10.244.<index>.0/24) and address (192.168.49.<index + 2>).
    const taken = this.store.list('Node').map((n) => Number(String((n.spec as { podCIDR?: string } | undefined)?.podCIDR ?? '').split('.')[2] ?? -1));
    const index = taken.length === 0 ? 0 : Math.max(...taken.map((i) => (Number.isFinite(i) ? i : -1))) + 1;
    this.createNode({ roles: [], ...opts, name }, index, index + 1);
    this.note(`node ${name} joined`);
    this.settle();
    return ok(undefined);
  }

  private createNode(opts: NodeOptions, index: number, total: number): void {
    const roles = opts.roles ?? (total === 1 || index === 0 ? ['control-plane'] : []);
    const labels: Record<string, string> = {
      'beta.kubernetes.io/arch': 'amd64',
      'beta.kubernetes.io/os': 'linux',
      'kubernetes.io/arch': 'amd64',
      'kubernetes.io/hostname': opts.name,
      'kubernetes.io/os': 'linux',
      ...Object.fromEntries(roles.map((r) => [`node-role.kubernetes.io/${r}`, ''])),
      ...(opts.labels ?? {}),
    };
    // As the kubelet reports them: resource.Quantity strings, canonical.
    const capacity = Object.fromEntries(
      Object.entries({ cpu: '2', 'ephemeral-storage': '61202244Ki', memory: '8Gi', pods: '110', ...(opts.capacity ?? {}) }).map(([k, v]) => [k, canonicalQuantity(v) ?? v]),
    );
    const now = rfc3339(this.clock.now());
    const condition = (type: string, status: string, reason: string, message: string) => ({ type, status, reason, message, lastHeartbeatTime: now, lastTransitionTime: now });
    this.store.create({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: opts.name, labels },
      spec: { podCIDR: `10.244.${index}.0/24`, podCIDRs: [`10.244.${index}.0/24`] },
      status: {
        capacity,
        allocatable: capacity,
        addresses: [{ type: 'InternalIP', address: `192.168.49.${index + 2}` }, { type: 'Hostname', address: opts.name }],
        conditions: [
          condition('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
          condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
          condition('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
          condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
        ],
        nodeInfo: {
          architecture: 'amd64', bootID: '', containerRuntimeVersion: 'containerd://1.7.24', kernelVersion: '5.15.0-1057-gcp', kubeProxyVersion: 'v1.32.0',
          kubeletVersion: 'v1.32.0', machineID: '', operatingSystem: 'linux', osImage: 'Ubuntu 22.04.5 LTS', systemUUID: '',
        },
      },
    } as KubeObject);
  }

  // ---------------------------------------------------------------- time

  /** Virtual now, in epoch milliseconds. */
  now(): number {
    return this.clock.now();
  }

  /** Virtual milliseconds since the simulation started. */
  elapsed(): number {
    return this.clock.now() - this.startMs;
  }

  /** Runs every controller until nothing is left to do at this instant. */
  settle(): void {
    this.manager.runUntilIdle(MAX_SYNCS_PER_INSTANT, () => rfc3339(this.clock.now()));
  }

  /** Moves virtual time forward, running everything that falls due on the way. */
  advance(duration: DurationInput): void {
    const target = this.clock.now() + toMs(duration);
    this.runUntilTime(target);
  }

  private runUntilTime(target: number, stop?: () => boolean): boolean {
    this.settle();
    if (stop?.()) return true;
    for (;;) {
      const next = this.timers.peek();
      if (!next || next.at > target) break;
      this.clock.set(next.at);
      // Everything due at this instant runs before the controllers react to it. Timers that keep
      // re-arming at the same instant would never let time move: stop with a message instead.
      let fired = 0;
      while (this.timers.peek() && this.timers.peek()!.at === next.at) {
        this.timers.pop()!.value();
        if (++fired > MAX_TIMERS_PER_INSTANT) throw new Error(`the simulation cannot leave ${rfc3339(next.at)}: more than ${MAX_TIMERS_PER_INSTANT} timers fired at that instant (something re-arms itself with no delay)`);
      }
      this.settle();
      if (stop?.()) return true;
    }
    this.clock.set(Math.max(target, this.clock.now()));
    this.settle();
    return stop?.() ?? false;
  }

  /**
   * Runs until `done()` holds, checked after every instant that changed something, or until the
   * timeout (virtual). Never hangs: the timeout is capped by maxVirtualTime.
   */
  runUntil(done: () => boolean, opts: { timeout?: DurationInput; describe?: () => string } = {}): RunResult {
    const start = this.clock.now();
    const timeout = Math.min(toMs(opts.timeout ?? this.maxVirtualMs), this.maxVirtualMs);
    const reached = this.runUntilTime(start + timeout, done);
    const elapsedMs = this.clock.now() - start;
    if (reached) return { elapsedMs, outcome: 'done', message: 'done' };
    return { elapsedMs, outcome: 'timeout', message: `still not done after ${formatDuration(timeout)} of virtual time${opts.describe ? `: ${opts.describe()}` : ''}` };
  }

  /**
   * Runs until the Deployment's rollout is complete (every replica updated and available, old
   * pods gone), or it exceeds its progress deadline, or the timeout passes.
   */
  runUntilRolledOut(name: string, opts: { timeout?: DurationInput; namespace?: string } = {}): RunResult {
    const ns = opts.namespace ?? 'default';
    const state = () => {
      const d = this.store.get<Deployment & KubeObject>('Deployment', ns, name);
      if (!d) return 'missing';
      // As kubectl's rollout status: conditions count only once the controller has observed the
      // latest spec (a deadline exceeded by an earlier template is not this rollout's verdict).
      const observed = (d.status?.observedGeneration ?? 0) >= (d.metadata.generation ?? 0);
      if (observed && getDeploymentCondition(d.status, 'Progressing')?.reason === TimedOutReason) return 'deadline';
      if (observed && deploymentComplete(d, d.status ?? {}) && this.podObjectsOf(d) === (d.spec?.replicas ?? 0)) return 'complete';
      return 'progressing';
    };
    const r = this.runUntil(() => state() !== 'progressing', { timeout: opts.timeout ?? '1h', describe: () => this.describeRollout(ns, name) });
    const s = state();
    if (s === 'missing') return { ...r, outcome: 'done', message: `deployment "${name}" does not exist` };
    if (s === 'deadline') return { ...r, outcome: 'timeout', message: `deployment "${name}" exceeded its progress deadline (ProgressDeadlineExceeded): ${this.describeRollout(ns, name)}` };
    return r;
  }

  private podObjectsOf(d: KubeObject): number {
    let n = 0;
    for (const rs of this.store.eachDependent(d.metadata.uid!)) {
      if (rs.kind !== 'ReplicaSet') continue;
      for (const p of this.store.eachDependent(rs.metadata.uid!)) if (p.kind === 'Pod') n++;
    }
    return n;
  }

  /** One line on where a rollout stands, for timeouts and failed assertions. */
  describeRollout(namespace: string, name: string): string {
    const d = this.store.get<Deployment & KubeObject>('Deployment', namespace, name);
    if (!d) return `deployment "${name}" not found`;
    const s = d.status ?? {};
    const rss = this.store.dependents(d.metadata.uid!).filter((o) => o.kind === 'ReplicaSet') as Array<ReplicaSet & KubeObject>;
    const rsText = rss.map((rs) => `${rs.metadata.name} ${rs.status?.availableReplicas ?? 0}/${rs.spec?.replicas ?? 0} available`).join(', ');
    const progressing = getDeploymentCondition(s, 'Progressing');
    return `${s.updatedReplicas ?? 0} of ${d.spec?.replicas} updated, ${s.availableReplicas ?? 0} available, ${s.replicas ?? 0} total` + (rsText ? ` (${rsText})` : '') + (d.spec?.paused ? '; paused' : '') + (progressing ? `; Progressing=${progressing.status} ${progressing.reason}` : '') + this.describeUnreadyPods(rss);
  }

  /** `; pods not ready: 3 CrashLoopBackOff (e.g. web-…-abcde, restarted 7 times), 1 Pending (unschedulable)`. */
  private describeUnreadyPods(rss: Array<ReplicaSet & KubeObject>): string {
    const groups = new Map<string, { count: number; example: string }>();
    for (const rs of rss) {
      for (const o of this.store.dependents(rs.metadata.uid!)) {
        if (o.kind !== 'Pod') continue;
        const pod = o as Pod & KubeObject;
        const st = pod.status ?? {};
        const ready = st.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
        let state: string;
        if (pod.metadata.deletionTimestamp) state = 'Terminating';
        else if (!pod.spec?.nodeName) state = 'Pending (unschedulable)';
        else if (ready) continue;
        else {
          const waiting = st.containerStatuses?.map((c) => c.state?.waiting?.reason).find((r) => r);
          state = waiting ?? (st.phase === 'Running' ? 'Running but not ready' : st.phase ?? 'Pending');
        }
        const restarts = (st.containerStatuses ?? []).reduce((n, c) => n + (c.restartCount ?? 0), 0);
        const g = groups.get(state) ?? { count: 0, example: `${pod.metadata.name}${restarts ? `, restarted ${restarts} time${restarts === 1 ? '' : 's'}` : ''}` };
        g.count++;
        groups.set(state, g);
      }
    }
    if (groups.size === 0) return '';
    return `; pods not ready: ${[...groups].map(([state, g]) => `${g.count} ${state} (${g.count > 1 ? 'e.g. ' : ''}${g.example})`).join(', ')}`;
  }

  // ---------------------------------------------------------------- API

  on(listener: Listener): () => void {
    return this.bus.on(listener);
  }

  /** Marks a user action on the timeline (charts show it on the time axis). */
  note(description: string): void {
    this.bus.emit({ type: 'user-action', at: this.clock.now(), description });
  }

  /**
   * Applies one or many YAML documents: per object, created / configured / unchanged, or the API
   * error. Never throws for bad input: when the text stops being readable (YAML syntax, a
   * document without apiVersion or kind) the documents before are applied and a last result
   * carries `invalid`, kubectl's message.
   */
  apply(yamlText: string, opts: WriteOptions & { source?: string } = {}): ApplyResult[] {
    const parsed = parseManifests(String(yamlText), opts.source, { validate: true });
    const results: ApplyResult[] = parsed.documents.map((doc) => ({ ...this.write(doc.object, opts), line: doc.line }));
    if (!parsed.ok) results.push({ kind: '', name: '', invalid: parsed.error.message, line: parsed.error.line });
    this.settle();
    return results;
  }

  /** Writes one object (already parsed), as `kubectl apply`, `create` or `replace` would. */
  write(input: Record<string, unknown>, opts: WriteOptions = {}): ApplyResult {
    const mode = opts.mode ?? 'apply';
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return { kind: '', name: '', error: badRequest('error validating data: invalid object to validate') };
    }
    const obj = deepCopy(input) as KubeObject;
    const kind = typeof obj.kind === 'string' ? obj.kind : '';
    const rawMeta = obj.metadata;
    const metaIsObject = typeof rawMeta === 'object' && rawMeta !== null && !Array.isArray(rawMeta);
    const meta = (metaIsObject ? rawMeta : {}) as ObjectMeta;
    const name = typeof meta.name === 'string' ? meta.name : '';
    const result = (r: Omit<ApplyResult, 'kind' | 'name'>): ApplyResult => ({ kind, name, namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined, ...r });
    if (!obj.apiVersion || !kind) {
      const missing = [!obj.apiVersion ? 'apiVersion not set' : '', !kind ? 'kind not set' : ''].filter(Boolean);
      return result({ error: badRequest(`error validating data: ${missing.length === 1 ? missing[0] : `[${missing.join(', ')}]`}`) });
    }
    const info = kindInfo(kind);
    if (!info || info.apiVersion !== obj.apiVersion) {
      return result({ error: { reason: 'BadRequest', code: 400, message: `no matches for kind "${kind}" in version "${obj.apiVersion}"` } });
    }
    const namespace = info.namespaced ? (typeof meta.namespace === 'string' && meta.namespace ? meta.namespace : opts.namespace ?? 'default') : undefined;
    const live = name ? this.store.get(kind, namespace, name) : undefined;
    const operation = live && mode !== 'create' ? 'update' : 'create';
    // The body is decoded into the typed object first (strict field validation): a wrong type or
    // an unknown field is a 400 before any defaulting or validation.
    const decoded = decodeObject(obj, opts.fieldValidation ?? 'Strict');
    if ('error' in decoded) return result({ error: badRequest(decoded.error), operation });
    const warnings = decoded.warnings.length > 0 ? { warnings: decoded.warnings } : {};
    /** What the server stores is the decoded object (nulls unset, unknown fields dropped). */
    const asDecoded = (o: KubeObject): KubeObject => {
      const d = decodeObject(o, 'Ignore');
      return 'error' in d ? o : (d.object as KubeObject);
    };
    if (!metaIsObject) obj.metadata = meta;
    if (info.namespaced) meta.namespace = namespace;
    if (opts.changeCause !== undefined) meta.annotations = { ...(meta.annotations ?? {}), 'kubernetes.io/change-cause': opts.changeCause };
    if (mode === 'apply') {
      const lastApplied = deepCopy(obj);
      const la = lastApplied.metadata.annotations;
      if (la) {
        delete la[LAST_APPLIED];
        if (Object.keys(la).length === 0) delete lastApplied.metadata.annotations;
      }
      meta.annotations = { ...(meta.annotations ?? {}), [LAST_APPLIED]: canonicalJson(lastApplied) + '\n' };
    }
    if (!live) {
      if (mode === 'replace') return result({ error: notFound(kind, name), operation });
      const r = this.createNew(asDecoded(obj));
      if (!r.ok) return result({ error: r.error, operation });
      return result({ action: 'created', operation, ...warnings });
    }
    if (mode === 'create') return result({ error: { reason: 'AlreadyExists', code: 409, message: `${info.group ? `${info.resource}.${info.group}` : info.resource} "${name}" already exists` }, operation });
    let desired: KubeObject;
    if (mode === 'apply') {
      const previous = live.metadata.annotations?.[LAST_APPLIED];
      desired = threeWayMerge(live, previous ? JSON.parse(previous) : {}, obj);
    } else {
      desired = { ...obj, status: live.status } as KubeObject;
    }
    desired = asDecoded(desired);
    const v = this.admit(desired, live);
    if (!v.ok) return result({ error: v.error, operation });
    return result({ action: this.replaceLive(live, desired) ? (mode === 'replace' ? 'replaced' : 'configured') : mode === 'replace' ? 'replaced' : 'unchanged', operation, ...warnings });
  }

  /**
   * Defaulting then validation (create when `old` is absent, update otherwise). Quantities are
   * first put in the canonical form the API server stores (decoding into resource.Quantity does
   * that for every write, patches and `kubectl set` included).
   */
  private admit(obj: KubeObject, old: KubeObject | undefined): Result<KubeObject> {
    canonicalizeQuantities(obj);
    const ctx = { store: this.store, now: this.clock.now(), maxPods: this.maxPods };
    const a = ADMISSION[obj.kind];
    a?.default?.(obj, ctx);
    const errors: FieldError[] = a?.validate ? a.validate(obj, old, ctx) : validateGeneric(obj);
    if (errors.length > 0) return fail(invalid(obj.kind, obj.metadata.name ?? '', errors));
    const rejected = a?.admit?.(obj, old, ctx);
    if (rejected) return fail(rejected);
    return ok(obj);
  }

  /**
   * A create through the API: admission, then storage. Users' writes and controllers' creates
   * (ReplicaSet, StatefulSet, DaemonSet and Job pods) both come this way.
   */
  private createNew<T extends KubeObject>(obj: T): Result<T> {
    const v = this.admit(obj, undefined);
    if (!v.ok) return fail(v.error);
    if (obj.kind !== 'Pod') return this.store.create(obj);
    // The ServiceAccount plugin's token volume. Upstream its suffix is random; here it is a hash of
    // the pod's uid (serviceAccountVolumeName): a draw from the seeded generator would shift every
    // later pod name and uid, and a draw from an isolated stream (random.isolated) would rename
    // every volume kubespec has printed, where the uid hash keeps the names `describe pod` always
    // showed. So the pod's identity is settled first — its name, for a generateName, then its uid,
    // drawn from the seeded generator exactly as ObjectStore.create would draw them (same draws,
    // same order, none when the name is taken) — and handed to the store.
    // Upstream mutating admission runs before the name and uid exist; running it last changes
    // nothing visible, as validation and the other admission checks ignore the token volume.
    const meta = obj.metadata as Mutable<ObjectMeta>;
    if (!meta.namespace) meta.namespace = 'default';
    if (!meta.name && meta.generateName) {
      do meta.name = flat(meta.generateName.slice(0, 58) + randomSafeString(this.random, 5));
      while (this.store.get('Pod', meta.namespace, meta.name));
    }
    if (this.store.get('Pod', meta.namespace, meta.name ?? '')) return fail(alreadyExists('Pod', meta.name ?? ''));
    const uid = randomUid(this.random);
    mountServiceAccountToken(obj as unknown as Pod, serviceAccountVolumeName(uid));
    // The pod strategy's PrepareForCreate: whatever status the creator sent, a new pod is Pending
    // with its QoS class computed from the containers' requests and limits.
    (obj as unknown as Pod).status = { phase: 'Pending', qosClass: computePodQOS(obj as unknown as Pod) };
    return this.store.create(obj, { uid });
  }

  /**
   * Replaces a live object's user-owned parts (the main resource endpoint): status is kept,
   * generation bumps for spec changes (and, for Deployments, annotation changes).
   * Returns false when nothing changed.
   */
  private replaceLive(live: KubeObject, desired: KubeObject): boolean {
    const userPart = (o: KubeObject) => ({ labels: o.metadata.labels, annotations: o.metadata.annotations, spec: o.spec, rest: { ...o, metadata: undefined, spec: undefined, status: undefined } });
    if (deepEqual(userPart(live), userPart(desired))) return false;
    const specChanged = !deepEqual(live.spec, desired.spec) || (live.kind === 'Deployment' && !deepEqual(live.metadata.annotations, desired.metadata.annotations));
    this.store.modify(live, (o) => {
      for (const k of Object.keys(o)) if (!['apiVersion', 'kind', 'metadata', 'status'].includes(k)) delete o[k];
      for (const [k, v] of Object.entries(desired)) if (!['apiVersion', 'kind', 'metadata', 'status'].includes(k)) o[k] = v;
      o.metadata.labels = desired.metadata.labels;
      o.metadata.annotations = desired.metadata.annotations;
      if (!o.metadata.labels) delete o.metadata.labels;
      if (!o.metadata.annotations) delete o.metadata.annotations;
    }, { bumpGeneration: specChanged });
    return true;
  }

  /**
   * Changes a live object through a function on a copy (what kubectl scale/set/patch/annotate
   * amount to), with defaulting and validation. The store is untouched when it is rejected.
   */
  update(kind: string, name: string, mutate: (o: KubeObject) => void, opts: { namespace?: string } = {}): Result<{ changed: boolean }> {
    const live = this.store.get(kind, this.namespaceFor(kind, opts.namespace), name);
    if (!live) return fail(notFound(kind, name));
    const desired = deepCopy(live);
    mutate(desired);
    const v = this.admit(desired, live);
    if (!v.ok) return fail(v.error);
    const changed = this.replaceLive(live, desired);
    this.settle();
    return ok({ changed });
  }

  private namespaceFor(kind: string, namespace: string | undefined): string | undefined {
    return kindInfo(kind)?.namespaced === false ? undefined : namespace ?? 'default';
  }

  /** A copy of one object as the API would return it, or undefined. */
  get<T extends KubeObject = KubeObject>(kind: string, name: string, namespace?: string): T | undefined {
    const k = normalizeKind(kind);
    if (k === 'Event') return this.events.get(namespace ?? 'default', name) as T | undefined;
    const o = this.store.get<T>(k, this.namespaceFor(k, namespace), name);
    return o ? dropOmittedZeros(deepCopy(o)) : undefined;
  }

  /** Copies of every object of a kind (one namespace, or all with namespace '*'), sorted by namespace and name as the API lists them. */
  list<T extends KubeObject = KubeObject>(kind: string, namespace?: string): T[] {
    const k = normalizeKind(kind);
    const info = kindInfo(k);
    const ns = info?.namespaced === false || namespace === '*' ? undefined : namespace ?? 'default';
    if (k === 'Event') return this.events.list(ns) as unknown as T[];
    return this.store
      .list<T>(k, ns)
      .map((o) => dropOmittedZeros(deepCopy(o)))
      .sort((a, b) => compareStr(a.metadata.namespace ?? '', b.metadata.namespace ?? '') || compareStr(a.metadata.name ?? '', b.metadata.name ?? ''));
  }

  /** Deletes through the API (graceful for pods, cascading in the background for owners). */
  delete(kind: string, name: string, opts: { namespace?: string; gracePeriodSeconds?: number; propagation?: 'Background' | 'Orphan' | 'Foreground' } = {}): Result<KubeObject> {
    const k = normalizeKind(kind);
    const live = this.store.get(k, this.namespaceFor(k, opts.namespace), name);
    if (!live) return fail(notFound(k, name));
    const copy = deepCopy(live);
    this.deleteLive(live, opts);
    this.settle();
    return ok(copy);
  }

  private deleteLive(obj: KubeObject, opts: { gracePeriodSeconds?: number; propagation?: 'Background' | 'Orphan' | 'Foreground' }): void {
    if (obj.kind === 'Pod') {
      const pod = obj as Pod & KubeObject;
      const grace = opts.gracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 30;
      const phase = pod.status?.phase;
      if (!pod.spec?.nodeName || phase === 'Succeeded' || phase === 'Failed' || grace === 0) {
        this.store.remove(pod);
        return;
      }
      if (pod.metadata.deletionTimestamp) return;
      this.store.modify(pod, (p) => {
        p.metadata.deletionTimestamp = rfc3339(this.clock.now() + grace * 1000);
        p.metadata.deletionGracePeriodSeconds = grace;
      });
      return;
    }
    if (opts.propagation === 'Orphan') {
      for (const dep of this.store.dependents(obj.metadata.uid!)) {
        this.store.modify(dep, (o) => {
          o.metadata.ownerReferences = (o.metadata.ownerReferences ?? []).filter((r) => r.uid !== obj.metadata.uid);
          if (o.metadata.ownerReferences.length === 0) delete o.metadata.ownerReferences;
        });
      }
    }
    // Finalizers hold the object, marked for deletion, until their controllers let go of it.
    if (obj.metadata.finalizers?.length) {
      if (!obj.metadata.deletionTimestamp) {
        this.store.modify(obj, (o) => {
          o.metadata.deletionTimestamp = rfc3339(this.clock.now());
          o.metadata.deletionGracePeriodSeconds = 0;
        });
      }
      return;
    }
    this.store.remove(obj);
  }

  /**
   * The Eviction API (pods/eviction): a pod that is not running yet, already finished or already
   * terminating is deleted without checks; otherwise its PodDisruptionBudget must allow one more
   * disruption, else 429 TooManyRequests — kubectl drain retries every 5 s.
   */
  evict(podName: string, opts: { namespace?: string; gracePeriodSeconds?: number } = {}): Result<void> {
    const ns = opts.namespace ?? 'default';
    const pod = this.store.get<Pod & KubeObject>('Pod', ns, podName);
    if (!pod) return fail(notFound('Pod', podName));
    const phase = pod.status?.phase;
    const unchecked = phase === 'Pending' || phase === 'Succeeded' || phase === 'Failed' || !!pod.metadata.deletionTimestamp;
    if (!unchecked) {
      const pdbs = this.store.list<KubeObject & { spec?: { selector?: LabelSelector }; status?: { disruptionsAllowed?: number } }>('PodDisruptionBudget', ns).filter((b) => selectorMatches(b.spec?.selector, pod.metadata.labels));
      if (pdbs.length > 1) return fail({ reason: 'InternalError', code: 500, message: 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.' });
      if (pdbs.length === 1) {
        const pdb = pdbs[0];
        if ((pdb.status?.disruptionsAllowed ?? 0) <= 0) {
          return fail({ reason: 'TooManyRequests', code: 429, message: "Cannot evict pod as it would violate the pod's disruption budget." });
        }
        this.store.modify(pdb, (o) => {
          o.status = { ...(o.status ?? {}), disruptionsAllowed: (o.status?.disruptionsAllowed ?? 1) - 1 };
        });
      }
    }
    this.deleteLive(pod, { gracePeriodSeconds: opts.gracePeriodSeconds });
    this.settle();
    return ok(undefined);
  }

  /**
   * The node's kubelet stops (the machine is switched off or cut from the network): it stops
   * renewing its lease and acting on pods. The control plane notices after the grace period.
   */
  stopNode(name: string): Result<void> {
    if (!this.store.get('Node', undefined, name)) return fail(notFound('Node', name));
    this.health.stop(name, this.clock.now());
    this.note(`node ${name} stopped`);
    this.manager.enqueueByName('nodelifecycle', name);
    this.manager.enqueueByName('kubelet', `node/${name}`);
    this.settle();
    return ok(undefined);
  }

  /** The node's kubelet is back: it posts Ready and finishes what it missed. */
  startNode(name: string): Result<void> {
    if (!this.store.get('Node', undefined, name)) return fail(notFound('Node', name));
    this.health.start(name);
    this.note(`node ${name} started`);
    this.manager.enqueueByName('kubelet', `node/${name}`);
    this.settle();
    return ok(undefined);
  }

  /**
   * What cluster DNS (CoreDNS) answers for a name asked from a pod in `namespace`, search
   * domains included: a Service's cluster IP, a headless Service's ready pod IPs, or one pod
   * of a StatefulSet through its governing headless Service (`web-0.nginx`). Empty when the
   * name does not resolve.
   */
  resolve(name: string, namespace = 'default'): string[] {
    return resolveDnsName(name, namespace, (kind, ns) => this.store.list(kind, ns));
  }

  /**
   * The environment a container of a pod sees, resolved from env, envFrom, ConfigMaps and
   * Secrets as the kubelet does (undefined + the kubelet's message when something is missing).
   */
  containerEnvironment(podName: string, opts: { container?: string; namespace?: string } = {}): Result<Record<string, string>> {
    const pod = this.store.get<Pod & KubeObject>('Pod', opts.namespace ?? 'default', podName);
    if (!pod) return fail(notFound('Pod', podName));
    const c = pod.spec?.containers?.find((x) => !opts.container || x.name === opts.container);
    if (!c) return fail(badRequest(`container ${opts.container} is not valid for pod ${podName}`));
    const r = resolveEnvironment(pod, c, (kind, ns, name) => this.store.get(kind, ns, name));
    return r.ok ? ok(r.value) : fail(badRequest(r.message));
  }

  /** The files a container sees through its ConfigMap and Secret volumes, by absolute path. */
  containerFiles(podName: string, opts: { container?: string; namespace?: string } = {}): Result<Record<string, string>> {
    const pod = this.store.get<Pod & KubeObject>('Pod', opts.namespace ?? 'default', podName);
    if (!pod) return fail(notFound('Pod', podName));
    const c = pod.spec?.containers?.find((x) => !opts.container || x.name === opts.container);
    if (!c) return fail(badRequest(`container ${opts.container} is not valid for pod ${podName}`));
    const r = resolveFiles(pod, c, (kind, ns, name) => this.store.get(kind, ns, name));
    return r.ok ? ok(r.value) : fail(badRequest(r.message));
  }

  /** How images behave from now on (pods already running keep what they started with). */
  setImageBehaviour(image: string, behaviour: Partial<ImageBehaviour>): void {
    this.images.set(image, behaviour);
  }

  /** Resource version of the store: unchanged after a rejected write. */
  resourceVersion(): string {
    return this.store.currentResourceVersion();
  }

  /** The cap on virtual time one call may run (ClusterOptions.maxVirtualTime), in ms. */
  get maxVirtualTimeMs(): number {
    return this.maxVirtualMs;
  }

  /** Controller syncs so far (for benchmarks). */
  get syncCount(): number {
    return this.manager.syncs;
  }

  /** Virtual epoch ms of an RFC3339 timestamp, for reports. */
  static time(ts: string | undefined): number | undefined {
    return parseTime(ts);
  }

  emit(e: SimEvent): void {
    this.bus.emit(e);
  }
}

/**
 * A manifest that is not valid YAML or not a list of objects. `apply` no longer throws it (it
 * returns a result with `invalid`); kept for callers that raise it themselves.
 */
export class ManifestError extends Error {
  constructor(message: string, readonly line?: number, readonly column?: number) {
    super(message);
    this.name = 'ManifestError';
  }
}

/**
 * kubectl apply's three-way merge, on plain JSON: fields in the new manifest win; fields that
 * were in the last applied manifest but are gone from the new one are removed; everything else
 * (set by controllers or other commands, e.g. replicas after `kubectl scale` when the manifest
 * omits them) is kept. Lists are replaced whole, except the pod spec lists the strategic merge
 * patch merges item by item (MERGE_KEYS): there an item the manifest never had — the ServiceAccount
 * admission plugin's token volume and its mounts — stays, so re-applying a pod's manifest does not
 * try to take them away.
 */
export function threeWayMerge(live: KubeObject, lastApplied: Record<string, unknown>, desired: Record<string, unknown>): KubeObject {
  const merge = (cur: unknown, last: unknown, want: unknown, field?: string): unknown => {
    const mergeKey = field === undefined ? undefined : MERGE_KEYS[field];
    if (mergeKey && Array.isArray(want) && Array.isArray(cur)) return mergeList(cur, Array.isArray(last) ? last : [], want, mergeKey);
    if (!isPlainObject(want) || !isPlainObject(cur)) return deepCopy(want);
    const out: Record<string, unknown> = { ...(deepCopy(cur) as Record<string, unknown>) };
    const lastObj = isPlainObject(last) ? last : {};
    for (const [k, v] of Object.entries(want)) out[k] = k in out ? merge(out[k], lastObj[k], v, k) : deepCopy(v);
    for (const k of Object.keys(lastObj)) if (!(k in want)) delete out[k];
    return out;
  };
  // The new manifest's items in its order, each merged with the live item of the same key;
  // then the live items neither manifest named (someone else's), in their order.
  const mergeList = (cur: unknown[], last: unknown[], want: unknown[], key: string): unknown[] => {
    const keyOf = (o: unknown): unknown => (isPlainObject(o) ? o[key] : undefined);
    const find = (list: unknown[], k: unknown) => (k === undefined ? undefined : list.find((o) => keyOf(o) === k));
    const out = want.map((w) => {
      const c = find(cur, keyOf(w));
      return c === undefined ? deepCopy(w) : merge(c, find(last, keyOf(w)), w);
    });
    for (const c of cur) {
      const k = keyOf(c);
      if (k !== undefined && !find(want, k) && !find(last, k)) out.push(deepCopy(c));
    }
    return out;
  };
  const result = merge(live, lastApplied, desired) as KubeObject;
  result.status = live.status;
  return result;
}

/** Lists kubectl apply merges by key (patchMergeKey in the core/v1 types), by field name. */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const KIND_ALIASES: Record<string, string> = {
  deployment: 'Deployment', deployments: 'Deployment', deploy: 'Deployment',
  replicaset: 'ReplicaSet', replicasets: 'ReplicaSet', rs: 'ReplicaSet',
  pod: 'Pod', pods: 'Pod', po: 'Pod',
  node: 'Node', nodes: 'Node', no: 'Node',
  event: 'Event', events: 'Event', ev: 'Event',
  namespace: 'Namespace', namespaces: 'Namespace', ns: 'Namespace',
  statefulset: 'StatefulSet', statefulsets: 'StatefulSet', sts: 'StatefulSet',
  persistentvolumeclaim: 'PersistentVolumeClaim', persistentvolumeclaims: 'PersistentVolumeClaim', pvc: 'PersistentVolumeClaim',
  persistentvolume: 'PersistentVolume', persistentvolumes: 'PersistentVolume', pv: 'PersistentVolume',
  storageclass: 'StorageClass', storageclasses: 'StorageClass', sc: 'StorageClass',
  volumeattachment: 'VolumeAttachment', volumeattachments: 'VolumeAttachment',
  controllerrevision: 'ControllerRevision', controllerrevisions: 'ControllerRevision',
  service: 'Service', services: 'Service', svc: 'Service',
  endpoints: 'Endpoints', ep: 'Endpoints',
  endpointslice: 'EndpointSlice', endpointslices: 'EndpointSlice',
  daemonset: 'DaemonSet', daemonsets: 'DaemonSet', ds: 'DaemonSet',
};

/** Accepts `deployment`, `deploy`, `Deployment`, `deployments`… */
export function normalizeKind(kind: string): string {
  return KIND_ALIASES[kind.toLowerCase()] ?? kind;
}

function compareStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 90000 → "1m30s", for messages. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${sec || (!h && !m) ? `${sec}s` : ''}`;
}
