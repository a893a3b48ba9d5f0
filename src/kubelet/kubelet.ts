import type { Container, ContainerStatus, KubeObject, Node, Pod, PodCondition } from '../model/types';
import type { SimEvent } from '../events/sim-event';
import type { Controller, ControllerContext } from '../controllers/controller';
import { rfc3339 } from '../clock/virtual-clock';
import { ImageCatalog, ImageBehaviour } from './image-behaviour';
import type { NodeHealth } from './node-health';
import { resolveEnvironment, resolveFiles } from './container-config';
import { crashLoopBackOff, lastTerminated } from './container-status';
import { flat } from '../model/flat-string';
import { deepFreeze } from '../model/shared';
import { attacherOf, attachmentName, podClaimNames, volumeHandleOf } from '../controllers/volume/util';
import { boundVolumeOf, hasClaims } from '../controllers/volume/claims';
import { type VolumeAttachment, uniqueVolumeName } from '../controllers/volume/attach-detach';

/** How soon the kubelet tries again after a missing ConfigMap/Secret (its pod sync period). */
const CONFIG_RETRY_MS = 10_000;

/** `nginx:1.25` → `docker.io/library/nginx:1.25`, as containerd names what it pulls. */
function qualifiedImage(image: string): string {
  const withTag = /[:@]/.test(image.slice(image.lastIndexOf('/') + 1)) ? image : `${image}:latest`;
  const first = withTag.split('/')[0];
  if (withTag.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) return withTag;
  return withTag.includes('/') ? `docker.io/${withTag}` : `docker.io/library/${withTag}`;
}
import { InitContainerRuntime, incompleteMessage, initContainerRuntimes, initContainerStatus, nextInitContainer } from './init-containers';

type P = Pod & KubeObject;

export const COMPONENT = 'kubelet';
/** The sync key that retries the pods waiting for their volumes. */
const VOLUMES_KEY = '*volumes*';
/** kubelet's container restart back-off: 10 s doubling to 300 s (flowcontrol.Backoff). */
export const BACKOFF_INITIAL_MS = 10_000;
export const BACKOFF_MAX_MS = 300_000;
/**
 * The pod worker retries a pod whose sync failed (a container in CrashLoopBackOff) after this
 * long, and each retry records the BackOff event again — why a crash loop's BackOff count runs
 * far ahead of its restarts. Upstream adds up to 50% jitter; kubespec keeps the base period.
 */
export const POD_WORKER_RETRY_MS = 10_000;

interface ContainerRuntime {
  spec: Container;
  /** Read when needed: a scenario may declare how an image behaves after its pods started. */
  readonly behaviour: ImageBehaviour;
  state: 'creating' | 'running' | 'waiting-backoff' | 'terminated' | 'config-error' | 'pull-error';
  /** Why the container waits (CreateContainerConfigError / ErrImagePull / ImagePullBackOff). */
  waiting?: { reason: string; message: string };
  /** Image pull back-off: 10 s doubling to 300 s, like container restarts. */
  pullBackoffMs?: number;
  startedAt?: number;
  restartCount: number;
  lastTermination?: { exitCode: number; reason: string; startedAt: number; finishedAt: number };
  /** Back-off entry: undefined until the second exit, as flowcontrol.Backoff creates it lazily. */
  backoffMs?: number;
  /** The back-off being waited out now (shown in the CrashLoopBackOff message). */
  currentDelayMs?: number;
  ready: boolean;
  /** Requests the app has answered so far (every probe of any kind is one). */
  probeCount: number;
  successes: number;
  failures: number;
  /** The startup probe has succeeded (or there is none): readiness and liveness probes may run. */
  started: boolean;
  liveFailures: number;
  startupFailures: number;
}

/**
 * A main container's runtime state as it starts. A class rather than an object literal with a
 * getter: such a literal is a slow dictionary object with a closure of its own, and the kubelet
 * reads these on every status write.
 */
class FreshContainerRuntime implements ContainerRuntime {
  state: ContainerRuntime['state'] = 'creating';
  restartCount = 0;
  ready = false;
  probeCount = 0;
  successes = 0;
  failures = 0;
  started = false;
  liveFailures = 0;
  startupFailures = 0;

  constructor(
    readonly spec: Container,
    private readonly images: ImageCatalog,
  ) {}

  /** Read when needed: a scenario may declare how an image behaves after its pods started. */
  get behaviour(): ImageBehaviour {
    return this.images.get(this.spec.image);
  }
}

interface PodRuntime {
  pod: P;
  /** Bumped whenever timers scheduled earlier must be ignored (restart, termination). */
  epoch: number;
  containers: ContainerRuntime[];
  /** Init containers, run one by one before `containers` (empty when the pod has none). */
  inits: InitContainerRuntime[];
  terminating: boolean;
  ip?: string;
  /** The volume manager has every volume in place (claims bound, disks attached to the node). */
  volumesMounted?: boolean;
}

/**
 * A kubelet for every node, in the spirit of kwok: the pod's life as a small set of timed stages
 * (ContainerCreating → Running → Ready, probes, crashes with back-off, graceful termination)
 * driven by declared image behaviours instead of real containers.
 */
export class Kubelet implements Controller {
  readonly name = 'kubelet';
  private readonly runtimes = new Map<string, PodRuntime>();
  private readonly nextIp = new Map<string, number>();
  /** `status.hostIPs` of a node's pods: the same for all of them, shared and frozen. */
  private readonly hostIPs = new Map<string, Array<{ ip: string }>>();

  private hostIPsOf(ip: string): Array<{ ip: string }> {
    let ips = this.hostIPs.get(ip);
    if (!ips) this.hostIPs.set(ip, (ips = deepFreeze([{ ip }])));
    return ips;
  }

