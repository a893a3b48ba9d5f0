/**
 * describe.go's genericDescriber: what `kubectl describe` prints for a kind it has no describer
 * for (VolumeAttachment, ControllerRevision, Event, custom resources). Name, namespace, labels and
 * annotations, then every other field of the object as served, sorted by field name at each
 * level, each name turned into a label (`nodeName` → `Node Name`), then the events.
 *
 * ```
 * Name:         csi-3f4b…
 * Namespace:
 * Labels:       <none>
 * Annotations:  <none>
 * API Version:  storage.k8s.io/v1
 * Kind:         VolumeAttachment
 * Metadata:
 *   Creation Timestamp:  2026-01-01T00:00:00Z
 *   …
 * Spec:
 *   Attacher:   pd.csi.storage.gke.io
 *   Node Name:  node-1
 *   Source:
 *     Persistent Volume Name:  pv-1
 * Status:
 *   Attached:  true
 * Events:      <none>
 * ```
 */
import type { Event, ObjectMeta } from '../../model/types';
import { tabbedString, type Level, type PrefixWriter } from './describe-writer';
import { printAnnotationsMultiline, printLabelsMultiline } from './describe-fields';
import { describeEvents } from './describe-events';
import { compareGoStrings } from './selector';

/** What the generic describer prints besides the object. */
export interface GenericRelations {
  readonly events?: readonly Event[];
}

/** The fields printed by the header lines (or never), as printUnstructuredContent's skip list. */
const SKIPPED = new Set(['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations']);

/** `kubectl describe` of an object of a kind without a dedicated describer. */
export function describeGeneric(object: { readonly metadata?: ObjectMeta }, relations: GenericRelations, nowMs: number): string {
  return tabbedString((w) => {
    const meta = object.metadata ?? {};
    w.write(0, `Name:\t${meta.name ?? ''}\n`);
    w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    printUnstructuredContent(w, 0, object as unknown as Record<string, unknown>, '');
    describeEvents(relations.events, w, nowMs);
  });
}

/**
 * printUnstructuredContent: a map prints `Label:` and its fields one level deeper; a list prints
 * `Label:` then each map element's fields, or each scalar on its own line, one level deeper; a
 * scalar prints `Label:\t<value>`. Levels deeper than four keep the fourth's indentation step.
 */
function printUnstructuredContent(w: PrefixWriter, level: number, content: Record<string, unknown>, skipPrefix: string): void {
  for (const field of Object.keys(content).sort(compareGoStrings)) {
    const value = content[field];
    const path = `${skipPrefix}.${field}`;
    if (SKIPPED.has(path)) continue;
    if (value === undefined) continue;
    if (isMap(value)) {
      write(w, level, `${smartLabelFor(field)}:\n`);
      printUnstructuredContent(w, level + 1, value, path);
    } else if (Array.isArray(value)) {
      write(w, level, `${smartLabelFor(field)}:\n`);
      for (const child of value) {
        if (isMap(child)) printUnstructuredContent(w, level + 1, child, path);
        else write(w, level + 1, `${goValue(child)}\n`);
      }
    } else {
      write(w, level, `${smartLabelFor(field)}:\t${goValue(value)}\n`);
    }
  }
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// PrefixWriter levels are typed 0–4; deeper levels are written with their full indentation.
function write(w: PrefixWriter, level: number, text: string): void {
  if (level <= 4) w.write(level as Level, text);
  else w.write(0, `${'  '.repeat(level)}${text}`);
}

/** Go's `%v` of a JSON-decoded scalar: `<nil>` for null, integers and floats as Go formats them. */
function goValue(value: unknown): string {
  if (value === null) return '<nil>';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : goFloat(value);
  return String(value);
}

// %v of a float64 is strconv's shortest 'g': exponent form when the decimal exponent is below -4
// or at least 6 (`1.5e+06`), plain digits otherwise.
function goFloat(f: number): string {
  const [mantissa, exponent] = f.toExponential().split('e');
  const e = Number(exponent);
  if (e < -4 || e >= 6) return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return String(f);
}

const ACRONYMS = new Set(['API', 'URL', 'UID', 'OSB', 'GUID']);

/**
 * smartLabelFor: a field name with characters other than letters and `-` stays as it is; else its
 * camel-case words, title-cased (the acronyms API, URL, UID, OSB, GUID upper-cased), joined by a
 * space: `apiVersion` → `API Version`, `persistentVolumeName` → `Persistent Volume Name`.
 */
export function smartLabelFor(field: string): string {
  if ([...field].some((c) => !isLetter(c) && c !== '-')) return field;
  return splitCamelCase(field)
    .filter((part) => part !== '_')
    .map((part) => (ACRONYMS.has(part.toUpperCase()) ? part.toUpperCase() : titleCase(part)))
    .join(' ');
}

function isLetter(c: string): boolean {
  return /\p{L}/u.test(c);
}

/** github.com/fatih/camelcase Split: runs of lower, upper, digit, other; `PDFLoader` → `PDF Loader`. */
function splitCamelCase(src: string): string[] {
  const classOf = (c: string) => (/\p{Ll}/u.test(c) ? 1 : /\p{Lu}/u.test(c) ? 2 : /\p{Nd}/u.test(c) ? 3 : 4);
  const runs: string[][] = [];
  let last = 0;
  for (const c of src) {
    const cls = classOf(c);
    if (cls === last) runs[runs.length - 1].push(c);
    else runs.push([c]);
    last = cls;
  }
  for (let i = 0; i < runs.length - 1; i++) {
    if (/\p{Lu}/u.test(runs[i][0]) && /\p{Ll}/u.test(runs[i + 1][0])) {
      runs[i + 1].unshift(runs[i].pop()!);
    }
  }
  return runs.filter((r) => r.length > 0).map((r) => r.join(''));
}

// strings.Title: the first letter of each word upper-cased (a word starts after a non-letter).
function titleCase(s: string): string {
  let out = '';
  let prevLetter = false;
  for (const c of s) {
    const letter = /[\p{L}\p{N}_']/u.test(c);
    out += !prevLetter && letter ? c.toUpperCase() : c;
    prevLetter = letter;
  }
  return out;
}
