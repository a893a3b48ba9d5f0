import type { ApiError } from '../../store/api-error';
import { formatApiError } from '../../store/api-error';

/**
 * The shapes of error kubectl's commands return, and how `cmdutil.CheckErr` prints them
 * (kubectl/pkg/cmd/util/helpers.go): one error alone in its own form (`error: …`, `Error from
 * server (Reason): …`, `The Kind "name" is invalid: …`), several as one line each, without the
 * `error: ` prefix (MultipleErrors). Aggregates nest as kubectl builds them: the resource builder
 * returns one aggregate of every error it met while reading (EagerVisitorList), and `apply`
 * adds its per-object errors after it — a nested aggregate of two or more prints as `[a, b]`.
 */
export type KubectlError =
  | { type: 'plain'; message: string }
  | { type: 'status'; error: ApiError; context?: string }
  | { type: 'aggregate'; errors: KubectlError[] };

export const plain = (message: string): KubectlError => ({ type: 'plain', message });
export const status = (error: ApiError, context?: string): KubectlError => ({ type: 'status', error, context });
export const aggregate = (errors: KubectlError[]): KubectlError => ({ type: 'aggregate', errors });

/** err.Error(): an API status error's message (with AddSourceToErr's context), an aggregate's `[a, b]`. */
export function errorString(e: KubectlError): string {
  switch (e.type) {
    case 'plain':
      return e.message;
    case 'status':
      return `${e.context ?? ''}${e.error.message}`;
    case 'aggregate': {
      const seen: string[] = [];
      for (const x of e.errors) {
        const m = errorString(x);
        if (!seen.includes(m)) seen.push(m);
      }
      return seen.length === 1 ? seen[0] : seen.length === 0 ? '' : `[${seen.join(', ')}]`;
    }
  }
}

/** messageForError: API errors as `Error from server (Reason): …`, everything else as is. */
function messageFor(e: KubectlError): string {
  if (e.type === 'status') return e.error.reason ? `Error from server (${e.error.reason}): ${errorString(e)}` : `Error from server: ${errorString(e)}`;
  return errorString(e);
}

/** What CheckErr writes to stderr for the error a command returned (ends with a newline). */
export function checkErr(e: KubectlError): string {
  let err = e;
  while (err.type === 'aggregate' && err.errors.length === 1) err = err.errors[0];
  let text: string;
  if (err.type === 'aggregate') text = err.errors.map((x) => `${messageFor(x)}\n`).join('');
  else if (err.type === 'status') text = err.error.reason === 'Invalid' && err.error.details?.causes ? formatApiError(err.error) : messageFor(err);
  else text = err.message.startsWith('error: ') ? err.message : `error: ${err.message}`;
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** A command's errors as kubectl returns them: nothing, the one error, or their aggregate. */
export function combine(errors: KubectlError[]): KubectlError | undefined {
  if (errors.length === 0) return undefined;
  return errors.length === 1 ? errors[0] : aggregate(errors);
}
