/**
 * When a step matches no definition, cucumber prints a snippet to implement it. kubespec adds, in
 * front of that snippet, the closest phrasings that do exist (from the vocabulary of
 * steps/phrases.ts) and, when the step is one of them with a parameter that does not parse
 * ("ten replicas", "5 parsecs"), which parameter and what it expects.
 *
 * Wiring: cucumber.js sets `formatOptions.snippetSyntax` to steps/snippet-syntax.cjs, which loads
 * the class below. cucumber gives a snippet syntax only the generated expressions, so the step's
 * own text is taken from cucumber's snippet builder as it calls us (wrapped once, below).
 */
import { CucumberExpression, ParameterType, ParameterTypeRegistry } from '@cucumber/cucumber-expressions';
import { vocabulary } from './phrases';

/** What each parameter type accepts, in words. */
const EXPECTS: Record<string, string> = {
  int: 'a whole number, e.g. 3',
  float: 'a number, e.g. 1.5',
  word: 'one word without spaces',
  string: 'text in double quotes, e.g. "nginx:1.25"',
  duration: 'a number and a unit: 30 seconds, 5 minutes, 1 hour, 90s, 30초, 5분',
  sequence: 'sizes joined by arrows, e.g. 10→8→3→0',
  revisions: 'revision numbers, e.g. 1, 3 and 4',
  intOrPercent: 'a number or a percentage, e.g. 1 or 25%',
  status: 'True, False or Unknown',
  ordinal: 'an ordinal, e.g. 5th',
  ascii: 'a name in ASCII letters, e.g. Progressing',
};

export interface Hint {
  expression: string;
  /** Set when the step is this phrasing with a parameter that does not parse. */
  problem?: string;
}

/** Words of a step or an expression, with values and parameters reduced to markers. */
function skeleton(s: string, isExpression: boolean): string {
  let t = s.toLowerCase();
  if (isExpression) {
    t = t.replace(/\{string\}/g, ' ⓠ ').replace(/\{[^}]*\}/g, ' ⓝ ').replace(/[()]/g, '').replace(/(\S+)\/\S+/g, '$1');
  } else {
    t = t.replace(/"[^"]*"|'[^']*'/g, ' ⓠ ').replace(/-?\d+(?:\.\d+)?\S*/g, ' ⓝ ');
  }
  return t.replace(/\s+/g, ' ').trim();
}

