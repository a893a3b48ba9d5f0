import * as fs from 'node:fs';
import { labelsFor, type Labels } from '../i18n';
import { scenarioCharts } from '../chart/scenario-charts';
import { secondsLabel } from '../chart/time-scale';
import { STATUS_ORDER, worstStatus, type Counts, type FeatureView, type RunView, type ScenarioView, type Status, type StepView } from '../model/run-model';
import { safe, stylesheet, template } from './handlebars-env';

/**
 * Run → pages. Pure apart from reading templates: the same RunView and options give the same
 * bytes. Wall-clock durations appear only inside elements with class "wall", and not at all with
 * `wallTime: false`; the only other time on a page is the `generatedAt` stamp passed in.
 */

export interface PageOptions {
  /** A "generated at" stamp from outside (KUBESPEC_REPORT_GENERATED_AT); omitted when absent. */
  generatedAt?: string;
  /** Show wall-clock durations. @default true */
  wallTime?: boolean;
  /** Extra links on the index (cucumber's own report, JUnit, the study course). */
  links?: Array<{ href: string; text: string }>;
  /** Manifests shown open rather than folded. @default false */
  openManifests?: boolean;
}

/** Relative path → file content, for everything the HTML report consists of. */
export type ReportFiles = Map<string, string>;

export const FEATURE_DIR = 'features';

export function renderReport(run: RunView, opts: PageOptions = {}): ReportFiles {
  const files: ReportFiles = new Map();
  files.set('index.html', renderIndex(run, 'en', opts));
  files.set('index.ko.html', renderIndex(run, 'ko', opts));
  for (const f of run.features) files.set(`${FEATURE_DIR}/${f.slug}.html`, renderFeature(f, opts));
  files.set('assets/report.css', stylesheet());
  return files;
}

export function indexFileFor(lang: string): string {
  return lang === 'ko' ? 'index.ko.html' : 'index.html';
}

export function renderIndex(run: RunView, lang: string, opts: PageOptions = {}): string {
  const L = labelsFor(lang);
  const wall = opts.wallTime !== false;
  const total = (c: Counts) => Object.values(c).reduce((a, b) => a + b, 0);
  const attention = run.features.flatMap((f) =>
    f.scenarios
      .filter((s) => s.status !== 'passed' && s.status !== 'skipped')
      .map((s) => ({ status: s.status, statusText: L.status[s.status], href: `${FEATURE_DIR}/${f.slug}.html#${anchorOf(s)}`, feature: f.name, name: s.name })),
  );
  return template('index')({
    labels: L,
    pageTitle: L.reportTitle,
    assets: 'assets/',
    crumbs: [],
    otherLanguage: { href: indexFileFor(lang === 'ko' ? 'en' : 'ko'), lang: lang === 'ko' ? 'en' : 'ko', text: L.otherLanguage },
    generatedAt: opts.generatedAt,
    run,
    scenarioTotal: total(run.counts),
    stepTotal: total(run.stepCounts),
    virtualTime: L.duration(run.virtualMs),
    wallTime: wall && run.wallMs !== undefined ? L.duration(run.wallMs) : undefined,
    showWall: wall,
    seeds: run.seeds.length ? run.seeds.join(', ') : '—',
    seedsLabel: run.seeds.length === 1 ? L.seed : L.seeds,
    statusCounts: countList(run.counts, L),
    attention,
    features: run.features.map((f) => ({
      href: `${FEATURE_DIR}/${f.slug}.html`,
      name: f.name,
      uri: f.uri,
      language: f.language,
      status: featureStatus(f),
      statusText: L.status[featureStatus(f)],
      counts: countList(f.counts, L),
      virtualTime: L.duration(f.scenarios.reduce((n, s) => n + (s.virtualMs ?? 0), 0)),
      wallTime: L.duration(f.scenarios.reduce((n, s) => n + (s.wallMs ?? 0), 0)),
    })),
    links: opts.links ?? [],
  });
}

