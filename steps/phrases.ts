import { defineStep } from '@cucumber/cucumber';
import type { SimWorld } from './world';

/**
 * One handler, several phrasings (English and Korean). Korean word order puts parameters in
 * another order, so every phrasing names its parameters and the handler takes one object.
 *
 *   phrase(['deployment {string} has {int} available replicas', ['name', 'count']],
 *          ['디플로이먼트 {string}의 사용 가능한 레플리카는 {int}개다', ['name', 'count']],
 *          function ({ name, count }) { … })
 *
 * A doc string or data table, when the step has one, arrives as `doc`.
 */
export type Phrasing = [expression: string, names: string[]];

/** Parameters that count things: never negative. */
const COUNTS = new Set(['count', 'replicas', 'min', 'max', 'old', 'neu', 'revision', 'probes', 'nth', 'ok', 'size', 'partition', 'perSecond']);

/** Every handler's phrasings, in registration order: the step vocabulary (docs/steps.md). */
export const vocabulary: Array<{ file: string; phrasings: string[] }> = [];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function phrase<A extends Record<string, any>>(...args: [...Phrasing[], (this: SimWorld, a: A) => unknown]): void {
  const handler = args[args.length - 1] as (this: SimWorld, a: A) => unknown;
  const phrasings = args.slice(0, -1) as Phrasing[];
  vocabulary.push({ file: callerFile(), phrasings: phrasings.map(([e]) => e) });
  for (const [expression, names] of phrasings) {
    const fn = function (this: SimWorld, ...values: unknown[]) {
      const named: Record<string, unknown> = {};
      names.forEach((n, i) => (named[n] = values[i]));
      for (const n of names) {
        const v = named[n];
        // {int} also reads "-1": a count below 0 is a typo, not a Kubernetes question.
        if (COUNTS.has(n) && typeof v === 'number' && v < 0) throw new Error(`the step "${expression}" expects ${n} to be a whole number 0 or more, not ${v}`);
      }
      if (values.length > names.length) named.doc = values[names.length];
      return handler.call(this, named as A);
    };
    // cucumber reads the arity to tell a doc string apart: declare exactly the parameters.
    Object.defineProperty(fn, 'length', { value: names.length + (expression.endsWith(':') ? 1 : 0) });
    defineStep(expression, fn);
  }
}

function callerFile(): string {
  const line = (new Error().stack ?? '').split('\n').find((l) => /steps\/[\w.-]+\.steps\.ts/.test(l)) ?? '';
  return /steps\/([\w.-]+\.steps\.ts)/.exec(line)?.[1] ?? '';
}
