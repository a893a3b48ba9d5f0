import { expect } from 'chai';
import type { KubeObject } from '../src/model/types';
import { phrase } from './phrases';
import type { SimWorld } from './world';
import { settle } from './support';

type PodLike = KubeObject & { spec?: { nodeName?: string }; status?: { phase?: string; podIP?: string; containerStatuses?: Array<{ restartCount?: number; ready?: boolean }> } };

/** Pods of a Deployment, non-terminating, by name. */
function podsOf(world: SimWorld, deployment: string): PodLike[] {
  const c = world.sim();
  const d = c.get('deployment', deployment);
  if (!d) throw new Error(`deployment "${deployment}" not found`);
  const rsUids = new Set(c.list('replicaset').filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid)).map((rs) => rs.metadata.uid));
  return c.list<PodLike>('pod').filter((p) => p.metadata.ownerReferences?.some((o) => rsUids.has(o.uid)) && !p.metadata.deletionTimestamp);
}

function onlyPod(world: SimWorld, deployment: string): PodLike {
  const pods = podsOf(world, deployment);
  if (pods.length === 0) throw new Error(`deployment "${deployment}" has no pods`);
  return pods[0];
}

phrase(
  ['a pod of deployment {string} is deleted', ['name']],
  ['a pod of the deployment is deleted', []],
  ['디플로이먼트 {string}의 파드 하나를 삭제하면/삭제한다/지우면/지운다', ['name']],
  function ({ name }: { name?: string }) {
    const d = this.deploymentName(name);
    const pod = onlyPod(this, d);
    this.remembered.set('deleted', { name: pod.metadata.name!, ip: pod.status?.podIP, uid: pod.metadata.uid });
    this.sim().note(`pod ${pod.metadata.name} deleted`);
    const r = this.sim().kubectl(`delete pod ${pod.metadata.name}`);
    if (r.exitCode !== 0) throw new Error(r.stderr);
  },
);

phrase(
  ['a new pod replaces it with a new name and a new IP', []],
  ['새 이름과 새 IP 주소를 가진 파드가 그 자리를 대신한다', []],
  function () {
    const deleted = this.remembered.get('deleted');
    if (!deleted) throw new Error('no pod was deleted earlier in this scenario');
    const pods = podsOf(this, this.deploymentName());
    const d = this.sim().get('deployment', this.deploymentName());
    expect(pods.length, 'pods of the deployment').to.equal((d?.spec as { replicas?: number }).replicas);
    const names = pods.map((p) => p.metadata.name);
    expect(names, 'pod names').to.not.include(deleted.name);
    expect(pods.map((p) => p.status?.podIP), 'pod IPs').to.not.include(deleted.ip);
  },
);

phrase(
  ['the pod of deployment {string} is remembered', ['name']],
  ['디플로이먼트 {string}의 파드를 기억해 둔다', ['name']],
  function ({ name }: { name: string }) {
    const pod = onlyPod(this, name);
    this.remembered.set('pod', { name: pod.metadata.name!, ip: pod.status?.podIP, uid: pod.metadata.uid });
  },
);

phrase(
  ['the pod of deployment {string} has restarted {int} time(s)', ['name', 'count']],
  ['디플로이먼트 {string}의 파드는 {int}번 재시작되었다/재시작했다', ['name', 'count']],
  function ({ name, count }: { name: string; count: number }) {
    const pod = onlyPod(this, name);
    const restarts = (pod.status?.containerStatuses ?? []).reduce((n, c) => n + (c.restartCount ?? 0), 0);
    expect(restarts, `restarts of pod ${pod.metadata.name}`).to.equal(count);
  },
);

phrase(
  ['the pod of deployment {string} has restarted at least {int} time(s)', ['name', 'count']],
  ['디플로이먼트 {string}의 파드는 최소 {int}번 재시작되었다/재시작했다', ['name', 'count']],
  function ({ name, count }: { name: string; count: number }) {
    const pod = onlyPod(this, name);
    const restarts = (pod.status?.containerStatuses ?? []).reduce((n, c) => n + (c.restartCount ?? 0), 0);
    expect(restarts, `restarts of pod ${pod.metadata.name}`).to.be.at.least(count);
  },
);

phrase(
  ['it is still the same pod with the same IP', []],
  ['여전히 같은 파드이고 IP 주소도 바뀌지 않는다', []],
  function () {
    const remembered = this.remembered.get('pod');
    if (!remembered) throw new Error('no pod was remembered earlier in this scenario');
    const pod = this.sim().list<PodLike>('pod').find((p) => p.metadata.uid === remembered.uid);
    expect(pod, `pod ${remembered.name}`).to.not.equal(undefined);
    expect(pod!.metadata.name).to.equal(remembered.name);
    expect(pod!.status?.podIP).to.equal(remembered.ip);
  },
);

phrase(
  ['deployment {string} has {int} running pod(s)', ['name', 'count']],
  ['디플로이먼트 {string}의 실행 중인 파드는 {int}개다/개이다', ['name', 'count']],
  function ({ name, count }: { name: string; count: number }) {
    settle(this, name);
    const running = podsOf(this, name).filter((p) => p.status?.phase === 'Running');
    expect(running.length, `running pods of ${name}`).to.equal(count);
  },
);

