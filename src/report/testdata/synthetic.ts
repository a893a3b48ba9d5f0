import type { Envelope } from '../model/envelope';
import { MANIFEST_MEDIA_TYPE, TEXT_MEDIA_TYPE, TIMELINE_MEDIA_TYPE, TRANSCRIPT_MEDIA_TYPE } from '../media-types';
import type { DeploymentSample } from '../../timeline/timeline';
import type { OrdinalPoint, StatefulSetSample } from '../../timeline/statefulset-timeline';
import { collectRun } from '../model/collect';
import { renderReport } from '../html/render';

/**
 * Cucumber message streams written by hand: a run of `features × scenariosPerFeature` rolling
 * updates with timelines, transcripts, manifests and figures, some failing or undefined. `idSalt`
 * changes every id and wall timestamp (as two real runs would) without changing what happened.
 */
export interface SyntheticOptions {
  features: number;
  scenariosPerFeature: number;
  idSalt?: string;
  /** Every n-th scenario fails (0: none). */
  failEvery?: number;
  /** Every n-th scenario has an undefined step (0: none). */
  undefinedEvery?: number;
  language?: 'en' | 'ko';
  /** Text put into names, arguments and manifests (to test escaping). */
  hostile?: string;
}

export const EPOCH = Date.UTC(2026, 0, 1);

export function syntheticRun(o: SyntheticOptions): Envelope[] {
  const salt = o.idSalt ?? 'a';
  let n = 0;
  const id = () => `${salt}-${(n++).toString(36)}`;
  let clock = 1_700_000_000_000 + salt.length * 7919;
  const ts = () => {
    clock += 3;
    return { seconds: Math.floor(clock / 1000), nanos: (clock % 1000) * 1e6 };
  };
  const dur = (ms: number) => ({ seconds: 0, nanos: ms * 1e6 });
  const ko = o.language === 'ko';
  const hostile = o.hostile ?? '';
  const out: Envelope[] = [{ meta: { protocolVersion: '32.2.0' } }, { testRunStarted: { timestamp: ts() } }];
  const hookBefore = id();
  const hookAfter = id();
  out.push({ hook: { id: hookBefore, type: 'BEFORE_TEST_CASE' } }, { hook: { id: hookAfter, type: 'AFTER_TEST_CASE' } });
  const cases: Array<() => void> = [];
  let scenarioNo = 0;
  for (let f = 0; f < o.features; f++) {
    const uri = `features/synthetic/feature-${String(f + 1).padStart(3, '0')}${ko ? '.ko' : ''}.feature`;
    const children = [];
    for (let s = 0; s < o.scenariosPerFeature; s++) {
      scenarioNo++;
      const k = scenarioNo;
      const replicas = 4 + (k % 7);
      const fails = !!o.failEvery && k % o.failEvery === 0;
      const undef = !!o.undefinedEvery && k % o.undefinedEvery === 0 && !fails;
      const line = 3 + s * 8;
      const steps = [
        { id: id(), keyword: ko ? '조건 ' : 'Given ', keywordType: 'Context', text: ko ? `"nginx:1.25" 이미지로 레플리카 ${replicas}개를 띄운 디플로이먼트 "web"이 있다` : `deployment "web" with ${replicas} replicas of image "nginx:1.25"`, location: { line: line + 1 } },
        { id: id(), keyword: ko ? '만일 ' : 'When ', keywordType: 'Action', text: `I run "kubectl set image deployment/web nginx=nginx:1.26${hostile}"`, location: { line: line + 2 } },
        { id: id(), keyword: ko ? '그러면 ' : 'Then ', keywordType: 'Outcome', text: `at least ${replicas - 1} pods stay available throughout the rollout`, location: { line: line + 3 } },
        undef
          ? { id: id(), keyword: ko ? '그리고 ' : 'And ', keywordType: 'Conjunction', text: `something nobody defined ${hostile}`, location: { line: line + 4 } }
          : { id: id(), keyword: ko ? '그리고 ' : 'And ', keywordType: 'Conjunction', text: 'the output is:', location: { line: line + 4 }, docString: { content: `deployment.apps/web image updated${hostile}` } },
      ];
      const scenario = { id: id(), keyword: ko ? '시나리오' : 'Scenario', name: `Rolling update ${k} of ${replicas} replicas${hostile}`, description: '', location: { line }, tags: [], steps };
      children.push({ scenario });
      const pickleSteps = steps.map((st, i) => ({
        id: id(),
        text: st.text,
        type: (['Context', 'Action', 'Outcome', 'Outcome'] as const)[i],
        astNodeIds: [st.id],
        argument: 'docString' in st && st.docString ? { docString: st.docString } : undefined,
      }));
      const pickle = { id: id(), uri, name: scenario.name, language: ko ? 'ko' : 'en', location: { line }, astNodeIds: [scenario.id], tags: [], steps: pickleSteps };
      const testSteps = [{ id: id(), hookId: hookBefore }, ...pickleSteps.map((p) => ({ id: id(), pickleStepId: p.id })), { id: id(), hookId: hookAfter }];
      const testCase = { id: id(), pickleId: pickle.id, testSteps };
      cases.push(() => {
        const started = id();
        out.push({ pickle }, { testCase }, { testCaseStarted: { id: started, testCaseId: testCase.id, attempt: 0, timestamp: ts() } });
        testSteps.forEach((t, i) => {
          out.push({ testStepStarted: { testCaseStartedId: started, testStepId: t.id, timestamp: ts() } });
          const attach = (body: string, mediaType: string, fileName?: string) => out.push({ attachment: { body, mediaType, fileName, contentEncoding: 'IDENTITY', testCaseStartedId: started, testStepId: t.id } });
          if (i === 1) attach(manifest(replicas, hostile), MANIFEST_MEDIA_TYPE, 'deployment "web"');
          if (i === 2) attach(`$ kubectl set image deployment/web nginx=nginx:1.26${hostile}\ndeployment.apps/web image updated${hostile}\n`, TRANSCRIPT_MEDIA_TYPE);
          if (i === 3) attach(`min available ${replicas - 1} ≥ ${replicas - 1}`, TEXT_MEDIA_TYPE);
          if (i === testSteps.length - 1) attach(JSON.stringify(timeline(replicas)), TIMELINE_MEDIA_TYPE);
          const status = i === 4 ? (fails ? 'FAILED' : undef ? 'UNDEFINED' : 'PASSED') : 'PASSED';
          const result =
            status === 'FAILED'
              ? { status, duration: dur(2), message: `Error: expected at least ${replicas} available pods${hostile}\n  at +2s (2026-01-01T00:00:03.000Z): …\n    at Object.<anonymous> (/home/someone/steps/x.ts:1:2)`, exception: { type: 'Error', message: `expected at least ${replicas} available pods${hostile}\n  at +2s (2026-01-01T00:00:03.000Z): …` } }
              : { status, duration: dur(1 + (i % 3)) };
          if (status === 'UNDEFINED') out.push({ suggestion: { id: id(), pickleStepId: pickleSteps[3].id, snippets: [{ code: `Then('something nobody defined', function () {});`, language: 'javascript' }] } });
          out.push({ testStepFinished: { testCaseStartedId: started, testStepId: t.id, testStepResult: result as never, timestamp: ts() } });
        });
        out.push({ testCaseFinished: { testCaseStartedId: started, willBeRetried: false, timestamp: ts() } });
      });
    }
    out.push({ source: { uri, data: '', mediaType: 'text/x.cucumber.gherkin+plain' } });
    out.push({ gherkinDocument: { uri, feature: { language: ko ? 'ko' : 'en', keyword: ko ? '기능' : 'Feature', name: `Synthetic feature ${f + 1}${hostile}`, description: `  A generated feature${hostile}.`, children } } });
  }
  for (const c of cases) c();
  out.push({ testRunFinished: { success: !o.failEvery && !o.undefinedEvery, timestamp: ts() } });
  return out;
}

