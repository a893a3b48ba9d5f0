import type { SimEvent } from '../events/sim-event';
import type { KubeObject, Pod } from '../model/types';
import { parseTime } from '../clock/virtual-clock';
import type { EndpointTarget, TrafficSnapshot } from './model';

/**
 * Folds the simulator's events into the traffic model's snapshots for one Service: each time its
 * Endpoints or one of its pods changes, the ready addresses and what stands behind each of them.
 * Reads only what the public facade offers (events, get, list), like the timeline does.
 */

/** What the recorder needs from the simulator (the Simulator facade satisfies it). */
export interface TrafficSource {
  on(listener: (e: SimEvent) => void): () => void;
  now(): number;
  get<T extends KubeObject = KubeObject>(kind: string, name: string, namespace?: string): T | undefined;
  list<T extends KubeObject = KubeObject>(kind: string, namespace?: string): T[];
}

/** The image facts that decide whether a running container answers (see ImageBehaviour). */
export interface ServingBehaviour {
  /** The process listens this many seconds after the container starts. */
  healthyAfterSeconds?: number;
  /** The app never answers correctly. */
  neverReady?: boolean;
  /** The app breaks this many seconds after it starts. */
  unreadyAfterSeconds?: number;
  /** The container exits this many seconds after it starts. */
  crashAfterSeconds?: number;
}

interface PodFacts {
  terminating: boolean;
  containers: Array<{ image: string; runningSince?: number }>;
}

type EndpointsLike = KubeObject & { subsets?: Array<{ addresses?: Array<{ ip: string; targetRef?: { name?: string } }> }> };

/** What stands behind one address: the pod's state and its images' behaviour, as a target. */
export function targetFor(pod: string, ip: string, facts: PodFacts | undefined, behaviourOf: (image: string) => ServingBehaviour): EndpointTarget {
  if (!facts) return { pod, ip, down: 'container not running' };
  if (facts.terminating) return { pod, ip, down: 'terminating' };
  let servesFrom = -Infinity;
  let servesUntil = Infinity;
  for (const c of facts.containers) {
    if (c.runningSince === undefined) return { pod, ip, down: 'container not running' };
    const b = behaviourOf(c.image);
    if (b.neverReady) return { pod, ip, down: 'app failing' };
    servesFrom = Math.max(servesFrom, c.runningSince + (b.healthyAfterSeconds ?? 0) * 1000);
    if (b.unreadyAfterSeconds !== undefined) servesUntil = Math.min(servesUntil, c.runningSince + b.unreadyAfterSeconds * 1000);
    if (b.crashAfterSeconds !== undefined) servesUntil = Math.min(servesUntil, c.runningSince + b.crashAfterSeconds * 1000);
  }
  if (facts.containers.length === 0) return { pod, ip, down: 'container not running' };
  const t: EndpointTarget = { pod, ip, servesFrom };
  if (servesUntil !== Infinity) t.servesUntil = servesUntil;
  return t;
}

function podFacts(pod: Pod): PodFacts {
  const statuses = new Map((pod.status?.containerStatuses ?? []).map((s) => [s.name, s]));
  return {
    terminating: !!pod.metadata?.deletionTimestamp,
    containers: (pod.spec?.containers ?? []).map((c) => {
      const running = statuses.get(c.name)?.state?.running;
      return { image: c.image ?? '', runningSince: running ? parseTime(running.startedAt) : undefined };
    }),
  };
}

function readyAddresses(ep: EndpointsLike | undefined): Array<{ ip: string; pod: string }> {
  const out: Array<{ ip: string; pod: string }> = [];
  for (const s of ep?.subsets ?? []) for (const a of s.addresses ?? []) out.push({ ip: a.ip, pod: a.targetRef?.name ?? '' });
  return out;
}

export class TrafficRecorder {
  readonly snapshots: TrafficSnapshot[] = [];
  private readonly pods = new Map<string, PodFacts>();
  private addresses: Array<{ ip: string; pod: string }> = [];
  private readonly off: () => void;

  constructor(private readonly source: TrafficSource, readonly service: string, readonly namespace: string, private readonly behaviourOf: (image: string) => ServingBehaviour) {
    for (const p of source.list<Pod & KubeObject>('Pod', namespace)) this.pods.set(p.metadata.name!, podFacts(p));
    this.addresses = readyAddresses(source.get<EndpointsLike>('Endpoints', service, namespace));
    this.snapshot(source.now());
    this.off = source.on((e) => this.observe(e));
  }

  private observe(e: SimEvent): void {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    if (e.object.metadata.namespace !== this.namespace) return;
    const name = e.object.metadata.name!;
    if (e.kind === 'Pod') {
      if (e.type === 'deleted') this.pods.delete(name);
      else this.pods.set(name, podFacts(e.object as Pod));
      if (this.addresses.some((a) => a.pod === name)) this.snapshot(e.at);
    } else if (e.kind === 'Endpoints' && name === this.service) {
      this.addresses = e.type === 'deleted' ? [] : readyAddresses(e.object as EndpointsLike);
      this.snapshot(e.at);
    }
  }

  private snapshot(at: number): void {
    this.snapshots.push({ at, endpoints: this.addresses.map((a) => targetFor(a.pod, a.ip, this.pods.get(a.pod), this.behaviourOf)) });
  }

  /** Stops listening; the snapshots stay. */
  stop(): TrafficSnapshot[] {
    this.off();
    return this.snapshots;
  }
}
