import type { Attachment, Envelope, GherkinDocument, GherkinScenario, GherkinStep, Pickle, StepStatus, Tag, TestCase, TestStepResult, Timestamp } from './envelope';
import { emptyCounts, worstStatus, type Counts, type FeatureView, type Manifest, type RunView, type ScenarioTimeline, type ScenarioView, type Status, type StepView, type Transcript } from './run-model';
import { MANIFEST_MEDIA_TYPE, TEXT_MEDIA_TYPE, TIMELINE_MEDIA_TYPE, TRANSCRIPT_MEDIA_TYPE } from '../media-types';

/**
 * Folds cucumber's message stream into a RunView, as cucumber's EventDataCollector folds it for
 * its own formatters. Feed envelopes in stream order with `add`, then call `result()`.
 */
export class RunCollector {
  private readonly documents: GherkinDocument[] = [];
  private readonly astSteps = new Map<string, GherkinStep>();
  private readonly astScenarios = new Map<string, GherkinScenario>();
  private readonly pickles = new Map<string, Pickle>();
  private readonly testCases = new Map<string, TestCase>();
  private readonly hooks = new Map<string, string>();
  /** testCaseStartedId → attempt record; the last attempt of a test case wins. */
  private readonly attempts = new Map<string, Attempt>();
  private readonly lastAttempt = new Map<string, Attempt>();
  private readonly suggestions = new Map<string, string[]>();
  private runStarted?: Timestamp;
  private runFinished?: Timestamp;
  private success = true;

  add(e: Envelope): void {
    if (e.gherkinDocument) this.addDocument(e.gherkinDocument);
    else if (e.pickle) this.pickles.set(e.pickle.id, e.pickle);
    else if (e.hook) this.hooks.set(e.hook.id, e.hook.type ?? '');
    else if (e.testCase) this.testCases.set(e.testCase.id, e.testCase);
    else if (e.testRunStarted) this.runStarted = e.testRunStarted.timestamp;
    else if (e.testCaseStarted) {
      const a: Attempt = { testCaseId: e.testCaseStarted.testCaseId, results: new Map(), attachments: [] };
      this.attempts.set(e.testCaseStarted.id, a);
      this.lastAttempt.set(a.testCaseId, a);
    } else if (e.testStepFinished) {
      this.attempts.get(e.testStepFinished.testCaseStartedId)?.results.set(e.testStepFinished.testStepId, e.testStepFinished.testStepResult);
    } else if (e.attachment) {
      if (e.attachment.testCaseStartedId) this.attempts.get(e.attachment.testCaseStartedId)?.attachments.push(e.attachment);
    } else if (e.suggestion) {
      this.suggestions.set(e.suggestion.pickleStepId, e.suggestion.snippets.map((s) => s.code));
    } else if (e.testRunFinished) {
      this.runFinished = e.testRunFinished.timestamp;
      this.success = e.testRunFinished.success !== false;
    }
  }

  result(): RunView {
    const byUri = new Map<string, ScenarioView[]>();
    for (const a of this.lastAttempt.values()) {
      const tc = this.testCases.get(a.testCaseId);
      const pickle = tc && this.pickles.get(tc.pickleId);
      if (!tc || !pickle) continue;
      const list = byUri.get(pickle.uri) ?? [];
      list.push(this.scenario(pickle, tc, a));
      byUri.set(pickle.uri, list);
    }
    const features: FeatureView[] = [];
    const slugs = new Set<string>();
    for (const doc of this.documents) {
      const f = doc.feature;
      if (!f || !doc.uri) continue;
      const scenarios = (byUri.get(doc.uri) ?? []).sort((a, b) => a.line - b.line || a.name.localeCompare(b.name));
      if (scenarios.length === 0) continue;
      scenarios.forEach((s, i) => (s.index = i + 1));
      let slug = slugOf(doc.uri);
      for (let n = 2; slugs.has(slug); n++) slug = `${slugOf(doc.uri)}-${n}`;
      slugs.add(slug);
      features.push({
        uri: doc.uri,
        slug,
        language: f.language,
        keyword: f.keyword,
        name: f.name,
        description: dedent(f.description ?? ''),
        tags: (f.tags ?? []).map((t) => t.name),
        scenarios,
        counts: countBy(scenarios.map((s) => s.status)),
      });
    }
    features.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
    const all = features.flatMap((f) => f.scenarios);
    const seeds = [...new Set(all.map((s) => s.seed).filter((s): s is number => s !== undefined))].sort((a, b) => a - b);
    return {
      features,
      counts: countBy(all.map((s) => s.status)),
      stepCounts: countBy(all.flatMap((s) => s.steps.filter((st) => st.kind === 'step').map((st) => st.status))),
      seeds,
      virtualMs: all.reduce((n, s) => n + (s.virtualMs ?? 0), 0),
      wallMs: this.runStarted && this.runFinished ? ms(this.runFinished) - ms(this.runStarted) : undefined,
      success: this.success && all.every((s) => s.status === 'passed' || s.status === 'skipped'),
    };
  }

