import type { Controller, ControllerContext } from '../controllers/controller';
import { DeploymentController } from '../controllers/deployment/controller';
import { ReplicaSetController } from '../controllers/replicaset/controller';
import { GarbageCollector } from '../controllers/gc/garbage-collector';
import { StatefulSetController } from '../controllers/statefulset/controller';
import { PersistentVolumeController } from '../controllers/storage/persistent-volume';
import { StorageProtectionController } from '../controllers/storage/protection';
import { AttachDetachController } from '../controllers/volume/attach-detach';
import { Scheduler } from '../scheduler/scheduler';
import { Kubelet } from '../kubelet/kubelet';
import type { ImageCatalog } from '../kubelet/image-behaviour';
import type { NodeHealth } from '../kubelet/node-health';
import { NodeLifecycleController } from '../controllers/nodelifecycle/controller';
import { TaintEvictionController } from '../controllers/nodelifecycle/taint-eviction';
import { JobController } from '../controllers/job/controller';
import { ResourceQuotaController } from '../controllers/resourcequota/controller';
import { DisruptionController } from '../controllers/disruption/controller';
import { DaemonSetController } from '../controllers/daemonset/controller';
import { EndpointsController } from '../controllers/endpoints/controller';
import { EndpointSliceController } from '../controllers/endpoints/slice-controller';
import { KubernetesServiceController } from '../controllers/kubernetesservice/controller';
import { RootCACertPublisher } from '../controllers/rootcacertpublisher/controller';
import './service-admission';

/**
 * The controllers a simulated cluster runs, in the order they see each change. Tier 0 acts on
 * pods and drains first within an instant; tier 1 (workload controllers above ReplicaSets) syncs
 * after. A new controller is one more line here.
 */
/** What some controllers share besides the store: declared image behaviours, kubelet liveness. */
export interface ControllerDeps {
  images: ImageCatalog;
  health: NodeHealth;
  clusterStart: number;
}

export interface ControllerEntry {
  name: string;
  tier: 0 | 1;
  build(ctx: ControllerContext, deps: ControllerDeps): Controller;
}

export const CONTROLLERS: ControllerEntry[] = [
  { name: 'deployment', tier: 1, build: (ctx) => new DeploymentController(ctx) },
  { name: 'replicaset', tier: 0, build: (ctx) => new ReplicaSetController(ctx) },
  { name: 'garbagecollector', tier: 0, build: (ctx) => new GarbageCollector(ctx) },
  { name: 'statefulset', tier: 0, build: (ctx) => new StatefulSetController(ctx) },
  { name: 'persistentvolume-binder', tier: 0, build: (ctx) => new PersistentVolumeController(ctx) },
  { name: 'storage-protection', tier: 0, build: (ctx) => new StorageProtectionController(ctx) },
  { name: 'attachdetach', tier: 0, build: (ctx) => new AttachDetachController(ctx) },
  { name: 'scheduler', tier: 0, build: (ctx) => new Scheduler(ctx) },
  { name: 'kubelet', tier: 0, build: (ctx, deps) => new Kubelet(ctx, deps.images, deps.health) },
  { name: 'nodelifecycle', tier: 0, build: (ctx, deps) => new NodeLifecycleController(ctx, deps.health, deps.clusterStart) },
  { name: 'taint-eviction', tier: 0, build: (ctx) => new TaintEvictionController(ctx) },
  { name: 'job', tier: 1, build: (ctx) => new JobController(ctx) },
  { name: 'resourcequota', tier: 0, build: (ctx) => new ResourceQuotaController(ctx) },
  { name: 'disruption', tier: 0, build: (ctx) => new DisruptionController(ctx) },
  { name: 'daemonset', tier: 0, build: (ctx) => new DaemonSetController(ctx) },
  { name: 'endpoints', tier: 0, build: (ctx) => new EndpointsController(ctx) },
  { name: 'endpointslice', tier: 0, build: (ctx) => new EndpointSliceController(ctx) },
  { name: 'kubernetes-service', tier: 0, build: (ctx, deps) => new KubernetesServiceController(ctx, deps.clusterStart) },
  { name: 'root-ca-cert-publisher', tier: 0, build: (ctx) => new RootCACertPublisher(ctx) },
];
