import type { Controller, ControllerContext } from '../controllers/controller';
import { DeploymentController } from '../controllers/deployment/controller';
import { ReplicaSetController } from '../controllers/replicaset/controller';
import { GarbageCollector } from '../controllers/gc/garbage-collector';
import { Scheduler } from '../scheduler/scheduler';
import { Kubelet } from '../kubelet/kubelet';
import type { ImageCatalog } from '../kubelet/image-behaviour';

/**
 * The controllers a simulated cluster runs, in the order they see each change. Tier 0 acts on
 * pods and drains first within an instant; tier 1 (workload controllers above ReplicaSets) syncs
 * after. A new controller is one more line here.
 */
export interface ControllerEntry {
  name: string;
  tier: 0 | 1;
  build(ctx: ControllerContext, deps: { images: ImageCatalog }): Controller;
}

export const CONTROLLERS: ControllerEntry[] = [
  { name: 'deployment', tier: 1, build: (ctx) => new DeploymentController(ctx) },
  { name: 'replicaset', tier: 0, build: (ctx) => new ReplicaSetController(ctx) },
  { name: 'garbagecollector', tier: 0, build: (ctx) => new GarbageCollector(ctx) },
  { name: 'scheduler', tier: 0, build: (ctx) => new Scheduler(ctx) },
  { name: 'kubelet', tier: 0, build: (ctx, deps) => new Kubelet(ctx, deps.images) },
];