  private addDocument(doc: GherkinDocument): void {
    this.documents.push(doc);
    const visit = (children: NonNullable<GherkinDocument['feature']>['children']) => {
      for (const c of children) {
        for (const s of c.background?.steps ?? []) this.astSteps.set(s.id, s);
        if (c.scenario) {
          this.astScenarios.set(c.scenario.id, c.scenario);
          for (const s of c.scenario.steps) this.astSteps.set(s.id, s);
        }
        if (c.rule) visit(c.rule.children);
      }
    };
    visit(doc.feature?.children ?? []);
  }

  private scenario(pickle: Pickle, tc: TestCase, a: Attempt): ScenarioView {
    const ast = this.astScenarios.get(pickle.astNodeIds[0]);
    const steps: StepView[] = [];
    let timeline: ScenarioTimeline | undefined;
    let wall = 0;
    let failure: ScenarioView['failure'];
    for (const ts of tc.testSteps) {
      const result = a.results.get(ts.id);
      const attachments = a.attachments.filter((x) => x.testStepId === ts.id);
      const view = ts.pickleStepId ? this.stepView(pickle, ts.pickleStepId, result) : this.hookView(ts.hookId, result);
      for (const att of attachments) {
        const body = att.contentEncoding === 'BASE64' ? '' : att.body;
        if (att.mediaType === TIMELINE_MEDIA_TYPE) timeline = parseTimeline(body) ?? timeline;
        else if (att.mediaType === TRANSCRIPT_MEDIA_TYPE) view.transcripts.push(parseTranscript(body));
        else if (att.mediaType === MANIFEST_MEDIA_TYPE) view.manifests.push({ source: att.fileName ?? '', text: body });
        else if (att.mediaType === TEXT_MEDIA_TYPE) view.notes.push(body);
      }
      dropManifestsShownAsStdin(view);
      if (view.docString !== undefined && (isManifest(view.docString) || view.manifests.some((m) => m.text === view.docString))) {
        view.docStringIsManifest = true;
        view.manifests = view.manifests.filter((m) => m.text !== view.docString);
      }
      wall += result?.duration ? ms(result.duration) : 0;
      if (view.status === 'failed' && !failure) {
        failure = { stepIndex: steps.length, message: view.error ?? '', at: momentOf(view.error ?? '') };
      }
      steps.push(view);
    }
    const end = timeline ? (timeline.end ?? Math.max(timeline.start, ...timeline.samples.map((s) => s.at), ...(timeline.statefulSetSamples ?? []).map((s) => s.at), ...timeline.marks.map((m) => m.at))) : undefined;
    const stepStatuses = steps.map((s) => s.status);
    return {
      index: 0,
      line: pickle.location?.line ?? ast?.location.line ?? 0,
      keyword: ast?.keyword ?? 'Scenario',
      name: pickle.name,
      description: dedent(ast?.description ?? ''),
      tags: pickle.tags.map((t) => t.name),
      language: pickle.language,
      status: stepStatuses.length === 0 ? 'passed' : worstStatus(stepStatuses),
      steps,
      timeline,
      seed: timeline?.seed,
      virtualMs: timeline && end !== undefined ? end - timeline.start : undefined,
      wallMs: wall,
      failure,
    };
  }

  private stepView(pickle: Pickle, pickleStepId: string, result: TestStepResult | undefined): StepView {
    const ps = pickle.steps.find((s) => s.id === pickleStepId);
    const ast = ps ? this.astSteps.get(ps.astNodeIds[0]) : undefined;
    const status = statusOf(result?.status);
    return {
      kind: 'step',
      keyword: (ast?.keyword ?? '').trim(),
      type: ps?.type ?? 'Unknown',
      text: ps?.text ?? '',
      docString: ps?.argument?.docString?.content,
      dataTable: ps?.argument?.dataTable?.rows.map((r) => r.cells.map((c) => c.value)),
      status,
      wallMs: result?.duration ? ms(result.duration) : undefined,
      error: status === 'failed' || status === 'ambiguous' ? errorText(result) : undefined,
      snippets: status === 'undefined' ? (this.suggestions.get(pickleStepId) ?? []) : [],
      transcripts: [],
      manifests: [],
      notes: [],
    };
  }

