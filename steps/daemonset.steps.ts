import { expect } from 'chai';
import { daemonSetManifest, DaemonSetShorthand } from '../src';
import type { SimEvent } from '../src';
import type { KubeObject } from '../src/model/types';
import { phrase } from './phrases';
import type { SimWorld } from './world';
import { applyOrFail, kubectlOrFail } from './support';

/**
 * DaemonSets: one pod per eligible node, nodes joining, labels and taints, rolling updates.
 * Invariants over a DaemonSet rollout are judged from the pods seen between the change step and
 * the end of the rollout.
 */

type DS = KubeObject & {
  spec?: { updateStrategy?: { type?: string }; template?: { spec?: { containers?: Array<{ name: string; image?: string }> } } };
  status?: { desiredNumberScheduled?: number; currentNumberScheduled?: number; updatedNumberScheduled?: number; numberAvailable?: number; numberReady?: number; observedGeneration?: number };
};
type PodLike = KubeObject & {
  spec?: { nodeName?: string; containers?: Array<{ image?: string }>; affinity?: unknown };
  status?: { conditions?: Array<{ type: string; status: string }> };
};

interface DaemonSample {
  at: number;
  /** Nodes (of those that ran a pod of the set) without a ready, non-terminating pod of it. */
  lacking: string[];
  /** The most pods (not terminating) of the set on one node. */
  maxPerNode: number;
}

interface DaemonRecording {
  name: string;
  samples: DaemonSample[];
  stop(): void;
}

const recordings = new WeakMap<SimWorld, DaemonRecording>();
const currentDaemonSet = new WeakMap<SimWorld, string>();

function daemonSetName(world: SimWorld, explicit?: string): string {
  const name = explicit ?? currentDaemonSet.get(world);
  if (!name) throw new Error('No daemonset has been mentioned yet: name one, e.g. daemonset "agent".');
  return name;
}

function podsOf(world: SimWorld, name: string): PodLike[] {
  const ds = world.sim().get('DaemonSet', name);
  if (!ds) throw new Error(`daemonset "${name}" not found`);
  return world.sim().list<PodLike>('Pod', ds.metadata.namespace).filter((p) => p.metadata.ownerReferences?.some((o) => o.uid === ds.metadata.uid && o.controller));
}

/** The DaemonSet has caught up: every eligible node runs an available pod of the current template, and no old pod is left. */
export function daemonSetRolledOut(world: SimWorld, name: string): boolean {
  const ds = world.sim().get<DS>('DaemonSet', name);
  if (!ds) return true;
  const s = ds.status ?? {};
  if ((s.observedGeneration ?? 0) < (ds.metadata.generation ?? 0)) return false;
  const desired = s.desiredNumberScheduled ?? 0;
  if ((s.numberAvailable ?? 0) < desired || (s.currentNumberScheduled ?? 0) < desired) return false;
  if (ds.spec?.updateStrategy?.type === 'OnDelete') return true;
  return (s.updatedNumberScheduled ?? 0) >= desired && podsOf(world, name).length === desired;
}

function waitForDaemonSet(world: SimWorld, name: string, timeout = '1h'): void {
  const r = world.sim().runUntil(() => daemonSetRolledOut(world, name), { timeout });
  if (r.outcome !== 'done') {
    const s = world.sim().get<DS>('DaemonSet', name)?.status ?? {};
    throw new Error(`daemonset "${name}" did not roll out: ${r.message} (desired ${s.desiredNumberScheduled ?? 0}, current ${s.currentNumberScheduled ?? 0}, up-to-date ${s.updatedNumberScheduled ?? 0}, available ${s.numberAvailable ?? 0})`);
  }
}

function createDaemonSet(world: SimWorld, d: DaemonSetShorthand): void {
  applyOrFail(world, daemonSetManifest(d), `daemonset "${d.name}"`);
  currentDaemonSet.set(world, d.name);
  waitForDaemonSet(world, d.name);
}

/** "disk=ssd" → { disk: 'ssd' }. */
function parseLabel(text: string): Record<string, string> {
  const i = text.indexOf('=');
  if (i <= 0) throw new Error(`"${text}" is not a label: write key=value`);
  return { [text.slice(0, i)]: text.slice(i + 1) };
}

