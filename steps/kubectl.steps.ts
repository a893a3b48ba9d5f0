import { expect } from 'chai';
import { phrase } from './phrases';
import type { SimWorld } from './world';
import { splitCommandLines } from '../src/kubectl/parse/tokenize';

function run(world: SimWorld, doc: string): void {
  const lines = splitCommandLines(doc);
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  for (const line of lines) {
    const r = world.sim().kubectl(line);
    stdout += r.stdout;
    stderr += r.stderr;
    exitCode = r.exitCode;
    world.attach(`$ ${line}\n${r.stdout}${r.stderr}`, 'text/x.kubespec.transcript');
  }
  world.lastKubectl = { stdout, stderr, exitCode, command: lines.join('\n') };
}

phrase(
  ['I run {string}', ['command']],
  ['{string} 명령을/명령문을 실행하면/실행한다', ['command']],
  ['{string}을/를 실행하면/실행한다', ['command']],
  ['{string} 명령을/명령문을 실행했다', ['command']],
  function ({ command }: { command: string }) {
    run(this, command);
  },
);

phrase(
  ['I run:', []],
  ['다음 명령을 실행하면:', []],
  ['다음 명령을 실행한다:', []],
  function ({ doc }: { doc: string }) {
    run(this, doc);
  },
);

/**
 * A doc string holds the lines without the final newline a terminal shows, so expected text is
 * the doc string plus one newline. An output that ends in an empty line (rollout history) is
 * written with an empty last line in the doc string.
 */
function asPrinted(doc: string): string {
  return doc === '' ? '' : `${doc}\n`;
}

function last(world: SimWorld) {
  if (!world.lastKubectl) throw new Error('no kubectl command has been run yet in this scenario');
  return world.lastKubectl;
}

phrase(
  ['the output is:', []],
  ['다음과 같이 출력된다:', []],
  ['출력은 다음과 같다:', []],
  function ({ doc }: { doc: string }) {
    const r = last(this);
    if (r.exitCode !== 0) throw new Error(`the command failed (exit ${r.exitCode}):\n${r.stderr}`);
    // -o jsonpath prints no final newline; everything else ends its last line.
    expect(r.stdout).to.equal(r.stdout.endsWith('\n') || r.stdout === '' ? asPrinted(doc) : doc);
  },
);

phrase(
  ['the output contains {string}', ['text']],
  ['출력에 {string}이/가 포함된다', ['text']],
  function ({ text }: { text: string }) {
    const r = last(this);
    expect(r.stdout + r.stderr).to.include(text);
  },
);

/** A block of lines somewhere in the output (say the last events of a describe). */
phrase(
  ['the output contains:', []],
  ['출력에 다음 내용이 포함된다:', []],
  function ({ doc }: { doc: string }) {
    const r = last(this);
    expect(r.stdout + r.stderr).to.include(asPrinted(doc));
  },
);

/**
 * kubectl's failures: what it wrote on stderr, exactly, and a non-zero exit code — 1, as kubectl
 * exits for every error it reports (2 is kubespec's own: shell syntax it does not run, or an
 * internal error, which must never pass for kubectl's output).
 */
phrase(
  ['the command fails with:', []],
  ['명령은 다음 오류로 실패한다:', []],
  function ({ doc }: { doc: string }) {
    const r = last(this);
    expect(r.exitCode, `exit code of "${r.command}" (stdout: ${r.stdout}; stderr: ${r.stderr})`).to.equal(1);
    expect(r.stderr).to.equal(asPrinted(doc));
  },
);

phrase(
  ['the command fails with exit code {int} and:', ['code']],
  ['명령은 종료 코드 {int}(으)로 다음 오류와 함께 실패한다:', ['code']],
  function ({ code, doc }: { code: number; doc: string }) {
    const r = last(this);
    expect(r.exitCode, `exit code of "${r.command}" (stderr: ${r.stderr})`).to.equal(code);
    expect(r.stderr).to.equal(asPrinted(doc));
  },
);

phrase(
  ['the command succeeds', []],
  ['명령이 성공한다', []],
  function () {
    const r = last(this);
    expect(r.exitCode, `exit code of "${r.command}"; stderr: ${r.stderr}`).to.equal(0);
  },
);

phrase(
  ['I try to apply the following manifest:', []],
  ['다음 매니페스트를 적용해 보면:', []],
  function ({ doc }: { doc: string }) {
    this.resourceVersionBefore = this.sim().resourceVersion();
    const r = this.sim().kubectl('apply -f -', { stdin: doc });
    this.lastKubectl = { ...r, command: 'kubectl apply -f -' };
    this.attach(`$ kubectl apply -f - <<EOF\n${doc}\nEOF\n${r.stdout}${r.stderr}`, 'text/x.kubespec.transcript');
  },
);

phrase(
  ['the cluster is unchanged', []],
  ['클러스터는 그대로다', []],
  function () {
    if (this.resourceVersionBefore === undefined) throw new Error('no rejected change was attempted in this scenario');
    expect(this.sim().resourceVersion(), 'resourceVersion of the store (any write would raise it)').to.equal(this.resourceVersionBefore);
  },
);

phrase(
  ['the rollout of deployment {string} finishes', ['name']],
  ['디플로이먼트 {string}의 롤아웃이 끝나면/끝난다/완료되면/완료된다', ['name']],
  function ({ name }: { name: string }) {
    // What the learner's shell does for `wait rollout NAME`: run until rolled out, at most 1 hour.
    if (!this.sim().get('deployment', name)) throw new Error(`no deployment "${name}" in namespace default`);
    this.sim().runUntilRolledOut(name, { timeout: '1h' });
  },
);
