import { expect } from 'chai';
import { deploymentManifest, DeploymentShorthand } from '../src';
import { phrase } from './phrases';
import type { SimWorld } from './world';
import { applyOrFail, kubectlOrFail, settle } from './support';

/** Creates the Deployment from shorthand and waits until it is fully rolled out. */
function createDeployment(world: SimWorld, d: DeploymentShorthand): void {
  const c = world.sim();
  applyOrFail(world, deploymentManifest(d), `deployment "${d.name}"`);
  world.currentDeployment = d.name;
  const r = c.runUntilRolledOut(d.name, { timeout: '1h' });
  if (r.outcome !== 'done') throw new Error(`deployment "${d.name}" did not come up: ${r.message}`);
  world.markRolloutStart();
}

phrase(
  ['deployment {string} with {int} replica(s) of image {string}', ['name', 'replicas', 'image']],
  ['{string} 이미지로 레플리카/파드 {int}개를 띄운 디플로이먼트 {string}이/가 있다', ['image', 'replicas', 'name']],
  ['디플로이먼트 {string}이/가 {string} 이미지로 레플리카 {int}개를 실행 중이다', ['name', 'image', 'replicas']],
  function ({ name, replicas, image }: { name: string; replicas: number; image: string }) {
    createDeployment(this, { name, replicas, image });
  },
);

phrase(
  ['deployment {string} with {int} replica(s) of image {string}, maxSurge {intOrPercent} and maxUnavailable {intOrPercent}', ['name', 'replicas', 'image', 'maxSurge', 'maxUnavailable']],
  ['{string} 이미지로 레플리카 {int}개를 띄운 디플로이먼트 {string}이/가 maxSurge {intOrPercent}, maxUnavailable {intOrPercent}(으)로 있다', ['image', 'replicas', 'name', 'maxSurge', 'maxUnavailable']],
  ['디플로이먼트 {string}이/가 {string} 이미지로 레플리카 {int}개를 실행 중이고 maxSurge는 {intOrPercent}, maxUnavailable은 {intOrPercent}(이)다', ['name', 'image', 'replicas', 'maxSurge', 'maxUnavailable']],
  function (a: { name: string; replicas: number; image: string; maxSurge: number | string; maxUnavailable: number | string }) {
    createDeployment(this, a);
  },
);

phrase(
  ['deployment {string} with {int} replica(s) of image {string} and the Recreate strategy', ['name', 'replicas', 'image']],
  ['{string} 이미지로 레플리카 {int}개를 띄운 디플로이먼트 {string}이/가 Recreate 전략으로 있다', ['image', 'replicas', 'name']],
  ['{string} 이미지로 레플리카 {int}개를 띄운 Recreate 전략의 디플로이먼트 {string}이/가 있다', ['image', 'replicas', 'name']],
  function ({ name, replicas, image }: { name: string; replicas: number; image: string }) {
    createDeployment(this, { name, replicas, image, strategy: 'Recreate' });
  },
);

phrase(
  ['the following manifest is applied:', []],
  ['다음 매니페스트를 적용했다:', []],
  function ({ doc }: { doc: string }) {
    const results = applyOrFail(this, doc, 'the manifest');
    const deployment = results.find((r) => r.kind === 'Deployment');
    if (deployment) {
      this.currentDeployment = deployment.name;
      const r = this.sim().runUntilRolledOut(deployment.name, { timeout: '1h' });
      if (r.outcome !== 'done') throw new Error(`deployment "${deployment.name}" did not come up: ${r.message}`);
    }
    this.markRolloutStart();
  },
);

phrase(
  ['I apply the following manifest:', []],
  ['다음 매니페스트를 적용하면:', []],
  ['다음 매니페스트를 적용한다:', []],
  function ({ doc }: { doc: string }) {
    this.markRolloutStart();
    const results = applyOrFail(this, doc, 'the manifest');
    const deployment = results.find((r) => r.kind === 'Deployment');
    if (deployment) this.currentDeployment = deployment.name;
  },
);

phrase(
  ['the image changes to {string}', ['image']],
  ['the image of deployment {string} changes to {string}', ['name', 'image']],
  ['이미지를 {string}(으)로 바꾸면/바꾼다/변경하면/변경한다', ['image']],
  ['디플로이먼트 {string}의 이미지를 {string}(으)로 바꾸면/바꾼다/변경하면/변경한다', ['name', 'image']],
  function ({ name, image }: { name?: string; image: string }) {
    const d = this.deploymentName(name);
    const container = this.sim().get('deployment', d)?.spec as { template?: { spec?: { containers?: Array<{ name: string }> } } } | undefined;
    const first = container?.template?.spec?.containers?.[0]?.name;
    if (!first) throw new Error(`deployment "${d}" not found`);
    this.markRolloutStart();
    this.sim().note(`image → ${image}`);
    kubectlOrFail(this, `set image deployment/${d} ${first}=${image}`);
  },
);

