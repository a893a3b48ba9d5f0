import { World, IWorldOptions, setWorldConstructor } from '@cucumber/cucumber';
import { Cluster, KubectlResult } from '../src';

/**
 * One world per scenario: a fresh simulated cluster (seeded from an @seed-N tag, default 1),
 * the last kubectl result, and where the current rollout began on the timeline.
 */
export class SimWorld extends World {
  cluster!: Cluster;
  seed = 1;
  nodes: string[] = ['minikube'];
  /** The Deployment the scenario talks about when a step does not name one. */
  currentDeployment?: string;
  /** Timeline sequence number at the last change a rollout assertion should look after. */
  rolloutFrom = 0;
  /** Virtual time at that change. */
  rolloutStartedAt = 0;
  lastKubectl?: KubectlResult & { command: string };
  /** Pods remembered by a step ("the deleted pod"), with the facts later steps compare. */
  remembered = new Map<string, { name: string; ip?: string; uid?: string }>();
  /** Store resource version before the last write that was expected to fail. */
  resourceVersionBefore?: string;
  lastApplyError?: string;

  constructor(options: IWorldOptions) {
    super(options);
  }

  /** The cluster, created on first use so Given steps can still configure nodes. */
  sim(): Cluster {
    if (!this.cluster) this.cluster = new Cluster({ seed: this.seed, nodes: this.nodes });
    return this.cluster;
  }

  deploymentName(explicit?: string): string {
    let name = explicit ?? this.currentDeployment;
    if (!name && this.cluster) {
      // The scenario created it with kubectl: when there is only one, it is the one meant.
      const all = this.cluster.list('deployment');
      if (all.length === 1) name = all[0].metadata.name;
    }
    if (!name) throw new Error('No deployment has been mentioned yet: name one, e.g. deployment "web".');
    return name;
  }

  /** Marks the start of a change whose rollout later steps will judge. */
  markRolloutStart(): void {
    const c = this.sim();
    this.rolloutFrom = c.timeline.cursor;
    this.rolloutStartedAt = c.now();
  }
}

setWorldConstructor(SimWorld);
