import { expect } from 'chai';
import { defineParameterType } from '@cucumber/cucumber';
import { deploymentManifest, serviceManifest, traffic } from '../src';
import type { KubeObject } from '../src/model/types';
import { phrase } from './phrases';
import type { SimWorld } from './world';
import { applyOrFail } from './support';
import { daemonSetRolledOut } from './daemonset.steps';

/**
 * Services, their endpoints, and the traffic model: requests sent to a Service while its pods
 * change (src/traffic). A client step runs virtual time itself — through the rollout in
 * progress, or for a stated duration — and later steps judge what happened to the requests.
 */

type Labelled = KubeObject & { spec?: { selector?: { matchLabels?: Record<string, string> }; template?: { spec?: { containers?: Array<{ ports?: Array<{ containerPort: number }> }> } } } };
type Endpoints = KubeObject & { subsets?: Array<{ addresses?: Array<{ ip: string; targetRef?: { name?: string } }>; notReadyAddresses?: Array<{ ip: string }> }> };
type PodLike = KubeObject & { status?: { podIP?: string; conditions?: Array<{ type: string; status: string }> } };

interface TrafficRun {
  result: traffic.TrafficResult;
  start: number;
  end: number;
  service: string;
}

/** The last client run of each scenario. */
const lastTraffic = new WeakMap<SimWorld, TrafficRun>();

function workload(world: SimWorld, kind: 'Deployment' | 'DaemonSet', name: string): Labelled {
  const o = world.sim().get<Labelled>(kind, name);
  if (!o) throw new Error(`${kind.toLowerCase()} "${name}" not found`);
  return o;
}

/** A Service in front of a Deployment: its selector is the Deployment's, its targetPort the container's port. */
function createService(world: SimWorld, name: string, deployment: string, type: 'ClusterIP' | 'NodePort' | 'LoadBalancer', nodePort?: number): void {
  const d = workload(world, 'Deployment', deployment);
  const selector = d.spec?.selector?.matchLabels;
  if (!selector) throw new Error(`deployment "${deployment}" has no matchLabels selector to copy`);
  const containerPort = d.spec?.template?.spec?.containers?.[0]?.ports?.[0]?.containerPort;
  applyOrFail(world, serviceManifest({ name, type, selector, port: 80, targetPort: containerPort ?? 80, nodePort }), `service "${name}"`);
}

function endpoints(world: SimWorld, service: string): Endpoints | undefined {
  if (!world.sim().get('Service', service)) throw new Error(`service "${service}" not found`);
  return world.sim().get<Endpoints>('Endpoints', service);
}

function readyAddresses(world: SimWorld, service: string): Array<{ ip: string; pod?: string }> {
  return (endpoints(world, service)?.subsets ?? []).flatMap((s) => (s.addresses ?? []).map((a) => ({ ip: a.ip, pod: a.targetRef?.name })));
}

function notReadyAddresses(world: SimWorld, service: string): string[] {
  return (endpoints(world, service)?.subsets ?? []).flatMap((s) => (s.notReadyAddresses ?? []).map((a) => a.ip));
}

phrase(
  ['deployment {string} with {int} replica(s) of image {string} and a readiness probe', ['name', 'replicas', 'image']],
  ['{string} 이미지로 레플리카 {int}개를 띄우고 준비성 프로브를 둔 디플로이먼트 {string}이/가 있다', ['image', 'replicas', 'name']],
  function ({ name, replicas, image }: { name: string; replicas: number; image: string }) {
    const c = this.sim();
    applyOrFail(this, deploymentManifest({ name, replicas, image, containerPort: 8080, readinessProbe: { periodSeconds: 2 } }), `deployment "${name}"`);
    this.currentDeployment = name;
    const r = c.runUntilRolledOut(name, { timeout: '1h' });
    if (r.outcome !== 'done') throw new Error(`deployment "${name}" did not come up: ${r.message}`);
    this.markRolloutStart();
  },
);

phrase(
  ['a service {string} in front of deployment {string}', ['name', 'deployment']],
  ['디플로이먼트 {string} 앞에 서비스 {string}이/가 있다', ['deployment', 'name']],
  function ({ name, deployment }: { name: string; deployment: string }) {
    createService(this, name, deployment, 'ClusterIP');
  },
);

phrase(
  ['a {word} service {string} in front of deployment {string}', ['type', 'name', 'deployment']],
  ['디플로이먼트 {string} 앞에 {word} 서비스 {string}이/가 있다', ['deployment', 'type', 'name']],
  function ({ type, name, deployment }: { type: string; name: string; deployment: string }) {
    if (type !== 'ClusterIP' && type !== 'NodePort' && type !== 'LoadBalancer') throw new Error(`"${type}" is not a service type this step creates: use ClusterIP, NodePort or LoadBalancer`);
    createService(this, name, deployment, type);
  },
);