function manifest(replicas: number, hostile: string): string {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  annotations:\n    note: "${hostile.replace(/"/g, '\\"')}"\nspec:\n  replicas: ${replicas}\n  template:\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.25\n`;
}

/** A plausible rolling update: old RS steps down by one, new one steps up, one second apart. */
export function timeline(replicas: number): { seed: number; start: number; end: number; samples: DeploymentSample[]; marks: Array<{ at: number; seq: number; kind: 'user' | 'event'; text: string; reason?: string; object?: string }> } {
  const samples: DeploymentSample[] = [];
  let seq = 0;
  const base = { namespace: 'default', deployment: 'web', replicas, maxSurge: 1, maxUnavailable: 1, paused: false, cause: 'x' };
  for (let i = 0; i <= replicas; i++) {
    const at = EPOCH + 1000 + i * 1000;
    const oldN = replicas - i;
    const newN = i;
    samples.push({
      ...base,
      at,
      seq: seq++,
      replicaSets: [
        { name: 'web-old', revision: 1, desired: oldN, current: oldN, ready: oldN, available: oldN },
        { name: 'web-new', revision: 2, desired: newN, current: newN, ready: newN, available: newN },
      ],
      pods: replicas + (i < replicas ? 1 : 0),
      podObjects: replicas + 1,
      specTotal: replicas,
      ready: replicas,
      available: replicas - (i < replicas ? 1 : 0),
    });
  }
  return {
    seed: 1,
    start: EPOCH,
    end: EPOCH + (replicas + 2) * 1000,
    samples,
    marks: [
      { at: EPOCH + 1000, seq: seq++, kind: 'user', text: 'image → nginx:1.26' },
      { at: EPOCH + 2000, seq: seq++, kind: 'event', text: 'Scaled up replica set web-new from 0 to 1', reason: 'ScalingReplicaSet', object: 'default/web' },
    ],
  };
}

