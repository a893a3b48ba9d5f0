import { Before, After, Status } from '@cucumber/cucumber';
import type { SimWorld } from './world';
import { recordForReports, recordedCommands } from '../src/report/recorder';
import { TIMELINE_MEDIA_TYPE } from '../src/report/media-types';

/** `@seed-42` replays a scenario with seed 42; `@nodes-3` starts three nodes (node-1…node-3). */
Before(function (this: SimWorld, { pickle }) {
  for (const tag of pickle.tags) {
    const seed = /^@seed-(\d+)$/.exec(tag.name);
    if (seed) this.seed = Number(seed[1]);
    const nodes = /^@nodes-(\d+)$/.exec(tag.name);
    if (nodes) this.nodes = Array.from({ length: Number(nodes[1]) }, (_, i) => `node-${i + 1}`);
  }
  // Reports show the manifests a scenario applied and mark its kubectl commands on the chart.
  const sim = this.sim.bind(this);
  this.sim = () => recordForReports(sim(), (data, mediaType, fileName) => this.attach(data, { mediaType, fileName }));
});

/** The timeline travels with the scenario's result, for reports; failures also print the seed. */
After(function (this: SimWorld, { result }) {
  if (!this.cluster) return;
  const t = this.cluster.timeline.toJSON();
  const end = this.cluster.now();
  const timeline = { seed: this.seed, start: end - this.cluster.elapsed(), end, ...t, commands: recordedCommands(this.cluster) };
  this.attach(JSON.stringify(timeline), TIMELINE_MEDIA_TYPE);
  if (result?.status === Status.FAILED) this.attach(`replay with the tag @seed-${this.seed}`, 'text/plain');
});
