import { describe, expect, it } from 'vitest';
import { valueCompleteness } from './completeness.js';
import { isFilled } from './elements.js';
import { lintText, parseStories } from './lint.js';
import type { Story } from './types.js';

const STORY = [
  '## Meter reading',
  '',
  '**Who:** tenant paying a quarterly bill',
  '**Outcome:** submit my meter reading before the bill is calculated',
  '**Why:** estimated bills swing by £180',
  "**If we don't:** disputes take a fifth of the contact centre's time",
  '',
].join('\n');

function story(text: string): Story {
  const stories = parseStories(text);
  expect(stories).toHaveLength(1);
  return stories[0]!;
}

const successFindings = (text: string) => lintText(text).findings.filter((f) => f.ruleId === 'missing-success');

describe('isFilled', () => {
  it('takes a How we\'ll know that lists only "TBD" for unfilled, in a section and in a field', () => {
    for (const text of [`${STORY}\n### How we'll know\n\n- TBD\n`, `${STORY}**How we'll know:** TBD\n`]) {
      expect(isFilled(story(text), 'success')).toBe(false);
    }
  });

  it("takes an issue template's `- [ ] ...` under Acceptance Criteria for unfilled", () => {
    const text = `${STORY}\n## Acceptance Criteria\n\n<!--\nWhat is expected to be delivered\n-->\n\n- [ ] ...\n`;
    expect(isFilled(story(text), 'success')).toBe(false);
    expect(successFindings(text)).toHaveLength(1);
  });

  it('takes a Given/When/Then scenario written under "What needs to be done" as how we will know', () => {
    const scenario = [
      '## What needs to be done',
      '',
      '- Given a tenant has submitted a reading,',
      '- when the bill is calculated,',
      '- then the bill uses the reading instead of an estimate.',
      '',
    ].join('\n');
    const text = `${STORY}\n${scenario}\n## Acceptance Criteria\n\n- [ ] ...\n`;
    expect(isFilled(story(text), 'success')).toBe(true);
    expect(successFindings(text)).toEqual([]);
    // A Given with no Then is not a check.
    expect(isFilled(story(`${STORY}\n## What needs to be done\n\n- Given a tenant, show the form\n`), 'success')).toBe(
      false,
    );
  });

  it('takes numbered scenarios whose steps are items nested under them as how we will know', () => {
    const scenarios = [
      '- **Scenario 1:** A tenant who has submitted a reading gets a bill from it.',
      '',
      '  - **Given** a tenant has submitted a reading,',
      '  - **when** the bill is calculated,',
      '  - **then** the bill uses the reading instead of an estimate.',
      '',
    ].join('\n');
    expect(isFilled(story(`${STORY}\n${scenarios}`), 'success')).toBe(true);
    expect(successFindings(`${STORY}\n${scenarios}`)).toEqual([]);
  });

  it("takes How we'll know as filled when one criterion says something", () => {
    const text = `${STORY}\n### How we'll know\n\n- TBD\n- Disputes fall from 900 to 300 a month by Q1\n`;
    expect(isFilled(story(text), 'success')).toBe(true);
  });

  it("reads a How we'll know without items by its text", () => {
    expect(isFilled(story(`${STORY}\n### How we'll know\n\n> Disputes halve by Q1\n`), 'success')).toBe(true);
    expect(isFilled(story(`${STORY}\n### How we'll know\n\n`), 'success')).toBe(false);
    expect(isFilled(story(STORY), 'success')).toBe(false);
  });

  it("takes placeholders and stand-ins for unfilled, and a job story's situation for its who", () => {
    const fields = story('**Who:** <who has the need?>\n**Outcome:** n/a\n**Why:** halve disputes\n');
    expect(isFilled(fields, 'who')).toBe(false);
    expect(isFilled(fields, 'outcome')).toBe(false);
    expect(isFilled(fields, 'why')).toBe(true);
    const job = story('When my flight is cancelled, I want to rebook from my phone, so I can get home.\n');
    expect(isFilled(job, 'who')).toBe(true);
  });
});

describe('"- TBD" under How we\'ll know', () => {
  const text = `${STORY}\n### How we'll know\n\n- TBD\n`;

  it('counts as missing in the completeness the code lens and the report show', () => {
    expect(valueCompleteness(story(text)).missing).toEqual(["How we'll know"]);
  });

  it('asks missing-success to have it filled in, with no fix', () => {
    const findings = successFindings(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/empty or still a placeholder/);
    expect(findings[0]!.fix).toBeUndefined();
    expect(text.slice(findings[0]!.span.start, findings[0]!.span.end)).toBe('- TBD');
  });

  it("leaves the fix to a story with no How we'll know at all", () => {
    const findings = successFindings(STORY);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/^Nothing says how we'll know/);
    expect(findings[0]!.fix).toBeDefined();
    const filled = `${STORY}\n### How we'll know\n\n- Disputes fall from 900 to 300 a month by Q1\n`;
    expect(successFindings(filled)).toEqual([]);
  });
});
