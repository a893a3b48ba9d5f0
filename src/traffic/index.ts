// The traffic model: requests sent to a Service while its pods change (see model.ts).
export { answers, atRate, describeResult, sendRequests, spreadEvenly, summarize } from './model';
export type { EndpointTarget, FailureReason, RequestOutcome, TrafficResult, TrafficSnapshot } from './model';
export { TrafficRecorder, targetFor } from './recorder';
export type { ServingBehaviour, TrafficSource } from './recorder';