phrase(
  ['the deployment is scaled to {int} replica(s)', ['replicas']],
  ['deployment {string} is scaled to {int} replica(s)', ['name', 'replicas']],
  ['레플리카를/파드를 {int}개로 늘리면/줄이면/조정하면/바꾸면/늘린다/줄인다/조정한다', ['replicas']],
  ['디플로이먼트 {string}의 레플리카를 {int}개로 늘리면/줄이면/조정하면/바꾸면/늘린다/줄인다/조정한다', ['name', 'replicas']],
  function ({ name, replicas }: { name?: string; replicas: number }) {
    const d = this.deploymentName(name);
    this.markRolloutStart();
    this.sim().note(`scale → ${replicas}`);
    kubectlOrFail(this, `scale deployment/${d} --replicas=${replicas}`);
  },
);

phrase(
  ['the rollout is paused', []],
  ['롤아웃을 일시 중지하면/중지한다/중지했다', []],
  ['롤아웃을 일시 정지하면/정지한다/정지했다', []],
  function () {
    this.sim().note('rollout paused');
    kubectlOrFail(this, `rollout pause deployment/${this.deploymentName()}`);
  },
);

phrase(
  ['the rollout is resumed', []],
  ['롤아웃을 재개하면/재개한다', []],
  function () {
    this.sim().note('rollout resumed');
    kubectlOrFail(this, `rollout resume deployment/${this.deploymentName()}`);
  },
);

phrase(
  ['I roll back to the previous revision', []],
  ['이전 버전으로 롤백하면/롤백한다/되돌리면/되돌린다', []],
  function () {
    this.markRolloutStart();
    this.sim().note('rollout undo');
    kubectlOrFail(this, `rollout undo deployment/${this.deploymentName()}`);
  },
);

phrase(
  ['I roll back to revision {int}', ['revision']],
  ['리비전 {int}(으)로 롤백하면/롤백한다/되돌리면/되돌린다', ['revision']],
  function ({ revision }: { revision: number }) {
    this.markRolloutStart();
    this.sim().note(`rollout undo --to-revision=${revision}`);
    kubectlOrFail(this, `rollout undo deployment/${this.deploymentName()} --to-revision=${revision}`);
  },
);

phrase(
  ['deployment {string} is deleted', ['name']],
  ['디플로이먼트 {string}을/를 삭제하면/삭제한다/지우면/지운다', ['name']],
  function ({ name }: { name: string }) {
    kubectlOrFail(this, `delete deployment ${name}`);
  },
);

phrase(
  ['the rollout finishes', []],
  ['I wait for the rollout to finish', []],
  ['롤아웃이 끝나면/끝난다/완료되면/완료된다', []],
  ['롤아웃이 끝날 때까지 기다리면/기다린다', []],
  function () {
    const r = this.sim().runUntilRolledOut(this.deploymentName(), { timeout: '1h' });
    if (r.outcome !== 'done') throw new Error(`the rollout did not finish: ${r.message}`);
  },
);

phrase(
  ['deployment {string} has {int} {word} replica(s)', ['name', 'count', 'field']],
  ['the deployment has {int} {word} replica(s)', ['count', 'field']],
  ['디플로이먼트 {string}의 {word} 레플리카는 {int}개다/개이다', ['name', 'field', 'count']],
  ['디플로이먼트 {string}의 사용 가능한 레플리카는/파드는 {int}개다/개이다', ['name', 'count']],
  function ({ name, count, field }: { name?: string; count: number; field?: string }) {
    settle(this, this.deploymentName(name));
    const d = this.sim().get('deployment', this.deploymentName(name));
    if (!d) throw new Error(`deployment "${this.deploymentName(name)}" not found`);
    const status = (d.status ?? {}) as Record<string, number | undefined>;
    const key = STATUS_FIELD[field ?? '사용'];
    if (!key) throw new Error(`"${field}" is not a replica count: use available, ready, updated, unavailable or total`);
    expect(status[key] ?? 0, `${key} of deployment "${d.metadata.name}"`).to.equal(count);
  },
);

