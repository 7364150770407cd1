import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OpenMarkup } from './open-markup.js';

/** What the text before `offset` leaves open, read from the start every time: the reading OpenMarkup keeps. */
function openFromStart(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  const open = before.lastIndexOf('<!--');
  if (open >= 0 && before.indexOf('-->', open + 4) < 0) return true;
  let fence: string | undefined;
  for (const line of before.split(/\r\n|\r|\n/)) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (!marker) continue;
    if (!fence) fence = marker;
    else if (marker[0] === fence[0] && marker.length >= fence.length && !line.trim().slice(marker.length).trim())
      fence = undefined;
  }
  return fence !== undefined;
}

const openAt = (text: string) => {
  const markup = new OpenMarkup(text, 0);
  return [...Array(text.length + 1).keys()].filter((at) => markup.isOpenAt(at));
};

describe('OpenMarkup', () => {
  it('is open inside a comment not yet closed, and after one that never closes', () => {
    const text = 'a <!-- b --> c <!-- d';
    expect(openAt(text)).toEqual([6, 7, 8, 9, 10, 11, 19, 20, 21]);
  });

  it('is open inside a fence, to the line that closes it with a marker as long', () => {
    const text = 'a\n```js\nb\n``\n````\nc';
    // Up to the third backtick of "````": the text before an offset is read as it stands.
    expect(openAt(text).map((at) => text[at])).toEqual(['j', 's', '\n', 'b', '\n', '`', '`', '\n', '`', '`', '`']);
  });

  it('reads offsets as document offsets from where its window starts, and clips them to the window', () => {
    const markup = new OpenMarkup('<!-- x', 100);
    expect([99, 103, 104, 106, 500].map((at) => markup.isOpenAt(at))).toEqual([false, false, true, true, true]);
  });

  it('reads every offset as a reading from the start does', () => {
    const piece = fc.constantFrom('<!--', '-->', '```', '````', '~~~', '\n', '\r\n', '\r', ' ', '    ', 'x', '`', '~');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const markup = new OpenMarkup(text, 0);
        for (let at = 0; at <= text.length; at++) expect(markup.isOpenAt(at)).toBe(openFromStart(text, at));
      }),
      { numRuns: 2000 },
    );
  });
});
