/**
 * The multi-line fields every describer shares (describe.go): Labels, Annotations,
 * Node-Selectors, Tolerations, "Controlled By". Continuation lines start with a tab so that the
 * tabwriter lines them up under the first value.
 */
import type { ObjectMeta, PodSpec } from '../../model/types';
import type { PrefixWriter } from './describe-writer';
import { goSort } from './go-sort';
import { compareGoStrings } from './selector';

/** The annotation `kubectl apply` maintains; describe never shows it. */
export const LAST_APPLIED_CONFIG_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

/** Longer annotations (key + value + 2, in bytes) are printed on their own lines. */
const MAX_ANNOTATION_LEN = 140;

type Toleration = NonNullable<PodSpec['tolerations']>[number];

/**
 * printLabelsMultiline: `<title>:\t<k>=<v>` then `\t<k>=<v>` per further label, sorted by key;
 * `<none>` when empty. `title` carries its own indentation (`  Labels` in a pod template).
 */
export function printLabelsMultiline(w: PrefixWriter, title: string, labels: Readonly<Record<string, string>> | undefined): void {
  w.write(0, `${title}:\t`);
  const keys = Object.keys(labels ?? {}).sort(compareGoStrings);
  if (keys.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(0, '\t');
    w.write(0, `${key}=${labels![key]}\n`);
  });
}

/**
 * printAnnotationsMultiline: like labels but `k: v`, hiding last-applied-configuration. A value
 * with a newline, or longer than 140 bytes with its key, is printed as `key:` followed by its
 * lines, each indented two spaces and cut to 138 bytes plus `...`.
 */
export function printAnnotationsMultiline(
  w: PrefixWriter,
  title: string,
  annotations: Readonly<Record<string, string>> | undefined,
): void {
  w.write(0, `${title}:\t`);
  const all = annotations ?? {};
  const keys = Object.keys(all)
    .filter((k) => k !== LAST_APPLIED_CONFIG_ANNOTATION)
    .sort(compareGoStrings);
  if (keys.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  const indent = '\t';
  keys.forEach((key, i) => {
    if (i !== 0) w.write(0, indent);
    const value = all[key].endsWith('\n') ? all[key].slice(0, -1) : all[key];
    if (byteLength(value) + byteLength(key) + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(0, `${key}:\n`);
      for (const line of value.split('\n')) w.write(0, `${indent}  ${shorten(line, MAX_ANNOTATION_LEN - 2)}\n`);
    } else {
      w.write(0, `${key}: ${value}\n`);
    }
  });
}

/**
 * printPodTolerationsMultiline: `key[=value][:effect][ op=Exists][ for Ns]`, sorted by key.
 * A bare `operator: Exists` (tolerates everything) prints as `op=Exists`.
 */
export function printTolerationsMultiline(w: PrefixWriter, title: string, tolerations: readonly Toleration[] | undefined): void {
  w.write(0, `${title}:\t`);
  const list = goSort([...(tolerations ?? [])], (a, b) => (a.key ?? '') < (b.key ?? ''));
  if (list.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  list.forEach((t, i) => {
    if (i !== 0) w.write(0, '\t');
    let text = t.key ?? '';
    if (t.value) text += `=${t.value}`;
    if (t.effect) text += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) text += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) text += ` for ${t.tolerationSeconds}s`;
    w.write(0, `${text}\n`);
  });
}

/** printController: `<Kind>/<name>` of the controller owner reference, or `''`. */
export function controllerOf(meta: ObjectMeta | undefined): string {
  const ref = meta?.ownerReferences?.find((r) => r.controller === true);
  return ref ? `${ref.kind}/${ref.name}` : '';
}

/** printBool: `True` / `False`. */
export function printBool(value: boolean | undefined): string {
  return value ? 'True' : 'False';
}

/** stringOrNone. */
export function stringOrNone(s: string | undefined): string {
  return s ? s : '<none>';
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

// describe.go's shorten counts bytes; a cut inside a multi-byte character is decoded leniently.
function shorten(s: string, maxLength: number): string {
  const bytes = Buffer.from(s, 'utf8');
  return bytes.length > maxLength ? `${bytes.subarray(0, maxLength).toString('utf8')}...` : s;
}
