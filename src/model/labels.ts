import type { LabelSelector, LabelSelectorRequirement } from './types';

export type Labels = Record<string, string>;

/** metav1.LabelSelectorAsSelector semantics: matchLabels AND every matchExpression. */
export function selectorMatches(selector: LabelSelector | undefined, labels: Labels | undefined): boolean {
  if (!selector) return false;
  const l = labels ?? {};
  const ml = selector.matchLabels;
  if (ml) for (const k in ml) if (l[k] !== ml[k]) return false;
  const exprs = selector.matchExpressions;
  if (exprs) for (const req of exprs) if (!requirementMatches(req, l)) return false;
  return true;
}

function requirementMatches(req: LabelSelectorRequirement, labels: Labels): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, req.key);
  const values = req.values ?? [];
  switch (req.operator) {
    case 'In':
      return has && values.includes(labels[req.key]);
    case 'NotIn':
      return !has || !values.includes(labels[req.key]);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      return false;
  }
}

/** An empty selector ({}) selects everything: the deployment controller refuses it. */
export function isEmptySelector(selector: LabelSelector | undefined): boolean {
  return !!selector && Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
}

/** A parsed kubectl `-l` selector: `app=web,tier!=db,env in (a,b),!legacy`. */
export interface ParsedSelector {
  requirements: Array<{ key: string; op: '=' | '!=' | 'in' | 'notin' | 'exists' | '!'; values: string[] }>;
}

export function parseSelectorString(text: string): ParsedSelector {
  const requirements: ParsedSelector['requirements'] = [];
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim() !== '') parts.push(cur);
  for (const raw of parts) {
    const p = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(p))) {
      requirements.push({ key: m[1], op: m[2] as 'in' | 'notin', values: m[3].split(',').map((s) => s.trim()).filter(Boolean) });
    } else if ((m = /^([\w./-]+)\s*!=\s*([\w./-]*)$/.exec(p))) {
      requirements.push({ key: m[1], op: '!=', values: [m[2]] });
    } else if ((m = /^([\w./-]+)\s*==?\s*([\w./-]*)$/.exec(p))) {
      requirements.push({ key: m[1], op: '=', values: [m[2]] });
    } else if ((m = /^!([\w./-]+)$/.exec(p))) {
      requirements.push({ key: m[1], op: '!', values: [] });
    } else if ((m = /^([\w./-]+)$/.exec(p))) {
      requirements.push({ key: m[1], op: 'exists', values: [] });
    } else {
      throw new Error(`unable to parse requirement: ${p}`);
    }
  }
  return { requirements };
}

export function parsedSelectorMatches(sel: ParsedSelector, labels: Labels | undefined): boolean {
  const l = labels ?? {};
  return sel.requirements.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    switch (r.op) {
      case '=':
        return has && l[r.key] === r.values[0];
      case '!=':
        return !has || l[r.key] !== r.values[0];
      case 'in':
        return has && r.values.includes(l[r.key]);
      case 'notin':
        return !has || !r.values.includes(l[r.key]);
      case 'exists':
        return has;
      case '!':
        return !has;
    }
  });
}
