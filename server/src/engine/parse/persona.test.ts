import { describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARY } from '../language/vocabulary.js';
import type { StoryElement } from '../types.js';
import { answersWithBenefit, mayNameNobody } from './persona.js';

const section = (text: string): StoryElement => ({
  kind: 'who',
  span: { start: 0, end: text.length },
  text,
  from: 'heading',
});
const field = (text: string): StoryElement => ({ ...section(text), from: 'field' });

describe('a Personas section answered with what the change brings', () => {
  it.each([
    'More visible vote count change',
    'UX improved reducing the app startup time',
    'It will improve the UX when uploading videos recorded with the app',
    '- Improve the UX of the notifications screen',
  ])('names nobody: %s', (text) => {
    expect(answersWithBenefit(section(text), DEFAULT_VOCABULARY)).toBe(true);
  });

  it.each([
    'Hospital porter',
    'Digital nomads',
    'This issue is just for SaaS customers: group owners who have just bought a subscription.',
    'More control over feature flags for developers',
    'Marketing will be able to track the campaigns',
  ])('is a who: %s', (text) => {
    expect(answersWithBenefit(section(text), DEFAULT_VOCABULARY)).toBe(false);
  });

  it('leaves a Who: field and a sentence alone: an author who writes "Who:" means a person', () => {
    expect(answersWithBenefit(field('It will improve the UX'), DEFAULT_VOCABULARY)).toBe(false);
  });
});

describe('a who that may name nobody (weak evidence, for telling a story from a task)', () => {
  it('takes an open word for a persona as possibly nobody, and a sentence about the change too', () => {
    expect(mayNameNobody(section('Hospital porter'), DEFAULT_VOCABULARY)).toBe(true);
    expect(mayNameNobody(section('It will improve the UX of the user'), DEFAULT_VOCABULARY)).toBe(true);
    expect(mayNameNobody(section('Boosters'), DEFAULT_VOCABULARY)).toBe(false);
  });
});