/** "dedicated=infra:NoSchedule" or "dedicated:NoExecute" → a taint. */
function parseTaint(text: string): { key: string; value?: string; effect: string } {
  const m = /^([^=:]+)(?:=([^:]*))?:(NoSchedule|PreferNoSchedule|NoExecute)$/.exec(text);
  if (!m) throw new Error(`"${text}" is not a taint: write key=value:NoSchedule (or NoExecute, PreferNoSchedule)`);
  return m[2] !== undefined ? { key: m[1], value: m[2], effect: m[3] } : { key: m[1], effect: m[3] };
}

// ------------------------------------------------------------------------------------- create

phrase(
  ['daemonset {string} of image {string}', ['name', 'image']],
  ['{string} 이미지로 데몬셋 {string}이/가 있다', ['image', 'name']],
  ['데몬셋 {string}이/가 {string} 이미지로 실행 중이다', ['name', 'image']],
  function ({ name, image }: { name: string; image: string }) {
    createDaemonSet(this, { name, image });
  },
);

phrase(
  ['daemonset {string} of image {string} with maxUnavailable {intOrPercent}', ['name', 'image', 'maxUnavailable']],
  ['{string} 이미지로 데몬셋 {string}이/가 maxUnavailable {intOrPercent}(으)로 있다', ['image', 'name', 'maxUnavailable']],
  function ({ name, image, maxUnavailable }: { name: string; image: string; maxUnavailable: number | string }) {
    createDaemonSet(this, { name, image, maxUnavailable, maxSurge: 0 });
  },
);

phrase(
  ['daemonset {string} of image {string} with maxSurge {intOrPercent}', ['name', 'image', 'maxSurge']],
  ['{string} 이미지로 데몬셋 {string}이/가 maxSurge {intOrPercent}(으)로 있다', ['image', 'name', 'maxSurge']],
  function ({ name, image, maxSurge }: { name: string; image: string; maxSurge: number | string }) {
    // maxSurge needs maxUnavailable 0: the API rejects both non-zero.
    createDaemonSet(this, { name, image, maxSurge, maxUnavailable: 0 });
  },
);

phrase(
  ['daemonset {string} of image {string} and the OnDelete strategy', ['name', 'image']],
  ['{string} 이미지로 OnDelete 전략의 데몬셋 {string}이/가 있다', ['image', 'name']],
  function ({ name, image }: { name: string; image: string }) {
    createDaemonSet(this, { name, image, updateStrategy: 'OnDelete' });
  },
);

phrase(
  ['daemonset {string} of image {string} on nodes labelled {string}', ['name', 'image', 'label']],
  ['{string} 라벨이 붙은 노드에만 {string} 이미지로 데몬셋 {string}이/가 있다', ['label', 'image', 'name']],
  function ({ name, image, label }: { name: string; image: string; label: string }) {
    createDaemonSet(this, { name, image, nodeSelector: parseLabel(label) });
  },
);

// ------------------------------------------------------------------------------------- nodes

phrase(
  ['a node {string} joins the cluster', ['node']],
  ['노드 {string}이/가 클러스터에 합류하면/합류한다/추가되면/추가된다', ['node']],
  function ({ node }: { node: string }) {
    const r = this.sim().addNode(node);
    if (!r.ok) throw new Error(r.error.message);
  },
);

phrase(
  ['a node {string} labelled {string} joins the cluster', ['node', 'label']],
  ['{string} 라벨이 붙은 노드 {string}이/가 클러스터에 합류하면/합류한다/추가되면/추가된다', ['label', 'node']],
  function ({ node, label }: { node: string; label: string }) {
    const r = this.sim().addNode(node, { labels: parseLabel(label) });
    if (!r.ok) throw new Error(r.error.message);
  },
);

phrase(
  ['node {string} is labelled {string}', ['node', 'label']],
  ['노드 {string}에 {string} 라벨을 붙이면/붙인다/붙였다', ['node', 'label']],
  function ({ node, label }: { node: string; label: string }) {
    const r = this.sim().update('Node', node, (n) => {
      n.metadata.labels = { ...(n.metadata.labels ?? {}), ...parseLabel(label) };
    });
    if (!r.ok) throw new Error(r.error.message);
  },
);

