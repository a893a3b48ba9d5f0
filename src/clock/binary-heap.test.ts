import { test } from 'node:test';
import { expect } from 'chai';
import { BinaryHeap } from './binary-heap';
import { EventQueue } from './event-queue';

test('BinaryHeap pops in order', () => {
  const h = new BinaryHeap<number>((a, b) => a < b);
  for (const n of [5, 3, 9, 1, 3, 7, 2]) h.push(n);
  const out: number[] = [];
  for (let x = h.pop(); x !== undefined; x = h.pop()) out.push(x);
  expect(out).to.deep.equal([1, 2, 3, 3, 5, 7, 9]);
});

test('EventQueue: same instant runs in scheduling order', () => {
  const q = new EventQueue<string>();
  q.push(10, 'b');
  q.push(5, 'a');
  q.push(10, 'c');
  q.push(5, 'a2');
  const out: string[] = [];
  for (let x = q.pop(); x; x = q.pop()) out.push(x.value);
  expect(out).to.deep.equal(['a', 'a2', 'b', 'c']);
});
