import { phrase } from './phrases';

phrase(
  ['{duration} pass(es)', ['ms']],
  ['I wait {duration}', ['ms']],
  ['{duration}이/가 지나면/지난다/경과하면/경과한다', ['ms']],
  ['{duration}을/를 기다리면/기다린다', ['ms']],
  function ({ ms }: { ms: number }) {
    this.sim().advance(ms);
  },
);
