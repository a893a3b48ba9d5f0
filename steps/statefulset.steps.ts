import { expect } from 'chai';
import { headlessServiceManifest, podLifeEvents, statefulSetManifest, StatefulSetShorthand } from '../src';
import type { KubeObject } from '../src/model/types';
import type { PodLifeEvent, StatefulSetSample } from '../src';
import { summarizePod } from '../src/kubectl/printers';
import { phrase } from './phrases';
import type { SimWorld } from './world';
import { applyOrFail, kubectlOrFail } from './support';

/**
 * StatefulSets: ordinal pods, ordered creation and deletion, rolling updates with a partition,
 * OnDelete, volume claims that outlive pods, and the DNS names a headless Service gives them.
 */

type PodLike = KubeObject & {
  spec?: { containers?: Array<{ name: string; image?: string }>; volumes?: Array<{ name: string; persistentVolumeClaim?: { claimName: string } }> };
  status?: { phase?: string; podIP?: string; conditions?: Array<{ type: string; status: string }> };
};
type StsLike = KubeObject & {
  spec?: { replicas?: number; updateStrategy?: { type?: string; rollingUpdate?: { partition?: number } }; template?: { spec?: { containers?: Array<{ name: string }> } } };
  status?: { replicas?: number; readyReplicas?: number; availableReplicas?: number; updatedReplicas?: number; currentReplicas?: number; observedGeneration?: number; currentRevision?: string; updateRevision?: string };
};

/** What these steps remember per scenario (kept here rather than on the shared world). */
interface StsState {
  current?: string;
  /** Timeline sequence number at the last change the order steps judge. */
  from: number;
  deleted?: { name: string; uid: string; ip?: string; claims: Array<{ name: string; uid: string }> };
}
const state = new WeakMap<SimWorld, StsState>();
function st(world: SimWorld): StsState {
  let s = state.get(world);
  if (!s) state.set(world, (s = { from: 0 }));
  return s;
}

function setName(world: SimWorld, explicit?: string): string {
  const name = explicit ?? st(world).current ?? (world.cluster ? world.cluster.list('statefulset').map((s) => s.metadata.name!)[0] : undefined);
  if (!name) throw new Error('No StatefulSet has been mentioned yet: name one, e.g. statefulset "web".');
  return name;
}

function liveSet(world: SimWorld, name: string): StsLike {
  const s = world.sim().get<StsLike>('statefulset', name);
  if (!s) throw new Error(`statefulset "${name}" not found`);
  return s;
}

/** Rolled out: spec observed, every replica (and no other) created, ready, available and updated. */
function rolledOut(world: SimWorld, name: string): boolean {
  const s = world.sim().get<StsLike>('statefulset', name);
  if (!s) return true;
  const st = s.status ?? {};
  const replicas = s.spec?.replicas ?? 1;
  if ((st.observedGeneration ?? 0) < (s.metadata.generation ?? 0)) return false;
  if ((st.replicas ?? 0) !== replicas || (st.readyReplicas ?? 0) !== replicas || (st.availableReplicas ?? 0) !== replicas) return false;
  const strategy = s.spec?.updateStrategy;
  if (strategy?.type === 'RollingUpdate') {
    const partition = strategy.rollingUpdate?.partition ?? 0;
    if ((st.updatedReplicas ?? 0) < replicas - partition) return false;
  }
  return podsOf(world, name, true).length === replicas;
}

function waitRolledOut(world: SimWorld, name: string, timeout = '1h'): void {
  const r = world.sim().runUntil(() => rolledOut(world, name), { timeout, describe: () => describeSet(world, name) });
  if (r.outcome !== 'done') throw new Error(`statefulset "${name}" did not finish rolling out: ${r.message}`);
}

function describeSet(world: SimWorld, name: string): string {
  const s = world.sim().get<StsLike>('statefulset', name);
  if (!s) return `statefulset "${name}" not found`;
  const pods = podsOf(world, name, true).map((p) => `${p.metadata.name} ${summarizePod(p as never, world.sim().now()).status}`);
  return `${s.status?.readyReplicas ?? 0}/${s.spec?.replicas} ready, ${s.status?.updatedReplicas ?? 0} updated; pods: ${pods.join(', ') || 'none'}`;
}