phrase(
  ['there are no pods left', []],
  ['파드가 하나도 남지 않는다', []],
  function () {
    const pods = this.sim().list('pod');
    expect(pods.map((p) => p.metadata.name), 'pods').to.deep.equal([]);
  },
);

phrase(
  ['there are no ReplicaSets left', []],
  ['레플리카셋이 하나도 남지 않는다', []],
  function () {
    expect(this.sim().list('replicaset').map((p) => p.metadata.name), 'replicasets').to.deep.equal([]);
  },
);

phrase(
  ['every pod of deployment {string} runs image {string}', ['name', 'image']],
  ['디플로이먼트 {string}의 모든 파드는 {string} 이미지로 실행된다', ['name', 'image']],
  function ({ name, image }: { name: string; image: string }) {
    settle(this, name);
    const images = podsOf(this, name).map((p) => (p.spec as { containers?: Array<{ image?: string }> }).containers?.[0]?.image);
    expect(images.length, 'pods').to.be.greaterThan(0);
    expect([...new Set(images)]).to.deep.equal([image]);
  },
);

function podNamed(world: SimWorld, name: string): PodLike {
  const pod = world.sim().get<PodLike>('pod', name);
  if (!pod) throw new Error(`pod "${name}" not found`);
  return pod;
}

phrase(
  ['pod {string} has restarted {int} time(s)', ['name', 'count']],
  ['파드 {string}의 재시작 횟수는 {int}(이)다/번이다', ['name', 'count']],
  function ({ name, count }: { name: string; count: number }) {
    const pod = podNamed(this, name);
    const restarts = (pod.status?.containerStatuses ?? []).reduce((n, c) => n + (c.restartCount ?? 0), 0);
    expect(restarts, `restarts of pod ${name}`).to.equal(count);
  },
);

phrase(
  ['pod {string} is ready', ['name']],
  ['파드 {string}은/는 준비 상태다', ['name']],
  function ({ name }: { name: string }) {
    const ready = (podNamed(this, name).status as { conditions?: Array<{ type: string; status: string }> }).conditions?.find((c) => c.type === 'Ready')?.status;
    expect(ready, `Ready condition of pod ${name}`).to.equal('True');
  },
);

phrase(
  ['pod {string} is not ready', ['name']],
  ['파드 {string}은/는 준비되지 않은 상태다', ['name']],
  function ({ name }: { name: string }) {
    const ready = (podNamed(this, name).status as { conditions?: Array<{ type: string; status: string }> }).conditions?.find((c) => c.type === 'Ready')?.status;
    expect(ready, `Ready condition of pod ${name}`).to.not.equal('True');
  },
);

phrase(
  ['pod {string} has restarted at least {int} time(s)', ['name', 'count']],
  ['파드 {string}은/는 최소 {int}번 재시작되었다', ['name', 'count']],
  function ({ name, count }: { name: string; count: number }) {
    const pod = podNamed(this, name);
    const restarts = (pod.status?.containerStatuses ?? []).reduce((n, c) => n + (c.restartCount ?? 0), 0);
    expect(restarts, `restarts of pod ${name}`).to.be.at.least(count);
  },
);

phrase(
  ['pod {string} sees environment variable {string} = {string}', ['name', 'variable', 'value']],
  ['파드 {string}의 환경 변수 {string}의 값은 {string}(이)다', ['name', 'variable', 'value']],
  function ({ name, variable, value }: { name: string; variable: string; value: string }) {
    const r = this.sim().containerEnvironment(name);
    if (!r.ok) throw new Error(`the environment of pod ${name} cannot be resolved: ${r.error.message}`);
    expect(r.value[variable], `${variable} in pod ${name} (environment: ${JSON.stringify(r.value)})`).to.equal(value);
  },
);

phrase(
  ['pod {string} sees file {string} containing {string}', ['name', 'path', 'content']],
  ['파드 {string}에서 파일 {string}의 내용은 {string}(이)다', ['name', 'path', 'content']],
  function ({ name, path, content }: { name: string; path: string; content: string }) {
    const r = this.sim().containerFiles(name);
    if (!r.ok) throw new Error(`the volumes of pod ${name} cannot be mounted: ${r.error.message}`);
    expect(r.value[path], `${path} in pod ${name} (files: ${Object.keys(r.value).join(', ') || 'none'})`).to.equal(content);
  },
);

phrase(
  ['pod {string} is waiting with reason {ascii}', ['name', 'reason']],
  ['파드 {string}은/는 {ascii} 상태로 기다린다', ['name', 'reason']],
  function ({ name, reason }: { name: string; reason: string }) {
    const statuses = (podNamed(this, name).status as { containerStatuses?: Array<{ state?: { waiting?: { reason?: string } } }> }).containerStatuses ?? [];
    expect(statuses.map((s) => s.state?.waiting?.reason ?? 'not waiting'), `waiting reasons of pod ${name}`).to.include(reason);
  },
);
