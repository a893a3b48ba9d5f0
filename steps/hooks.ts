import { Before, After, Status } from '@cucumber/cucumber';
import type { SimWorld } from './world';

/** `@seed-42` replays a scenario with seed 42; `@nodes-3` starts three nodes (node-1…node-3). */
Before(function (this: SimWorld, { pickle }) {
  for (const tag of pickle.tags) {
    const seed = /^@seed-(\d+)$/.exec(tag.name);
    if (seed) this.seed = Number(seed[1]);
    const nodes = /^@nodes-(\d+)$/.exec(tag.name);
    if (nodes) this.nodes = Array.from({ length: Number(nodes[1]) }, (_, i) => `node-${i + 1}`);
  }
});

/** The timeline travels with the scenario's result, for reports; failures also print the seed. */
After(function (this: SimWorld, { result }) {
  if (!this.cluster) return;
  const t = this.cluster.timeline.toJSON();
  this.attach(JSON.stringify({ seed: this.seed, start: this.cluster.now() - this.cluster.elapsed(), ...t }), 'application/vnd.kubespec.timeline+json');
  if (result?.status === Status.FAILED) this.attach(`replay with the tag @seed-${this.seed}`, 'text/plain');
});
