import { describe, expect, it } from 'vitest';
import { firstSentence } from './sentences.js';

const first = (text: string) => text.slice(0, firstSentence(text).end);

describe('the first sentence of a text that runs on', () => {
  it('ends at the first full stop before white space', () => {
    expect(first('ensure the ids are unique. Possibly this is fixed when it quickly sets a preset.')).toBe(
      'ensure the ids are unique.',
    );
  });

  it('does not end inside a domain name, after "e.g." or at a decimal point', () => {
    const text = 'see the docs on gitlab.com (e.g. README) for version 2.5 of the API';
    expect(first(text)).toBe(text);
  });
});
