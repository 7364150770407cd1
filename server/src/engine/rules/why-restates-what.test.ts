import { describe, expect, it } from 'vitest';
import { lintText } from '../lint.js';

const fired = (text: string) => lintText(text).findings.filter((f) => f.ruleId === 'why-restates-what');

describe('why-restates-what', () => {
  it('fires when the why repeats the want', () => {
    expect(fired('- As a nurse, I want to see lab alerts, so that I can see lab alerts.\n')).toHaveLength(1);
  });

  it('stays quiet when the why was read out of the outcome’s own paragraph', () => {
    // An issue's Goal section says what and why in one breath: no second statement repeats the first.
    const text = [
      '# Browser prompt follow-up',
      '',
      '## Goal',
      '',
      'Following up the recent prompt change with small changes to reduce user confusion.',
      '',
    ].join('\n');
    const { outcome, why } = lintText(text).stories[0]!.elements;
    expect(why?.span).toEqual(outcome?.span);
    expect(fired(text)).toEqual([]);
  });
});
