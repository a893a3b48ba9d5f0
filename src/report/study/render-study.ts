import { labelsFor, LANGUAGES, type Labels } from '../i18n';
import { scenarioCharts, type ChartItem } from '../chart/scenario-charts';
import type { Manifest, RunView, ScenarioView, StepView, Transcript } from '../model/run-model';
import { safe, stylesheet, template } from '../html/handlebars-env';
import { anchorOf, paragraphs, type PageOptions, type ReportFiles } from '../html/render';
import { buildCourse, type Course, type CourseConfig, type CourseTopic } from './course';
import { courseIndexMarkdown, topicMarkdown } from './markdown';

/**
 * The study course as files under reports/study/: a language chooser, then per language
 * (`en/`, `ko/`) an index in reading order and one HTML and one Markdown page per topic, with the
 * charts as SVG files for the Markdown pages.
 */

/** What one scenario teaches, as both the HTML and the Markdown pages use it. */
export interface LessonView {
  anchor: string;
  name: string;
  description: string[];
  uri: string;
  line: number;
  steps: StepView[];
  manifests: Manifest[];
  transcripts: Transcript[];
  charts: Array<ChartItem & { file: string }>;
  facts: Array<{ text: string; figures: string[]; docString?: string }>;
}

export function lessonView(topic: CourseTopic, uri: string, s: ScenarioView, L: Labels): LessonView {
  const steps = s.steps.filter((st) => st.kind === 'step');
  const manifests: Manifest[] = [];
  const seen = new Set<string>();
  for (const st of steps) {
    for (const m of st.manifests) {
      if (seen.has(m.text)) continue;
      seen.add(m.text);
      manifests.push(m);
    }
  }
  const charts = scenarioCharts(s.timeline, { labels: L });
  return {
    anchor: anchorOf(s).replace(/^s/, `${topic.slug}-`) + `-${slugPart(uri)}`,
    name: s.name,
    description: paragraphs(s.description),
    uri,
    line: s.line,
    steps: steps.filter((st) => st.type !== 'Outcome'),
    manifests,
    transcripts: steps.flatMap((st) => st.transcripts),
    charts: charts.map((c, i) => ({ ...c, file: `charts/${topic.slug}-${slugPart(uri)}-${s.index}${charts.length > 1 ? `-${i + 1}` : ''}.svg` })),
    facts: steps.filter((st) => st.type === 'Outcome').map((st) => ({ text: `${st.keyword} ${st.text}`, figures: st.notes.map(L.note), docString: st.docString })),
  };
}

function slugPart(uri: string): string {
  return (uri.split('/').pop() ?? uri).replace(/(\.[a-z]{2})?\.feature$/, '').replace(/[^\p{L}\p{N}-]+/gu, '-');
}

export function renderStudy(run: RunView, config: CourseConfig, opts: PageOptions = {}): ReportFiles {
  const files: ReportFiles = new Map();
  const courses = LANGUAGES.map((lang) => buildCourse(run, config, lang));
  files.set(
    'index.html',
    template('study-home')({
      labels: labelsFor('en'),
      pageTitle: 'kubespec · study course · 학습 과정',
      assets: 'assets/',
      crumbs: [],
      generatedAt: opts.generatedAt,
      courses: courses.map((c) => {
        const L = labelsFor(c.lang);
        const n = c.topics.reduce((k, t) => k + t.lessons.reduce((m, l) => m + l.scenarios.length, 0), 0);
        return { href: `${c.lang}/index.html`, lang: c.lang, title: L.study.title, count: L.study.scenarioCount(n) };
      }),
    }),
  );
  files.set('assets/report.css', stylesheet());
  for (const course of courses) renderCourse(course, opts, files);
  return files;
}

function renderCourse(course: Course, opts: PageOptions, files: ReportFiles): void {
  const L = labelsFor(course.lang);
  const dir = course.lang;
  const other = course.lang === 'ko' ? 'en' : 'ko';
  const filled = course.topics.filter((t) => t.lessons.length > 0);
  const leftOut = course.leftOut.map(({ feature, scenario }) => ({ status: scenario.status, statusText: L.status[scenario.status], feature: feature.name, name: scenario.name, uri: feature.uri, line: scenario.line }));
  files.set(
    `${dir}/index.html`,
    template('study-index')({
      labels: L,
      pageTitle: L.study.title,
      assets: '../assets/',
      crumbs: [{ href: '../index.html', text: 'kubespec' }],
      otherLanguage: { href: `../${other}/index.html`, lang: other, text: L.otherLanguage },
      generatedAt: opts.generatedAt,
      topics: course.topics.filter((t) => t.lessons.length > 0 || !t.hideWhenEmpty).map((t) => ({ ...t, count: L.study.scenarioCount(t.lessons.reduce((n, l) => n + l.scenarios.length, 0)) })),
      leftOut,
    }),
  );
  const topicLessons = new Map<string, Array<{ feature: { name: string; description: string }; lessons: LessonView[] }>>();
  for (const topic of filled) {
    topicLessons.set(
      topic.id,
      topic.lessons.map((l) => ({ feature: l.feature, lessons: l.scenarios.map((s) => lessonView(topic, l.feature.uri, s, L)) })),
    );
  }
  filled.forEach((topic, i) => {
    const groups = topicLessons.get(topic.id)!;
    const prev = filled[i - 1];
    const next = filled[i + 1];
    files.set(
      `${dir}/${topic.slug}.html`,
      template('study-topic')({
        labels: L,
        pageTitle: `${topic.number}. ${topic.title}`,
        assets: '../assets/',
        crumbs: [
          { href: '../index.html', text: 'kubespec' },
          { href: 'index.html', text: L.study.contents },
        ],
        otherLanguage: { href: `../${other}/index.html`, lang: other, text: L.otherLanguage },
        generatedAt: opts.generatedAt,
        topic,
        lessons: groups.map((g) => ({
          feature: g.feature,
          description: paragraphs(g.feature.description),
          scenarios: g.lessons.map((l) => ({ ...l, charts: l.charts.map((c) => ({ kind: c.kind, name: c.name, caption: c.caption, svg: safe(c.svg) })) })),
        })),
        previous: prev && { href: `${prev.slug}.html`, title: prev.title },
        next: next && { href: `${next.slug}.html`, title: next.title },
      }),
    );
    files.set(`${dir}/${topic.slug}.md`, topicMarkdown(topic, groups, L, { previous: prev, next }));
    for (const g of groups) for (const l of g.lessons) for (const c of l.charts) files.set(`${dir}/${c.file}`, `${c.svg}\n`);
  });
  files.set(`${dir}/README.md`, courseIndexMarkdown(course, L));
}
