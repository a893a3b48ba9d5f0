import type { Status } from './model/run-model';

/** What a StatefulSet's pod is doing at a moment, as the ordinal chart colours it. */
export type OrdinalState = 'pending' | 'running' | 'ready' | 'terminating' | 'other';
/** A node's state as the node chart draws it. */
export type NodeState = 'ready' | 'stopped' | 'notready';
/** Where a ControllerRevision stands at the end of the scenario. */
export type RevisionRole = 'current' | 'update' | 'old';

/**
 * Every word the pages print, in each language a page can be written in. A feature's page is in
 * the feature's `# language:`; a language without labels falls back to English.
 */
export interface Labels {
  lang: string;
  reportTitle: string;
  overview: string;
  features: string;
  feature: string;
  scenarios: string;
  steps: string;
  status: Record<Status, string>;
  virtualTime: string;
  wallTime: string;
  seed: string;
  seeds: string;
  generatedAt: string;
  backToIndex: string;
  otherLanguage: string;
  manifest: string;
  manifests: string;
  transcript: string;
  output: string;
  stdin: string;
  noOutput: string;
  held: string;
  failure: string;
  attention: string;
  failedAt: string;
  /** A moment on the chart's time axis: "t = 3 s". */
  moment: (seconds: string) => string;
  failedStep: string;
  snippet: string;
  tags: string;
  rolloutTimeline: string;
  statefulSetTimeline: string;
  nodeTimeline: string;
  chart: {
    time: string;
    pods: string;
    podsOf: (rs: string, revision: number) => string;
    terminating: string;
    available: string;
    desired: string;
    band: string;
    bandTip: (low: number, high: number, maxUnavailable: number, maxSurge: number) => string;
    failure: string;
    scale: string;
    aria: (deployment: string) => string;
    skipped: (seconds: string) => string;
    atSeconds: (seconds: string) => string;
    /** The short label of a node mark on the time axis. */
    nodeEvent: (node: string, what: 'stopped' | 'started' | 'joined' | 'notready' | 'ready') => string;
  };
  ordinals: {
    aria: (statefulSet: string) => string;
    lanes: string;
    state: Record<OrdinalState, string>;
    wanted: string;
    revision: (name: string, role: RevisionRole) => string;
    /** Tooltip of one stretch of one pod: "web-1: Ready, revision web-5cd9ffd84f, 4 s → 9 s". */
    segment: (pod: string, state: string, revision: string, from: string, to: string) => string;
    notWanted: (pod: string, from: string, to: string) => string;
  };
  nodes: {
    aria: string;
    lanes: string;
    state: Record<NodeState, string>;
    segment: (node: string, state: string, from: string, to: string) => string;
  };
  study: {
    title: string;
    intro: string;
    contents: string;
    whatItIs: string;
    scenario: string;
    setup: string;
    action: string;
    commands: string;
    facts: string;
    leftOut: string;
    leftOutNone: string;
    noScenariosYet: string;
    previous: string;
    next: string;
    fromFeature: string;
    scenarioCount: (n: number) => string;
  };
  duration: (ms: number) => string;
  /** An assertion's figures or a note as steps attach them (in English), in the page's language. */
  note: (text: string) => string;
}

