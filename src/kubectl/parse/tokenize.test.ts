import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { splitCommandLines, stripProgram, tokenize } from './tokenize';

const rows: { name: string; line: string; words: string[] }[] = [
  { name: 'blanks separate words', line: 'kubectl  get\tpods ', words: ['kubectl', 'get', 'pods'] },
  { name: 'empty line', line: '   ', words: [] },
  { name: 'single quotes are literal', line: `k patch deploy web -p '{"spec":{"replicas":2}}'`, words: ['k', 'patch', 'deploy', 'web', '-p', '{"spec":{"replicas":2}}'] },
  { name: 'key= joined to a quoted JSON value', line: `kubectl patch deploy web --patch='{"a": 1}'`, words: ['kubectl', 'patch', 'deploy', 'web', '--patch={"a": 1}'] },
  { name: 'double quotes keep blanks', line: 'kubectl annotate deploy web "note=hello world"', words: ['kubectl', 'annotate', 'deploy', 'web', 'note=hello world'] },
  { name: 'escaped quote inside double quotes', line: 'echo "a \\"b\\" c"', words: ['echo', 'a "b" c'] },
  { name: 'backslash-backslash inside double quotes', line: 'echo "a\\\\b"', words: ['echo', 'a\\b'] },
  { name: 'other backslashes stay inside double quotes', line: 'echo "a\\nb"', words: ['echo', 'a\\nb'] },
  { name: 'backslash inside single quotes is literal', line: "echo 'a\\'", words: ['echo', 'a\\'] },
  { name: 'unquoted backslash escapes a blank', line: 'echo a\\ b', words: ['echo', 'a b'] },
  { name: 'unquoted backslash escapes a quote', line: "echo it\\'s", words: ['echo', "it's"] },
  { name: 'backslash-newline joins lines', line: 'kubectl get \\\n  pods', words: ['kubectl', 'get', 'pods'] },
  { name: 'adjacent pieces form one word', line: `a'b'"c"d`, words: ['abcd'] },
  { name: 'empty quotes make an empty word', line: `kubectl get pods -l ''`, words: ['kubectl', 'get', 'pods', '-l', ''] },
  { name: 'jsonpath braces', line: `kubectl get pods -o jsonpath='{.items[*].metadata.name}'`, words: ['kubectl', 'get', 'pods', '-o', 'jsonpath={.items[*].metadata.name}'] },
  { name: 'set-based selector in quotes', line: `kubectl get pods -l 'env in (prod, qa)'`, words: ['kubectl', 'get', 'pods', '-l', 'env in (prod, qa)'] },
  { name: 'comment at a word start', line: 'kubectl get pods # list them', words: ['kubectl', 'get', 'pods'] },
  { name: '# inside a word is literal', line: 'kubectl label po x a=b#c', words: ['kubectl', 'label', 'po', 'x', 'a=b#c'] },
  { name: 'no expansion', line: 'echo $HOME ~ *', words: ['echo', '$HOME', '~', '*'] },
  { name: 'multi-line single-quoted value', line: "kubectl patch deploy web -p '{\n  \"a\": 1\n}'", words: ['kubectl', 'patch', 'deploy', 'web', '-p', '{\n  "a": 1\n}'] },
  { name: 'korean text in quotes', line: `kubectl annotate deploy web kubernetes.io/change-cause="버전 2로 업데이트"`, words: ['kubectl', 'annotate', 'deploy', 'web', 'kubernetes.io/change-cause=버전 2로 업데이트'] },
];

for (const row of rows) {
  test(`tokenize: ${row.name}`, () => {
    const r = tokenize(row.line);
    expect(r.ok, JSON.stringify(r)).to.equal(true);
    if (r.ok) expect(r.words).to.deep.equal(row.words);
  });
}

const bash = spawnSync('bash', ['-c', 'true']).status === 0;

