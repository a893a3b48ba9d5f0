/**
 * Golden transcripts of the command layer: each testdata/transcripts/<name>.script is run on a
 * fresh simulated cluster (`# seed N`, `# nodes N` in its first lines; `wait 30s` moves virtual
 * time) and the transcript — every command, its stdout, its stderr and exit code — is compared
 * byte for byte with <name>.golden.txt. `UPDATE_GOLDEN=1` rewrites the goldens (review the diff).
 * The formats are checked against the real kubectl by oracle.test.ts (KUBECTL_ORACLE=1).
 */
import { expect } from 'chai';
import { test } from 'node:test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Session } from '../../cli/session';

const dir = path.join(__dirname, 'testdata', 'transcripts');
const ROOT = path.join(__dirname, '..', '..', '..');
const update = process.env.UPDATE_GOLDEN === '1';

export function transcript(script: string): string {
  const lines = script.split('\n');
  const seed = Number(/^# seed (\d+)/m.exec(script)?.[1] ?? 1);
  const nodes = Number(/^# nodes (\d+)/m.exec(script)?.[1] ?? 1);
  const session = new Session({ seed, nodes, cwd: ROOT });
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const wait = /^wait (\S+)$/.exec(line);
    const r = wait ? session.run({ kind: 'wait', duration: wait[1] }) : session.run(session.kubectlStep(line));
    out += `$ ${line}\n${r.stdout}${r.stderr ? `[stderr]\n${r.stderr}` : ''}[exit ${r.exitCode}]\n`;
  }
  return out;
}

for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.script')).sort()) {
  const name = file.slice(0, -'.script'.length);
  test(`transcript: ${name}`, () => {
    const actual = transcript(fs.readFileSync(path.join(dir, file), 'utf8'));
    const golden = path.join(dir, `${name}.golden.txt`);
    if (update || !fs.existsSync(golden)) fs.writeFileSync(golden, actual);
    expect(actual).to.equal(fs.readFileSync(golden, 'utf8'));
  });
}