const en: Labels = {
  lang: 'en',
  reportTitle: 'kubespec report',
  overview: 'Overview',
  features: 'Features',
  feature: 'Feature',
  scenarios: 'Scenarios',
  steps: 'Steps',
  status: { passed: 'passed', failed: 'failed', undefined: 'undefined', pending: 'pending', ambiguous: 'ambiguous', skipped: 'skipped', unknown: 'not run' },
  virtualTime: 'virtual time',
  wallTime: 'wall time',
  seed: 'seed',
  seeds: 'seeds',
  generatedAt: 'generated at',
  backToIndex: 'All features',
  otherLanguage: '한국어',
  manifest: 'Manifest',
  manifests: 'Manifests applied',
  transcript: 'kubectl',
  output: 'output',
  stdin: 'stdin',
  noOutput: '(no output)',
  held: 'held',
  failure: 'Failure',
  attention: 'Needs attention',
  failedAt: 'broke at',
  moment: (s) => `t = ${s} s`,
  failedStep: 'failed step',
  snippet: 'Implement it with',
  tags: 'tags',
  rolloutTimeline: 'Rollout timeline',
  statefulSetTimeline: 'StatefulSet pods by ordinal',
  nodeTimeline: 'Nodes',
  chart: {
    time: 'virtual time (s)',
    pods: 'pods',
    podsOf: (rs, revision) => `${rs} (rev ${revision})`,
    terminating: 'terminating',
    available: 'available',
    desired: 'desired replicas',
    band: 'allowed by maxSurge / maxUnavailable',
    bandTip: (low, high, mu, ms) => `allowed: at least ${low} available, at most ${high} pods (maxUnavailable ${mu}, maxSurge ${ms})`,
    failure: 'assertion broke here',
    scale: 'pods',
    aria: (d) => `Rollout timeline of deployment ${d}: pods per ReplicaSet, available and desired replicas over virtual time`,
    skipped: (s) => `${s} s without changes`,
    atSeconds: (s) => `at ${s} s`,
    nodeEvent: (node, what) => `${node} ${{ stopped: 'stopped', started: 'back', joined: 'joined', notready: 'NotReady', ready: 'Ready' }[what]}`,
  },
  ordinals: {
    aria: (sts) => `Pods of statefulset ${sts} by ordinal over virtual time: pending, running, ready and terminating, with each pod's revision`,
    lanes: 'pod',
    state: { pending: 'Pending (creating)', running: 'Running, not ready', ready: 'Ready', terminating: 'Terminating', other: 'Succeeded / Failed' },
    wanted: 'ordinal < replicas',
    revision: (name, role) => `${name}${{ current: ' (current revision)', update: ' (update revision)', old: ' (old revision)' }[role]}`,
    segment: (pod, state, rev, from, to) => `${pod}: ${state}${rev ? `, revision ${rev}` : ''}, ${from} s → ${to} s`,
    notWanted: (pod, from, to) => `${pod}: no pod wanted (ordinal ≥ replicas), ${from} s → ${to} s`,
  },
  nodes: {
    aria: 'Nodes over virtual time: Ready, kubelet stopped, NotReady',
    lanes: 'node',
    state: { ready: 'Ready', stopped: 'kubelet stopped (the API still says Ready)', notready: 'NotReady (status Unknown)' },
    segment: (node, state, from, to) => `${node}: ${state}, ${from} s → ${to} s`,
  },
  study: {
    title: 'Kubernetes Deployments, proven by scenarios',
    intro: 'Every page below is generated from scenarios that passed against the simulator: the manifests, the commands with their real output, the rollout as a chart, and the facts each scenario proved.',
    contents: 'Contents',
    whatItIs: 'What happens',
    scenario: 'Scenario',
    setup: 'Given',
    action: 'When',
    commands: 'Commands and their output',
    facts: 'Facts proven',
    leftOut: 'Left out because they did not pass',
    leftOutNone: 'Every scenario passed; none was left out.',
    noScenariosYet: 'no passing scenario yet',
    previous: 'Previous',
    next: 'Next',
    fromFeature: 'from',
    scenarioCount: (n) => `${n} scenario${n === 1 ? '' : 's'}`,
  },
  duration: (ms) => formatDuration(ms, { h: 'h', m: 'm', s: 's', ms: 'ms' }),
  note: (text) => text,
};

const ko: Labels = {
  lang: 'ko',
  reportTitle: 'kubespec 리포트',
  overview: '개요',
  features: '기능',
  feature: '기능',
  scenarios: '시나리오',
  steps: '단계',
  status: { passed: '통과', failed: '실패', undefined: '정의되지 않음', pending: '보류', ambiguous: '모호함', skipped: '건너뜀', unknown: '실행 안 됨' },
  virtualTime: '가상 시간',
  wallTime: '실제 시간',
  seed: '시드',
  seeds: '시드',
  generatedAt: '생성 시각',
  backToIndex: '모든 기능',
  otherLanguage: 'English',
  manifest: '매니페스트',
  manifests: '적용한 매니페스트',
  transcript: 'kubectl',
  output: '출력',
  stdin: '표준 입력',
  noOutput: '(출력 없음)',
  held: '성립',
  failure: '실패',
  attention: '확인이 필요한 시나리오',
  failedAt: '깨진 시점',
  moment: (s) => `t = ${s}초`,
  failedStep: '실패한 단계',
  snippet: '다음 코드로 구현하세요',
  tags: '태그',
  rolloutTimeline: '롤아웃 타임라인',
  statefulSetTimeline: '스테이트풀셋 파드 순번 타임라인',
  nodeTimeline: '노드 타임라인',
  chart: {
    time: '가상 시간 (초)',
    pods: '파드',
    podsOf: (rs, revision) => `${rs} (리비전 ${revision})`,
    terminating: '종료 중',
    available: '사용 가능',
    desired: '원하는 레플리카 수',
    band: 'maxSurge / maxUnavailable 허용 범위',
    bandTip: (low, high, mu, ms) => `허용 범위: 사용 가능 최소 ${low}개, 파드 최대 ${high}개 (maxUnavailable ${mu}, maxSurge ${ms})`,
    failure: '검증이 깨진 시점',
    scale: '파드 수',
    aria: (d) => `디플로이먼트 ${d}의 롤아웃 타임라인: 가상 시간에 따른 레플리카셋별 파드 수, 사용 가능한 파드와 원하는 레플리카 수`,
    skipped: (s) => `변화 없는 ${s}초`,
    atSeconds: (s) => `${s}초`,
    nodeEvent: (node, what) => `${node} ${{ stopped: '중지', started: '재시작', joined: '추가', notready: 'NotReady', ready: 'Ready' }[what]}`,
  },
  ordinals: {
    aria: (sts) => `스테이트풀셋 ${sts}의 파드를 순번별로 보여 주는 가상 시간 타임라인: 대기, 실행, 준비, 종료 중 상태와 각 파드의 리비전`,
    lanes: '파드',
    state: { pending: 'Pending (생성 중)', running: '실행 중, 준비 안 됨', ready: '준비됨 (Ready)', terminating: '종료 중', other: '완료 / 실패' },
    wanted: '순번 < replicas',
    revision: (name, role) => `${name}${{ current: ' (현재 리비전)', update: ' (업데이트 리비전)', old: ' (이전 리비전)' }[role]}`,
    segment: (pod, state, rev, from, to) => `${pod}: ${state}${rev ? `, 리비전 ${rev}` : ''}, ${from}초 → ${to}초`,
    notWanted: (pod, from, to) => `${pod}: 원하지 않는 순번 (순번 ≥ replicas), ${from}초 → ${to}초`,
  },
  nodes: {
    aria: '가상 시간에 따른 노드 상태: Ready, kubelet 중지, NotReady',
    lanes: '노드',
    state: { ready: 'Ready', stopped: 'kubelet 중지 (API에는 아직 Ready)', notready: 'NotReady (상태 Unknown)' },
    segment: (node, state, from, to) => `${node}: ${state}, ${from}초 → ${to}초`,
  },
  study: {
    title: '시나리오로 증명하는 쿠버네티스 디플로이먼트',
    intro: '아래의 모든 페이지는 시뮬레이터에서 통과한 시나리오로 만들었다. 매니페스트, 실제 출력과 함께 보는 명령, 차트로 보는 롤아웃, 그리고 시나리오가 증명한 사실을 담았다.',
    contents: '목차',
    whatItIs: '무슨 일이 일어나는가',
    scenario: '시나리오',
    setup: '준비',
    action: '동작',
    commands: '명령과 출력',
    facts: '증명된 사실',
    leftOut: '통과하지 못해 제외된 시나리오',
    leftOutNone: '모든 시나리오가 통과해 제외된 것이 없다.',
    noScenariosYet: '아직 통과한 시나리오 없음',
    previous: '이전',
    next: '다음',
    fromFeature: '출처',
    scenarioCount: (n) => `시나리오 ${n}개`,
  },
  duration: (ms) => formatDuration(ms, { h: '시간 ', m: '분 ', s: '초', ms: 'ms' }),
  note: (text) => translateNote(text, KO_NOTES),
};

