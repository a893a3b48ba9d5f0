import { expect } from 'chai';
import type { DeploymentSample } from '../src';
import { phrase } from './phrases';
import type { SimWorld } from './world';

/**
 * Invariants over a whole rollout, checked at every recorded state change from the last change
 * step (image, scale, undo, apply) until the rollout completes. A failure names the moment, the
 * state and the action that caused it.
 */
function rolloutSamples(world: SimWorld): DeploymentSample[] {
  const c = world.sim();
  const name = world.deploymentName();
  const r = c.runUntilRolledOut(name, { timeout: '1h' });
  if (r.outcome !== 'done') throw new Error(`the rollout of "${name}" did not finish, so "throughout the rollout" has no end: ${r.message}`);
  const samples = c.timeline.samplesOf(name, { fromSeq: world.rolloutFrom });
  if (samples.length === 0) throw new Error(`no state change of deployment "${name}" was recorded since the last change step`);
  return samples;
}

function describeSample(world: SimWorld, s: DeploymentSample): string {
  const t = ((s.at - world.rolloutStartedAt) / 1000).toFixed(s.at % 1000 === 0 ? 0 : 3);
  const rs = s.replicaSets.map((r) => `${r.name} (rev ${r.revision}): ${r.desired} desired, ${r.current} current, ${r.available} available`).join('; ');
  return `at +${t}s (${new Date(s.at).toISOString()}): ${s.pods} pods, ${s.available} available, ${s.podObjects} pod objects incl. terminating — ${rs}\n  caused by: ${s.cause}`;
}

phrase(
  ['at least {int} pod(s) stay(s) available throughout the rollout', ['min']],
  ['롤아웃 내내/동안 사용 가능한 파드가 최소 {int}개 유지된다', ['min']],
  ['롤아웃하는 동안 항상 최소 {int}개의 파드를 사용할 수 있다', ['min']],
  function ({ min }: { min: number }) {
    const samples = rolloutSamples(this);
    const worst = samples.reduce((a, b) => (b.available < a.available ? b : a));
    this.attach(`min available ${worst.available} ≥ ${min}`, 'text/plain');
    if (worst.available < min) {
      throw new Error(`expected at least ${min} available pods throughout the rollout, but only ${worst.available} were available\n  ${describeSample(this, worst)}`);
    }
  },
);

phrase(
  ['at most {int} pod(s) exist(s) at any time', ['max']],
  ['어느 때에도/시점에도 파드는 {int}개를 넘지 않는다', ['max']],
  ['파드 수는 항상 최대 {int}개다/개이다', ['max']],
  function ({ max }: { max: number }) {
    const samples = rolloutSamples(this);
    const worst = samples.reduce((a, b) => (b.pods > a.pods ? b : a));
    this.attach(`max pods ${worst.pods} ≤ ${max}`, 'text/plain');
    if (worst.pods > max) {
      throw new Error(`expected at most ${max} pods (not counting terminating ones) at any time, but there were ${worst.pods}\n  ${describeSample(this, worst)}`);
    }
  },
);

phrase(
  ['at most {int} pod objects exist at any time, terminating ones included', ['max']],
  ['종료 중인 파드를 포함해도 파드는 {int}개를 넘지 않는다', ['max']],
  function ({ max }: { max: number }) {
    const samples = rolloutSamples(this);
    const worst = samples.reduce((a, b) => (b.podObjects > a.podObjects ? b : a));
    this.attach(`max pod objects ${worst.podObjects} ≤ ${max}`, 'text/plain');
    if (worst.podObjects > max) throw new Error(`expected at most ${max} pod objects at any time, but there were ${worst.podObjects}\n  ${describeSample(this, worst)}`);
  },
);

phrase(
  ['at some point no pods are available', []],
  ['사용 가능한 파드가 하나도 없는 순간이 있다', []],
  function () {
    const samples = rolloutSamples(this);
    const zero = samples.find((s) => s.available === 0);
    expect(zero, `a moment with 0 available pods (minimum seen: ${Math.min(...samples.map((s) => s.available))})`).to.not.equal(undefined);
  },
);

