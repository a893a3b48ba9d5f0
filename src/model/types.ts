// The resource types, from kubernetes-types, under the names the API uses. kubernetes-types marks
// server-set fields (status, uid, creationTimestamp, ...) readonly; the simulator *is* the server,
// so the exported types drop those markers.
import type * as apps from 'kubernetes-types/apps/v1';
import type * as core from 'kubernetes-types/core/v1';
import type * as meta from 'kubernetes-types/meta/v1';

/** Strips `readonly` from the top-level fields of T. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export type ObjectMeta = Mutable<meta.ObjectMeta>;
type WithMeta<T> = Omit<Mutable<T>, 'metadata'> & { metadata?: ObjectMeta };

export type Deployment = WithMeta<apps.Deployment>;
export type ReplicaSet = WithMeta<apps.ReplicaSet>;
export type StatefulSet = WithMeta<apps.StatefulSet>;
export type DaemonSet = WithMeta<apps.DaemonSet>;
export type Pod = WithMeta<core.Pod>;
export type Node = WithMeta<core.Node>;
export type Event = WithMeta<core.Event>;
export type Namespace = WithMeta<core.Namespace>;
export type Service = WithMeta<core.Service>;
export type PodTemplateSpec = Omit<core.PodTemplateSpec, 'metadata'> & { metadata?: ObjectMeta };

export type {
  DeploymentSpec, DeploymentStatus, DeploymentCondition, DeploymentStrategy, ReplicaSetSpec, ReplicaSetStatus, ReplicaSetCondition,
} from 'kubernetes-types/apps/v1';
export type {
  PodSpec, PodStatus, PodCondition, Container, ContainerStatus, ContainerState, Probe, NodeCondition, NodeStatus, ObjectReference, Toleration, Taint, Volume,
} from 'kubernetes-types/core/v1';
export type { OwnerReference, LabelSelector, LabelSelectorRequirement } from 'kubernetes-types/meta/v1';

/** apimachinery's intstr.IntOrString: 5 or "25%". */
export type IntOrString = number | string;

/** Any API object the store holds: every one has apiVersion, kind and metadata. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}
