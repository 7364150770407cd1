import { describe, expect, it } from 'vitest';
import { splitGoals } from './goals.js';

describe('splitGoals', () => {
  it('splits verbs that share the object written once at the end', () => {
    expect(splitGoals('create, edit and delete events')).toEqual(['create events', 'edit events', 'delete events']);
  });

  it('shares the object with a verb written with its particle ("set up")', () => {
    expect(splitGoals('set up or delete accounts for other administrators')).toEqual([
      'set up accounts for other administrators',
      'delete accounts for other administrators',
    ]);
    expect(splitGoals('delete or set up user accounts')).toEqual(['delete user accounts', 'set up user accounts']);
  });

  it('splits goals that each carry their own object', () => {
    expect(splitGoals('learn about the research and leave my contact information')).toEqual([
      'learn about the research',
      'leave my contact information',
    ]);
  });

  it('reads a second "to" as opening a goal of its own', () => {
    expect(splitGoals('to research requirements and to select a service')).toEqual([
      'to research requirements',
      'to select a service',
    ]);
    expect(splitGoals('to find a service and to pay')).toBeUndefined();
  });

  it('never shares an object backwards: a bare verb after a goal with an object joins inside it', () => {
    expect(splitGoals('report the outage and escalate')).toBeUndefined();
  });

  it('keeps a conjunction inside a clause that opened before it', () => {
    expect(splitGoals('know when the submission periods start and end')).toBeUndefined();
    expect(splitGoals('see which invoices are open and pay them')).toBeUndefined();
  });

  it('keeps the verbs of a purpose with the goal that has it', () => {
    expect(splitGoals('email the provider to report issues and ask questions')).toBeUndefined();
    expect(splitGoals('specify the source of a name and edit the sources')).toEqual([
      'specify the source of a name',
      'edit the sources',
    ]);
  });

  it('reads looking for something and acting on it as one goal with its means', () => {
    expect(splitGoals('search for and download experimental protocols')).toBeUndefined();
    expect(splitGoals('view the versions of an object and restore a version')).toBeUndefined();
  });

  it('reads switching one thing back and forth as one goal', () => {
    expect(splitGoals('open and close the filter drawer reliably')).toBeUndefined();
    expect(splitGoals('enable or disable notifications for a project')).toBeUndefined();
    expect(splitGoals('block and unblock other players')).toBeUndefined();
    expect(splitGoals('select and deselect all rows')).toBeUndefined();
    // Adding and removing are two things done, each valued on its own.
    expect(splitGoals('add and remove people from deposit groups')).toEqual([
      'add people from deposit groups',
      'remove people from deposit groups',
    ]);
  });

  it('still splits a bare looking verb that shares its object with another goal', () => {
    expect(splitGoals('view and edit my profile')).toEqual(['view my profile', 'edit my profile']);
  });

  it('ends a clause at a comma before the conjunction: the goal after it is one of its own', () => {
    expect(splitGoals('know exactly what the app does with my data, and share it only with my permission')).toEqual([
      'know exactly what the app does with my data',
      'share it only with my permission',
    ]);
  });

  it('reads a word followed by "of", "at" or a conjunction as a noun of the object, not a goal verb', () => {
    expect(splitGoals("track my child's activity and schedule at camp")).toBeUndefined();
    expect(splitGoals('track deposits and record of payments')).toBeUndefined();
    // Nor is a word with a conjunction right after it a goal: "email and password" lists what the account holds.
    expect(splitGoals('create a user account with a username, email and password')).toBeUndefined();
  });

  it('reads submitting as the end of the step before it, not a goal of its own', () => {
    expect(splitGoals('sign and submit consent forms online')).toBeUndefined();
  });

  it('keeps a compound object with the goal it belongs to', () => {
    expect(splitGoals('generate and validate D Files from FABS and FPDS data')).toEqual([
      'generate D Files from FABS and FPDS data',
      'validate D Files from FABS and FPDS data',
    ]);
    expect(splitGoals('find recycling centres and their opening hours')).toBeUndefined();
    // What "by entering" lists is no goal, even where a word of it could be a verb ("email").
    expect(
      splitGoals('create an account by entering my name, email address, a password and a username'),
    ).toBeUndefined();
  });

  it('reads a list after a colon as the detail of one object', () => {
    expect(splitGoals('have the options marked with: day and time, title and level')).toBeUndefined();
  });

  it('never divides the words of a name in quotes ("View and Change Company Info")', () => {
    expect(splitGoals('open my "View and Change Company Info" profile')).toBeUndefined();
    expect(splitGoals('open the “Export and Share” menu')).toBeUndefined();
    // Goals around a quoted name still divide.
    expect(splitGoals('open the "Company Info" page and edit my address')).toEqual([
      'open the "Company Info" page',
      'edit my address',
    ]);
  });

  it('reads two ways of looking at one thing as one goal', () => {
    expect(splitGoals('access and view project documents and tasks without logging in')).toBeUndefined();
  });
});
