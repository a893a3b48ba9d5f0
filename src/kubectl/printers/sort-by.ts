/**
 * `--sort-by=<jsonpath>` (k8s.io/kubectl/pkg/cmd/get/sorter.go): objects (or table rows) ordered
 * by the first value the relaxed JSONPath finds in each, with Go's unstable `sort.Sort`. Objects
 * without the field sort first. Strings compare as quantities when both parse as one (`100m` <
 * `1`), else in natural order (`web-2` < `web-10`); numbers numerically; booleans false first.
 */
import { JsonPathError, findResults, parseJsonPath, relaxedJsonPath } from './jsonpath';
import { goSort } from './go-sort';
import { parseQuantity } from '../../model/quantity';

/** Sorts `items` in place by the field `expr` of `objectOf(item)`. Throws kubectl's errors. */
export function sortByJsonPath<T>(items: T[], expr: string, objectOf: (item: T) => unknown): T[] {
  const tpl = parseJsonPath(relaxedJsonPath(expr));
  const keys = new Map<T, unknown[]>();
  let found = false;
  for (const item of items) {
    const values = findResults(tpl, objectOf(item));
    const first = values.length > 0 && values[0].length > 0 ? [values[0][0]] : [];
    if (first.length > 0) found = true;
    keys.set(item, first);
  }
  if (!found && items.length > 0) throw new JsonPathError(`couldn't find any field with path "${tpl.source}" in the list of objects`);
  return goSort(items, (a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    if (ka.length === 0) return true;
    if (kb.length === 0) return false;
    return isLess(ka[0], kb[0]);
  });
}

function isLess(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    try {
      return parseQuantity(a).cmp(parseQuantity(b)) < 0;
    } catch {
      return naturalLess(a, b);
    }
  }
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return !a && b;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < a.length && i < b.length; i++) {
      if (isLess(a[i], b[i])) return true;
      if (isLess(b[i], a[i])) return false;
    }
    return a.length < b.length;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    for (let i = 0; i < ka.length && i < kb.length; i++) {
      if (ka[i] !== kb[i]) return ka[i] < kb[i];
      const x = (a as Record<string, unknown>)[ka[i]];
      const y = (b as Record<string, unknown>)[kb[i]];
      if (isLess(x, y)) return true;
      if (isLess(y, x)) return false;
    }
    return ka.length < kb.length;
  }
  throw new JsonPathError(`unsortable type: ${typeof a}`);
}

/** github.com/fvbommel/sortorder NaturalLess: digit runs compare as numbers. */
export function naturalLess(s1: string, s2: string): boolean {
  const isDigit = (c: number) => c >= 48 && c <= 57;
  const b1 = Buffer.from(s1);
  const b2 = Buffer.from(s2);
  let i1 = 0;
  let i2 = 0;
  while (i1 < b1.length && i2 < b2.length) {
    const c1 = b1[i1];
    const c2 = b2[i2];
    const d1 = isDigit(c1);
    const d2 = isDigit(c2);
    if (d1 !== d2) return d1;
    if (!d1) {
      if (c1 !== c2) return c1 < c2;
      i1++;
      i2++;
      continue;
    }
    while (i1 < b1.length && b1[i1] === 48) i1++;
    while (i2 < b2.length && b2[i2] === 48) i2++;
    const nz1 = i1;
    const nz2 = i2;
    while (i1 < b1.length && isDigit(b1[i1])) i1++;
    while (i2 < b2.length && isDigit(b2[i2])) i2++;
    const l1 = i1 - nz1;
    const l2 = i2 - nz2;
    if (l1 !== l2) return l1 < l2;
    const n1 = b1.subarray(nz1, i1).toString();
    const n2 = b2.subarray(nz2, i2).toString();
    if (n1 !== n2) return n1 < n2;
    if (nz1 !== nz2) return nz1 < nz2;
  }
  return b1.length < b2.length;
}
