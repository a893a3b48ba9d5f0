/**
 * `npm run bench`: wall time and simulated events per second for a rolling update of 1,000,
 * 10,000 and 100,000 replicas (25%/25%), plus the cost of one small scenario. Figures, not
 * pass/fail: targets live here, never in timed tests.
 */
import { performance } from 'node:perf_hooks';
import { Simulator } from '../src/sim/simulator';

function manifest(replicas: number, image: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: nginx
        image: ${image}
`;
}

interface Figure {
  replicas: number;
  setupMs: number;
  rolloutMs: number;
  events: number;
  syncs: number;
  virtualSeconds: number;
}

function rollout(replicas: number): Figure {
  // Real clusters cap pods per node at 110; give the scheduler room like a real cluster would.
  const nodes = Array.from({ length: Math.max(1, Math.ceil((replicas * 2) / 100)) }, (_, i) => `node-${i + 1}`);
  const t0 = performance.now();
  // The timeline on at every size, as in a scenario: growth compares like with like.
  const sim = new Simulator({ seed: 1, nodes, timeline: true });
  let events = 0;
  sim.on(() => events++);
  sim.apply(manifest(replicas, 'nginx:1.25'));
  sim.runUntilRolledOut('web', { timeout: '1h' });
  const t1 = performance.now();
  const eventsBefore = events;
  const syncsBefore = sim.syncCount;
  const v0 = sim.now();
  sim.apply(manifest(replicas, 'nginx:1.26'));
  const r = sim.runUntilRolledOut('web', { timeout: '1h' });
  const t2 = performance.now();
  if (r.outcome !== 'done') throw new Error(`rollout of ${replicas} did not finish: ${r.message}`);
  return { replicas, setupMs: t1 - t0, rolloutMs: t2 - t1, events: events - eventsBefore, syncs: sim.syncCount - syncsBefore, virtualSeconds: (sim.now() - v0) / 1000 };
}

/** Runs per size up to 10,000 replicas (BENCH_RUNS): this machine's speed wanders by a third from run to run. */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function main(): void {
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
  console.log('kubespec benchmark: rolling update (25%/25%), one image change, until rolled out');
  console.log(`rollout(ms) is the median of ${RUNS} runs up to 10,000 replicas (fastest–slowest beside it), of one run above`);
  console.log('replicas   setup(ms)   rollout(ms)   (min–max)     sim events   events/s    syncs      virtual');
  const figures: Figure[] = [];
  const runsOf = (n: number): number => (n <= 10000 ? Math.max(1, RUNS) : 1);
  const median = (n: number): { f: Figure; spread: string } => {
    const runs = Array.from({ length: runsOf(n) }, () => rollout(n)).sort((a, b) => a.rolloutMs - b.rolloutMs);
    return { f: runs[Math.floor((runs.length - 1) / 2)], spread: runs.length > 1 ? `${runs[0].rolloutMs.toFixed(0)}–${runs[runs.length - 1].rolloutMs.toFixed(0)}` : '' };
  };
  for (const n of sizes) {
    const { f, spread } = median(n);
    figures.push(f);
    console.log(
      `${String(n).padEnd(10)} ${f.setupMs.toFixed(0).padStart(9)}   ${f.rolloutMs.toFixed(0).padStart(11)}   ${spread.padEnd(11)}   ${String(f.events).padStart(10)}   ${Math.round(f.events / (f.rolloutMs / 1000)).toString().padStart(9)}   ${String(f.syncs).padStart(7)}   ${f.virtualSeconds.toFixed(0).padStart(7)}s`,
    );
  }
  for (let i = 1; i < figures.length; i++) {
    const a = figures[i - 1];
    const b = figures[i];
    // The machine's speed drifts over the tens of seconds a large run takes: a single large run
    // is compared with the smaller size's median taken again right after it, averaged with the
    // one before.
    const again = runsOf(b.replicas) === 1 && runsOf(a.replicas) > 1 ? median(a.replicas).f.rolloutMs : undefined;
    const base = again === undefined ? a.rolloutMs : (a.rolloutMs + again) / 2;
    const ratio = b.rolloutMs / base;
    const nlogn = (b.replicas * Math.log2(b.replicas)) / (a.replicas * Math.log2(a.replicas));
    const note = again === undefined ? '' : `; ${a.replicas} again after it: ${again.toFixed(0)} ms, the mean of both medians compared`;
    console.log(`growth ${a.replicas}→${b.replicas}: ×${ratio.toFixed(1)} (n·log n would be ×${nlogn.toFixed(1)}${note})`);
  }
  const small = performance.now();
  for (let i = 0; i < 100; i++) {
    const sim = new Simulator({ seed: i });
    sim.apply(manifest(10, 'nginx:1.25'));
    sim.runUntilRolledOut('web');
    sim.apply(manifest(10, 'nginx:1.26'));
    sim.runUntilRolledOut('web');
  }
  console.log(`one 10-replica scenario (create + roll out + update + roll out): ${((performance.now() - small) / 100).toFixed(2)} ms`);
}

main();
