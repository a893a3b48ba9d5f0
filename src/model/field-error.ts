/**
 * apimachinery's field.Error, rendered as the API server renders it (ErrorBody), so that
 * `The Deployment "web" is invalid: ...` reads exactly as kubectl shows it.
 */
export type FieldErrorType = 'Required' | 'Invalid' | 'Unsupported' | 'Forbidden' | 'Duplicate' | 'NotFound' | 'TooLong';

export interface FieldError {
  type: FieldErrorType;
  field: string;
  /** Already formatted the way Go prints the bad value (see goValue helpers). */
  value?: string;
  detail?: string;
}

const TYPE_TEXT: Record<FieldErrorType, string> = {
  Required: 'Required value',
  Invalid: 'Invalid value',
  Unsupported: 'Unsupported value',
  Forbidden: 'Forbidden',
  Duplicate: 'Duplicate value',
  NotFound: 'Not found',
  TooLong: 'Too long',
};

/** The reason string the Status cause carries (FieldValueRequired, ...). */
export function causeReason(type: FieldErrorType): string {
  return `FieldValue${type === 'Required' ? 'Required' : type === 'Unsupported' ? 'NotSupported' : type}`;
}

export function fieldErrorBody(e: FieldError): string {
  let s = TYPE_TEXT[e.type];
  if (e.value !== undefined && e.type !== 'Required' && e.type !== 'Forbidden' && e.type !== 'TooLong') s += `: ${e.value}`;
  if (e.detail) s += `: ${e.detail}`;
  return s;
}

export function fieldErrorString(e: FieldError): string {
  return `${e.field}: ${fieldErrorBody(e)}`;
}

// ---- Go value formatting (%v for simple types, %q for strings, %#v for structs) ----

export const goInt = (n: number): string => String(n);
export const goString = (s: string): string => JSON.stringify(s);

/** %#v of map[string]string: keys sorted, `map[string]string{"a":"b", "c":"d"}`. */
export function goStringMap(m: Record<string, string> | undefined): string {
  if (!m) return 'map[string]string(nil)';
  const keys = Object.keys(m).sort();
  return `map[string]string{${keys.map((k) => `${goString(k)}:${goString(m[k])}`).join(', ')}}`;
}

/** %#v of intstr.IntOrString (a struct value, so no Stringer): Type 0 = int, 1 = string. */
export function goIntOrString(v: number | string | undefined): string {
  if (typeof v === 'string') return `intstr.IntOrString{Type:1, IntVal:0, StrVal:${goString(v)}}`;
  return `intstr.IntOrString{Type:0, IntVal:${v ?? 0}, StrVal:""}`;
}

/** %#v of a v1.LabelSelector. */
export function goLabelSelector(sel: { matchLabels?: Record<string, string>; matchExpressions?: Array<{ key: string; operator: string; values?: string[] }> }): string {
  const exprs = sel.matchExpressions && sel.matchExpressions.length > 0
    ? `[]v1.LabelSelectorRequirement{${sel.matchExpressions
        .map((e) => `v1.LabelSelectorRequirement{Key:${goString(e.key)}, Operator:${goString(e.operator)}, Values:${e.values ? `[]string{${e.values.map(goString).join(', ')}}` : '[]string(nil)'}}`)
        .join(', ')}}`
    : '[]v1.LabelSelectorRequirement(nil)';
  const labels = sel.matchLabels && Object.keys(sel.matchLabels).length > 0 ? goStringMap(sel.matchLabels) : 'map[string]string(nil)';
  return `v1.LabelSelector{MatchLabels:${labels}, MatchExpressions:${exprs}}`;
}
