import type { Labels } from '../i18n';
import { paragraphs } from '../html/render';
import type { Course, CourseTopic } from './course';
import type { LessonView } from './render-study';

/**
 * The course as Markdown (GitHub-flavoured), for reading in a repository or an editor. Text from
 * scenarios is escaped (a scenario name with `<script>` stays text); code and output go in fences
 * longer than any backtick run they contain.
 */

export function mdText(text: string): string {
  return text.replace(/[\\`*_[\]#|]/g, '\\$&').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function fence(body: string, info = ''): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}${info}\n${body.replace(/\n$/, '')}\n${f}`;
}

export function topicMarkdown(
  topic: CourseTopic,
  groups: Array<{ feature: { name: string; description: string }; lessons: LessonView[] }>,
  L: Labels,
  nav: { previous?: CourseTopic; next?: CourseTopic },
): string {
  const out: string[] = [`# ${topic.number}. ${mdText(topic.title)}`, '', mdText(topic.summary), ''];
  for (const g of groups) {
    out.push(`## ${mdText(g.feature.name)}`, '');
    for (const p of paragraphs(g.feature.description)) out.push(mdText(p), '');
    for (const l of g.lessons) {
      out.push(`### ${mdText(L.study.scenario)}: ${mdText(l.name)}`, '');
      for (const p of l.description) out.push(mdText(p), '');
      for (const st of l.steps) {
        out.push(`- **${mdText(st.keyword)}** ${mdText(st.text)}`);
        if (st.docString !== undefined) out.push('', indent(fence(st.docString, st.docStringIsManifest ? 'yaml' : 'text')), '');
      }
      out.push('');
      if (l.manifests.length) {
        out.push(`#### ${mdText(L.manifest)}`, '');
        for (const m of l.manifests) out.push(`${mdText(m.source)}:`, '', fence(m.text, 'yaml'), '');
      }
      if (l.transcripts.length) {
        out.push(`#### ${mdText(L.study.commands)}`, '');
        for (const t of l.transcripts) out.push(fence(`$ ${t.command}\n${t.stdin !== undefined ? `${t.stdin}\nEOF\n` : ''}${t.output}`, 'console'), '');
      }
      for (const c of l.charts) out.push(`![${mdText(c.caption)}](${c.file})`, '');
      out.push(`#### ${mdText(L.study.facts)}`, '');
      for (const f of l.facts) {
        out.push(`- ${mdText(f.text)}${f.figures.map((x) => ` — ${inlineCode(x)}`).join('')}`);
        if (f.docString !== undefined) out.push('', indent(fence(f.docString, 'text')), '');
      }
      out.push('', `<sub>${mdText(`${L.study.fromFeature} ${l.uri}:${l.line}`)}</sub>`, '');
    }
  }
  const pager = [nav.previous && `← [${mdText(nav.previous.title)}](${nav.previous.slug}.md)`, `[${mdText(L.study.contents)}](README.md)`, nav.next && `[${mdText(nav.next.title)}](${nav.next.slug}.md) →`].filter(Boolean);
  out.push('---', '', pager.join(' · '), '');
  return out.join('\n');
}

export function courseIndexMarkdown(course: Course, L: Labels): string {
  const out: string[] = [`# ${mdText(L.study.title)}`, '', mdText(L.study.intro), '', `## ${mdText(L.study.contents)}`, ''];
  for (const t of course.topics) {
    if (t.hideWhenEmpty && t.lessons.length === 0) continue;
    const n = t.lessons.reduce((k, l) => k + l.scenarios.length, 0);
    out.push(n ? `${t.number}. [${mdText(t.title)}](${t.slug}.md) — ${mdText(L.study.scenarioCount(n))}` : `${t.number}. ${mdText(t.title)} — *${mdText(L.study.noScenariosYet)}*`);
  }
  out.push('', `## ${mdText(L.study.leftOut)}`, '');
  if (course.leftOut.length === 0) out.push(mdText(L.study.leftOutNone));
  for (const { feature, scenario } of course.leftOut) out.push(`- ${mdText(L.status[scenario.status])}: ${mdText(feature.name)} — ${mdText(scenario.name)} (${mdText(`${feature.uri}:${scenario.line}`)})`);
  out.push('');
  return out.join('\n');
}

function inlineCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}${longest ? ' ' : ''}${text}${longest ? ' ' : ''}${f}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
