import { expect } from 'chai';
import type { KubeObject } from '../src/model/types';
import { phrase } from './phrases';
import type { SimWorld } from './world';

type PodLike = KubeObject & { spec?: { nodeName?: string }; status?: { phase?: string } };

phrase(
  ['a cluster with {int} nodes', ['count']],
  ['노드 {int}개로 된 클러스터가 있다', ['count']],
  function ({ count }: { count: number }) {
    if (this.cluster) throw new Error('the cluster already exists: say how many nodes it has before anything else');
    this.nodes = Array.from({ length: count }, (_, i) => `node-${i + 1}`);
  },
);

phrase(
  ['node {string} stops', ['node']],
  ['노드 {string}이/가 중지되면/중지된다/멈추면/멈춘다', ['node']],
  function ({ node }: { node: string }) {
    const r = this.sim().stopNode(node);
    if (!r.ok) throw new Error(r.error.message);
  },
);

phrase(
  ['node {string} comes back', ['node']],
  ['노드 {string}이/가 다시 구동되면/구동된다', ['node']],
  function ({ node }: { node: string }) {
    const r = this.sim().startNode(node);
    if (!r.ok) throw new Error(r.error.message);
  },
);

phrase(
  ['node {string} is {ascii}', ['node', 'state']],
  ['노드 {string}의 상태는 {ascii}(이)다', ['node', 'state']],
  function ({ node, state }: { node: string; state: string }) {
    const n = this.sim().get('node', node);
    if (!n) throw new Error(`node "${node}" not found`);
    const ready = (n.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions?.find((c) => c.type === 'Ready')?.status;
    const shown = ready === 'True' ? 'Ready' : ready === 'Unknown' ? 'Unknown' : 'NotReady';
    expect(shown, `Ready condition of node ${node} (status ${ready})`).to.equal(state);
  },
);

function podsOn(world: SimWorld, deployment: string, node: string): { active: PodLike[]; terminating: PodLike[] } {
  const c = world.sim();
  const prefix = `${deployment}-`;
  const pods = c.list<PodLike>('pod').filter((p) => p.metadata.name?.startsWith(prefix) && p.spec?.nodeName === node);
  return { active: pods.filter((p) => !p.metadata.deletionTimestamp), terminating: pods.filter((p) => p.metadata.deletionTimestamp) };
}

phrase(
  ['deployment {string} has {int} pod(s) on node {string}', ['name', 'count', 'node']],
  ['디플로이먼트 {string}의 파드 중 {int}개가 노드 {string}에 있다', ['name', 'count', 'node']],
  function ({ name, count, node }: { name: string; count: number; node: string }) {
    expect(podsOn(this, name, node).active.length, `pods of ${name} on ${node} (not terminating)`).to.equal(count);
  },
);

phrase(
  ['{int} pod(s) of deployment {string} is/are terminating on node {string}', ['count', 'name', 'node']],
  ['디플로이먼트 {string}의 파드 {int}개가 노드 {string}에서 종료 중이다', ['name', 'count', 'node']],
  function ({ name, count, node }: { name: string; count: number; node: string }) {
    expect(podsOn(this, name, node).terminating.length, `terminating pods of ${name} on ${node}`).to.equal(count);
  },
);

phrase(
  ['deployment {string} now has {int} available replica(s)', ['name', 'count']],
  ['디플로이먼트 {string}의 사용 가능한 레플리카는 지금 {int}개다/개이다', ['name', 'count']],
  function ({ name, count }: { name: string; count: number }) {
    const d = this.sim().get('deployment', name);
    expect((d?.status as { availableReplicas?: number } | undefined)?.availableReplicas ?? 0, `available replicas of ${name} right now`).to.equal(count);
  },
);
