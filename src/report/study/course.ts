import * as fs from 'node:fs';
import { parse } from 'yaml';
import type { FeatureView, RunView, ScenarioView } from '../model/run-model';

/**
 * The study course's shape: topics in reading order (docs/course.yaml), which feature files each
 * one takes, and which scenarios make it in (only those that passed). Tags refine the file
 * mapping: @topic-<id> on a feature or scenario moves it, @order-<n> orders it within the topic.
 */

export interface CourseTopicConfig {
  id: string;
  title: Record<string, string>;
  summary: Record<string, string>;
  /** Feature paths without `.feature` / `.ko.feature`; `*` matches within a folder, `**` across folders. */
  features: string[];
  /** Leave the topic out of the contents while it has no scenario (the catch-all "more"). */
  hideWhenEmpty?: boolean;
}

export interface CourseConfig {
  topics: CourseTopicConfig[];
}

export interface Lesson {
  feature: FeatureView;
  scenarios: ScenarioView[];
}

export interface CourseTopic {
  id: string;
  /** 1-based position in the course. */
  number: number;
  /** File name without extension: `03-rolling-update`. */
  slug: string;
  title: string;
  summary: string;
  lessons: Lesson[];
  hideWhenEmpty: boolean;
}

export interface LeftOut {
  feature: FeatureView;
  scenario: ScenarioView;
}

export interface Course {
  lang: string;
  topics: CourseTopic[];
  leftOut: LeftOut[];
}

export function loadCourseConfig(file: string): CourseConfig {
  return parseCourseConfig(fs.readFileSync(file, 'utf8'), file);
}

export function parseCourseConfig(text: string, where = 'course.yaml'): CourseConfig {
  const raw = parse(text) as { topics?: unknown };
  if (!raw || !Array.isArray(raw.topics) || raw.topics.length === 0) throw new Error(`${where}: expected a non-empty list "topics"`);
  const ids = new Set<string>();
  const topics = raw.topics.map((t: Partial<CourseTopicConfig>, i: number) => {
    if (!t || typeof t.id !== 'string' || !/^[a-z0-9-]+$/.test(t.id)) throw new Error(`${where}: topics[${i}].id must be lower-case letters, digits and dashes`);
    if (ids.has(t.id)) throw new Error(`${where}: topics[${i}].id "${t.id}" appears twice`);
    ids.add(t.id);
    if (!t.title || typeof t.title.en !== 'string') throw new Error(`${where}: topics[${i}].title.en is missing`);
    return { id: t.id, title: t.title, summary: t.summary ?? {}, features: (t.features ?? []).map(String), hideWhenEmpty: t.hideWhenEmpty === true };
  });
  return { topics };
}

/** `features/deployment/rolling-update.ko.feature` → `features/deployment/rolling-update`. */
export function featureBase(uri: string): string {
  return uri.replace(/\\/g, '/').replace(/^\.\//, '').replace(/(\.[a-z]{2}(-[A-Za-z]+)?)?\.feature$/, '');
}

function globToRegExp(glob: string): RegExp {
  const re = glob
    .replace(/^\.\//, '')
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*/g, '\u0000')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]')
    .replace(/\u0000/g, '.*');
  return new RegExp(`^${re}$`);
}

function tagValue(tags: string[], prefix: string): string | undefined {
  const t = tags.find((x) => x.startsWith(prefix));
  return t?.slice(prefix.length);
}

/** The course in one language: only that language's features, only the scenarios that passed. */
export function buildCourse(run: RunView, config: CourseConfig, lang: string): Course {
  const matchers = config.topics.map((t) => t.features.map(globToRegExp));
  const ids = config.topics.map((t) => t.id);
  const fallback = ids[ids.length - 1];
  const buckets = new Map<string, Array<{ feature: FeatureView; scenario: ScenarioView; rank: number[] }>>(ids.map((id) => [id, []]));
  const leftOut: LeftOut[] = [];
  for (const feature of run.features) {
    if (feature.language !== lang) continue;
    const base = featureBase(feature.uri);
    let fileTopic = fallback;
    let patternIndex = Number.MAX_SAFE_INTEGER;
    matchers.some((ms, ti) => {
      const pi = ms.findIndex((m) => m.test(base));
      if (pi < 0) return false;
      fileTopic = ids[ti];
      patternIndex = pi;
      return true;
    });
    for (const scenario of feature.scenarios) {
      if (scenario.status !== 'passed') {
        leftOut.push({ feature, scenario });
        continue;
      }
      // scenario tags include the feature's: a scenario's own @topic- wins by coming last
      const tagged = [...scenario.tags].reverse();
      const topic = tagValue(tagged, '@topic-');
      const topicId = topic && ids.includes(topic) ? topic : (tagValue(feature.tags, '@topic-') ?? fileTopic);
      const order = Number(tagValue(tagged, '@order-') ?? Number.MAX_SAFE_INTEGER);
      const featureOrder = Number(tagValue(feature.tags, '@order-') ?? Number.MAX_SAFE_INTEGER);
      (buckets.get(ids.includes(topicId) ? topicId : fallback) ?? []).push({ feature, scenario, rank: [featureOrder, patternIndex, order, scenario.line] });
    }
  }
  const topics: CourseTopic[] = config.topics.map((t, i) => {
    const items = (buckets.get(t.id) ?? []).sort(
      (a, b) => compareRank(a.rank.slice(0, 2), b.rank.slice(0, 2)) || (a.feature.uri < b.feature.uri ? -1 : a.feature.uri > b.feature.uri ? 1 : 0) || compareRank(a.rank.slice(2), b.rank.slice(2)),
    );
    const lessons: Lesson[] = [];
    for (const it of items) {
      const last = lessons[lessons.length - 1];
      if (last && last.feature === it.feature) last.scenarios.push(it.scenario);
      else lessons.push({ feature: it.feature, scenarios: [it.scenario] });
    }
    return {
      id: t.id,
      number: i + 1,
      slug: `${String(i + 1).padStart(2, '0')}-${t.id}`,
      title: t.title[lang] ?? t.title.en,
      summary: t.summary[lang] ?? t.summary.en ?? '',
      lessons,
      hideWhenEmpty: t.hideWhenEmpty === true,
    };
  });
  return { lang, topics, leftOut };
}

function compareRank(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
