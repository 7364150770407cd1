import { describe, expect, it } from 'vitest';
import type { StoryItem } from '../types.js';
import { scenarioCriteria } from './criteria.js';

const items = (...texts: string[]): StoryItem[] =>
  texts.map((text, i) => ({ span: { start: i * 100, end: i * 100 + text.length }, text }));

describe('scenarioCriteria', () => {
  it('judges a Given/When/Then scenario by its Then item only', () => {
    const judged = scenarioCriteria(
      items('Given my order is scheduled', 'When I open it', 'Then I see 7:00', 'Totals add up'),
    );
    expect(judged.map((c) => c.text)).toEqual(['Then I see 7:00', 'Totals add up']);
  });

  it('reads steps written as labels ("Given:", "**And:**") as steps too', () => {
    const judged = scenarioCriteria(
      items(
        'Given: samples exist',
        '**And:** they were not removed',
        'When: the ticket is sent',
        'Then: someone updates it',
      ),
    );
    expect(judged.map((c) => c.text)).toEqual(['Then: someone updates it']);
  });
});
