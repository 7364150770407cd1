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

  it('reads the period a heading above the key results names ("### Q1 2020") as their timeframe', () => {
    const okrs = (period: string) =>
      `# Objectives and Key Results\n\n## Quarterly\n\n### ${period}\n\n` +
      'Grow the stream\n\n- 12 streams with 40 viewers\n';
    for (const period of ['Q1 2020', '2020 Q4 OKR', 'H2 2024', 'FY25', 'March 2021'])
      expect(messages(okrs(period))).toEqual([
        'This criterion lacks a baseline (from what?). Without it nobody can tell whether it moved.',
      ]);
    expect(messages(okrs('Community'))).toEqual([
      'This criterion lacks a baseline (from what?) and a timeframe (by when?). ' +
        'Without them nobody can tell whether it moved.',
    ]);
  });

  it('stays quiet on a metric with its baseline and timeframe', () => {
    expect(messages(story('Wrong-street calls fall from 30 to 5 a week by May'))).toEqual([]);
  });
});
