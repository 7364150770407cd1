import { describe, expect, it } from 'vitest';
import { lintText } from '../lint.js';

const story = (criterion: string) =>
  '## Share a map\n\n**Who:** volunteer coordinator\n**Outcome:** send the field team the route\n' +
  `**Why:** volunteers walk the wrong streets\n\n### How we'll know\n\n- ${criterion}\n\n` +
  "**If we don't:** streets get picked twice\n";
const messages = (text: string) =>
  lintText(text)
    .findings.filter((f) => f.ruleId === 'incomplete-metric')
    .map((f) => f.message);

describe('incomplete-metric', () => {
  it('names what the metric lacks, in the right number', () => {
    expect(messages(story('Wrong-street calls fall to 5 a week'))).toEqual([
      'This criterion lacks a baseline (from what?) and a timeframe (by when?). ' +
        'Without them nobody can tell whether it moved.',
    ]);
    expect(messages(story('Wrong-street calls fall to 5 a week by May'))).toEqual([
      'This criterion lacks a baseline (from what?). Without it nobody can tell whether it moved.',
    ]);
    expect(messages(story('Wrong-street calls fall from 30 to 5 a week'))).toEqual([
      'This criterion lacks a timeframe (by when?). Without it nobody can tell whether it moved.',
    ]);
  });

  it('stays quiet on a metric with its baseline and timeframe', () => {
    expect(messages(story('Wrong-street calls fall from 30 to 5 a week by May'))).toEqual([]);
  });
});