/** Pods the set owns, by ordinal; terminating ones only when asked. */
function podsOf(world: SimWorld, name: string, includeTerminating = false): PodLike[] {
  const s = world.sim().get('statefulset', name);
  if (!s) return [];
  const ord = (p: PodLike) => Number(/-(\d+)$/.exec(p.metadata.name ?? '')?.[1] ?? -1);
  return world
    .sim()
    .list<PodLike>('pod')
    .filter((p) => p.metadata.ownerReferences?.some((o) => o.controller && o.uid === s.metadata.uid) && (includeTerminating || !p.metadata.deletionTimestamp))
    .sort((a, b) => ord(a) - ord(b));
}

function pod(world: SimWorld, name: string): PodLike {
  const p = world.sim().get<PodLike>('pod', name);
  if (!p) throw new Error(`pod "${name}" not found (pods: ${world.sim().list('pod').map((x) => x.metadata.name).join(', ') || 'none'})`);
  return p;
}

function markChange(world: SimWorld, note: string): void {
  world.markRolloutStart();
  st(world).from = world.sim().timeline.cursor;
  world.sim().note(note);
}

function createStatefulSet(world: SimWorld, s: StatefulSetShorthand, serviceName?: string): void {
  let yaml = statefulSetManifest({ ...s, serviceName: serviceName ?? s.serviceName });
  if (serviceName) yaml = `${headlessServiceManifest(serviceName, s.labels ?? { app: s.name })}---\n${yaml}`;
  st(world).from = world.sim().timeline.cursor;
  applyOrFail(world, yaml, `statefulset "${s.name}"`);
  st(world).current = s.name;
  waitRolledOut(world, s.name);
}

/** "web-0, web-1 and web-2" → names. */
function names(list: string): string[] {
  return list.split(/\s*(?:,|\band\b|및|그리고)\s*/).map((x) => x.trim()).filter(Boolean);
}

/** Pod lifecycle events of a set since the last change (timeline samples). */
function lifeSinceChange(world: SimWorld, name: string): PodLifeEvent[] {
  const all = podLifeEvents(samplesOf(world, name));
  return all.filter((e) => e.seq >= st(world).from);
}

function samplesOf(world: SimWorld, name: string): StatefulSetSample[] {
  return world.sim().timeline.statefulSets.samplesOf(name);
}

// ---------------------------------------------------------------------------------------------- create

phrase(
  ['statefulset {string} with {int} replica(s) of image {string}', ['name', 'replicas', 'image']],
  ['{string} 이미지로 레플리카 {int}개를 띄운 스테이트풀셋 {string}이/가 있다', ['image', 'replicas', 'name']],
  function ({ name, replicas, image }: { name: string; replicas: number; image: string }) {
    createStatefulSet(this, { name, replicas, image });
  },
);

phrase(
  ['statefulset {string} with {int} replica(s) of image {string} behind headless service {string}', ['name', 'replicas', 'image', 'service']],
  ['헤드리스 서비스 {string} 뒤에 {string} 이미지로 레플리카 {int}개를 띄운 스테이트풀셋 {string}이/가 있다', ['service', 'image', 'replicas', 'name']],
  function ({ name, replicas, image, service }: { name: string; replicas: number; image: string; service: string }) {
    createStatefulSet(this, { name, replicas, image }, service);
  },
);

phrase(
  ['statefulset {string} with {int} replica(s) of image {string} and a {string} volume claim of {string}', ['name', 'replicas', 'image', 'claim', 'size']],
  ['{string} 이미지로 레플리카 {int}개를 띄우고 {string} 크기의 {string} 볼륨 클레임을 가진 스테이트풀셋 {string}이/가 있다', ['image', 'replicas', 'size', 'claim', 'name']],
  function ({ name, replicas, image, claim, size }: { name: string; replicas: number; image: string; claim: string; size: string }) {
    createStatefulSet(this, { name, replicas, image, volumeClaim: { name: claim, storage: size } });
  },
);

