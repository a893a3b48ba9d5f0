import { expect } from 'chai';
import { phrase } from './phrases';

/**
 * Rejected input: run a command that should fail (remembering the store's resourceVersion for
 * `the cluster is unchanged`), and read what a failed command still printed on stdout (a
 * multi-document apply reports its successes there, its failures on stderr).
 */

phrase(
  ['I try to run {string}', ['command']],
  ['{string} 명령을 실행해 보면', ['command']],
  function ({ command }: { command: string }) {
    this.resourceVersionBefore = this.sim().resourceVersion();
    const r = this.sim().kubectl(command);
    this.lastKubectl = { ...r, command };
    this.attach(`$ ${command}\n${r.stdout}${r.stderr}`, 'text/x.kubespec.transcript');
  },
);

phrase(
  ['the command printed:', []],
  ['명령은 다음을 출력했다:', []],
  function ({ doc }: { doc: string }) {
    if (!this.lastKubectl) throw new Error('no kubectl command has been run yet in this scenario');
    expect(this.lastKubectl.stdout).to.equal(doc === '' ? '' : `${doc}\n`);
  },
);