const STATUS_FIELD: Record<string, string> = {
  available: 'availableReplicas', ready: 'readyReplicas', updated: 'updatedReplicas', unavailable: 'unavailableReplicas', total: 'replicas', current: 'replicas',
  사용: 'availableReplicas', '사용 가능한': 'availableReplicas', 준비된: 'readyReplicas', 업데이트된: 'updatedReplicas',
};

phrase(
  ['the deployment condition {ascii} is {status} with reason {ascii}', ['type', 'status', 'reason']],
  ['디플로이먼트의 {ascii} 조건은 {status}이고 이유는 {ascii}(이)다', ['type', 'status', 'reason']],
  ['디플로이먼트의 {ascii} 조건은 {status}이고 이유는 {ascii}(으)로 표시된다', ['type', 'status', 'reason']],
  function ({ type, status, reason }: { type: string; status: string; reason: string }) {
    const d = this.sim().get('deployment', this.deploymentName());
    const conditions = (d?.status as { conditions?: Array<{ type: string; status: string; reason: string }> } | undefined)?.conditions ?? [];
    const c = conditions.find((x) => x.type === type);
    expect(c, `condition ${type} (conditions: ${conditions.map((x) => `${x.type}=${x.status}/${x.reason}`).join(', ') || 'none'})`).to.not.equal(undefined);
    expect(`${c!.status}/${c!.reason}`, `condition ${type}`).to.equal(`${status}/${reason}`);
  },
);

phrase(
  ['the rollout history shows revisions {revisions}', ['revisions']],
  ['롤아웃 이력에 리비전 {revisions}이/가 (남아 )있다', ['revisions']],
  ['롤아웃 이력의 리비전은 {revisions}(이)다', ['revisions']],
  ['롤아웃 이력에는 리비전 {revisions}만 (남아 )있다', ['revisions']],
  function ({ revisions }: { revisions: number[] }) {
    expect(historyRevisions(this).map((r) => r.revision)).to.deep.equal(revisions);
  },
);

phrase(
  ['revision {int} has change cause {string}', ['revision', 'cause']],
  ['리비전 {int}의 변경 사유는 {string}(이)다', ['revision', 'cause']],
  function ({ revision, cause }: { revision: number; cause: string }) {
    const r = historyRevisions(this).find((x) => x.revision === revision);
    expect(r, `revision ${revision} in history ${JSON.stringify(historyRevisions(this))}`).to.not.equal(undefined);
    expect(r!.cause).to.equal(cause);
  },
);

/** Revisions of the current Deployment's ReplicaSets, as `rollout history` lists them. */
function historyRevisions(world: SimWorld): Array<{ revision: number; cause: string; name: string }> {
  const d = world.sim().get('deployment', world.deploymentName());
  if (!d) throw new Error(`deployment "${world.deploymentName()}" not found`);
  return world
    .sim()
    .list('replicaset')
    .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid))
    .map((rs) => ({
      revision: Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0),
      cause: rs.metadata.annotations?.['kubernetes.io/change-cause'] ?? '<none>',
      name: rs.metadata.name!,
    }))
    .sort((a, b) => a.revision - b.revision);
}

phrase(
  ['deployment {string} has {int} ReplicaSet(s)', ['name', 'count']],
  ['디플로이먼트 {string}의 레플리카셋은 {int}개다/개이다', ['name', 'count']],
  function ({ name, count }: { name: string; count: number }) {
    const d = this.sim().get('deployment', name);
    const owned = this.sim().list('replicaset').filter((rs) => !d || rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid) || rs.metadata.name?.startsWith(`${name}-`));
    expect(owned.map((r) => r.metadata.name), `ReplicaSets of ${name}`).to.have.length(count);
  },
);

phrase(
  ['the old ReplicaSet has {int} replica(s) and the new one {int}', ['old', 'neu']],
  ['이전 레플리카셋은 {int}개, 새 레플리카셋은 {int}개다', ['old', 'neu']],
  function ({ old, neu }: { old: number; neu: number }) {
    const d = this.sim().get('deployment', this.deploymentName());
    if (!d) throw new Error(`deployment "${this.deploymentName()}" not found`);
    const rss = this.sim()
      .list('replicaset')
      .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid))
      .map((rs) => ({ rev: Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0), replicas: (rs.spec as { replicas?: number }).replicas ?? 0 }))
      .sort((a, b) => a.rev - b.rev);
    const newest = rss[rss.length - 1];
    const olds = rss.slice(0, -1).reduce((n, r) => n + r.replicas, 0);
    expect(`old ${olds}, new ${newest?.replicas}`).to.equal(`old ${old}, new ${neu}`);
  },
);