phrase(
  ['statefulset {string} with {int} replica(s) of image {string} and the OnDelete update strategy', ['name', 'replicas', 'image']],
  ['{string} 이미지로 레플리카 {int}개를 띄운 OnDelete 전략의 스테이트풀셋 {string}이/가 있다', ['image', 'replicas', 'name']],
  function ({ name, replicas, image }: { name: string; replicas: number; image: string }) {
    createStatefulSet(this, { name, replicas, image, updateStrategy: 'OnDelete' });
  },
);

phrase(
  ['statefulset {string} with {int} replica(s) of image {string} and Parallel pod management', ['name', 'replicas', 'image']],
  ['{string} 이미지로 레플리카 {int}개를 띄운 Parallel 방식의 스테이트풀셋 {string}이/가 있다', ['image', 'replicas', 'name']],
  function ({ name, replicas, image }: { name: string; replicas: number; image: string }) {
    createStatefulSet(this, { name, replicas, image, podManagementPolicy: 'Parallel' });
  },
);

phrase(
  ['image {string} runs for {duration} as an init container', ['image', 'ms']],
  ['{string} 이미지는 초기화 컨테이너로 {duration} 동안 실행된다', ['image', 'ms']],
  function ({ image, ms }: { image: string; ms: number }) {
    this.sim().setImageBehaviour(image, { initSeconds: ms / 1000 });
  },
);

// ---------------------------------------------------------------------------------------------- change

phrase(
  ['statefulset {string} is scaled to {int} replica(s)', ['name', 'replicas']],
  ['스테이트풀셋 {string}의 레플리카를 {int}개로 늘리면/줄이면/조정하면/바꾸면/늘린다/줄인다/조정한다', ['name', 'replicas']],
  function ({ name, replicas }: { name: string; replicas: number }) {
    st(this).current = name;
    markChange(this, `scale statefulset ${name} → ${replicas}`);
    kubectlOrFail(this, `scale statefulset ${name} --replicas=${replicas}`);
  },
);

phrase(
  ['the image of statefulset {string} changes to {string}', ['name', 'image']],
  ['스테이트풀셋 {string}의 이미지를 {string}(으)로 바꾸면/바꾼다/변경하면/변경한다', ['name', 'image']],
  function ({ name, image }: { name: string; image: string }) {
    st(this).current = name;
    const container = liveSet(this, name).spec?.template?.spec?.containers?.[0]?.name;
    markChange(this, `image of statefulset ${name} → ${image}`);
    kubectlOrFail(this, `set image statefulset/${name} ${container}=${image}`);
  },
);

phrase(
  ['the partition of statefulset {string} is set to {int}', ['name', 'partition']],
  ['스테이트풀셋 {string}의 파티션을 {int}(으)로 정하면/정한다/설정하면/설정한다', ['name', 'partition']],
  function ({ name, partition }: { name: string; partition: number }) {
    st(this).current = name;
    markChange(this, `partition of statefulset ${name} → ${partition}`);
    const r = this.sim().update('StatefulSet', name, (o) => {
      const spec = o.spec as { updateStrategy?: { type?: string; rollingUpdate?: { partition?: number } } };
      spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { ...(spec.updateStrategy?.rollingUpdate ?? {}), partition } };
    });
    if (!r.ok) throw new Error(r.error.message);
  },
);

phrase(
  ['pod {string} is deleted', ['name']],
  ['파드 {string}을/를 삭제하면/삭제한다/지우면/지운다', ['name']],
  function ({ name }: { name: string }) {
    const p = pod(this, name);
    const claims = (p.spec?.volumes ?? [])
      .filter((v) => v.persistentVolumeClaim)
      .map((v) => ({ name: v.persistentVolumeClaim!.claimName, uid: this.sim().get('persistentvolumeclaim', v.persistentVolumeClaim!.claimName)?.metadata.uid ?? '' }));
    st(this).deleted = { name, uid: p.metadata.uid!, ip: p.status?.podIP, claims };
    this.remembered.set('deleted', { name, ip: p.status?.podIP, uid: p.metadata.uid });
    markChange(this, `pod ${name} deleted`);
    kubectlOrFail(this, `delete pod ${name}`);
  },
);

