import { expect } from 'chai';
import { test } from 'node:test';
import { tabwrite, TabWriter, GET_TABLE_TABWRITER, DESCRIBE_TABWRITER, type TabwriterSettings } from './tabwriter';

const rows: { name: string; settings: TabwriterSettings; input: string; want: string }[] = [
  {
    name: 'get table: width = widest cell + 3, last column unpadded',
    settings: GET_TABLE_TABWRITER,
    input: 'NAME\tREADY\tAGE\nkubia\t3/3\t6s\n',
    want: 'NAME    READY   AGE\nkubia   3/3     6s\n',
  },
  {
    name: 'get table: minimum width 6 for narrow columns',
    settings: GET_TABLE_TABWRITER,
    input: 'A\tB\n1\t2\n',
    want: 'A     B\n1     2\n',
  },
  {
    name: 'describe: a line without a tab ends the block',
    settings: DESCRIBE_TABWRITER,
    input: 'Name:\tkubia\nNamespace:\tdefault\nPod Template:\n  Labels:\tapp=kubia\n',
    want: 'Name:       kubia\nNamespace:  default\nPod Template:\n  Labels:  app=kubia\n',
  },
  {
    name: 'inner columns form their own blocks (recursive formatting)',
    settings: DESCRIBE_TABWRITER,
    input: 'a\tb\tc\naaaa\tb\n',
    want: 'a     b  c\naaaa  b\n',
  },
  {
    name: 'widths count code points, not bytes',
    settings: { minWidth: 0, padding: 1 },
    input: '한\tx\nab\ty\n',
    want: '한  x\nab y\n',
  },
  {
    name: 'empty cells are padded (label continuation lines)',
    settings: DESCRIBE_TABWRITER,
    input: 'Labels:\tapp=kubia\n\ttier=web\n',
    want: 'Labels:  app=kubia\n         tier=web\n',
  },
  {
    name: 'a trailing empty last cell still pads the cells before it',
    settings: DESCRIBE_TABWRITER,
    input: 'Container ID:\t\nImage:\tnginx\n',
    want: 'Container ID:  \nImage:         nginx\n',
  },
  {
    name: 'text after the last newline is kept',
    settings: DESCRIBE_TABWRITER,
    input: 'a\tb\ncc\td',
    want: 'a   b\ncc  d',
  },
  {
    name: 'a cell ending with a space keeps it (describe condition rows)',
    settings: DESCRIBE_TABWRITER,
    input: '  Type\tStatus\n  Available \tTrue\n',
    want: '  Type        Status\n  Available   True\n',
  },
];

for (const row of rows) {
  test(`tabwrite: ${row.name}`, () => {
    expect(tabwrite(row.input, row.settings)).to.equal(row.want);
  });
}

test('TabWriter: a flush ends the alignment segment', () => {
  const w = new TabWriter(DESCRIBE_TABWRITER);
  w.write('Name:\tkubia\n');
  w.flush();
  w.write('  Type\tReason\n  Normal\tScalingReplicaSet\n');
  expect(w.toString()).to.equal('Name:  kubia\n  Type    Reason\n  Normal  ScalingReplicaSet\n');
});
