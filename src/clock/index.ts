export { VirtualClock, DEFAULT_START, rfc3339, parseTime } from './virtual-clock';
export { EventQueue } from './event-queue';
export type { QueuedItem } from './event-queue';
export { Random, SAFE_ALPHABET, randomSafeString, randomUid } from './random';
export { parseDuration, toMs } from './duration';
export type { DurationInput } from './duration';