phrase(
  ['statefulset {string} is deleted', ['name']],
  ['스테이트풀셋 {string}을/를 삭제하면/삭제한다/지우면/지운다', ['name']],
  function ({ name }: { name: string }) {
    markChange(this, `statefulset ${name} deleted`);
    kubectlOrFail(this, `delete statefulset ${name}`);
  },
);

phrase(
  ['statefulset {string} is rolled out', ['name']],
  ['the rollout of statefulset {string} finishes', ['name']],
  ['스테이트풀셋 {string}의 롤아웃이 끝나면/끝난다/완료되면/완료된다', ['name']],
  ['스테이트풀셋 {string}이/가 모두 준비되면/준비된다', ['name']],
  function ({ name }: { name: string }) {
    st(this).current = name;
    waitRolledOut(this, name);
  },
);

// ---------------------------------------------------------------------------------------------- pods and order

phrase(
  ['the pods of statefulset {string} are {string}', ['name', 'list']],
  ['스테이트풀셋 {string}의 파드는 {string}(이)다', ['name', 'list']],
  function ({ name, list }: { name: string; list: string }) {
    this.sim().runUntil(() => rolledOut(this, name), { timeout: '15m' });
    expect(podsOf(this, name).map((p) => p.metadata.name).join(', '), `pods of statefulset "${name}"`).to.equal(names(list).join(', '));
  },
);

phrase(
  ['statefulset {string} created its pods in the order {string}', ['name', 'list']],
  ['스테이트풀셋 {string}은/는 파드를 {string} 순서로 만들었다/만든다', ['name', 'list']],
  function ({ name, list }: { name: string; list: string }) {
    this.sim().runUntil(() => rolledOut(this, name), { timeout: '15m' });
    const created = lifeSinceChange(this, name).filter((e) => e.what === 'created').map((e) => e.pod);
    expect(created.join(', '), `pods created by statefulset "${name}" since the last change`).to.equal(names(list).join(', '));
  },
);

phrase(
  ['statefulset {string} deleted its pods in the order {string}', ['name', 'list']],
  ['스테이트풀셋 {string}은/는 파드를 {string} 순서로 지웠다/삭제했다', ['name', 'list']],
  function ({ name, list }: { name: string; list: string }) {
    this.sim().runUntil(() => rolledOut(this, name), { timeout: '15m' });
    const gone = lifeSinceChange(this, name).filter((e) => e.what === 'terminating').map((e) => e.pod);
    expect(gone.join(', '), `pods statefulset "${name}" deleted since the last change`).to.equal(names(list).join(', '));
  },
);

phrase(
  ['statefulset {string} updated its pods in the order {string}', ['name', 'list']],
  ['스테이트풀셋 {string}은/는 파드를 {string} 순서로 업데이트했다', ['name', 'list']],
  function ({ name, list }: { name: string; list: string }) {
    this.sim().runUntil(() => rolledOut(this, name), { timeout: '15m' });
    const target = liveSet(this, name).status?.updateRevision;
    const updated = lifeSinceChange(this, name).filter((e) => e.what === 'created' && e.revision === target).map((e) => e.pod);
    expect(updated.join(', '), `pods re-created at revision ${target} since the last change`).to.equal(names(list).join(', '));
  },
);

/**
 * Walks the current set's samples once it has rolled out, handing each state change since the
 * scenario's last change together with the state just before it.
 */
function forEachStepSinceChange(world: SimWorld, fn: (previous: StatefulSetSample, sample: StatefulSetSample) => void): void {
  const name = setName(world);
  world.sim().runUntil(() => rolledOut(world, name), { timeout: '15m' });
  let previous: StatefulSetSample | undefined;
  for (const s of samplesOf(world, name)) {
    if (previous && s.seq >= st(world).from) fn(previous, s);
    previous = s;
  }
}

