/**
 * Label selectors and label maps as kubectl prints them. Three upstream functions are mirrored
 * because kubectl uses each in different places and they differ on the empty case:
 *
 * - {@link labelSelectorString} = `metav1.LabelSelectorAsSelector(s).String()`: `""` for an empty
 *   or absent selector (deployment wide SELECTOR, `describe deployment` Selector);
 * - {@link formatLabelSelector} = `metav1.FormatLabelSelector(s)`: `<none>` when empty, `<error>`
 *   when invalid (replicaset wide SELECTOR, `describe rs` Selector);
 * - {@link formatLabels} = `labels.FormatLabels(m)`: `k=v,...` sorted by key, `<none>` when empty
 *   (--show-labels, service SELECTOR, daemonset NODE SELECTOR).
 */
import type { LabelSelector } from '../../model/types';

/** A selector that `LabelSelectorAsSelector` rejects; the message follows apimachinery's. */
export class InvalidSelectorError extends Error {}

/** One requirement of a parsed selector (apimachinery `labels.Requirement`). */
interface Requirement {
  readonly key: string;
  readonly operator: '=' | 'in' | 'notin' | 'exists' | '!';
  readonly values: readonly string[];
}

/**
 * `LabelSelectorAsSelector(s).String()`: requirements sorted by key and joined by `,` —
 * `k=v`, `k in (a,b)`, `k notin (a,b)` (values sorted), `k`, `!k`.
 * Throws {@link InvalidSelectorError} for an unknown operator or malformed key/values.
 *
 * Example: `{matchLabels: {tier: web, app: kubia}, matchExpressions: [{key: env, operator: In,
 * values: [qa, dev]}]}` → `app=kubia,env in (dev,qa),tier=web`.
 */
export function labelSelectorString(selector: LabelSelector | null | undefined): string {
  return toRequirements(selector).map(requirementString).join(',');
}

/** `metav1.FormatLabelSelector`: like {@link labelSelectorString} but `<none>` / `<error>`. */
export function formatLabelSelector(selector: LabelSelector | null | undefined): string {
  let text: string;
  try {
    text = labelSelectorString(selector);
  } catch (e) {
    if (e instanceof InvalidSelectorError) return '<error>';
    throw e;
  }
  return text === '' ? '<none>' : text;
}

/** `labels.FormatLabels`: `k=v` pairs sorted by key, joined by `,`; `<none>` when empty. */
export function formatLabels(labels: Readonly<Record<string, string>> | null | undefined): string {
  const text = sortedKeys(labels ?? {})
    .map((k) => `${k}=${labels![k]}`)
    .join(',');
  return text === '' ? '<none>' : text;
}

/** Keys in Go's `sort.Strings` order (byte order, which equals UTF-16 order for ASCII keys). */
export function sortedKeys(map: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(map).sort(compareGoStrings);
}

/** Go string comparison: by UTF-8 bytes, which for code points is code point order. */
export function compareGoStrings(a: string, b: string): number {
  const ca = [...a];
  const cb = [...b];
  for (let i = 0; i < ca.length && i < cb.length; i++) {
    const d = ca[i].codePointAt(0)! - cb[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return ca.length - cb.length;
}

function toRequirements(selector: LabelSelector | null | undefined): Requirement[] {
  // A nil selector selects nothing and an empty one everything; both print as "".
  if (!selector) return [];
  const requirements: Requirement[] = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    requirements.push(newRequirement(key, '=', [value]));
  }
  for (const expr of selector.matchExpressions ?? []) {
    const op = OPERATORS[expr.operator];
    if (op === undefined) throw new InvalidSelectorError(`"${expr.operator}" is not a valid label selector operator`);
    requirements.push(newRequirement(expr.key, op, expr.values ?? []));
  }
  // selector.Add sorts by key (sort.Sort is not stable; equal keys keep insertion order here).
  return requirements.sort((a, b) => compareGoStrings(a.key, b.key));
}

const OPERATORS: Record<string, Requirement['operator'] | undefined> = {
  In: 'in',
  NotIn: 'notin',
  Exists: 'exists',
  DoesNotExist: '!',
};

// Mirrors labels.NewRequirement's validation.
function newRequirement(key: string, operator: Requirement['operator'], values: readonly string[]): Requirement {
  if (!isQualifiedName(key)) throw new InvalidSelectorError(`invalid label key "${key}"`);
  switch (operator) {
    case 'in':
    case 'notin':
      if (values.length === 0) throw new InvalidSelectorError('for \'in\', \'notin\' operators, values set can\'t be empty');
      break;
    case '=':
      if (values.length !== 1) throw new InvalidSelectorError('exact-match compatibility requires one single value');
      break;
    case 'exists':
    case '!':
      if (values.length !== 0) throw new InvalidSelectorError('values set must be empty for exists and does not exist');
      break;
  }
  for (const v of values) {
    if (!isLabelValue(v)) throw new InvalidSelectorError(`invalid label value: "${v}"`);
  }
  return { key, operator, values };
}

function requirementString(r: Requirement): string {
  // Requirement.String normalises value order on output.
  const values = [...r.values].sort(compareGoStrings).join(',');
  switch (r.operator) {
    case '=':
      return `${r.key}=${values}`;
    case 'in':
      return `${r.key} in (${values})`;
    case 'notin':
      return `${r.key} notin (${values})`;
    case 'exists':
      return r.key;
    case '!':
      return `!${r.key}`;
  }
}

const NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

// validation.IsQualifiedName: [prefix/]name, name ≤ 63, prefix a DNS subdomain ≤ 253.
function isQualifiedName(key: string): boolean {
  const parts = key.split('/');
  if (parts.length > 2) return false;
  const name = parts[parts.length - 1];
  if (name.length === 0 || name.length > 63 || !NAME.test(name)) return false;
  if (parts.length === 2) {
    const prefix = parts[0];
    if (prefix.length === 0 || prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix)) return false;
  }
  return true;
}

// validation.IsValidLabelValue: empty, or a name of at most 63 characters.
function isLabelValue(value: string): boolean {
  return value === '' || (value.length <= 63 && NAME.test(value));
}
