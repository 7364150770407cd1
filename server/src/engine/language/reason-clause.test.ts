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

  it('finds none where "to" leads to a place, a value or a product, or the text is more than a line', () => {
    expect(parts('Change the default server port to 2345')).toBeUndefined();
    expect(parts('Make links to Boost console accessible')).toBeUndefined();
    expect(parts('Add a dropdown')).toBeUndefined();
    expect(parts('Because users miss it')).toBeUndefined();
    expect(parts('- Add a banner\n- Move it to reduce clicks')).toBeUndefined();
  });
});
