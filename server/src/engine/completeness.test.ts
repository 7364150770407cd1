/**
 * The value score (completeness.ts): how far a story answers the guideline's questions, as a
 * percentage, so that one-line and headed stories rank together in the report and the readiness gate.
 */
import { describe, expect, it } from 'vitest';
import { valueCompleteness, type ValueElement } from './completeness.js';
import { lintText } from './lint.js';

/** The score of the single story in `text`, with its own findings. */
function scoreOf(text: string, require?: ValueElement[]) {
  const { stories, findings } = lintText(text);
  expect(stories).toHaveLength(1);
  return valueCompleteness(stories[0]!, findings, { require });
}

const headed = (fields: Record<string, string>, criteria: string[] = []) =>
  [
    '## Story',
    '',
    ...Object.entries(fields).map(([label, text]) => `**${label}:** ${text}`),
    '',
    ...(criteria.length ? ["### How we'll know", '', ...criteria.map((c) => `- ${c}`), ''] : []),
  ].join('\n');

const WHO = 'tenant paying a quarterly bill';
const OUTCOME = 'submit my meter reading before the bill is calculated';
const WHY = 'estimated bills swing by £180 and I cannot budget';
const CONSEQUENCE = "disputes take a fifth of the contact centre's time";
const MEASURABLE = 'Disputed bills fall from 900 to 300 a month by the end of Q1';

describe('valueCompleteness: the score', () => {
  it('gives a headed story that answers all five questions 100%', () => {
    const c = scoreOf(headed({ Who: WHO, Outcome: OUTCOME, Why: WHY, "If we don't": CONSEQUENCE }, [MEASURABLE]));
    expect(c).toMatchObject({ present: 5, total: 5, missing: [], weak: [], score: 100 });
  });

  it('holds a headed story to five questions: each one missing costs 20 points', () => {
    const c = scoreOf(headed({ Who: WHO, Outcome: OUTCOME, Why: WHY }, [MEASURABLE]));
    expect(c).toMatchObject({ present: 4, total: 5, missing: ["If we don't"], score: 80 });
  });

  it('holds a one-line story to the three questions a sentence can carry', () => {
    const full = scoreOf(`- As a tenant, I want to ${OUTCOME}, so that I can budget for the quarter.\n`);
    expect(full).toMatchObject({ total: 3, missing: [], score: 100 });
    const noWhy = scoreOf(`- As a tenant, I want to ${OUTCOME}.\n`);
    expect(noWhy).toMatchObject({ total: 3, missing: ['Why'], score: 67 });
  });

  it('does not count a placeholder or "TBD" as an answer', () => {
    const c = scoreOf(headed({ Who: WHO, Outcome: OUTCOME, Why: 'TBD', "If we don't": '<what happens?>' }));
    expect(c.missing).toEqual(['Why', "How we'll know", "If we don't"]);
    expect(c.score).toBe(40);
  });
});

describe('valueCompleteness: answered but not a real answer counts half', () => {
  it('halves an outcome that output-focused flags', () => {
    const c = scoreOf(
      headed({ Who: WHO, Outcome: 'a dashboard of meter readings', Why: WHY, "If we don't": CONSEQUENCE }, [
        MEASURABLE,
      ]),
    );
    expect(c.weak).toEqual(['Outcome']);
    expect(c.score).toBe(90);
  });

  it("halves How we'll know when every criterion is unmeasurable or an output, not when one is", () => {
    const fields = { Who: WHO, Outcome: OUTCOME, Why: WHY, "If we don't": CONSEQUENCE };
    expect(scoreOf(headed(fields, ['The form is intuitive'])).weak).toEqual(["How we'll know"]);
    expect(scoreOf(headed(fields, ['The form is intuitive', MEASURABLE])).weak).toEqual([]);
  });

  it('keeps "a dashboard with intuitive as its criterion" well under an 80% bar', () => {
    // Once 4/5; the outcome and the criterion now count half each.
    const c = scoreOf(headed({ Who: WHO, Outcome: 'a dashboard of meter readings', Why: WHY }, ['It is intuitive']));
    expect(c).toMatchObject({ present: 4, total: 5, weak: ['Outcome', "How we'll know"], score: 60 });
  });

  it('halves a one-line story that asks for a thing instead of an outcome', () => {
    const c = scoreOf('- As a tenant, I want a button to upload a photo of my meter, so that I can budget.\n');
    expect(c).toMatchObject({ weak: ['Outcome'], score: 83 });
  });
});

describe('valueCompleteness: an outcome stated in prose', () => {
  it('counts the outcome an issue asks for in its title or first sentence, as missing-outcome does', () => {
    const titled = '# Allow decimals in tip amounts\n\nDrivers round every tip down to the euro.\n';
    expect(scoreOf(titled).missing).not.toContain('Outcome');
    const required =
      '### Requirement 3: Expired codes\n\nThe system SHALL release a locker whose code was not used in 48 hours.\n';
    expect(scoreOf(required).missing).not.toContain('Outcome');
    expect(lintText(required).findings.map((f) => f.ruleId)).not.toContain('missing-outcome');
    const topic = '# Tip amounts\n\nDrivers round every tip down to the euro.\n';
    expect(scoreOf(topic).missing).toContain('Outcome');
  });
});

describe('valueCompleteness: require', () => {
  it('counts only the required elements a story can carry', () => {
    const text = headed({ Who: WHO, Outcome: OUTCOME, Why: WHY });
    expect(scoreOf(text, ['who', 'outcome', 'why'])).toMatchObject({ total: 3, missing: [], score: 100 });
    expect(scoreOf(text, ['success'])).toMatchObject({ total: 1, missing: ["How we'll know"], score: 0 });
  });

  it('holds a one-line story to what a sentence carries when the requirement is beyond it', () => {
    const c = scoreOf(`- As a tenant, I want to ${OUTCOME}, so that I can budget.\n`, ['success', 'consequence']);
    expect(c).toMatchObject({ total: 3, score: 100 });
  });
});
