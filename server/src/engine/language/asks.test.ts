import { describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARY } from './vocabulary.js';
import { askingSpans } from './asks.js';

const asked = (text: string) => askingSpans(text, DEFAULT_VOCABULARY).map((s) => text.slice(s.start, s.end).trim());

describe('the asking sentences of a Goal or Problem section', () => {
  it('keeps sentences that ask and list items, not how things are', () => {
    const text =
      'We had a few issues when integrating with the API. There are many edge cases.\n' +
      'We need to have some data visualizations ready.\n' +
      '- More verbose logging of components (status logs etc.)\n';
    expect(asked(text)).toEqual([
      'We need to have some data visualizations ready.',
      '- More verbose logging of components (status logs etc.)',
    ]);
  });

  it('reads list items as how things are when the section lists them so (a Problem section)', () => {
    const text = '- Tooltips vanish too quickly.\n- Links should open in a popover.\n';
    expect(
      askingSpans(text, DEFAULT_VOCABULARY, { listsAsk: false }).map((s) => text.slice(s.start, s.end).trim()),
    ).toEqual(['- Links should open in a popover.']);
  });

  it('does not end a sentence inside a domain name or after "e.g."', () => {
    expect(asked('We want the docs on gitlab.com (e.g. README) to be translated.')).toEqual([
      'We want the docs on gitlab.com (e.g. README) to be translated.',
    ]);
  });
});