  /** A pod CIDR's network address as four numbers, parsed once. */
  private readonly cidrBase = new Map<string, number[]>();
  /** Pods held in ContainerCreating until their volumes are attached: pod uid → how to go on. */
  private readonly awaitingVolumes = new Map<string, () => void>();

  constructor(private readonly ctx: ControllerContext, private readonly images: ImageCatalog, private readonly health: NodeHealth) {}

  handle(e: SimEvent, enqueue: (key: string) => void): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    if (e.kind === 'VolumeAttachment' || e.kind === 'PersistentVolumeClaim') {
      if (this.awaitingVolumes.size > 0) enqueue(VOLUMES_KEY);
      return;
    }
    if (e.kind !== 'Pod') return;
    const uid = e.object.metadata.uid!;
    if (e.type === 'deleted') {
      this.runtimes.delete(uid);
      this.awaitingVolumes.delete(uid);
      return;
    }
    const pod = e.object as P;
    if (!pod.spec?.nodeName) return;
    const rt = this.runtimes.get(uid);
    if (!rt || (pod.metadata.deletionTimestamp && !rt.terminating)) enqueue(`${pod.metadata.namespace}/${pod.metadata.name}`);
  }

  sync(key: string): void {
    if (key.startsWith('node/')) return this.syncNode(key.slice(5));
    if (key === VOLUMES_KEY) {
      for (const resume of [...this.awaitingVolumes.values()]) resume();
      return;
    }
    const slash = key.indexOf('/');
    const pod = this.ctx.store.get<P>('Pod', key.slice(0, slash), key.slice(slash + 1));
    if (!pod || !pod.spec?.nodeName) return;
    // A stopped kubelet does nothing; it catches up when its node comes back.
    if (!this.health.isUp(pod.spec.nodeName)) return;
    let rt = this.runtimes.get(pod.metadata.uid!);
    if (!rt) {
      if (pod.metadata.deletionTimestamp) return this.finishTermination(pod);
      rt = this.admit(pod);
    }
    if (pod.metadata.deletionTimestamp && !rt.terminating) this.startTermination(rt);
  }

  /** Node IPs and pod CIDRs: node i gets 10.244.i.0/24, handed out in order like host-local IPAM. */
  private allocateIp(nodeName: string): string {
    const node = this.ctx.store.get<Node & KubeObject>('Node', undefined, nodeName);
    const cidr = node?.spec?.podCIDR ?? '10.244.0.0/24';
    let base = this.cidrBase.get(cidr);
    if (!base) this.cidrBase.set(cidr, (base = cidr.split('/')[0].split('.').map(Number)));
    const n = (this.nextIp.get(nodeName) ?? 1) + 1;
    this.nextIp.set(nodeName, n);
    // Past the /24 the simulator keeps counting into the next octets rather than failing.
    const host = base[3] + n;
    return flat(`${base[0]}.${base[1] + Math.floor((base[2] + Math.floor(host / 256)) / 256)}.${(base[2] + Math.floor(host / 256)) % 256}.${host % 256}`);
  }

  private admit(pod: P): PodRuntime {
    const now = this.ctx.clock.now();
    const images = this.images;
    const rt: PodRuntime = {
      pod,
      epoch: 0,
      terminating: false,
      containers: (pod.spec?.containers ?? []).map((spec) => new FreshContainerRuntime(spec, images)),
      inits: initContainerRuntimes(pod.spec?.initContainers, (image) => images.get(image)),
    };
    this.runtimes.set(pod.metadata.uid!, rt);
    const node = this.ctx.store.get<Node & KubeObject>('Node', undefined, pod.spec!.nodeName!);
    const hostIP = node?.status?.addresses?.find((a) => a.type === 'InternalIP')?.address;
    this.ctx.store.modify(pod, (p) => {
      p.status = {
        ...(p.status ?? {}),
        phase: 'Pending',
        ...(hostIP ? { hostIP, hostIPs: this.hostIPsOf(hostIP) } : {}),
        startTime: rfc3339(now),
        conditions: mergeConditions(p.status?.conditions, [
          cond('PodReadyToStartContainers', 'False', now),
          rt.inits.length ? cond('Initialized', 'False', now, 'ContainersNotInitialized', incompleteMessage(rt.inits)) : cond('Initialized', 'True', now),
          cond('Ready', 'False', now, 'ContainersNotReady', unreadyMessage(rt)),
          cond('ContainersReady', 'False', now, 'ContainersNotReady', unreadyMessage(rt)),
        ]),
        ...(rt.inits.length ? { initContainerStatuses: rt.inits.map(initContainerStatus) } : {}),
        containerStatuses: rt.containers.map((c) => containerStatus(c, rt.inits.length > 0)),
      };
    });
    this.beginWhenMounted(rt, rt.epoch);
    return rt;
  }

  /** The first stage (init containers, else the containers) once the volumes are in place. */
  private beginWhenMounted(rt: PodRuntime, epoch: number): void {
    if (!this.alive(rt, epoch) || !this.volumesMounted(rt, () => this.beginWhenMounted(rt, epoch))) return;
    const now = this.ctx.clock.now();
    if (rt.inits.length) {
      this.ctx.scheduleAt(now + Math.max(0, rt.inits[0].behaviour.startSeconds) * 1000, () => this.startInit(rt, 0, epoch));
      return;
    }
    const startAt = now + Math.max(0, Math.min(...rt.containers.map((c) => c.behaviour.startSeconds))) * 1000;
    this.ctx.scheduleAt(startAt, () => this.startContainers(rt, epoch));
  }

  /**
   * The volume manager's WaitForAttachAndMount: every claim bound, every disk that needs
   * attaching attached to this node (a VolumeAttachment the driver reports attached). Until then
   * the pod stays ContainerCreating and `resume` runs again on the next claim or attachment
   * change. Mounted disks are reported in the node's status.volumesInUse, which is what the
   * attach/detach controller waits on before it detaches.
   */
  private volumesMounted(rt: PodRuntime, resume: () => void): boolean {
    if (rt.volumesMounted) return true;
    const pod = rt.pod;
    if (!hasClaims(pod)) return (rt.volumesMounted = true);
    const nodeName = pod.spec!.nodeName!;
    const inUse: string[] = [];
    for (const claimName of podClaimNames(pod)) {
      const pv = boundVolumeOf(this.ctx.store, pod.metadata.namespace, claimName);
      if (!pv) return this.awaitVolumes(pod, resume);
      const driver = attacherOf(pv);
      if (!driver) continue;
      const va = this.ctx.store.get<VolumeAttachment>('VolumeAttachment', undefined, attachmentName(volumeHandleOf(pv), driver, nodeName));
      if (!va?.status?.attached || va.metadata.deletionTimestamp) return this.awaitVolumes(pod, resume);
      inUse.push(uniqueVolumeName(pv)!);
    }
    this.awaitingVolumes.delete(pod.metadata.uid!);
    rt.volumesMounted = true;
    if (inUse.length > 0) this.reportVolumesInUse(nodeName);
    return true;
  }

  private awaitVolumes(pod: P, resume: () => void): false {
    this.awaitingVolumes.set(pod.metadata.uid!, resume);
    return false;
  }

  /** status.volumesInUse: the attachable volumes mounted for the node's live pods, sorted. */
  private reportVolumesInUse(nodeName: string): void {
    const node = this.ctx.store.get<Node & KubeObject>('Node', undefined, nodeName);
    if (!node) return;
    const names = new Set<string>();
    for (const rt of this.runtimes.values()) {
      if (!rt.volumesMounted || rt.pod.spec?.nodeName !== nodeName || !this.ctx.store.get('Pod', rt.pod.metadata.namespace, rt.pod.metadata.name!)) continue;
      for (const claimName of podClaimNames(rt.pod)) {
        const pv = boundVolumeOf(this.ctx.store, rt.pod.metadata.namespace, claimName);
        const unique = pv && uniqueVolumeName(pv);
        if (unique) names.add(unique);
      }
    }
    const list = [...names].sort();
    const before = node.status?.volumesInUse ?? [];
    if (list.length === before.length && list.every((n, i) => n === before[i])) return;
    this.ctx.store.modify(node, (n) => {
      const status = (n.status ??= {}) as { volumesInUse?: string[] };
      if (list.length) status.volumesInUse = list;
      else delete status.volumesInUse;
    });
  }

  /** The next init container starts (the first one also sets up the sandbox and its IP). */
  private startInit(rt: PodRuntime, i: number, epoch: number): void {
    if (!this.alive(rt, epoch)) return;
    const c = rt.inits[i];
    if (!c || c.state === 'completed' || c.state === 'running') return;
    const now = this.ctx.clock.now();
    rt.ip ??= this.allocateIp(rt.pod.spec!.nodeName!);
    if (c.restartCount === 0 && c.spec.imagePullPolicy === 'Always') {
      this.ctx.recordEvent(rt.pod, 'Normal', 'Pulling', `Pulling image "${c.spec.image}"`, COMPONENT);
      this.ctx.recordEvent(rt.pod, 'Normal', 'Pulled', `Successfully pulled image "${c.spec.image}" in 1s (1s including waiting). Image size: 0 bytes.`, COMPONENT);
    } else {
      this.ctx.recordEvent(rt.pod, 'Normal', 'Pulled', `Container image "${c.spec.image}" already present on machine`, COMPONENT);
    }
    this.ctx.recordEvent(rt.pod, 'Normal', 'Created', `Created container ${c.spec.name}`, COMPONENT);
    this.ctx.recordEvent(rt.pod, 'Normal', 'Started', `Started container ${c.spec.name}`, COMPONENT);
    c.state = 'running';
    c.startedAt = now;
    const startedAt = now;
    const crash = c.behaviour.crashAfterSeconds;
    if (crash !== undefined) this.ctx.scheduleAt(now + crash * 1000, () => this.initExited(rt, i, epoch, startedAt, 1));
    else this.ctx.scheduleAt(now + (c.behaviour.initSeconds ?? 1) * 1000, () => this.initExited(rt, i, epoch, startedAt, 0));
    this.writeStatus(rt);
  }

  /**
   * An init container exited: success starts the next one (or, after the last, the main
   * containers); failure restarts it in place after the same back-off as any container.
   */
  private initExited(rt: PodRuntime, i: number, epoch: number, startedAt: number, exitCode: number): void {
    const c = rt.inits[i];
    if (!this.alive(rt, epoch) || c.state !== 'running' || c.startedAt !== startedAt) return;
    const now = this.ctx.clock.now();
    if (exitCode === 0) {
      c.state = 'completed';
      c.finishedAt = now;
      const next = nextInitContainer(rt.inits);
      if (next >= 0) this.ctx.scheduleAt(now + Math.max(0, rt.inits[next].behaviour.startSeconds) * 1000, () => this.startInit(rt, next, epoch));
      else this.ctx.scheduleAt(now + Math.max(0, Math.min(...rt.containers.map((m) => m.behaviour.startSeconds))) * 1000, () => this.startContainers(rt, epoch));
      this.writeStatus(rt);
      return;
    }
    c.lastTermination = { exitCode, reason: 'Error', startedAt, finishedAt: now };
    if (c.backoffMs !== undefined && now - startedAt > 2 * BACKOFF_MAX_MS) c.backoffMs = undefined;
    const delay = c.backoffMs ?? 0;
    c.currentDelayMs = delay;
    c.backoffMs = c.backoffMs === undefined ? BACKOFF_INITIAL_MS : Math.min(c.backoffMs * 2, BACKOFF_MAX_MS);
    c.state = 'waiting-backoff';
    if (delay > 0) this.backOff(rt, c, epoch, now, now + delay);
    this.ctx.scheduleAt(now + delay, () => {
      if (!this.alive(rt, epoch) || c.state !== 'waiting-backoff') return;
      c.restartCount++;
      c.state = 'waiting';
      this.startInit(rt, i, epoch);
    });
    this.writeStatus(rt);
  }

  /** Starts whatever comes next for a pod none of whose main containers has run yet. */
  private resumeStart(rt: PodRuntime, epoch: number): void {
    if (!this.volumesMounted(rt, () => this.alive(rt, epoch) && this.resumeStart(rt, epoch))) return;
    const next = nextInitContainer(rt.inits);
    if (next < 0) return this.startContainers(rt, epoch);
    const c = rt.inits[next];
    if (c.state === 'running' || c.state === 'waiting-backoff') c.state = 'waiting';
    this.startInit(rt, next, epoch);
  }

  private alive(rt: PodRuntime, epoch: number): boolean {
    return this.runtimes.get(rt.pod.metadata.uid!) === rt && rt.epoch === epoch && !rt.terminating && this.health.isUp(rt.pod.spec!.nodeName!);
  }

  /**
   * A node's kubelet stopped or came back. Stopped: its timers are void (epoch bump). Back: it
   * posts Ready, restarts its probes, and syncs every pod on the node (finishing deletions the
   * control plane asked for while it was away).
   */
  private syncNode(nodeName: string): void {
    const mine = [...this.runtimes.values()].filter((rt) => rt.pod.spec?.nodeName === nodeName);
    if (!this.health.isUp(nodeName)) {
      for (const rt of mine) rt.epoch++;
      return;
    }
    const node = this.ctx.store.get<Node & KubeObject>('Node', undefined, nodeName);
    if (node && node.status?.conditions?.find((c) => c.type === 'Ready')?.status !== 'True') {
      const ts = rfc3339(this.ctx.clock.now());
      const healthy: Record<string, [string, string, string]> = {
        Ready: ['True', 'KubeletReady', 'kubelet is posting ready status'],
        MemoryPressure: ['False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
        DiskPressure: ['False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
        PIDPressure: ['False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
      };
      this.ctx.store.modify(node, (n) => {
        n.status = {
          ...(n.status ?? {}),
          conditions: (n.status?.conditions ?? []).map((c) => {
            const h = healthy[c.type];
            return h ? { ...c, status: h[0], reason: h[1], message: h[2], lastHeartbeatTime: ts, lastTransitionTime: c.status === h[0] ? c.lastTransitionTime : ts } : c;
          }),
        };
      });
      this.ctx.recordEvent(node, 'Normal', 'NodeReady', `Node ${nodeName} status is now: NodeReady`, COMPONENT);
    }
    const now = this.ctx.clock.now();
    for (const rt of mine) {
      rt.epoch++;
      if (rt.pod.metadata.deletionTimestamp) continue;
      if (rt.containers.every((c) => c.state === 'creating')) {
        const epoch = rt.epoch;
        this.ctx.scheduleAt(now, () => this.resumeStart(rt, epoch));
        continue;
      }
      for (const c of rt.containers) {
        if (c.state === 'waiting-backoff') {
          const epoch = rt.epoch;
          this.ctx.scheduleAt(now, () => {
            if (!this.alive(rt, epoch) || c.state !== 'waiting-backoff') return;
            c.restartCount++;
            this.runContainer(rt, c, this.ctx.clock.now());
            this.writeStatus(rt);
          });
        }
        if (c.state !== 'running') continue;
        const epoch = rt.epoch;
        const startedAt = c.startedAt!;
        if (c.started) this.startHealthProbes(rt, c, epoch, startedAt);
        else this.ctx.scheduleAt(now, () => this.startupProbe(rt, c, epoch, startedAt));
        if (c.behaviour.crashAfterSeconds !== undefined) {
          this.ctx.scheduleAt(Math.max(now, startedAt + c.behaviour.crashAfterSeconds * 1000), () => this.containerExited(rt, c, epoch, startedAt));
        }
      }
      this.writeStatus(rt);
    }
    for (const pod of this.ctx.store.list<P>('Pod')) {
      if (pod.spec?.nodeName === nodeName) this.sync(`${pod.metadata.namespace}/${pod.metadata.name}`);
    }
  }

  private startContainers(rt: PodRuntime, epoch: number): void {
    if (!this.alive(rt, epoch)) return;
    const now = this.ctx.clock.now();
    const pod = rt.pod;
    // Volumes first: a missing ConfigMap or Secret keeps the pod in ContainerCreating. Whether
    // they mount is all that matters here, so no service account token is minted for nothing.
    for (const c of rt.containers) {
      const files = resolveFiles(pod, c.spec, this.lookup, { projected: false });
      if (!files.ok) {
        this.ctx.recordEvent(pod, 'Warning', 'FailedMount', files.message, COMPONENT);
        this.ctx.scheduleAt(now + CONFIG_RETRY_MS, () => this.startContainers(rt, epoch));
        return;
      }
    }
    rt.ip ??= this.allocateIp(pod.spec!.nodeName!);
    let retry = Infinity;
    for (const c of rt.containers) {
      if (c.state !== 'creating' && c.state !== 'config-error' && c.state !== 'pull-error') continue;
      const pulled = this.pullImage(rt, c, now);
      if (pulled !== true) {
        retry = Math.min(retry, pulled);
        continue;
      }
      const env = resolveEnvironment(pod, c.spec, this.lookup);
      if (!env.ok) {
        c.state = 'config-error';
        c.waiting = { reason: 'CreateContainerConfigError', message: env.message };
        this.ctx.recordEvent(pod, 'Warning', 'Failed', `Error: ${env.message}`, COMPONENT);
        retry = Math.min(retry, now + CONFIG_RETRY_MS);
        continue;
      }
      c.waiting = undefined;
      this.ctx.recordEvent(pod, 'Normal', 'Created', `Created container ${c.spec.name}`, COMPONENT);
      this.ctx.recordEvent(pod, 'Normal', 'Started', `Started container ${c.spec.name}`, COMPONENT);
      this.runContainer(rt, c, now);
    }
    if (retry !== Infinity) this.ctx.scheduleAt(retry, () => this.startContainers(rt, epoch));
    this.writeStatus(rt);
  }

  /** Resolves ConfigMaps and Secrets through the store, as the kubelet's informers would. */
  private readonly lookup = (kind: 'ConfigMap' | 'Secret', namespace: string, name: string) => this.ctx.store.get(kind, namespace, name);

  /**
   * Pulls (or finds) the container's image. Returns true when it is there, otherwise the instant
   * to try again: ErrImagePull first, then ImagePullBackOff with a doubling back-off.
   */
  private pullImage(rt: PodRuntime, c: ContainerRuntime, now: number): true | number {
    const image = c.spec.image ?? '';
    const b = c.behaviour;
    const secrets = rt.pod.spec?.imagePullSecrets ?? [];
    const authorised = secrets.some((s) => s.name && this.ctx.store.get('Secret', rt.pod.metadata.namespace, s.name));
    const failure = b.pullFails
      ? `rpc error: code = NotFound desc = failed to pull and unpack image "${qualifiedImage(image)}": failed to resolve reference "${qualifiedImage(image)}": ${qualifiedImage(image)}: not found`
      : b.requiresPullSecret && !authorised
        ? `rpc error: code = Unknown desc = failed to pull and unpack image "${qualifiedImage(image)}": failed to resolve reference "${qualifiedImage(image)}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`
        : undefined;
    if (!failure) {
      c.pullBackoffMs = undefined;
      if (c.spec.imagePullPolicy === 'Always' || false) {
        this.ctx.recordEvent(rt.pod, 'Normal', 'Pulling', `Pulling image "${image}"`, COMPONENT);
        this.ctx.recordEvent(rt.pod, 'Normal', 'Pulled', `Successfully pulled image "${image}" in 1s (1s including waiting). Image size: 0 bytes.`, COMPONENT);
      } else {
        this.ctx.recordEvent(rt.pod, 'Normal', 'Pulled', `Container image "${image}" already present on machine`, COMPONENT);
      }
      return true;
    }
    const first = c.pullBackoffMs === undefined;
    c.state = 'pull-error';
    if (first) {
      this.ctx.recordEvent(rt.pod, 'Normal', 'Pulling', `Pulling image "${image}"`, COMPONENT);
      this.ctx.recordEvent(rt.pod, 'Warning', 'Failed', `Failed to pull image "${image}": ${failure}`, COMPONENT);
      this.ctx.recordEvent(rt.pod, 'Warning', 'Failed', 'Error: ErrImagePull', COMPONENT);
      c.waiting = { reason: 'ErrImagePull', message: failure };
      c.pullBackoffMs = BACKOFF_INITIAL_MS;
      // The next sync reports the back-off before retrying.
      this.ctx.scheduleAt(now + 1000, () => {
        if (c.state !== 'pull-error') return;
        c.waiting = { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` };
        this.ctx.recordEvent(rt.pod, 'Normal', 'BackOff', `Back-off pulling image "${image}"`, COMPONENT);
        this.ctx.recordEvent(rt.pod, 'Warning', 'Failed', 'Error: ImagePullBackOff', COMPONENT);
        this.writeStatus(rt);
      });
      return now + c.pullBackoffMs;
    }
    this.ctx.recordEvent(rt.pod, 'Normal', 'Pulling', `Pulling image "${image}"`, COMPONENT);
    this.ctx.recordEvent(rt.pod, 'Warning', 'Failed', `Failed to pull image "${image}": ${failure}`, COMPONENT);
    this.ctx.recordEvent(rt.pod, 'Warning', 'Failed', 'Error: ErrImagePull', COMPONENT);
    c.waiting = { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` };
    c.pullBackoffMs = Math.min(c.pullBackoffMs! * 2, BACKOFF_MAX_MS);
    return now + c.pullBackoffMs;
  }


  /** A container (re)starts: readiness starts over, probes and a crash are scheduled. */
  private runContainer(rt: PodRuntime, c: ContainerRuntime, now: number): void {
    c.state = 'running';
    c.startedAt = now;
    c.successes = 0;
    c.failures = 0;
    c.liveFailures = 0;
    c.startupFailures = 0;
    c.ready = !c.spec.readinessProbe;
    c.started = !c.spec.startupProbe;
    const epoch = rt.epoch;
    if (c.spec.startupProbe) {
      this.ctx.scheduleAt(now + (c.spec.startupProbe.initialDelaySeconds ?? 0) * 1000, () => this.startupProbe(rt, c, epoch, now));
    } else {
      this.startHealthProbes(rt, c, epoch, now);
    }
    if (c.behaviour.crashAfterSeconds !== undefined) {
      this.ctx.scheduleAt(now + c.behaviour.crashAfterSeconds * 1000, () => this.containerExited(rt, c, epoch, now));
    }
    if (c.behaviour.completesAfterSeconds !== undefined) {
      this.ctx.scheduleAt(now + c.behaviour.completesAfterSeconds * 1000, () => this.containerExited(rt, c, epoch, now, 0));
    }
  }

  /**
   * Readiness and liveness probes start once the container has started (its startup probe, if
   * any, succeeded). The prober triggers a first run at once, then on its period;
   * initialDelaySeconds (counted from the container start) holds it back.
   */
  private startHealthProbes(rt: PodRuntime, c: ContainerRuntime, epoch: number, startedAt: number): void {
    const now = this.ctx.clock.now();
    const first = (p: { initialDelaySeconds?: number }) => Math.max(now, startedAt + (p.initialDelaySeconds ?? 0) * 1000);
    if (c.spec.readinessProbe) this.ctx.scheduleAt(first(c.spec.readinessProbe), () => this.probe(rt, c, epoch, startedAt));
    if (c.spec.livenessProbe) this.ctx.scheduleAt(first(c.spec.livenessProbe), () => this.livenessProbe(rt, c, epoch, startedAt));
  }

  /** Whether the app answers this probe (each probe is one request to it). */
  private probeFails(c: ContainerRuntime, now: number, startedAt: number): boolean {
    c.probeCount++;
    const b = c.behaviour;
    return (
      b.neverReady ||
      (b.healthyAfterSeconds !== undefined && now - startedAt < b.healthyAfterSeconds * 1000) ||
      (b.unreadyFromProbe !== undefined && c.probeCount >= b.unreadyFromProbe) ||
      (b.unreadyAfterSeconds !== undefined && now - startedAt >= b.unreadyAfterSeconds * 1000)
    );
  }

  /** Liveness: failureThreshold failures in a row kill the container, which is restarted. */
  private livenessProbe(rt: PodRuntime, c: ContainerRuntime, epoch: number, startedAt: number): void {
    if (!this.alive(rt, epoch) || c.state !== 'running' || c.startedAt !== startedAt) return;
    const probe = c.spec.livenessProbe!;
    const now = this.ctx.clock.now();
    if (this.probeFails(c, now, startedAt)) {
      c.liveFailures++;
      this.ctx.recordEvent(rt.pod, 'Warning', 'Unhealthy', `Liveness probe failed: ${probeFailureText(probe)}`, COMPONENT);
      if (c.liveFailures >= (probe.failureThreshold ?? 3)) {
        this.ctx.recordEvent(rt.pod, 'Normal', 'Killing', `Container ${c.spec.name} failed liveness probe, will be restarted`, COMPONENT);
        this.containerExited(rt, c, epoch, startedAt, 137);
        return;
      }
    } else c.liveFailures = 0;
    this.ctx.scheduleAt(now + (probe.periodSeconds ?? 10) * 1000, () => this.livenessProbe(rt, c, epoch, startedAt));
  }

  /** Startup: success releases the other probes; failureThreshold failures restart the container. */
  private startupProbe(rt: PodRuntime, c: ContainerRuntime, epoch: number, startedAt: number): void {
    if (!this.alive(rt, epoch) || c.state !== 'running' || c.startedAt !== startedAt) return;
    const probe = c.spec.startupProbe!;
    const now = this.ctx.clock.now();
    if (!this.probeFails(c, now, startedAt)) {
      c.started = true;
      this.writeStatus(rt);
      this.startHealthProbes(rt, c, epoch, startedAt);
      return;
    }
    c.startupFailures++;
    this.ctx.recordEvent(rt.pod, 'Warning', 'Unhealthy', `Startup probe failed: ${probeFailureText(probe)}`, COMPONENT);
    if (c.startupFailures >= (probe.failureThreshold ?? 3)) {
      this.ctx.recordEvent(rt.pod, 'Normal', 'Killing', `Container ${c.spec.name} failed startup probe, will be restarted`, COMPONENT);
      this.containerExited(rt, c, epoch, startedAt, 137);
      return;
    }
    this.ctx.scheduleAt(now + (probe.periodSeconds ?? 10) * 1000, () => this.startupProbe(rt, c, epoch, startedAt));
  }

  private probe(rt: PodRuntime, c: ContainerRuntime, epoch: number, startedAt: number): void {
    if (!this.alive(rt, epoch) || c.state !== 'running' || c.startedAt !== startedAt) return;
    const probe = c.spec.readinessProbe!;
    const now = this.ctx.clock.now();
    const fails = this.probeFails(c, now, startedAt);
    let changed = false;
    if (fails) {
      c.successes = 0;
      c.failures++;
      this.ctx.recordEvent(rt.pod, 'Warning', 'Unhealthy', `Readiness probe failed: ${probeFailureText(probe)}`, COMPONENT);
      if (c.ready && c.failures >= (probe.failureThreshold ?? 3)) {
        c.ready = false;
        changed = true;
      }
    } else {
      c.failures = 0;
      c.successes++;
      if (!c.ready && c.successes >= (probe.successThreshold ?? 1)) {
        c.ready = true;
        changed = true;
      }
    }
    if (changed) this.writeStatus(rt);
    this.ctx.scheduleAt(now + (probe.periodSeconds ?? 10) * 1000, () => this.probe(rt, c, epoch, startedAt));
  }

  /**
   * The container process exited. With restartPolicy Always it is restarted in place (same pod,
   * same IP): the first restart at once, later ones after 10 s, 20 s, 40 s … 300 s of back-off.
   */
  private containerExited(rt: PodRuntime, c: ContainerRuntime, epoch: number, startedAt: number, exitCode = 1): void {
    if (!this.alive(rt, epoch) || c.state !== 'running' || c.startedAt !== startedAt) return;
    const now = this.ctx.clock.now();
    c.lastTermination = { exitCode, reason: exitCode === 0 ? 'Completed' : 'Error', startedAt, finishedAt: now };
    c.ready = false;
    // restartPolicy: Always restarts every exit; OnFailure only failures; Never nothing.
    const policy = rt.pod.spec?.restartPolicy ?? 'Always';
    if (policy === 'Never' || (policy === 'OnFailure' && exitCode === 0)) {
      c.state = 'terminated';
      this.writeStatus(rt);
      return;
    }
    // The back-off entry is forgotten after the container ran 2 × max back-off without trouble.
    if (c.backoffMs !== undefined && now - startedAt > 2 * BACKOFF_MAX_MS) c.backoffMs = undefined;
    const delay = c.backoffMs ?? 0;
    c.currentDelayMs = delay;
    c.backoffMs = c.backoffMs === undefined ? BACKOFF_INITIAL_MS : Math.min(c.backoffMs * 2, BACKOFF_MAX_MS);
    if (delay === 0) {
      c.restartCount++;
      this.ctx.recordEvent(rt.pod, 'Normal', 'Pulled', `Container image "${c.spec.image}" already present on machine`, COMPONENT);
      this.ctx.recordEvent(rt.pod, 'Normal', 'Created', `Created container ${c.spec.name}`, COMPONENT);
      this.ctx.recordEvent(rt.pod, 'Normal', 'Started', `Started container ${c.spec.name}`, COMPONENT);
      this.runContainer(rt, c, now);
    } else {
      c.state = 'waiting-backoff';
      this.backOff(rt, c, epoch, now, now + delay);
      this.ctx.scheduleAt(now + delay, () => {
        if (!this.alive(rt, epoch) || c.state !== 'waiting-backoff') return;
        c.restartCount++;
        this.ctx.recordEvent(rt.pod, 'Normal', 'Pulled', `Container image "${c.spec.image}" already present on machine`, COMPONENT);
        this.ctx.recordEvent(rt.pod, 'Normal', 'Created', `Created container ${c.spec.name}`, COMPONENT);
        this.ctx.recordEvent(rt.pod, 'Normal', 'Started', `Started container ${c.spec.name}`, COMPONENT);
        this.runContainer(rt, c, this.ctx.clock.now());
        this.writeStatus(rt);
      });
    }
    this.writeStatus(rt);
  }

  /**
   * The BackOff event of a container waiting to be restarted, recorded now and at each pod
   * worker retry before `restartAt` (the retry at that instant restarts it instead).
   */
  private backOff(rt: PodRuntime, c: { spec: Container; state: string; restartCount: number }, epoch: number, now: number, restartAt: number): void {
    if (!this.alive(rt, epoch) || c.state !== 'waiting-backoff') return;
    this.ctx.recordEvent(rt.pod, 'Warning', 'BackOff', `Back-off restarting failed container ${c.spec.name} in pod ${rt.pod.metadata.name}_${rt.pod.metadata.namespace}(${rt.pod.metadata.uid})`, COMPONENT);
    const next = now + POD_WORKER_RETRY_MS;
    const restarts = c.restartCount;
    if (next < restartAt) this.ctx.scheduleAt(next, () => c.restartCount === restarts && this.backOff(rt, c, epoch, next, restartAt));
  }

  /**
   * Graceful deletion: SIGTERM, then the pod object disappears when the process exits or, at the
   * latest, when the grace period ends (SIGKILL). A pod whose containers never started goes at once.
   */
  private startTermination(rt: PodRuntime): void {
    rt.terminating = true;
    rt.epoch++;
    const pod = rt.pod;
    const now = this.ctx.clock.now();
    const grace = (pod.metadata.deletionGracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 30) * 1000;
    let exitAfter = 0;
    for (const c of rt.containers) {
      if (c.state === 'creating') continue;
      this.ctx.recordEvent(pod, 'Normal', 'Killing', `Stopping container ${c.spec.name}`, COMPONENT);
      if (c.state !== 'running') continue;
      const s = c.behaviour.sigtermSeconds;
      exitAfter = Math.max(exitAfter, s === 'ignore' ? grace : Math.min(s * 1000, grace));
    }
    this.ctx.scheduleAt(now + exitAfter, () => this.finishTermination(pod));
  }

  private finishTermination(pod: P): void {
    if (this.ctx.store.get('Pod', pod.metadata.namespace, pod.metadata.name!) !== pod) return;
    const mounted = this.runtimes.get(pod.metadata.uid!)?.volumesMounted && hasClaims(pod);
    this.runtimes.delete(pod.metadata.uid!);
    this.ctx.store.remove(pod);
    // Volumes are unmounted before the pod object goes; the node stops reporting them in use.
    if (mounted && this.health.isUp(pod.spec!.nodeName!)) this.reportVolumesInUse(pod.spec!.nodeName!);
  }

  /** The status manager: phase, conditions and container statuses from the runtime. */
  private writeStatus(rt: PodRuntime): void {
    const now = this.ctx.clock.now();
    const allReady = rt.containers.every((c) => c.ready);
    const anyStarted = rt.containers.some((c) => c.state === 'running' || c.state === 'waiting-backoff' || c.state === 'terminated');
    // The sandbox exists once any container, init containers included, has started.
    const sandbox = anyStarted || rt.inits.some((c) => c.state !== 'waiting' || c.restartCount > 0);
    const initialized = nextInitContainer(rt.inits) < 0;
    this.ctx.store.modify(rt.pod, (p) => {
      const status = p.status ?? {};
      const finished = rt.containers.length > 0 && rt.containers.every((c) => c.state === 'terminated');
      status.phase = finished ? (rt.containers.every((c) => c.lastTermination?.exitCode === 0) ? 'Succeeded' : 'Failed') : anyStarted ? 'Running' : 'Pending';
      if (rt.ip) {
        status.podIP = rt.ip;
        status.podIPs = [{ ip: rt.ip }];
      }
      status.conditions = mergeConditions(status.conditions, [
        cond('PodReadyToStartContainers', sandbox ? 'True' : 'False', now),
        ...(rt.inits.length ? [initialized ? cond('Initialized', 'True', now) : cond('Initialized', 'False', now, 'ContainersNotInitialized', incompleteMessage(rt.inits))] : []),
        ...(finished
          ? [cond('Ready', 'False', now, 'PodCompleted'), cond('ContainersReady', 'False', now, 'PodCompleted')]
          : [
              cond('Ready', allReady ? 'True' : 'False', now, allReady ? undefined : 'ContainersNotReady', allReady ? undefined : unreadyMessage(rt)),
              cond('ContainersReady', allReady ? 'True' : 'False', now, allReady ? undefined : 'ContainersNotReady', allReady ? undefined : unreadyMessage(rt)),
            ]),
      ]);
      if (rt.inits.length) status.initContainerStatuses = rt.inits.map(initContainerStatus);
      status.containerStatuses = rt.containers.map((c) => containerStatus(c, rt.inits.length > 0));
      p.status = status;
    });
  }
}

function probeFailureText(probe: NonNullable<Container['readinessProbe']>): string {
  if (probe.httpGet) return 'HTTP probe failed with statuscode: 500';
  if (probe.tcpSocket) return `dial tcp: connect: connection refused`;
  if (probe.exec) return 'command failed';
  return 'probe failed';
}

function unreadyMessage(rt: PodRuntime): string {
  return `containers with unready status: [${rt.containers.filter((c) => !c.ready).map((c) => c.spec.name).join(' ')}]`;
}

function cond(type: string, status: string, now: number, reason?: string, message?: string): PodCondition {
  const c: PodCondition = { type, status, lastProbeTime: null as unknown as undefined, lastTransitionTime: rfc3339(now) };
  if (reason) c.reason = reason;
  if (message) c.message = message;
  return c;
}

/** Conditions keep their lastTransitionTime unless their status flips; order is kept stable. */
function mergeConditions(existing: PodCondition[] | undefined, updates: PodCondition[]): PodCondition[] {
  const out = [...(existing ?? [])];
  for (const u of updates) {
    const i = out.findIndex((c) => c.type === u.type);
    if (i < 0) out.push(u);
    else if (out[i].status !== u.status) out[i] = u;
    // Unchanged but for the time it would move: the condition as it was (no new object).
    else if (!sameCondition(out[i], u)) out[i] = { ...u, lastTransitionTime: out[i].lastTransitionTime };
  }
  // A stable insertion sort by CONDITION_ORDER (unknown types first), as Array#sort would give:
  // a pod has a handful of conditions, and sort allocates a work copy on every status write.
  const rank = (c: PodCondition) => CONDITION_ORDER.indexOf(c.type);
  for (let i = 1; i < out.length; i++) {
    const c = out[i];
    let j = i;
    for (; j > 0 && rank(out[j - 1]) > rank(c); j--) out[j] = out[j - 1];
    out[j] = c;
  }
  return out;
}

/** Same type, status, reason and message (and probe time): what `mergeConditions` may keep. */
function sameCondition(a: PodCondition, b: PodCondition): boolean {
  return (
    a.type === b.type &&
    a.status === b.status &&
    a.reason === b.reason &&
    a.message === b.message &&
    a.lastProbeTime === b.lastProbeTime &&
    // The same fields too (one written with `reason: undefined` would print differently).
    'reason' in a === 'reason' in b &&
    'message' in a === 'message' in b
  );
}

const CONDITION_ORDER = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'];

/**
 * `hasInitContainers`: a main container not created yet waits with reason PodInitializing
 * instead of ContainerCreating (the kubelet's default waiting state for such pods).
 */
function containerStatus(c: ContainerRuntime, hasInitContainers = false): ContainerStatus {
  const s: ContainerStatus = {
    name: c.spec.name,
    image: c.spec.image ?? '',
    imageID: c.state === 'creating' || c.state === 'config-error' || c.state === 'pull-error' ? '' : `docker-pullable://${c.spec.image}`,
    ready: c.ready,
    restartCount: c.restartCount,
    started: c.state === 'running' && c.started,
    state: {},
  };
  if (c.state === 'running' || c.state === 'waiting-backoff' || c.state === 'terminated') s.containerID = `containerd://${c.spec.name}-${c.restartCount}`;
  if (c.waiting && (c.state === 'config-error' || c.state === 'pull-error')) s.state = { waiting: { ...c.waiting } };
  else if (c.state === 'creating') s.state = { waiting: { reason: hasInitContainers ? 'PodInitializing' : 'ContainerCreating' } };
  else if (c.state === 'running') s.state = { running: { startedAt: rfc3339(c.startedAt!) } };
  else if (c.state === 'terminated' && c.lastTermination) {
    s.state = { terminated: { exitCode: c.lastTermination.exitCode, reason: c.lastTermination.reason, startedAt: rfc3339(c.lastTermination.startedAt), finishedAt: rfc3339(c.lastTermination.finishedAt), containerID: `containerd://${c.spec.name}-${c.restartCount}` } };
  }
  else if (c.state === 'waiting-backoff') s.state = crashLoopBackOff(c.spec.name, c.currentDelayMs ?? BACKOFF_INITIAL_MS);
  if (c.lastTermination && c.state !== 'terminated') s.lastState = lastTerminated(c.spec.name, c.restartCount, c.lastTermination, c.state === 'running');
  return s;
}