  private hookView(hookId: string | undefined, result: TestStepResult | undefined): StepView {
    const type = hookId ? this.hooks.get(hookId) : undefined;
    const status = statusOf(result?.status);
    return {
      kind: 'hook',
      keyword: /AFTER/.test(type ?? '') ? 'After' : 'Before',
      type: 'Unknown',
      text: '',
      status,
      wallMs: result?.duration ? ms(result.duration) : undefined,
      error: status === 'failed' ? errorText(result) : undefined,
      snippets: [],
      transcripts: [],
      manifests: [],
      notes: [],
    };
  }
}

interface Attempt {
  testCaseId: string;
  results: Map<string, TestStepResult>;
  attachments: Attachment[];
}

/** Builds a RunView from a whole message stream (an array, or the lines of an .ndjson file). */
export function collectRun(envelopes: Iterable<Envelope>): RunView {
  const c = new RunCollector();
  for (const e of envelopes) c.add(e);
  return c.result();
}

export function parseNdjson(text: string): Envelope[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Envelope);
}

function statusOf(s: StepStatus | undefined): Status {
  return (s ?? 'UNKNOWN').toLowerCase() as Status;
}

function ms(t: Timestamp): number {
  return t.seconds * 1000 + Math.round(t.nanos / 1e6);
}

function countBy(statuses: Status[]): Counts {
  const c = emptyCounts();
  for (const s of statuses) c[s]++;
  return c;
}

/** The message of a failure without its stack: stack frames name the paths of the machine that ran it. */
export function errorText(result: TestStepResult | undefined): string {
  if (!result) return '';
  if (result.exception?.message) return `${result.exception.type && result.exception.type !== 'Error' ? `${result.exception.type}: ` : ''}${result.exception.message}`;
  return (result.message ?? '')
    .split('\n')
    .filter((l) => !/^\s+at (.+:\d+:\d+\)?|.*<anonymous>\)?)$/.test(l))
    .join('\n')
    .replace(/^Error: /, '');
}

/** The first instant a failure message names (`at +3s (2026-01-01T00:00:03.000Z)`), as epoch ms. */
export function momentOf(message: string): number | undefined {
  const m = /\((\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)\)/.exec(message);
  return m ? Date.parse(m[1]) : undefined;
}

export function parseTimeline(body: string): ScenarioTimeline | undefined {
  try {
    const t = JSON.parse(body) as ScenarioTimeline;
    if (typeof t.start !== 'number' || !Array.isArray(t.samples)) return undefined;
    const { statefulSetSamples, ...rest } = t;
    return { ...rest, marks: t.marks ?? [], ...(Array.isArray(statefulSetSamples) && statefulSetSamples.length ? { statefulSetSamples } : {}) };
  } catch {
    return undefined;
  }
}

/** `$ command` on the first line, then the output; `<<EOF … EOF` right after the command is stdin. */
export function parseTranscript(body: string): Transcript {
  const lines = body.split('\n');
  const first = lines.shift() ?? '';
  const command = first.replace(/^\$ /, '');
  const heredoc = /<<\s*'?(\w+)'?\s*$/.exec(command);
  if (heredoc) {
    const endAt = lines.indexOf(heredoc[1]);
    if (endAt >= 0) {
      return { command, stdin: lines.slice(0, endAt).join('\n'), output: lines.slice(endAt + 1).join('\n') };
    }
  }
  return { command, output: lines.join('\n') };
}

/** A manifest read from stdin is already shown in the transcript's heredoc. */
function dropManifestsShownAsStdin(view: StepView): void {
  const stdins = new Set(view.transcripts.map((t) => t.stdin).filter((s): s is string => s !== undefined));
  view.manifests = view.manifests.filter((m: Manifest) => !(m.source === 'stdin' && stdins.has(m.text)));
}

export function isManifest(text: string): boolean {
  return /^(apiVersion|kind):/m.test(text);
}

/** Gherkin keeps a description's indentation: strip the common part. */
export function dedent(text: string): string {
  const lines = text.replace(/\s+$/, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^\s*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n').replace(/^\n+/, '');
}

/** `features/deployment/rolling-update.ko.feature` → `deployment--rolling-update.ko`. */
export function slugOf(uri: string): string {
  const noExt = uri.replace(/\\/g, '/').replace(/\.feature$/, '');
  const parts = noExt.split('/').filter((p) => p !== '' && p !== '.' && p !== '..');
  if (parts[0] === 'features' && parts.length > 1) parts.shift();
  return parts.join('--').replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'feature';
}

export type { Tag };