/** The figures steps/ attach, phrased in Korean; anything else is shown as it came. */
const KO_NOTES: Array<[RegExp, string]> = [
  [/^min available (\d+) ≥ (\d+)$/, '사용 가능한 파드 최소 $1개 ≥ $2'],
  [/^max pods (\d+) ≤ (\d+)$/, '파드 최대 $1개 ≤ $2'],
  [/^max pod objects (\d+) ≤ (\d+)$/, '파드 오브젝트 최대 $1개 ≤ $2'],
  [/^old (\S+), new (\S+)$/, '이전 $1, 새 $2'],
  [/^replay with the tag (@seed-\d+)$/, '$1 태그로 다시 실행할 수 있다'],
  [/^at most (\d+) pod\(s\) down ≤ (\d+)$/, '동시에 내려간 파드 최대 $1개 ≤ $2'],
  [/^(\d+) pod creations, each after its predecessor was Running and Ready$/, '파드 생성 $1번, 모두 앞 순번 파드가 Running이고 Ready가 된 뒤'],
  [/^(\d+) pod deletions, each after every higher ordinal was gone$/, '파드 삭제 $1번, 모두 더 높은 순번 파드가 사라진 뒤'],
  [/^most nodes without a ready pod at once: (\d+) ≤ (\d+)$/, '준비된 파드가 없는 노드 최대 $1개 ≤ $2'],
  [/^most pods on one node: (\d+) ≤ (\d+)$/, '한 노드의 파드 최대 $1개 ≤ $2'],
];

function translateNote(text: string, table: Array<[RegExp, string]>): string {
  for (const [re, to] of table) if (re.test(text)) return text.replace(re, to);
  return text;
}

const byLanguage: Record<string, Labels> = { en, ko };

export const LANGUAGES = ['en', 'ko'] as const;

export function labelsFor(language: string | undefined): Labels {
  return byLanguage[language ?? 'en'] ?? en;
}

/** 0 → "0s", 1500 → "1.5s", 754000 → "12m 34s" (units per language). */
export function formatDuration(ms: number, u: { h: string; m: string; s: string; ms: string }): string {
  if (ms < 1000) return `${Math.round(ms)}${u.ms}`;
  const totalS = ms / 1000;
  if (totalS < 60) return `${trim(totalS.toFixed(totalS < 10 ? 1 : 0))}${u.s}`;
  const h = Math.floor(totalS / 3600);
  const m = Math.floor((totalS % 3600) / 60);
  const s = Math.round(totalS % 60);
  return `${h ? `${h}${u.h}` : ''}${m || h ? `${m}${u.m}` : ''}${s ? `${s}${u.s}` : ''}`.trim();
}

function trim(n: string): string {
  return n.replace(/\.0$/, '');
}
