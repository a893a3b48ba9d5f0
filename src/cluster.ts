import { Simulator, ClusterOptions } from './sim/simulator';
import type { KubectlResult } from './kubectl/result';
import { runKubectl, KubectlOptions } from './kubectl/run';

/**
 * The public face of kubespec: a simulated cluster you can apply manifests to, drive with kubectl
 * command lines, and move through virtual time.
 *
 * ```ts
 * const cluster = new Cluster({ seed: 1, nodes: ['minikube'] });
 * cluster.apply(yamlText);
 * cluster.kubectl('set image deployment/web nginx=nginx:1.26');
 * cluster.runUntilRolledOut('web', { timeout: '10m' });
 * ```
 */
export class Cluster extends Simulator {
  constructor(options: ClusterOptions = {}) {
    super(options);
  }

  /**
   * Runs one kubectl command line (with or without the leading `kubectl`/`k`) and returns what
   * kubectl v1.32 would print. Commands that wait (`rollout status`) advance virtual time.
   * `files` supplies the contents of `-f` paths that are not on disk.
   */
  kubectl(commandLine: string, options: KubectlOptions = {}): KubectlResult {
    return runKubectl(this, commandLine, options);
  }
}
