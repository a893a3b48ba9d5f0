/**
 * Test support: runs a kubectl line through kubespec and through the real kubectl v1.32 (against
 * sim-api-server.ts over the same simulator), for read-only commands. `describe` lines are run
 * with timestamps shifted so the simulator's "now" is the wall clock (kubectl computes those ages
 * itself); a mismatch is retried once in case a second boundary fell between the two runs.
 */
import { Cluster } from '../../../cluster';
import { findRealKubectl, type RealKubectl } from '../../parse/testdata/real-kubectl';
import { stripProgram, tokenize } from '../../parse/tokenize';
import { startSimApiServer, type SimApiServer } from './sim-api-server';

export interface Comparison {
  line: string;
  ours: { stdout: string; stderr: string; exitCode: number };
  theirs: { stdout: string; stderr: string; exitCode: number };
  same: boolean;
}

function rfc1123(ms: number): string {
  const d = new Date(ms);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

export class Oracle {
  private constructor(readonly cluster: Cluster, readonly real: RealKubectl, readonly server: SimApiServer, private readonly wallClock: () => number) {}

  /** `wallClock`: the real time the real kubectl reads (passed in by the test). */
  static async start(cluster: Cluster, wallClock: () => number): Promise<Oracle | undefined> {
    const real = findRealKubectl();
    if (!real) return undefined;
    return new Oracle(cluster, real, await startSimApiServer(cluster), wallClock);
  }

  async compare(line: string): Promise<Comparison> {
    let result: Comparison | undefined;
    for (let attempt = 0; attempt < 2 && !result?.same; attempt++) {
      const words = tokenize(line);
      if (!words.ok) throw new Error(words.error);
      const args = stripProgram(words.words).args;
      const describe = args.includes('describe');
      this.server.shiftMs = describe ? Math.floor(this.wallClock() / 1000) * 1000 - this.cluster.now() : 0;
      const raw = await this.real.run(args, { server: this.server.url });
      // Absolute times were served shifted: shift them back for the comparison.
      const shift = this.server.shiftMs;
      // (RFC 1123 dates of the describers, and the RFC 3339 ones the generic describer prints as served.)
      const back = (t: string) =>
        shift === 0
          ? t
          : t
              .replace(/[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d \+0000/g, (d) => rfc1123(Date.parse(d) - shift))
              .replace(/\b(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?Z\b/g, (_d, s: string, frac?: string) => `${new Date(Date.parse(`${s}Z`) - shift).toISOString().slice(0, 19)}${frac ?? ''}Z`);
      const theirs = { ...raw, stdout: back(raw.stdout) };
      const ours = this.cluster.kubectl(line);
      const norm = (s: string) => s.replace(/127\.0\.0\.1:\d+/g, 'SERVER');
      result = { line, ours, theirs, same: norm(ours.stdout) === norm(theirs.stdout) && norm(ours.stderr) === norm(theirs.stderr) && ours.exitCode === theirs.exitCode };
    }
    return result!;
  }

  async close(): Promise<void> {
    await this.server.close();
    this.real.cleanup();
  }
}

/** A readable diff of a comparison for test failures. */
export function explain(c: Comparison): string {
  return `$ ${c.line}\n--- kubespec (exit ${c.ours.exitCode})\n${c.ours.stdout}${c.ours.stderr ? `[stderr]\n${c.ours.stderr}` : ''}--- kubectl (exit ${c.theirs.exitCode})\n${c.theirs.stdout}${c.theirs.stderr ? `[stderr]\n${c.theirs.stderr}` : ''}`;
}
