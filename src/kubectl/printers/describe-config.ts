/**
 * `kubectl describe configmap | secret`, transcribed from describe.go (v1.32) and checked against
 * the real kubectl v1.32 binary (golden cases describe-configmap*, describe-secret*).
 *
 * kubectl walks the data maps in Go's map order, which is random from one run to the next; these
 * printers use key order (Go's sort.Strings), one of the orders kubectl prints.
 */
import type { Event, ObjectMeta } from '../../model/types';
import { tabbedString } from './describe-writer';
import { printAnnotationsMultiline, printLabelsMultiline } from './describe-fields';
import { describeEvents } from './describe-events';
import { sortedKeys } from './selector';

/** A ConfigMap, the parts describe reads (binaryData values are base64, as served). */
export interface ConfigMapLike {
  readonly metadata?: ObjectMeta;
  readonly data?: Readonly<Record<string, string>> | null;
  readonly binaryData?: Readonly<Record<string, string>> | null;
}

/** What `describe configmap` prints besides the ConfigMap. */
export interface ConfigMapRelations {
  readonly events?: readonly Event[];
}

/**
 * `kubectl describe configmap`:
 * ```
 * Name:         cfg
 * Namespace:    default
 * Labels:       <none>
 * Annotations:  <none>
 *
 * Data
 * ====
 * a:
 * ----
 * b
 *
 * BinaryData
 * ====
 *
 * Events:  <none>
 * ```
 * Each value is printed as it is, line breaks and all, after `<key>:` and `----`.
 */
export function describeConfigMap(cm: ConfigMapLike, relations: ConfigMapRelations, nowMs: number): string {
  return tabbedString((w) => {
    const meta = cm.metadata ?? {};
    w.write(0, `Name:\t${meta.name ?? ''}\n`);
    w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(0, '\nData\n====\n');
    const data = cm.data ?? {};
    for (const key of sortedKeys(data)) {
      w.write(0, `${key}:\n----\n`);
      w.write(0, `${data[key]}\n`);
      w.write(0, '\n');
    }
    w.write(0, '\nBinaryData\n====\n');
    const binary = cm.binaryData ?? {};
    for (const key of sortedKeys(binary)) w.write(0, `${key}: ${base64Length(binary[key])} bytes\n`);
    w.write(0, '\n');
    describeEvents(relations.events, w, nowMs);
  });
}

/** A Secret, the parts describe reads (data values are base64, as served). */
export interface SecretLike {
  readonly metadata?: ObjectMeta;
  readonly type?: string;
  readonly data?: Readonly<Record<string, string>> | null;
}

/**
 * `kubectl describe secret`: identity, `Type:` and the byte count of each data value, never the
 * value — except the `token` of a service-account-token Secret, printed in clear. No events.
 */
export function describeSecret(secret: SecretLike): string {
  return tabbedString((w) => {
    const meta = secret.metadata ?? {};
    w.write(0, `Name:\t${meta.name ?? ''}\n`);
    w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    // The API server defaults the type to Opaque.
    const type = secret.type || 'Opaque';
    w.write(0, `\nType:\t${type}\n`);
    w.write(0, '\nData\n====\n');
    const data = secret.data ?? {};
    for (const key of sortedKeys(data)) {
      if (key === 'token' && type === 'kubernetes.io/service-account-token') {
        w.write(0, `${key}:\t${Buffer.from(data[key], 'base64').toString('utf8')}\n`);
      } else {
        w.write(0, `${key}:\t${base64Length(data[key])} bytes\n`);
      }
    }
  });
}

/** The number of bytes a base64 value decodes to. */
function base64Length(value: string): number {
  return Buffer.from(value, 'base64').length;
}
