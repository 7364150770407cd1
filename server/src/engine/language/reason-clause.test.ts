import { describe, expect, it } from 'vitest';
import { splitReason } from './reason-clause.js';

/** The request and the reason of `text`, as text. */
function parts(text: string): [string, string] | undefined {
  const split = splitReason(text);
  return (
    split && [text.slice(split.request.start, split.request.end), text.slice(split.reason.start, split.reason.end)]
  );
}

describe('splitReason', () => {
  it('finds the reason clause that ends a request, its connective included', () => {
    expect(
      parts('Remove references to cash in the modals, since sending cash is not supported in the iOS app.'),
    ).toEqual(['Remove references to cash in the modals', 'since sending cash is not supported in the iOS app.']);
    expect(parts('Implement live updating metrics on posts to increase real time engagement')).toEqual([
      'Implement live updating metrics on posts',
      'to increase real time engagement',
    ]);
    expect(parts('  Add a banner because users miss the notice.  ')).toEqual([
      'Add a banner',
      'because users miss the notice.',
    ]);
  });

  it('finds the reason clause that opens a request up to its comma', () => {
    expect(parts('To avoid possible conflicts, change the default server port to 2345')).toEqual([
      'change the default server port to 2345',
      'To avoid possible conflicts',
    ]);
  });

  it('reads the reason on a request’s first line and keeps the lines after it as the rest of the request', () => {
    const text = 'Fix the admin report queue so that it loads quickly.\n\nhttps://sentry.io/issues/3329347389';
    const split = splitReason(text)!;
    expect(text.slice(split.request.start, split.request.end)).toBe('Fix the admin report queue');
    expect(text.slice(split.reason.start, split.reason.end)).toBe('so that it loads quickly.');
    expect(text.slice(split.rest!.start, split.rest!.end)).toBe('\n\nhttps://sentry.io/issues/3329347389');
  });

  it('finds none where "to" leads to a place, a value or a product, or the first line is a list item', () => {
    expect(parts('Change the default server port to 2345')).toBeUndefined();
    expect(parts('Make links to Boost console accessible')).toBeUndefined();
    expect(parts('Add a dropdown')).toBeUndefined();
    expect(parts('Because users miss it')).toBeUndefined();
    expect(parts('- Add a banner\n- Move it to reduce clicks')).toBeUndefined();
  });
});