phrase(
  ['old and new pods never run at the same time', []],
  ['이전 파드와 새 파드가 동시에 실행되지 않는다', []],
  function () {
    const samples = rolloutSamples(this);
    const both = samples.find((s) => s.replicaSets.filter((r) => r.current > 0).length > 1);
    if (both) throw new Error(`old and new pods ran together\n  ${describeSample(this, both)}`);
  },
);

/** The distinct successive values of one series: 10,10,8,8,5 → 10,8,5. */
function steps(values: number[]): number[] {
  return values.filter((v, i) => i === 0 || v !== values[i - 1]);
}

function sequencesOf(world: SimWorld): { oldSeq: number[]; newSeq: number[] } {
  const during = rolloutSamples(world);
  // Start from the state just before the change, so a ReplicaSet born by it starts at 0.
  const before = world.sim().timeline.samplesOf(world.deploymentName()).filter((s) => s.seq < world.rolloutFrom).pop();
  const samples = before ? [before, ...during] : during;
  const last = samples[samples.length - 1];
  const newest = last.replicaSets.reduce((a, b) => (b.revision > a.revision ? b : a));
  const first = samples[0];
  // The old ReplicaSet is the one that had the pods when the change began.
  const old = first.replicaSets.filter((r) => r.name !== newest.name).reduce<{ name: string; desired: number } | undefined>((a, b) => (!a || b.desired > a.desired ? b : a), undefined);
  const series = (name: string | undefined) => steps(samples.map((s) => s.replicaSets.find((r) => r.name === name)?.desired ?? 0));
  return { oldSeq: series(old?.name), newSeq: series(newest.name) };
}

phrase(
  ['the old ReplicaSet goes {sequence} and the new one {sequence}', ['oldSeq', 'newSeq']],
  ['이전 레플리카셋은 {sequence}, 새 레플리카셋은 {sequence} 순서로 바뀐다', ['oldSeq', 'newSeq']],
  function ({ oldSeq, newSeq }: { oldSeq: number[]; newSeq: number[] }) {
    const actual = sequencesOf(this);
    this.attach(`old ${actual.oldSeq.join('→')}, new ${actual.newSeq.join('→')}`, 'text/plain');
    expect(`old ${actual.oldSeq.join('→')}, new ${actual.newSeq.join('→')}`).to.equal(`old ${oldSeq.join('→')}, new ${newSeq.join('→')}`);
  },
);

phrase(
  ['the rollout takes at least {duration}', ['ms']],
  ['롤아웃은 최소 {duration}이/가 걸린다', ['ms']],
  function ({ ms }: { ms: number }) {
    const samples = rolloutSamples(this);
    const took = samples[samples.length - 1].at - this.rolloutStartedAt;
    expect(took / 1000, 'seconds the rollout took').to.be.at.least(ms / 1000);
  },
);

phrase(
  ['the rollout takes at most {duration}', ['ms']],
  ['롤아웃은 최대 {duration} 안에 끝난다', ['ms']],
  function ({ ms }: { ms: number }) {
    const samples = rolloutSamples(this);
    const took = samples[samples.length - 1].at - this.rolloutStartedAt;
    expect(took / 1000, 'seconds the rollout took').to.be.at.most(ms / 1000);
  },
);

phrase(
  ['the rollout stalls at {int} old and {int} new pod(s)', ['old', 'neu']],
  ['롤아웃은 이전 파드 {int}개, 새 파드 {int}개에서 멈춘다', ['old', 'neu']],
  function ({ old, neu }: { old: number; neu: number }) {
    const c = this.sim();
    const name = this.deploymentName();
    c.advance('10m');
    const samples = c.timeline.samplesOf(name, { fromSeq: this.rolloutFrom });
    const last = samples[samples.length - 1];
    const newest = last.replicaSets.reduce((a, b) => (b.revision > a.revision ? b : a));
    const olds = last.replicaSets.filter((r) => r !== newest).reduce((n, r) => n + r.current, 0);
    expect(`${olds} old, ${newest.current} new`).to.equal(`${old} old, ${neu} new`);
  },
);
