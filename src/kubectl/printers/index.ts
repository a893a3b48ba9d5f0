/**
 * kubectl's printers as pure functions: `(objects, options, nowMs) → text`, byte-exact to
 * kubectl v1.32. No store, no clock: commands fetch objects and pass the virtual "now".
 * Every export is named here one by one; helpers not listed stay internal to this folder.
 */

// Layout primitives
export { tabwrite, TabWriter, runeLength, GET_TABLE_TABWRITER, DESCRIBE_TABWRITER } from './tabwriter';
export type { TabwriterSettings } from './tabwriter';
export { humanDuration, translateTimestampSince } from './human-duration';
export { parseTimestamp, formatRFC1123Z } from './timestamps';
export { labelSelectorString, formatLabelSelector, formatLabels, InvalidSelectorError } from './selector';

// kubectl get
export { summarizePod, podStatusReason, podReadyCount, podRestarts } from './pod-status';
export type { PodSummary } from './pod-status';
export { registerTableKind, tableKindFor, registeredTableKinds } from './table-registry';
export type { ColumnDefinition, Cell, TableKind } from './table-registry';
export { layoutContainerCells, nodeRoles, formatEndpoints } from './table-kinds';
export { printTable, printTables, buildServerTable, noResourcesMessage, kindPrefixedName } from './get-table';
export type { GetTableOptions, ServerTable } from './get-table';

// -o name | yaml | json
export { resourceName, printNames, printYaml, printJson, asList } from './object-output';
export type { OutputSubject } from './object-output';
export { toGoYaml } from './go-yaml';
export { toGoJson } from './go-json';

// rollout history
export {
  printRolloutHistory,
  printRolloutHistoryRevision,
  historyFromReplicaSets,
  REVISION_ANNOTATION,
  CHANGE_CAUSE_ANNOTATION,
} from './rollout-history';
export type { RolloutRevision, RolloutHistoryEntry } from './rollout-history';

// kubectl describe
export { describeDeployment, describeReplicaSet, describePod } from './describe';
export type { DeploymentRelations, ReplicaSetRelations, PodRelations } from './describe';
export { describeNode, describeService, describeStatefulSet } from './describe-more';
export type { NodeRelations, ServiceRelations, StatefulSetRelations, EndpointSliceLike } from './describe-more';
export { describePersistentVolumeClaim, describePersistentVolume, describeStorageClass, podsUsingClaim } from './describe-storage';
export type { PersistentVolumeClaimRelations, PersistentVolumeRelations, StorageClassRelations, StorageClassLike } from './describe-storage';
export { describeConfigMap, describeSecret } from './describe-config';
export type { ConfigMapRelations, ConfigMapLike, SecretLike } from './describe-config';
export { describeDaemonSet, describeJob } from './describe-workloads';
export type { DaemonSetRelations, JobRelations, JobLike } from './describe-workloads';
export { describeGeneric, smartLabelFor } from './describe-generic';
export type { GenericRelations } from './describe-generic';
export { describePodTemplate } from './describe-pod-template';
export { describeEvents, eventAge, eventSource } from './describe-events';
export { describeProbe } from './describe-containers';
export { podQOSClass } from './qos';
export { TabbedPrefixWriter, PlainPrefixWriter, tabbedString } from './describe-writer';
export type { PrefixWriter, Level } from './describe-writer';
export { withSynthesizedRuntimeFields, syntheticContainerID, syntheticImageID } from './synthesized-fields';