export function renderFeature(f: FeatureView, opts: PageOptions = {}): string {
  const L = labelsFor(f.language);
  return template('feature')({
    labels: L,
    pageTitle: `${f.keyword}: ${f.name}`,
    assets: '../assets/',
    crumbs: [{ href: `../${indexFileFor(L.lang)}`, text: L.backToIndex }],
    generatedAt: opts.generatedAt,
    openManifests: opts.openManifests ?? false,
    feature: f,
    description: paragraphs(f.description),
    counts: countList(f.counts, L),
    scenarios: f.scenarios.map((s) => scenarioView(f, s, L, opts)),
  });
}

export function anchorOf(s: ScenarioView): string {
  return `s${s.index}`;
}

export function scenarioView(f: FeatureView, s: ScenarioView, L: Labels, opts: PageOptions) {
  const wall = opts.wallTime !== false;
  const failedStep = s.failure ? s.steps[s.failure.stepIndex] : undefined;
  const hookNotes = s.steps.filter((st) => st.kind === 'hook').flatMap((st) => st.notes);
  const start = s.timeline?.start;
  return {
    anchor: anchorOf(s),
    status: s.status,
    statusText: L.status[s.status],
    keyword: s.keyword,
    name: s.name,
    uri: f.uri,
    line: s.line,
    seed: s.seed,
    virtualTime: s.virtualMs !== undefined ? L.duration(s.virtualMs) : undefined,
    wallTime: wall && s.wallMs !== undefined ? L.duration(s.wallMs) : undefined,
    tags: s.tags,
    description: paragraphs(s.description),
    failure: s.failure && {
      keyword: failedStep?.keyword ?? '',
      text: failedStep?.kind === 'hook' ? failedStep.keyword : (failedStep?.text ?? ''),
      message: s.failure.message,
      at: s.failure.at !== undefined && start !== undefined ? `${L.moment(secondsLabel(s.failure.at - start))} (${new Date(s.failure.at).toISOString()})` : undefined,
      notes: hookNotes.map(L.note),
    },
    charts: chartsOf(s, L),
    steps: s.steps.filter((st) => st.kind === 'step' || st.status === 'failed').map((st) => stepView(st, L, wall)),
  };
}

export function chartsOf(s: ScenarioView, L: Labels): Array<{ kind: string; name: string; caption: string; svg: ReturnType<typeof safe> }> {
  return scenarioCharts(s.timeline, { labels: L, failureAt: s.failure?.at }).map((c) => ({ ...c, svg: safe(c.svg) }));
}

const ICONS: Record<Status, string> = { passed: '✓', failed: '✗', undefined: '?', pending: '…', ambiguous: '‼', skipped: '−', unknown: '·' };

function stepView(st: StepView, L: Labels, wall: boolean) {
  return {
    ...st,
    notes: st.notes.map(L.note),
    statusText: L.status[st.status],
    icon: ICONS[st.status],
    wallTime: wall && st.wallMs !== undefined ? L.duration(st.wallMs) : undefined,
    held: st.status === 'passed',
    figureClass: st.status === 'passed' ? '' : st.status === 'failed' ? 'broken' : 'note',
  };
}

function countList(c: Counts, L: Labels): Array<{ status: Status; count: number; text: string }> {
  const order: Status[] = ['passed', ...STATUS_ORDER.filter((s) => s !== 'passed')];
  return order.filter((s) => c[s] > 0).map((s) => ({ status: s, count: c[s], text: L.status[s] }));
}

function featureStatus(f: FeatureView): Status {
  return worstStatus(f.scenarios.map((s) => s.status));
}

export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim().replace(/\s*\n\s*/g, ' '))
    .filter((p) => p !== '');
}

/** Writes the files under `dir`, replacing feature pages left from an earlier run. */
export function writeReportFiles(dir: string, files: ReportFiles, skip: Set<string> = new Set()): void {
  fs.rmSync(`${dir}/${FEATURE_DIR}`, { recursive: true, force: true });
  for (const [rel, content] of files) {
    if (skip.has(rel)) continue;
    const full = `${dir}/${rel}`;
    fs.mkdirSync(full.slice(0, full.lastIndexOf('/')), { recursive: true });
    fs.writeFileSync(full, content);
  }
}
