// kubespec's public API: everything a step definition, a test or a tool may use.
export { Cluster } from './cluster';
export { Simulator, ManifestError, threeWayMerge } from './sim/simulator';
export type { ClusterOptions, NodeOptions, ApplyResult, ApplyAction, WriteOptions, RunResult } from './sim/simulator';
export { deploymentManifest, containerNameFor } from './sim/builders';
export type { DeploymentShorthand } from './sim/builders';
export type { KubectlResult } from './kubectl/result';
export type { KubectlOptions } from './kubectl/run';
export type { ImageBehaviour } from './kubelet/image-behaviour';
export { Timeline } from './timeline/timeline';
export type { DeploymentSample, ReplicaSetPoint, TimelineMark } from './timeline/timeline';
export type { SimEvent } from './events/sim-event';
export { formatApiError } from './store/api-error';
export type { ApiError } from './store/api-error';
export { parseDuration } from './clock/duration';
export * as arithmetic from './controllers/arithmetic';
