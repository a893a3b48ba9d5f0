import { FieldError, causeReason, fieldErrorBody, fieldErrorString } from '../model/field-error';
import { qualifiedResource } from '../model/kinds';

/**
 * Expected failures of API calls, as data (the Status object the API server would return).
 * Only the edges (kubectl, steps) turn them into text.
 */
export type ApiErrorReason = 'NotFound' | 'AlreadyExists' | 'Conflict' | 'Invalid' | 'BadRequest' | 'TooManyRequests' | 'Forbidden' | 'InternalError';

export interface ApiError {
  reason: ApiErrorReason;
  code: number;
  message: string;
  details?: { kind?: string; name?: string; group?: string; causes?: Array<{ field: string; message: string; reason: string }> };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: ApiError): Result<T> => ({ ok: false, error });

export function notFound(kind: string, name: string): ApiError {
  return { reason: 'NotFound', code: 404, message: `${qualifiedResource(kind)} "${name}" not found`, details: { kind: qualifiedResource(kind).split('.')[0], name } };
}

export function alreadyExists(kind: string, name: string): ApiError {
  return { reason: 'AlreadyExists', code: 409, message: `${qualifiedResource(kind)} "${name}" already exists`, details: { name } };
}

export function conflict(kind: string, name: string, detail: string): ApiError {
  return { reason: 'Conflict', code: 409, message: `Operation cannot be fulfilled on ${qualifiedResource(kind)} "${name}": ${detail}`, details: { name } };
}

/** 403 from an admission plugin: `pods "x" is forbidden: exceeded quota: …`. */
export function forbidden(kind: string, name: string, detail: string): ApiError {
  return { reason: 'Forbidden', code: 403, message: `${qualifiedResource(kind)} "${name}" is forbidden: ${detail}`, details: { name } };
}

export function badRequest(message: string): ApiError {
  return { reason: 'BadRequest', code: 400, message };
}

/** 422 Invalid with causes: kubectl prints `The <Kind> "<name>" is invalid: ...` from these. */
export function invalid(kind: string, name: string, errors: FieldError[]): ApiError {
  const list = errors.map(fieldErrorString);
  const group = qualifiedGroupSuffix(kind);
  const message = `${group ? `${kind}.${group}` : kind} "${name}" is invalid: ${list.length === 1 ? list[0] : `[${list.join(', ')}]`}`;
  return {
    reason: 'Invalid',
    code: 422,
    message,
    details: { kind, name, causes: errors.map((e) => ({ field: e.field, message: fieldErrorBody(e), reason: causeReason(e.type) })) },
  };
}

function qualifiedGroupSuffix(kind: string): string {
  const q = qualifiedResource(kind);
  const dot = q.indexOf('.');
  return dot < 0 ? '' : q.slice(dot + 1);
}

/**
 * How kubectl prints an API error (cmdutil.CheckErr / StandardErrorMessage). For 422 Invalid it
 * ignores the message and lists the causes; other errors read `Error from server (Reason): msg`.
 * `context` is kubectl's `error when creating "file.yaml": ` prefix where it applies.
 */
export function formatApiError(e: ApiError, context = ''): string {
  if (e.reason === 'Invalid' && e.details?.causes) {
    const causes = e.details.causes;
    const head = `The ${e.details.kind} "${e.details.name}" is invalid: `;
    if (causes.length === 1) return `${head}${causes[0].field}: ${causes[0].message}`;
    return `${head}\n${causes.map((c) => `* ${c.field}: ${c.message}`).join('\n')}`;
  }
  return `Error from server (${e.reason}): ${context}${e.message}`;
}