phrase(
  ['service {string} has {int} ready endpoint(s)', ['name', 'count']],
  ['서비스 {string}의 준비된 엔드포인트는 {int}개다/개이다', ['name', 'count']],
  function ({ name, count }: { name: string; count: number }) {
    expect(readyAddresses(this, name).map((a) => a.ip), `ready addresses of service "${name}"`).to.have.length(count);
  },
);

phrase(
  ['service {string} has {int} not-ready endpoint(s)', ['name', 'count']],
  ['서비스 {string}의 준비되지 않은 엔드포인트는 {int}개다/개이다', ['name', 'count']],
  function ({ name, count }: { name: string; count: number }) {
    expect(notReadyAddresses(this, name), `notReadyAddresses of service "${name}"`).to.have.length(count);
  },
);

phrase(
  ['service {string} has no endpoints', ['name']],
  ['서비스 {string}에는 엔드포인트가 없다', ['name']],
  function ({ name }: { name: string }) {
    expect(readyAddresses(this, name).map((a) => a.ip), `ready addresses of service "${name}"`).to.deep.equal([]);
  },
);

phrase(
  ['the endpoints of service {string} are the ready pods of deployment {string}', ['name', 'deployment']],
  ['서비스 {string}의 엔드포인트는 디플로이먼트 {string}의 준비된 파드들이다', ['name', 'deployment']],
  function ({ name, deployment }: { name: string; deployment: string }) {
    const d = workload(this, 'Deployment', deployment);
    const selector = d.spec?.selector?.matchLabels ?? {};
    const ready = this.sim()
      .list<PodLike>('Pod')
      .filter((p) => Object.entries(selector).every(([k, v]) => p.metadata.labels?.[k] === v))
      .filter((p) => !p.metadata.deletionTimestamp && p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'))
      .map((p) => p.status?.podIP)
      .sort();
    expect(readyAddresses(this, name).map((a) => a.ip).sort(), `ready addresses of service "${name}"`).to.deep.equal(ready);
  },
);

phrase(
  ['a pod of deployment {string} starts terminating', ['deployment']],
  ['디플로이먼트 {string}의 파드 하나가 종료되기 시작하면/시작한다', ['deployment']],
  function ({ deployment }: { deployment: string }) {
    // kubectl delete --wait=false: the API marks the pod for deletion and returns at once.
    const d = workload(this, 'Deployment', deployment);
    const selector = d.spec?.selector?.matchLabels ?? {};
    const pod = this.sim()
      .list<PodLike>('Pod')
      .find((p) => !p.metadata.deletionTimestamp && Object.entries(selector).every(([k, v]) => p.metadata.labels?.[k] === v));
    if (!pod) throw new Error(`deployment "${deployment}" has no running pod`);
    this.sim().note(`pod ${pod.metadata.name} deleted`);
    const r = this.sim().kubectl(`delete pod ${pod.metadata.name} --wait=false`);
    if (r.exitCode !== 0) throw new Error(r.stderr);
  },
);

// ------------------------------------------------------------------------------------- traffic

/** The workload whose pods a Service selects: a Deployment, else a DaemonSet. */
function workloadBehind(world: SimWorld, service: string): { kind: 'Deployment' | 'DaemonSet'; name: string } {
  const svc = world.sim().get<KubeObject & { spec?: { selector?: Record<string, string> } }>('Service', service);
  if (!svc) throw new Error(`service "${service}" not found`);
  const selector = svc.spec?.selector ?? {};
  const matches = (o: Labelled) => {
    const labels = (o.spec as { template?: { metadata?: { labels?: Record<string, string> } } } | undefined)?.template?.metadata?.labels ?? {};
    return Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);
  };
  const d = world.sim().list<Labelled>('Deployment').find(matches);
  if (d) return { kind: 'Deployment', name: d.metadata.name! };
  const ds = world.sim().list<Labelled>('DaemonSet').find(matches);
  if (ds) return { kind: 'DaemonSet', name: ds.metadata.name! };
  throw new Error(`service "${service}" selects no Deployment or DaemonSet, so "the rollout" is not defined`);
}

function runClient(world: SimWorld, service: string, run: () => void, instants: (start: number, end: number) => number[]): void {
  const c = world.sim();
  if (!c.get('Service', service)) throw new Error(`service "${service}" not found`);
  const recorder = new traffic.TrafficRecorder(c, service, 'default', (image) => c.images.get(image));
  const start = c.now();
  try {
    run();
  } finally {
    recorder.stop();
  }
  const end = c.now();
  const result = traffic.summarize(traffic.sendRequests(recorder.snapshots, instants(start, end)));
  lastTraffic.set(world, { result, start, end, service });
  world.attach(`${traffic.describeResult(result, start)} (over ${((end - start) / 1000).toFixed(1)}s of virtual time)`, 'text/plain');
}

