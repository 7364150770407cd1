import { describe, expect, it } from 'vitest';
import type { Story } from '../types.js';
import { StorySource } from './story-source.js';

/** The window of a story spanning `[` to `]` (the brackets are removed; the window starts at its line). */
function windowOf(marked: string): { source: StorySource; text: string } {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const text = marked.replace('[', '').replace(']', '');
  return { source: StorySource.of(text, { span: { start, end } } as Story), text };
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
    const { source, text } = windowOf('intro\n[story text] outro\nmore');
    expect(source.lineStartOf(text.indexOf('text'))).toBe(text.indexOf('story'));
    expect(source.lineEndOf(text.indexOf('story'))).toBe(text.indexOf(' outro'));
    expect(source.toString()).toBe('story text');
  });
});