/** The 500-scenario report the large-suite and browser tests look at (25 features × 20 scenarios). */
export function largeReport(): Map<string, string> {
  return renderReport(collectRun(syntheticRun({ features: 25, scenariosPerFeature: 20, failEvery: 97, undefinedEvery: 89 })), { wallTime: false });
}

/**
 * A StatefulSet `name` of `replicas` pods created in order (one second each: Pending, then Ready),
 * then, from `updateAt` seconds, a rolling update from the highest ordinal down: each pod
 * terminates for a second and comes back Pending, then Ready, on revision `<name>-new`.
 */
export function statefulSetTimeline(replicas = 3, opts: { name?: string; updateAt?: number; marks?: TimelineMarkLike[] } = {}): {
  seed: number;
  start: number;
  end: number;
  samples: DeploymentSample[];
  statefulSetSamples: StatefulSetSample[];
  marks: TimelineMarkLike[];
} {
  const name = opts.name ?? 'web';
  const oldRev = `${name}-old`;
  const newRev = `${name}-new`;
  const pods = new Map<number, OrdinalPoint>();
  const out: StatefulSetSample[] = [];
  let seq = 0;
  let uid = 0;
  let current = oldRev;
  let update = oldRev;
  const snap = (sec: number, cause: string) =>
    out.push({ at: EPOCH + sec * 1000, seq: seq++, namespace: 'default', statefulSet: name, replicas, currentRevision: current, updateRevision: update, pods: [...pods.values()].sort((a, b) => a.ordinal - b.ordinal).map((p) => ({ ...p })), cause });
  const create = (o: number, rev: string) => pods.set(o, { ordinal: o, pod: `${name}-${o}`, uid: `u${uid++}`, phase: 'Pending', ready: false, terminating: false, revision: rev });
  const ready = (o: number) => Object.assign(pods.get(o)!, { phase: 'Running', ready: true });
  let t = 0;
  snap(t, 'statefulset created');
  for (let o = 0; o < replicas; o++) {
    create(o, oldRev);
    snap(t, `SuccessfulCreate: create Pod ${name}-${o} in StatefulSet ${name} successful`);
    t++;
    ready(o);
    snap(t, `pod ${name}-${o} ready`);
  }
  const updateAt = opts.updateAt ?? t + 1;
  if (updateAt >= 0) {
    t = updateAt;
    update = newRev;
    for (let o = replicas - 1; o >= 0; o--) {
      pods.get(o)!.terminating = true;
      snap(t, `SuccessfulDelete: delete Pod ${name}-${o} in StatefulSet ${name} successful`);
      t++;
      pods.delete(o);
      snap(t, `pod ${name}-${o} removed`);
      create(o, newRev);
      snap(t, `SuccessfulCreate: create Pod ${name}-${o} in StatefulSet ${name} successful`);
      t++;
      ready(o);
      snap(t, `pod ${name}-${o} ready`);
    }
    current = newRev;
    snap(t, `statefulset ${name} revision ${newRev}`);
  }
  return { seed: 1, start: EPOCH, end: EPOCH + (t + 1) * 1000, samples: [], statefulSetSamples: out, marks: opts.marks ?? (updateAt >= 0 ? [{ at: EPOCH + updateAt * 1000, seq: seq++, kind: 'user', text: `image of statefulset ${name} → nginx:1.26` }] : []) };
}

export type TimelineMarkLike = { at: number; seq: number; kind: 'user' | 'event'; text: string; reason?: string; object?: string };

/** Node marks as the simulator and the node lifecycle controller leave them: stopped at 1 s, NotReady at 55 s, back at 361 s. */
export function nodeFailureMarks(node = 'node-1'): TimelineMarkLike[] {
  return [
    { at: EPOCH + 1000, seq: 100, kind: 'user', text: `node ${node} stopped` },
    { at: EPOCH + 55000, seq: 101, kind: 'event', text: `Node ${node} status is now: NodeNotReady`, reason: 'NodeNotReady', object: `default/${node}` },
    { at: EPOCH + 361000, seq: 102, kind: 'user', text: `node ${node} started` },
    { at: EPOCH + 361000, seq: 103, kind: 'event', text: `Node ${node} status is now: NodeReady`, reason: 'NodeReady', object: `default/${node}` },
  ];
}
