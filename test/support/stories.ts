/** A value-form story with nothing to find: every element filled in, the criterion complete. */
export const GOOD_STORY = [
  '## Pay faster',
  '',
  '**Who:** returning shopper with a saved card',
  '**Outcome:** pay without re-entering my card',
  '**Why:** checkout takes too long on mobile and I give up',
  '',
  "### How we'll know",
  '',
  '- Checkout p95 under 2 s, from 9 s today, by the end of Q3',
  '',
  "**If we don't:** mobile shoppers keep abandoning carts at the payment step",
  '',
].join('\n');
