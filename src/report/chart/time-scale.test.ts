import { test } from 'node:test';
import { expect } from 'chai';
import { TimeScale, secondsLabel } from './time-scale';

test('a busy timeline is linear from the start to the end', () => {
  const s = new TimeScale([0, 1000, 2000, 3000], 4000, 0, 400);
  expect(s.breaks()).to.have.length(0);
  expect(s.x(0)).to.equal(0);
  expect(s.x(2000)).to.equal(200);
  expect(s.x(4000)).to.equal(400);
  expect(s.ticks().map((t) => t.label)).to.deep.equal(['0', '0.5', '1', '1.5', '2', '2.5', '3', '3.5', '4']);
});

test('a long quiet gap becomes a break, and a quiet end keeps a visible tail', () => {
  const s = new TimeScale([0, 1000, 2000, 902000], 903000, 0, 700);
  expect(s.breaks()).to.have.length(1);
  expect(s.x(2000)).to.be.lessThan(s.x(902000));
  expect(s.x(902000) - s.x(2000)).to.be.lessThan(60);
  const tail = new TimeScale([0, 1000, 2000], 600000, 0, 700);
  expect(tail.x(600000)).to.equal(700);
  expect(tail.x(600000) - tail.x(2000)).to.be.at.least(24);
  expect(tail.ticks().map((t) => t.label)).to.include('600');
});

test('seconds labels', () => {
  expect(secondsLabel(0)).to.equal('0');
  expect(secondsLabel(1500)).to.equal('1.5');
  expect(secondsLabel(905000)).to.equal('905');
});