phrase(
  ['each pod was created only after the previous one was Running and Ready', []],
  ['각 파드는 앞 번호의 파드가 Running이고 Ready가 된 뒤에야 만들어졌다', []],
  function () {
    let checked = 0;
    forEachStepSinceChange(this, (previous, s) => {
      for (const p of s.pods) {
        if (previous.pods.some((q) => q.uid === p.uid)) continue;
        const before = previous.pods.find((q) => q.ordinal === p.ordinal - 1 && !q.terminating);
        if (p.ordinal > 0 && !(before && before.phase === 'Running' && before.ready)) {
          throw new Error(`${p.pod} was created at +${(s.at - (this.sim().now() - this.sim().elapsed())) / 1000}s while ${before ? `${before.pod} was ${before.phase}${before.ready ? ' and ready' : ', not ready'}` : `pod ${p.ordinal - 1} did not exist`}`);
        }
        checked++;
      }
    });
    expect(checked, 'pods created since the last change').to.be.greaterThan(0);
    this.attach(`${checked} pod creations, each after its predecessor was Running and Ready`, 'text/plain');
  },
);

phrase(
  ['each pod was deleted only after the higher ones were gone', []],
  ['각 파드는 번호가 더 큰 파드가 모두 사라진 뒤에야 삭제되었다', []],
  function () {
    let checked = 0;
    forEachStepSinceChange(this, (previous, s) => {
      for (const p of s.pods) {
        const was = previous.pods.find((q) => q.uid === p.uid);
        if (!p.terminating || !was || was.terminating) continue;
        const higher = previous.pods.filter((q) => q.ordinal > p.ordinal);
        if (higher.length) throw new Error(`${p.pod} started terminating while ${higher.map((q) => q.pod).join(', ')} still existed`);
        checked++;
      }
    });
    expect(checked, 'pods deleted since the last change').to.be.greaterThan(0);
    this.attach(`${checked} pod deletions, each after every higher ordinal was gone`, 'text/plain');
  },
);

phrase(
  ['at most {int} pod(s) of statefulset {string} is/are down at any time', ['count', 'name']],
  ['스테이트풀셋 {string}에서 준비되지 않은 파드는 어느 시점에도 {int}개를 넘지 않는다', ['name', 'count']],
  function ({ count, name }: { count: number; name: string }) {
    this.sim().runUntil(() => rolledOut(this, name), { timeout: '15m' });
    let worst = 0;
    for (const s of samplesOf(this, name).filter((x) => x.seq >= st(this).from)) {
      const up = s.pods.filter((p) => p.ready && !p.terminating && p.ordinal < s.replicas).length;
      worst = Math.max(worst, s.replicas - up);
    }
    this.attach(`at most ${worst} pod(s) down ≤ ${count}`, 'text/plain');
    expect(worst, `pods of statefulset "${name}" not ready at the worst moment`).to.be.at.most(count);
  },
);

phrase(
  ['pod {string} comes back with the same name', ['name']],
  ['파드 {string}이/가 같은 이름으로 다시 만들어진다', ['name']],
  function ({ name }: { name: string }) {
    const deleted = st(this).deleted;
    if (!deleted || deleted.name !== name) throw new Error(`pod "${name}" was not deleted earlier in this scenario`);
    const r = this.sim().runUntil(() => {
      const p = this.sim().get<PodLike>('pod', name);
      return !!p && p.metadata.uid !== deleted.uid && p.status?.phase === 'Running';
    }, { timeout: '15m' });
    if (r.outcome !== 'done') throw new Error(`pod "${name}" did not come back: ${r.message}`);
    // The new pod object only appeared once the old one was gone.
    const life = podLifeEvents(samplesOf(this, setName(this))).filter((e) => e.pod === name && e.seq >= st(this).from);
    const removed = life.findIndex((e) => e.what === 'removed' && e.uid === deleted.uid);
    const created = life.findIndex((e) => e.what === 'created' && e.uid !== deleted.uid);
    expect(removed, `the old ${name} disappeared`).to.be.at.least(0);
    expect(created, `the new ${name} was created after the old one was gone`).to.be.greaterThan(removed);
  },
);

