import { describe, expect, it } from 'vitest';
import { splitGoals } from './goals.js';

describe('splitGoals', () => {
  it('splits verbs that share the object written once at the end', () => {
    expect(splitGoals('create, edit and delete events')).toEqual(['create events', 'edit events', 'delete events']);
  });

  it('splits goals that each carry their own object', () => {
    expect(splitGoals('learn about the research and leave my contact information')).toEqual([
      'learn about the research',
      'leave my contact information',
    ]);
  });

  it('never shares an object backwards: a bare verb after a goal with an object joins inside it', () => {
    expect(splitGoals('report the outage and escalate')).toBeUndefined();
  });

  it('keeps a conjunction inside a clause that opened before it', () => {
    expect(splitGoals('know when the submission periods start and end')).toBeUndefined();
    expect(splitGoals('see which invoices are open and pay them')).toBeUndefined();
  });

  it('reads looking for something and acting on it as one goal with its means', () => {
    expect(splitGoals('search for and download experimental protocols')).toBeUndefined();
    expect(splitGoals('view the versions of an object and restore a version')).toBeUndefined();
  });

  it('still splits a bare looking verb that shares its object with another goal', () => {
    expect(splitGoals('view and edit my profile')).toEqual(['view my profile', 'edit my profile']);
  });
});
