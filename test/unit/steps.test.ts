// Steps over a generator (server/src/service/steps.ts), the form in which the service hands out a
// long parse or check: one piece of work per step, true once finished and on every call after
// (the answer kept), and `stillValid` asked before each step only: once it says no, the work ends
// with no answer, the generator is closed, and it is not asked again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drain, finished, stepsOf } from '../../server/src/service/steps';

function* counting(log: string[], pieces: number): Generator<void, string> {
  try {
    for (let i = 1; i <= pieces; i++) {
      log.push(`piece ${i}`);
      if (i < pieces) yield;
    }
    return `${pieces} pieces`;
  } finally {
    log.push('closed');
  }
}

test('one piece of work per step; finished, it stays finished with its answer', () => {
  const log: string[] = [];
  const steps = stepsOf(counting(log, 3));
  assert.deepEqual([steps.step(), steps.step()], [false, false]);
  assert.equal(steps.result, undefined);
  assert.equal(steps.step(), true);
  assert.equal(steps.result, '3 pieces');
  assert.deepEqual([steps.step(), steps.step()], [true, true]);
  assert.equal(steps.result, '3 pieces');
  assert.deepEqual(log, ['piece 1', 'piece 2', 'piece 3', 'closed']);
});

test('stillValid is asked before each step; a no ends the work with no answer and is final', () => {
  const log: string[] = [];
  const answers = [true, false, true, true];
  let asked = 0;
  const steps = stepsOf(counting(log, 3), () => answers[asked++]);
  assert.equal(steps.step(), false);
  assert.equal(steps.step(), true, 'superseded: finished');
  assert.deepEqual(log, ['piece 1', 'closed']);
  assert.deepEqual([steps.step(), steps.step()], [true, true]);
  assert.equal(steps.result, undefined);
  assert.equal(asked, 2, 'not asked again once it said no');
  assert.deepEqual(log, ['piece 1', 'closed']);
});

test('finished work and drain', () => {
  const done = finished(42);
  assert.deepEqual([done.step(), done.result, done.step(), done.result], [true, 42, true, 42]);
  const log: string[] = [];
  assert.equal(drain(counting(log, 4)), '4 pieces');
  assert.equal(log.length, 5);
});