phrase(
  ['it still uses the same persistent volume claim(s)', []],
  ['여전히 같은 PVC를 사용한다', []],
  function () {
    const deleted = st(this).deleted;
    if (!deleted) throw new Error('no pod was deleted earlier in this scenario');
    expect(deleted.claims.length, `claims of ${deleted.name}`).to.be.greaterThan(0);
    const p = pod(this, deleted.name);
    const now = (p.spec?.volumes ?? []).filter((v) => v.persistentVolumeClaim).map((v) => ({ name: v.persistentVolumeClaim!.claimName, uid: this.sim().get('persistentvolumeclaim', v.persistentVolumeClaim!.claimName)?.metadata.uid ?? '' }));
    expect(now, `claims of the new ${deleted.name} (name and uid)`).to.deep.equal(deleted.claims);
  },
);

phrase(
  ['pod {string} runs image {string}', ['name', 'image']],
  ['파드 {string}은/는 {string} 이미지로 실행된다', ['name', 'image']],
  ['파드 {string}은/는 {string} 이미지로 실행 중이다', ['name', 'image']],
  function ({ name, image }: { name: string; image: string }) {
    const set = st(this).current;
    if (set) this.sim().runUntil(() => rolledOut(this, set), { timeout: '15m' });
    expect(pod(this, name).spec?.containers?.[0]?.image, `image of pod ${name}`).to.equal(image);
  },
);

phrase(
  ['the status of pod {string} is {string}', ['name', 'status']],
  ['파드 {string}의 상태는 {string}(이)다', ['name', 'status']],
  function ({ name, status }: { name: string; status: string }) {
    expect(summarizePod(pod(this, name) as never, this.sim().now()).status, `STATUS of pod ${name} (kubectl get pods)`).to.equal(status);
  },
);

phrase(
  ['pod {string} does not exist', ['name']],
  ['파드 {string}은/는 없다', ['name']],
  ['파드 {string}은/는 존재하지 않는다', ['name']],
  function ({ name }: { name: string }) {
    expect(this.sim().get('pod', name), `pod ${name}`).to.equal(undefined);
  },
);

// ---------------------------------------------------------------------------------------------- status

const FIELD: Record<string, keyof NonNullable<StsLike['status']>> = {
  ready: 'readyReplicas', available: 'availableReplicas', updated: 'updatedReplicas', current: 'currentReplicas', total: 'replicas',
  준비된: 'readyReplicas', '사용 가능한': 'availableReplicas', 업데이트된: 'updatedReplicas', 현재: 'currentReplicas', 전체: 'replicas',
};

phrase(
  ['statefulset {string} has {int} {word} replica(s)', ['name', 'count', 'field']],
  ['스테이트풀셋 {string}의 {word} 레플리카는 {int}개다/개이다', ['name', 'field', 'count']],
  function ({ name, count, field }: { name: string; count: number; field: string }) {
    this.sim().runUntil(() => rolledOut(this, name), { timeout: '15m' });
    const key = FIELD[field];
    if (!key) throw new Error(`"${field}" is not a replica count: use ready, available, updated, current or total`);
    expect(liveSet(this, name).status?.[key] ?? 0, `${key} of statefulset "${name}"`).to.equal(count);
  },
);

phrase(
  ['statefulset {string} has {int} controller revision(s)', ['name', 'count']],
  ['스테이트풀셋 {string}의 컨트롤러 리비전은 {int}개다/개이다', ['name', 'count']],
  function ({ name, count }: { name: string; count: number }) {
    const s = liveSet(this, name);
    const revs = this.sim().list('controllerrevision').filter((r) => r.metadata.ownerReferences?.some((o) => o.uid === s.metadata.uid));
    expect(revs.map((r) => r.metadata.name), `ControllerRevisions of statefulset "${name}"`).to.have.length(count);
  },
);

// ---------------------------------------------------------------------------------------------- storage

type PvcLike = KubeObject & { spec?: { volumeName?: string }; status?: { phase?: string } };

phrase(
  ['the persistent volume claims are {string}', ['list']],
  ['PVC는 {string}(이)다', ['list']],
  function ({ list }: { list: string }) {
    const set = st(this).current;
    if (set && this.sim().get('statefulset', set)) this.sim().runUntil(() => rolledOut(this, set), { timeout: '15m' });
    expect(this.sim().list('persistentvolumeclaim').map((c) => c.metadata.name).join(', '), 'persistent volume claims').to.equal(names(list).join(', '));
  },
);