phrase(
  ['node {string} is tainted {string}', ['node', 'taint']],
  ['노드 {string}에 {string} 테인트를 걸면/건다/걸었다', ['node', 'taint']],
  function ({ node, taint }: { node: string; taint: string }) {
    const t = parseTaint(taint);
    const r = this.sim().update('Node', node, (n) => {
      const spec = (n.spec ??= {}) as { taints?: Array<{ key: string; value?: string; effect: string }> };
      spec.taints = [...(spec.taints ?? []).filter((x) => !(x.key === t.key && x.effect === t.effect)), t];
    });
    if (!r.ok) throw new Error(r.error.message);
  },
);

// ------------------------------------------------------------------------------------- change

/** Listens to pod changes from now on: which nodes lack a ready pod of the set, and how many pods share a node. */
function startRecording(world: SimWorld, name: string): void {
  recordings.get(world)?.stop();
  const c = world.sim();
  const ds = c.get('DaemonSet', name);
  if (!ds) throw new Error(`daemonset "${name}" not found`);
  const uid = ds.metadata.uid;
  const pods = new Map<string, { node?: string; ready: boolean; terminating: boolean }>();
  const nodes = new Set<string>();
  const track = (p: PodLike) => {
    const node = p.spec?.nodeName ?? targetNode(p);
    if (node) nodes.add(node);
    pods.set(p.metadata.name!, { node, ready: !!p.status?.conditions?.some((x) => x.type === 'Ready' && x.status === 'True'), terminating: !!p.metadata.deletionTimestamp });
  };
  for (const p of podsOf(world, name)) track(p);
  const samples: DaemonSample[] = [];
  const sample = (at: number) => {
    const perNode = new Map<string, { ready: number; pods: number }>();
    for (const n of nodes) perNode.set(n, { ready: 0, pods: 0 });
    for (const p of pods.values()) {
      if (!p.node || p.terminating) continue;
      const e = perNode.get(p.node)!;
      e.pods++;
      if (p.ready) e.ready++;
    }
    const s: DaemonSample = { at, lacking: [...perNode].filter(([, e]) => e.ready === 0).map(([n]) => n).sort(), maxPerNode: Math.max(0, ...[...perNode.values()].map((e) => e.pods)) };
    // Only the state at the end of an instant is observable: a later sample at the same instant replaces the earlier one.
    if (samples.length > 0 && samples[samples.length - 1].at === at) samples[samples.length - 1] = s;
    else samples.push(s);
  };
  sample(c.now());
  const off = c.on((e: SimEvent) => {
    if ((e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') || e.kind !== 'Pod') return;
    if (!e.object.metadata.ownerReferences?.some((o) => o.uid === uid)) return;
    if (e.type === 'deleted') pods.delete(e.object.metadata.name!);
    else track(e.object as PodLike);
    sample(e.at);
  });
  recordings.set(world, { name, samples, stop: off });
}

function targetNode(p: PodLike): string | undefined {
  const terms = (p.spec?.affinity as { nodeAffinity?: { requiredDuringSchedulingIgnoredDuringExecution?: { nodeSelectorTerms?: Array<{ matchFields?: Array<{ key: string; values?: string[] }> }> } } } | undefined)?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  for (const t of terms) for (const f of t.matchFields ?? []) if (f.key === 'metadata.name' && f.values?.length === 1) return f.values[0];
  return undefined;
}

phrase(
  ['the image of daemonset {string} changes to {string}', ['name', 'image']],
  ['데몬셋 {string}의 이미지를 {string}(으)로 바꾸면/바꾼다/변경하면/변경한다', ['name', 'image']],
  function ({ name, image }: { name: string; image: string }) {
    const ds = this.sim().get<DS>('DaemonSet', name);
    const container = ds?.spec?.template?.spec?.containers?.[0]?.name;
    if (!container) throw new Error(`daemonset "${name}" not found`);
    currentDaemonSet.set(this, name);
    startRecording(this, name);
    this.sim().note(`daemonset image → ${image}`);
    kubectlOrFail(this, `set image daemonset/${name} ${container}=${image}`);
  },
);

phrase(
  ['the daemonset rollout finishes', []],
  ['the rollout of daemonset {string} finishes', ['name']],
  ['데몬셋 롤아웃이 끝나면/끝난다/완료되면/완료된다', []],
  ['데몬셋 {string}의 롤아웃이 끝나면/끝난다/완료되면/완료된다', ['name']],
  function ({ name }: { name?: string }) {
    waitForDaemonSet(this, daemonSetName(this, name));
  },
);

phrase(
  ['the pod of daemonset {string} on node {string} is deleted', ['name', 'node']],
  ['노드 {string}에 있는 데몬셋 {string}의 파드를 삭제하면/삭제한다/지우면/지운다', ['node', 'name']],
  function ({ name, node }: { name: string; node: string }) {
    const pod = podsOf(this, name).find((p) => p.spec?.nodeName === node && !p.metadata.deletionTimestamp);
    if (!pod) throw new Error(`daemonset "${name}" has no pod on node "${node}"`);
    this.sim().note(`pod ${pod.metadata.name} deleted`);
    kubectlOrFail(this, `delete pod ${pod.metadata.name}`);
  },
);

// ------------------------------------------------------------------------------------- state

/** State assertions judge the set once it has caught up (or 15 virtual minutes passed). */
function settleDaemonSet(world: SimWorld, name: string): void {
  world.sim().runUntil(() => daemonSetRolledOut(world, name), { timeout: '15m' });
}

function running(world: SimWorld, name: string): PodLike[] {
  return podsOf(world, name).filter((p) => !p.metadata.deletionTimestamp);
}

phrase(
  ['daemonset {string} runs one pod on every node', ['name']],
  ['데몬셋 {string}은/는 모든 노드에서 파드를 하나씩 실행한다', ['name']],
  function ({ name }: { name: string }) {
    settleDaemonSet(this, name);
    const nodes = this.sim().list('Node').map((n) => n.metadata.name!).sort();
    const placed = running(this, name).map((p) => p.spec?.nodeName ?? '<unscheduled>').sort();
    expect(placed, `nodes of the pods of daemonset "${name}"`).to.deep.equal(nodes);
  },
);

phrase(
  ['daemonset {string} has a pod on node {string}', ['name', 'node']],
  ['데몬셋 {string}의 파드가 노드 {string}에 있다', ['name', 'node']],
  function ({ name, node }: { name: string; node: string }) {
    settleDaemonSet(this, name);
    const on = running(this, name).filter((p) => p.spec?.nodeName === node);
    expect(on.map((p) => p.metadata.name), `pods of daemonset "${name}" on node ${node}`).to.have.length(1);
  },
);

phrase(
  ['daemonset {string} has no pod on node {string}', ['name', 'node']],
  ['데몬셋 {string}의 파드는 노드 {string}에 없다', ['name', 'node']],
  function ({ name, node }: { name: string; node: string }) {
    settleDaemonSet(this, name);
    const on = running(this, name).filter((p) => p.spec?.nodeName === node);
    expect(on.map((p) => p.metadata.name), `pods of daemonset "${name}" on node ${node}`).to.deep.equal([]);
  },
);

phrase(
  ['daemonset {string} has {int} pod(s)', ['name', 'count']],
  ['데몬셋 {string}의 파드는 {int}개다/개이다', ['name', 'count']],
  function ({ name, count }: { name: string; count: number }) {
    settleDaemonSet(this, name);
    expect(running(this, name).map((p) => `${p.metadata.name} on ${p.spec?.nodeName}`), `pods of daemonset "${name}"`).to.have.length(count);
  },
);

phrase(
  ['every pod of daemonset {string} runs image {string}', ['name', 'image']],
  ['데몬셋 {string}의 모든 파드는 {string} 이미지로 실행된다', ['name', 'image']],
  function ({ name, image }: { name: string; image: string }) {
    settleDaemonSet(this, name);
    const images = running(this, name).map((p) => p.spec?.containers?.[0]?.image);
    expect(images.length, `pods of daemonset "${name}"`).to.be.greaterThan(0);
    expect([...new Set(images)]).to.deep.equal([image]);
  },
);

phrase(
  ['{int} pod(s) of daemonset {string} run(s) image {string}', ['count', 'name', 'image']],
  ['데몬셋 {string}의 파드 중 {int}개가 {string} 이미지로 실행된다', ['name', 'count', 'image']],
  function ({ name, count, image }: { name: string; count: number; image: string }) {
    settleDaemonSet(this, name);
    const pods = running(this, name).filter((p) => p.spec?.containers?.[0]?.image === image);
    expect(pods.map((p) => p.metadata.name), `pods of daemonset "${name}" running ${image}`).to.have.length(count);
  },
);

// ------------------------------------------------------------------------------------- rollout invariants

function rolloutSamples(world: SimWorld, name: string): DaemonSample[] {
  const rec = recordings.get(world);
  if (!rec || rec.name !== name) throw new Error(`the image of daemonset "${name}" has not been changed in this scenario, so "during the rollout" has no start`);
  waitForDaemonSet(world, name);
  return rec.samples;
}

function at(world: SimWorld, samples: DaemonSample[], s: DaemonSample): string {
  return `+${((s.at - samples[0].at) / 1000).toFixed(s.at % 1000 === 0 ? 0 : 3)}s`;
}

phrase(
  ['at most {int} node(s) lack(s) a ready pod of daemonset {string} during the rollout', ['max', 'name']],
  ['롤아웃 동안 데몬셋 {string}의 준비된 파드가 없는 노드는 최대 {int}개다/개이다', ['name', 'max']],
  function ({ max, name }: { max: number; name: string }) {
    const samples = rolloutSamples(this, name);
    const worst = samples.reduce((a, b) => (b.lacking.length > a.lacking.length ? b : a));
    this.attach(`most nodes without a ready pod at once: ${worst.lacking.length} ≤ ${max}`, 'text/plain');
    if (worst.lacking.length > max) throw new Error(`expected at most ${max} nodes without a ready pod of daemonset "${name}", but at ${at(this, samples, worst)} ${worst.lacking.length} had none: ${worst.lacking.join(', ')}`);
  },
);

phrase(
  ['every node keeps a ready pod of daemonset {string} during the rollout', ['name']],
  ['롤아웃 동안 모든 노드에 데몬셋 {string}의 준비된 파드가 항상 있다', ['name']],
  function ({ name }: { name: string }) {
    const samples = rolloutSamples(this, name);
    const bad = samples.find((s) => s.lacking.length > 0);
    if (bad) throw new Error(`at ${at(this, samples, bad)} node(s) ${bad.lacking.join(', ')} had no ready pod of daemonset "${name}"`);
  },
);

phrase(
  ['at most {int} pod(s) of daemonset {string} run(s) on one node at any time', ['max', 'name']],
  ['롤아웃 동안 한 노드에서 실행되는 데몬셋 {string}의 파드는 최대 {int}개다/개이다', ['name', 'max']],
  function ({ max, name }: { max: number; name: string }) {
    const samples = rolloutSamples(this, name);
    const worst = samples.reduce((a, b) => (b.maxPerNode > a.maxPerNode ? b : a));
    this.attach(`most pods on one node: ${worst.maxPerNode} ≤ ${max}`, 'text/plain');
    if (worst.maxPerNode > max) throw new Error(`expected at most ${max} pods of daemonset "${name}" per node, but at ${at(this, samples, worst)} one node ran ${worst.maxPerNode}`);
  },
);

phrase(
  ['at some point a node runs {int} pods of daemonset {string}', ['count', 'name']],
  ['롤아웃 중 한 노드에서 데몬셋 {string}의 파드 {int}개가 동시에 실행되는 순간이 있다', ['name', 'count']],
  function ({ count, name }: { count: number; name: string }) {
    const samples = rolloutSamples(this, name);
    const most = Math.max(...samples.map((s) => s.maxPerNode));
    expect(most, `most pods of daemonset "${name}" on one node at once`).to.be.at.least(count);
  },
);
