import { describe, expect, it } from 'vitest';
import { StorySource } from './story-source.js';

/** A window from `[` to `]` (the brackets are removed). */
function windowOf(marked: string): { source: StorySource; text: string } {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const text = marked.replace('[', '').replace(']', '');
  return { source: new StorySource(text, start, end), text };
}

describe('StorySource line bounds', () => {
  it('finds line starts and ends after \\n, \\r\\n and a lone \\r', () => {
    const { source, text } = windowOf('before\n[one\r\ntwo\rthree\nfour]\nafter');
    expect(source.lineStartOf(text.indexOf('two') + 1)).toBe(text.indexOf('two'));
    expect(source.lineStartOf(text.indexOf('three') + 2)).toBe(text.indexOf('three'));
    expect(source.lineEndOf(text.indexOf('one'))).toBe(text.indexOf('\r\ntwo'));
    expect(source.lineEndOf(text.indexOf('three'))).toBe(text.indexOf('\nfour'));
  });

  it('treats an offset between \\r and \\n as the line the \\r ends', () => {
    const { source, text } = windowOf('[one\r\ntwo]');
    expect(source.lineStartOf(text.indexOf('\n'))).toBe(0);
  });

  it('never reads outside its window', () => {
    const { source, text } = windowOf('intro [story text] outro\nmore');
    expect(source.lineStartOf(text.indexOf('text'))).toBe(text.indexOf('story'));
    expect(source.lineEndOf(text.indexOf('story'))).toBe(text.indexOf(' outro'));
  });
});