phrase(
  ['there are {int} persistent volume claim(s), all Bound', ['count']],
  ['PVC는 {int}개이고 모두 Bound 상태다', ['count']],
  function ({ count }: { count: number }) {
    const set = st(this).current;
    if (set && this.sim().get('statefulset', set)) this.sim().runUntil(() => rolledOut(this, set), { timeout: '15m' });
    const claims = this.sim().list<PvcLike>('persistentvolumeclaim');
    expect(claims.map((c) => `${c.metadata.name} ${c.status?.phase}`), 'persistent volume claims').to.have.length(count);
    expect(claims.filter((c) => c.status?.phase !== 'Bound').map((c) => `${c.metadata.name} ${c.status?.phase}`), 'claims not Bound').to.deep.equal([]);
  },
);

phrase(
  ['there are no persistent volume claims left', []],
  ['PVC가 하나도 남지 않는다', []],
  function () {
    expect(this.sim().list('persistentvolumeclaim').map((c) => c.metadata.name), 'persistent volume claims').to.deep.equal([]);
  },
);

phrase(
  ['pod {string} uses the persistent volume claim {string}', ['pod', 'claim']],
  ['파드 {string}은/는 PVC {string}을/를 사용한다', ['pod', 'claim']],
  function ({ pod: podName, claim }: { pod: string; claim: string }) {
    const p = pod(this, podName);
    const claims = (p.spec?.volumes ?? []).filter((v) => v.persistentVolumeClaim).map((v) => v.persistentVolumeClaim!.claimName);
    expect(claims, `claims mounted by pod ${podName}`).to.include(claim);
    const pvc = this.sim().get<PvcLike>('persistentvolumeclaim', claim);
    expect(pvc?.status?.phase, `phase of claim ${claim}`).to.equal('Bound');
  },
);

// ---------------------------------------------------------------------------------------------- DNS

phrase(
  ['the name {string} resolves to the IP of pod {string}', ['host', 'pod']],
  ['이름 {string}은/는 파드 {string}의 IP로 조회된다/풀린다', ['host', 'pod']],
  function ({ host, pod: podName }: { host: string; pod: string }) {
    const set = st(this).current;
    if (set && this.sim().get('statefulset', set)) this.sim().runUntil(() => rolledOut(this, set), { timeout: '15m' });
    const ip = pod(this, podName).status?.podIP;
    expect(ip, `IP of pod ${podName}`).to.be.a('string');
    expect(this.sim().resolve(host), `addresses of ${host}`).to.deep.equal([ip]);
  },
);

phrase(
  ['the name {string} resolves to {int} address(es)', ['host', 'count']],
  ['이름 {string}은/는 주소 {int}개로 조회된다/풀린다', ['host', 'count']],
  function ({ host, count }: { host: string; count: number }) {
    const set = st(this).current;
    if (set && this.sim().get('statefulset', set)) this.sim().runUntil(() => rolledOut(this, set), { timeout: '15m' });
    const addresses = this.sim().resolve(host);
    this.attach(`${host} → ${addresses.join(', ') || '(no answer)'}`, 'text/plain');
    expect(addresses, `addresses of ${host}`).to.have.length(count);
  },
);

phrase(
  ['the name {string} resolves to the IPs of the pods of statefulset {string}', ['host', 'name']],
  ['이름 {string}은/는 스테이트풀셋 {string}의 파드 IP들로 조회된다/풀린다', ['host', 'name']],
  function ({ host, name }: { host: string; name: string }) {
    this.sim().runUntil(() => rolledOut(this, name), { timeout: '15m' });
    const ips = podsOf(this, name).map((p) => p.status?.podIP).filter((x): x is string => !!x).sort();
    expect([...this.sim().resolve(host)].sort(), `addresses of ${host}`).to.deep.equal(ips);
  },
);

phrase(
  ['the name {string} does not resolve', ['host']],
  ['이름 {string}은/는 조회되지 않는다', ['host']],
  function ({ host }: { host: string }) {
    expect(this.sim().resolve(host), `addresses of ${host}`).to.deep.equal([]);
  },
);