phrase(
  ['a client sends {int} request(s) to service {string} during the rollout', ['count', 'service']],
  ['롤아웃하는 동안 클라이언트가 서비스 {string}에 요청 {int}개를 보내면/보낸다', ['service', 'count']],
  function ({ count, service }: { count: number; service: string }) {
    const w = workloadBehind(this, service);
    runClient(
      this,
      service,
      () => {
        if (w.kind === 'Deployment') {
          const r = this.sim().runUntilRolledOut(w.name, { timeout: '1h' });
          if (r.outcome !== 'done') throw new Error(`the rollout of deployment "${w.name}" did not finish: ${r.message}`);
        } else {
          const r = this.sim().runUntil(() => daemonSetRolledOut(this, w.name), { timeout: '1h' });
          if (r.outcome !== 'done') throw new Error(`the rollout of daemonset "${w.name}" did not finish: ${r.message}`);
        }
      },
      (start, end) => traffic.spreadEvenly(count, start, end),
    );
  },
);

phrase(
  ['a client sends {int} request(s) per second to service {string} for {duration}', ['perSecond', 'service', 'ms']],
  ['클라이언트가 서비스 {string}에 초당 {int}개의 요청을 {duration} 동안 보내면/보낸다', ['service', 'perSecond', 'ms']],
  function ({ perSecond, service, ms }: { perSecond: number; service: string; ms: number }) {
    runClient(this, service, () => this.sim().advance(ms), (start) => traffic.atRate(perSecond, start, ms));
  },
);

function last(world: SimWorld): TrafficRun {
  const t = lastTraffic.get(world);
  if (!t) throw new Error('no client has sent requests yet in this scenario: use "a client sends N requests to service "x" during the rollout"');
  return t;
}

function explain(t: TrafficRun): string {
  return traffic.describeResult(t.result, t.start);
}

phrase(
  ['no request fails', []],
  ['every request succeeds', []],
  ['실패한 요청이 하나도 없다', []],
  ['모든 요청이 성공한다', []],
  function () {
    const t = last(this);
    if (t.result.failed > 0) throw new Error(`expected every request to service "${t.service}" to succeed, but ${explain(t)}`);
  },
);

phrase(
  ['at most {int} request(s) fail(s)', ['max']],
  ['실패한 요청은 최대 {int}개다/개이다', ['max']],
  function ({ max }: { max: number }) {
    const t = last(this);
    if (t.result.failed > max) throw new Error(`expected at most ${max} failed requests, but ${explain(t)}`);
  },
);

phrase(
  ['at least {int} request(s) fail(s)', ['min']],
  ['실패한 요청은 최소 {int}개다/개이다', ['min']],
  function ({ min }: { min: number }) {
    const t = last(this);
    if (t.result.failed < min) throw new Error(`expected at least ${min} failed requests, but ${explain(t)}`);
  },
);

phrase(
  ['at least {int} request(s) succeed(s)', ['min']],
  ['성공한 요청은 최소 {int}개다/개이다', ['min']],
  function ({ min }: { min: number }) {
    const t = last(this);
    if (t.result.succeeded < min) throw new Error(`expected at least ${min} successful requests, but only ${t.result.succeeded} of ${t.result.total} succeeded (${explain(t)})`);
  },
);

phrase(
  ['some requests fail', []],
  ['일부 요청이 실패한다', []],
  function () {
    const t = last(this);
    if (t.result.failed === 0) throw new Error(`expected some requests to fail, but all ${t.result.total} succeeded`);
  },
);

/** Why requests failed, in the words a scenario uses. */
defineParameterType({
  name: 'reason',
  regexp: /found no endpoint|reached a pod that was not listening yet|엔드포인트가 없어서|아직 요청을 받지 않는 파드로 가서/,
  transformer: (text: string) => text,
});

const REASONS: Record<string, traffic.FailureReason> = {
  'found no endpoint': 'no endpoints',
  'reached a pod that was not listening yet': 'not listening yet',
  '엔드포인트가 없어서': 'no endpoints',
  '아직 요청을 받지 않는 파드로 가서': 'not listening yet',
};

phrase(
  ['every failed request {reason}', ['reason']],
  ['실패한 요청은 모두 {reason} 실패했다', ['reason']],
  function ({ reason }: { reason: string }) {
    const t = last(this);
    const want = REASONS[reason];
    const other = Object.entries(t.result.byReason).filter(([k, n]) => k !== want && n && n > 0);
    if (t.result.failed === 0) throw new Error(`no request failed (${explain(t)})`);
    if (other.length > 0) throw new Error(`expected every failure to be "${want}", but ${explain(t)}`);
  },
);