function dice<T>(a: T[], b: T[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<T, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let common = 0;
  for (const x of b) {
    const n = counts.get(x) ?? 0;
    if (n > 0) {
      common++;
      counts.set(x, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

const trigrams = (s: string): string[] => Array.from({ length: Math.max(0, s.length - 2) }, (_, i) => s.slice(i, i + 3));

function similarity(text: string, expression: string): number {
  const a = skeleton(text, false);
  const b = skeleton(expression, true);
  return 0.5 * dice(a.split(' '), b.split(' ')) + 0.5 * dice(trigrams(` ${a} `), trigrams(` ${b} `));
}

/**
 * The expression as a regular expression in which every parameter takes any text: if the step
 * matches it, the step is this phrasing and only a parameter is off.
 */
function looseRegExp(expression: string): { re: RegExp; params: string[] } {
  const params: string[] = [];
  let src = '';
  for (const part of expression.split(/(\{[^}]*\})/)) {
    const p = /^\{([^}]*)\}$/.exec(part);
    if (p) {
      params.push(p[1] || 'anonymous');
      src += '(.+?)';
      continue;
    }
    src += part
      .split(' ')
      .map((word) =>
        word
          .split('/')
          .map((alt) => alt.replace(/[.*+?^${}|[\]\\]/g, '\\$&').replace(/\\?\(([^)]*)\\?\)/g, '(?:$1)?').replace(/\(([^?][^)]*)\)/g, '(?:$1)?'))
          .join('|'),
      )
      .map((w) => (w.includes('|') ? `(?:${w})` : w))
      .join(' ');
  }
  return { re: new RegExp(`^${src}$`), params };
}

function checkParameter(type: ParameterType<unknown> | undefined, name: string, value: string): string | undefined {
  if (!type) return undefined;
  const fits = type.regexpStrings.some((r) => new RegExp(`^(?:${r})$`).test(value));
  const expected = EXPECTS[name] ?? `a ${name}`;
  if (!fits) return `{${name}} expects ${expected}, not "${value}"`;
  try {
    type.transform(null, [value]);
  } catch (e) {
    return `{${name}}: ${(e as Error).message}`;
  }
  return undefined;
}

/** The closest existing phrasings to an undefined step, best first. */
export function closestPhrasings(text: string, registry: ParameterTypeRegistry, limit = 3): Hint[] {
  const all = vocabulary.flatMap((v) => v.phrasings);
  const ranked = all
    .map((expression) => ({ expression, score: similarity(text, expression) }))
    .sort((a, b) => b.score - a.score || a.expression.localeCompare(b.expression));
  // A phrasing the step fits but for a parameter beats every near miss.
  const diagnosed: Hint[] = [];
  for (const { expression } of ranked.slice(0, 25)) {
    const { re, params } = looseRegExp(expression);
    const m = re.exec(text);
    if (!m) continue;
    for (const [i, name] of params.entries()) {
      const problem = checkParameter(registry.lookupByTypeName(name), name, m[i + 1]);
      if (problem) {
        diagnosed.push({ expression, problem });
        break;
      }
    }
  }
  const rest = ranked.filter((r) => r.score > 0.25 && !diagnosed.some((d) => d.expression === r.expression)).map(({ expression }) => ({ expression }));
  return [...diagnosed, ...rest].slice(0, limit);
}

/** The comment block printed in front of cucumber's snippet. */
export function renderHints(text: string, registry: ParameterTypeRegistry): string {
  const hints = closestPhrasings(text, registry);
  if (hints.length === 0) return `// kubespec: no step reads "${text}", and none comes close: see docs/steps.md for every phrasing.`;
  const lines = hints.map((h) => `//   ${h.expression}${h.problem ? `\n//     ↳ ${h.problem}` : ''}`);
  return `// kubespec: no step reads "${text}". The closest phrasings (docs/steps.md lists them all):\n${lines.join('\n')}\n// Or define a new step:`;
}

/** A registry with cucumber's built-in types plus the ones the steps defined. */
export function registryOf(types: Iterable<ParameterType<unknown>>): ParameterTypeRegistry {
  const registry = new ParameterTypeRegistry();
  for (const t of types) if (t.name && !registry.lookupByTypeName(t.name)) registry.defineParameterType(t);
  return registry;
}

// ---------------------------------------------------------------- cucumber wiring

let current: { text: string; registry: ParameterTypeRegistry } | undefined;

function wrapSnippetBuilder(): void {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { default: Builder } = require('@cucumber/cucumber/lib/formatter/step_definition_snippet_builder/index') as { default: { prototype: Record<string, unknown> } };
  const build = Builder.prototype.build as ((this: unknown, a: { pickleStep: { text: string } }) => string) & { kubespec?: boolean };
  if (build.kubespec) return;
  const wrapped = function (this: { cucumberExpressionGenerator?: { parameterTypes?: () => Iterable<ParameterType<unknown>> } }, a: { pickleStep: { text: string } }) {
    const types = this.cucumberExpressionGenerator?.parameterTypes?.() ?? [];
    current = { text: a.pickleStep.text, registry: registryOf(types) };
    try {
      return build.call(this, a);
    } finally {
      current = undefined;
    }
  };
  (wrapped as typeof build).kubespec = true;
  Builder.prototype.build = wrapped;
}

/** cucumber's JavaScript snippet, preceded by kubespec's hints. */
export class HintingSnippetSyntax {
  private readonly inner: { build(o: unknown): string };

  constructor(snippetInterface: unknown) {
    wrapSnippetBuilder();
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { default: JavaScriptSnippetSyntax } = require('@cucumber/cucumber/lib/formatter/step_definition_snippet_builder/javascript_snippet_syntax') as { default: new (i: unknown) => { build(o: unknown): string } };
    this.inner = new JavaScriptSnippetSyntax(snippetInterface);
  }

  build(options: unknown): string {
    const snippet = this.inner.build(options);
    if (!current) return snippet;
    try {
      return `${renderHints(current.text, current.registry)}\n${snippet}`;
    } catch {
      return snippet;
    }
  }
}