test('tokenize agrees with bash on every row without expansions', { skip: bash ? false : 'bash not found' }, () => {
  for (const row of rows.filter((r) => !/[$~*]/.test(r.line) && r.words.length > 0)) {
    const out = spawnSync('bash', ['-c', `printf '%s\\0' ${row.line}`], { encoding: 'utf8' });
    const words = out.stdout.slice(0, -1).split('\0');
    expect(words, row.line).to.deep.equal(row.words);
  }
});

const errorRows: { name: string; line: string; error: RegExp }[] = [
  { name: 'unterminated single quote', line: "kubectl get 'pods", error: /matching `''/ },
  { name: 'unterminated double quote', line: 'kubectl get "pods', error: /matching `"'/ },
  { name: 'pipe', line: 'kubectl get pods | grep web', error: /operator "\|"/ },
  { name: 'redirect', line: 'kubectl get pods > out.txt', error: /operator ">"/ },
  { name: 'and-list', line: 'kubectl get pods && echo ok', error: /operator "&"/ },
  { name: 'semicolon', line: 'kubectl get pods; kubectl get svc', error: /operator ";"/ },
];

for (const row of errorRows) {
  test(`tokenize refuses: ${row.name}`, () => {
    const r = tokenize(row.line);
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error).to.match(row.error);
  });
}

test('stripProgram removes kubectl, k and a path to kubectl', () => {
  expect(stripProgram(['kubectl', 'get', 'pods'])).to.deep.equal({ program: 'kubectl', args: ['get', 'pods'] });
  expect(stripProgram(['k', 'get', 'po'])).to.deep.equal({ program: 'k', args: ['get', 'po'] });
  expect(stripProgram(['/usr/bin/kubectl', 'version'])).to.deep.equal({ program: '/usr/bin/kubectl', args: ['version'] });
  expect(stripProgram(['get', 'pods'])).to.deep.equal({ args: ['get', 'pods'] });
  expect(stripProgram([])).to.deep.equal({ args: [] });
});

const docRows: { name: string; doc: string; lines: string[] }[] = [
  {
    name: 'one command per line, blank lines skipped',
    doc: 'kubectl apply -f web.yaml\n\n  kubectl get pods\n',
    lines: ['kubectl apply -f web.yaml', 'kubectl get pods'],
  },
  {
    name: 'prompts and comments',
    doc: '$ kubectl get deploy\n# now scale it\n$ kubectl scale deploy web --replicas=3',
    lines: ['kubectl get deploy', 'kubectl scale deploy web --replicas=3'],
  },
  {
    name: 'backslash continuation',
    doc: 'kubectl create deployment web \\\n  --image=nginx \\\n  --replicas=3\nkubectl get deploy',
    lines: ['kubectl create deployment web   --image=nginx   --replicas=3', 'kubectl get deploy'],
  },
  {
    name: 'a quote left open continues the command',
    doc: "kubectl patch deploy web -p '{\n  \"spec\": {\"replicas\": 2}\n}'\nkubectl get deploy",
    lines: ["kubectl patch deploy web -p '{\n  \"spec\": {\"replicas\": 2}\n}'", 'kubectl get deploy'],
  },
  {
    name: 'CRLF line ends',
    doc: 'kubectl get pods\r\nkubectl get svc\r\n',
    lines: ['kubectl get pods', 'kubectl get svc'],
  },
  {
    name: 'a trailing comment does not open a quote',
    doc: "kubectl get pods # don't worry\nkubectl get svc",
    lines: ["kubectl get pods # don't worry", 'kubectl get svc'],
  },
];

for (const row of docRows) {
  test(`splitCommandLines: ${row.name}`, () => {
    expect(splitCommandLines(row.doc)).to.deep.equal(row.lines);
  });
}

test('splitCommandLines output tokenizes back to the words', () => {
  const [line] = splitCommandLines('$ kubectl create deployment web \\\n    --image=nginx');
  const r = tokenize(line!);
  expect(r.ok && r.words).to.deep.equal(['kubectl', 'create', 'deployment', 'web', '--image=nginx']);
});
