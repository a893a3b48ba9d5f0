/**
 * client-go's EventCorrelator (tools/record/events_cache.go), the part of every legacy event
 * recorder (controller-manager controllers, the kubelet) that sits between `Eventf` and the API:
 *
 * 1. **Aggregation** (EventAggregatorByReasonFunc): events about one object from one source with
 *    the same type and reason but different messages are "similar". From the 10th distinct
 *    message within 10 minutes on, each is replaced by one combined event whose message is
 *    `(combined from similar events): <message>` — why `kubectl describe rs` of 10 replicas
 *    lists nine `Created pod:` lines and one combined line.
 * 2. **Counting** (eventLogger): an event identical to one seen before (same key) becomes a
 *    patch of that Event: count + 1, lastTimestamp now, the newest message.
 * 3. **Spam filter** (EventSourceObjectSpamFilter): a token bucket per source and object, 25
 *    tokens, refilled at 1 per 5 minutes. An event without a token is dropped — but the count of
 *    step 2 has already moved, so the next event that gets through carries it.
 *
 * The scheduler records through the events.k8s.io API, which has none of this.
 * Upstream keeps these states in LRU caches of 4096 entries per recorder; kubespec never
 * evicts (a real recorder only forgets under far more objects than a scenario has).
 */

/** defaultAggregateMaxEvents: the distinct message count at which similar events are combined. */
export const AGGREGATE_MAX_EVENTS = 10;
/** defaultAggregateIntervalInSeconds: similar events further apart than this start afresh. */
export const AGGREGATE_INTERVAL_MS = 600_000;
/** defaultSpamBurst: events a source may record about one object at once. */
export const SPAM_BURST = 25;
/** defaultSpamQPS (a float32 in Go: 1/300 rounded to single precision). */
export const SPAM_QPS = Math.fround(1 / 300);
/** EventAggregatorByReasonMessageFunc's prefix. */
export const COMBINED_PREFIX = '(combined from similar events): ';

/** The similar-event record of one (source, object, type, reason): distinct messages lately seen. */
export interface AggregateState {
  /** Distinct messages, oldest first (upstream's set; see `aggregate` for the one it drops). */
  messages: string[];
  /** When the last similar event was seen, virtual ms. */
  last: number;
}

/**
 * EventAggregate: notes `message` in `state` and says whether the event must be replaced by the
 * combined one. Upstream drops an arbitrary message from a full set (Go's map order); kubespec
 * drops the oldest, one of the outcomes a real recorder can have, and always the same one.
 */
export function aggregate(state: AggregateState, message: string, now: number): boolean {
  if (now - state.last > AGGREGATE_INTERVAL_MS) state.messages = [];
  if (!state.messages.includes(message)) state.messages.push(message);
  state.last = now;
  if (state.messages.length < AGGREGATE_MAX_EVENTS) return false;
  state.messages.shift();
  return true;
}

/** A token bucket (golang.org/x/time/rate behind flowcontrol's passive limiter). */
export interface TokenBucket {
  tokens: number;
  /** Virtual ms of the last token taken. */
  last: number;
}

export function fullBucket(now: number): TokenBucket {
  return { tokens: SPAM_BURST, last: now };
}

/**
 * TryAccept: refills `(now - last)` seconds × qps (never above the burst), then takes a token
 * if there is a whole one. A refused call changes nothing, as in rate.Limiter.
 */
export function tryAccept(bucket: TokenBucket, now: number): boolean {
  const elapsedSeconds = Math.max(0, now - bucket.last) / 1000;
  const tokens = Math.min(SPAM_BURST, bucket.tokens + elapsedSeconds * SPAM_QPS) - 1;
  if (tokens < 0) return false;
  bucket.tokens = tokens;
  bucket.last = now;
  return true;
}

/** Components that record through events.k8s.io/v1 (no aggregation, no spam filter). */
const NEW_EVENTS_API = new Set(['default-scheduler']);

export function correlates(component: string): boolean {
  return !NEW_EVENTS_API.has(component);
}
