import { defineParameterType } from '@cucumber/cucumber';
import { parseDuration } from '../src/clock/duration';

/**
 * Parameter types shared by the English and Korean vocabularies. Each rejects what it cannot
 * read with a message that names what was expected.
 */

const UNIT: Record<string, string> = {
  second: 's', seconds: 's', sec: 's', secs: 's', s: 's', 초: 's',
  minute: 'm', minutes: 'm', min: 'm', mins: 'm', m: 'm', 분: 'm',
  hour: 'h', hours: 'h', h: 'h', 시간: 'h',
  millisecond: 'ms', milliseconds: 'ms', ms: 'ms',
};

/** "30 seconds", "5 minutes", "1 hour", "90s", "1m30s", "30초", "5분". */
defineParameterType({
  name: 'duration',
  regexp: /\d+(?:\.\d+)?\s*(?:milliseconds?|seconds?|secs?|minutes?|mins?|hours?|ms|s|m|h|초|분|시간)(?:\s*\d+(?:\.\d+)?\s*(?:seconds?|s|초))?/,
  transformer(text: string): number {
    const normalized = text.replace(/(\d+(?:\.\d+)?)\s*([a-z초분시간]+)/g, (_, n: string, u: string) => {
      const unit = UNIT[u];
      if (!unit) throw new Error(`"${text}" is not a duration: use seconds, minutes or hours (e.g. 30 seconds, 5m, 30초)`);
      return `${n}${unit}`;
    });
    return parseDuration(normalized.replace(/\s+/g, ''));
  },
});

/** "10→8→5→0" or "10 -> 8 -> 5 -> 0": a ReplicaSet's sizes over time. */
defineParameterType({
  name: 'sequence',
  regexp: /\d+(?:\s*(?:→|->)\s*\d+)+/,
  transformer: (text: string): number[] => text.split(/\s*(?:→|->)\s*/).map(Number),
});

/** "1, 2, 3" or "1, 3 and 4": revision numbers. */
defineParameterType({
  name: 'revisions',
  // Not offered in snippets for undefined steps (it would claim every word or number).
  useForSnippets: false,
  regexp: /\d+(?:\s*(?:,|and|및)\s*\d+)*/,
  transformer: (text: string): number[] => text.split(/\s*(?:,|and|및)\s*/).map(Number),
});

/** "25%" or "1": maxSurge / maxUnavailable as the manifest would spell them. */
defineParameterType({
  name: 'intOrPercent',
  // Not offered in snippets for undefined steps (it would claim every word or number).
  useForSnippets: false,
  regexp: /\d+%?/,
  transformer: (text: string): number | string => (text.endsWith('%') ? text : Number(text)),
});

/** A condition status. */
defineParameterType({
  name: 'status',
  regexp: /True|False|Unknown/,
  transformer: (text: string) => text,
});

/** "5th", "1st", "22nd": an ordinal, as a number. */
defineParameterType({
  name: 'ordinal',
  regexp: /\d+(?:st|nd|rd|th)/,
  transformer: (text: string): number => parseInt(text, 10),
});

/**
 * An API identifier (condition type, reason): ASCII letters and digits only, so a Korean particle
 * written right after it (`ProgressDeadlineExceeded이다`) is never swallowed.
 */
defineParameterType({
  name: 'ascii',
  // Not offered in snippets for undefined steps (it would claim every word or number).
  useForSnippets: false,
  regexp: /[A-Za-z][A-Za-z0-9]*/,
  transformer: (text: string) => text,
});
