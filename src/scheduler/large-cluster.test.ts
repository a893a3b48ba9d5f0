/**
 * In a cluster of more than 256 nodes the scheduler finds the least-loaded node from a heap
 * whose entries go stale as counts change (and is rebuilt once stale entries outnumber nodes).
 * Whatever the heap holds, every placement must be what scanning every node would choose: a node
 * with the fewest pods, the first by name among those.
 */
import { test } from 'node:test';
import { expect } from 'chai';
import { Cluster } from '../cluster';
import type { KubeObject, Pod } from '../model/types';

type P = Pod & KubeObject;

const deployment = (replicas: number) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: nginx, image: nginx:1.25 }] }
`;

test('scheduler, 300 nodes: through thousands of placements and removals each pod goes to the least-loaded node, ties by name', () => {
  const nodes = Array.from({ length: 300 }, (_, i) => `node-${i + 1}`);
  const sim = new Cluster({ seed: 4, nodes });
  /** Pods per node as the scheduler counts them: bound, not finished (terminating ones still count). */
  const counts = new Map<string, number>(nodes.map((n) => [n, 0]));
  const placedOn = new Map<string, string>();
  let placements = 0;
  const problems: string[] = [];
  sim.on((e) => {
    if (e.type !== 'added' && e.type !== 'modified' && e.type !== 'deleted') return;
    if (e.kind !== 'Pod') return;
    const pod = e.object as P;
    const uid = pod.metadata.uid!;
    const before = placedOn.get(uid);
    const finished = pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
    const now = e.type === 'deleted' || finished ? undefined : pod.spec?.nodeName;
    if (before === now) return;
    if (before) {
      counts.set(before, counts.get(before)! - 1);
      placedOn.delete(uid);
    }
    if (now) {
      if (!before) {
        placements++;
        const least = Math.min(...counts.values());
        const want = [...counts].filter(([, c]) => c === least).map(([n]) => n).sort()[0];
        if (now !== want && problems.length < 5) problems.push(`placement ${placements}: ${pod.metadata.name} on ${now} (${counts.get(now)} pods), want ${want} (${least})`);
      }
      counts.set(now, counts.get(now)! + 1);
      placedOn.set(uid, now);
    }
  });
  sim.apply(deployment(900));
  sim.runUntilRolledOut('web', { timeout: '10m' });
  // Shrink and grow again, and roll out new images: pods leave some nodes and arrive on others.
  for (const [replicas, image] of [[500, ''], [1100, ''], [700, 'nginx:1.26'], [1000, 'nginx:1.27']] as const) {
    sim.kubectl(`scale deployment web --replicas=${replicas}`);
    if (image) sim.kubectl(`set image deployment/web nginx=${image}`);
    sim.runUntilRolledOut('web', { timeout: '10m' });
    sim.advance('1m');
  }
  expect(problems).to.deep.equal([]);
  // Enough placements that stale heap entries outnumbered the nodes several times over.
  expect(placements).to.be.greaterThan(2 * (4 * 300 + 64));
});
