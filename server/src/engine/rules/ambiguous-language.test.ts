import { describe, expect, it } from 'vitest';
import { lintText } from '../index.js';

const flagged = (text: string) =>
  lintText(text)
    .findings.filter((f) => f.ruleId === 'ambiguous-language')
    .map((f) => text.slice(f.span.start, f.span.end));

const story = (outcome: string, why = 'patients are treated sooner', criterion = 'Nine in ten alerts are read') =>
  [
    '## Critical results',
    '',
    '**Who:** night-shift nurse',
    `**Outcome:** ${outcome}`,
    `**Why:** ${why}`,
    '',
    "### How we'll know",
    '',
    `- ${criterion}`,
    '',
  ].join('\n');

describe('ambiguous-language', () => {
  it('flags a vague word in the outcome, on the word itself', () => {
    expect(flagged(story('be told about several critical results'))).toEqual(['several']);
  });

  it('leaves the why alone: "easily" or "faster" there states a benefit', () => {
    expect(flagged(story('be told when a lab result is critical', 'I can react faster and easily'))).toEqual([]);
    expect(flagged('- As a nurse, I want to see new lab results, so that I can easily act on some of them.\n')).toEqual(
      [],
    );
  });

  it('flags what blurs the ask in the want of a classic sentence', () => {
    expect(flagged('- As a nurse, I want a quick way to see various lab results, so that I act.\n')).toEqual([
      'quick',
      'various',
    ]);
  });

  it('never reads HTML comments, fenced code or inline code in the outcome', () => {
    const text = [
      '## Critical results',
      '',
      '**Who:** night-shift nurse',
      '',
      '### Problem to solve',
      '',
      '<!-- Describe some of the problems, etc. -->',
      'Nurses miss critical lab results during handover, and `some_flag` hides them.',
      '',
      '```',
      'alerts: several',
      '```',
      '',
    ].join('\n');
    expect(flagged(text)).toEqual([]);
  });

  it('does not read a word of a name as a judgement: "Simpler Grants.gov"', () => {
    expect(flagged(story('read news about the Simpler Grants.gov project in one place'))).toEqual([]);
    expect(flagged(story('a simpler way to read news about the project'))).toEqual(['simpler']);
  });

  it('reads "how many" as a question, not a vague quantity', () => {
    expect(flagged(story('know how many results are still unread'))).toEqual([]);
  });

  it('flags vague quantifiers in a criterion but leaves its judgements to unmeasurable-criterion', () => {
    const text = story(
      'be told when a lab result is critical',
      'patients are treated sooner',
      'Alerts are fast for some wards',
    );
    expect(flagged(text)).toEqual(['some']);
  });

  it('leaves a quantifier the list after its colon spells out: the list says exactly which', () => {
    const goal = (body: string) => flagged(['# Rename helpers', '', '## Goal', '', body, ''].join('\n'));
    expect(goal('We need to rename several functions in the frontend:\n\n- `getUser`\n- `setUser`')).toEqual([]);
    expect(goal('We need to rename several functions in the frontend.')).toEqual(['several']);
  });

  it('leaves a quantifier its examples spell out ("some people (such as Alice, Bob)"), not a judgement', () => {
    expect(flagged(story('enter some people (such as Alice, Bob, Carol) and their genres'))).toEqual([]);
    expect(flagged(story('enter several genres, e.g. Action and Comedy'))).toEqual([]);
    expect(flagged(story('enter some people and later, such as next week, their genres'))).toEqual(['some']);
    expect(flagged(story('type fast (such as "y" for yes)'))).toEqual(['fast']);
  });

  it("reads a Problem section's bullets as how things are, and a Goal's as what is asked", () => {
    const section = (name: string) =>
      flagged(
        [
          '# Plans page',
          '',
          `## ${name}`,
          '',
          '- The marketing site does a much better job of showing the tiers.',
          '',
        ].join('\n'),
      );
    expect(section('Problem to solve')).toEqual([]);
    expect(section('Goal')).toEqual(['better']);
    // A bullet of a Problem section that asks is judged.
    expect(
      flagged(
        ['# Plans page', '', '## Problem to solve', '', '- We need a better entry point for customers.', ''].join('\n'),
      ),
    ).toEqual(['better']);
  });

  it('judges only the Then of a scenario: the Given and the When set the scene', () => {
    const scenario = (criterion: string) =>
      flagged(story('be told when a lab result is critical', 'patients are treated sooner', criterion));
    expect(scenario('Given some wards are closed, when a result is critical, then the nurse is paged')).toEqual([]);
    expect(scenario('Given a critical result, when it arrives, then some nurses are paged')).toEqual(['some']);
    // A scenario over several items: its Given and When items are not read at all.
    const steps = story(
      'be told when a lab result is critical',
      'patients are treated sooner',
      'Given some wards are closed\n- When a result is critical\n- Then the nurse on duty is paged',
    );
    expect(flagged(steps)).toEqual([]);
  });
});
