import { describe, expect, it } from 'vitest';
import { judgeOutcome } from './outcome.js';

describe('judgeOutcome', () => {
  it('reads a widget or a technology opening the want as its verb, not as the thing asked for', () => {
    expect(judgeOutcome('to map lines in my dataset from geographic data')).toBeUndefined();
    expect(judgeOutcome('to add a map to the page')).toMatchObject({ cue: 'map' });
  });

  it('does not count an interaction the person wants fewer of', () => {
    expect(judgeOutcome('validate my data with a minimum of clicks')).toBeUndefined();
    expect(judgeOutcome('validate my data with fewer clicks')).toBeUndefined();
    expect(judgeOutcome('click on the address so that a map opens')).toBeDefined();
  });

  it('reads "when using X" as the situation, not the means', () => {
    expect(judgeOutcome('to review my orders when using Shopify')).toBeUndefined();
    expect(judgeOutcome('to review my orders using Shopify')).toMatchObject({ kind: 'technology' });
  });

  it("reads a passive after the person's verb as what the object is for", () => {
    expect(judgeOutcome('to schedule a message to users to be shown between select times')).toBeUndefined();
    expect(judgeOutcome('the invoices to be archived nightly')).toMatchObject({ kind: 'system' });
  });

  it('asks what heads the object: "the provenance of the page" is no page', () => {
    expect(judgeOutcome('see the provenance of the page in the search results')).toBeUndefined();
    expect(judgeOutcome('view a dashboard of my sales')).toMatchObject({ kind: 'artifact' });
  });
});
