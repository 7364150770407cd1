import { describe, expect, it } from 'vitest';
import { lintText } from '../index.js';

const story = (n: number, extra = '') =>
  `- As a night-shift nurse, I want to see critical lab results for ward ${extra}patients, so that I act ${n}.`;

describe('duplicate-story', () => {
  it('names the closest twin first and points at no more than three of them', () => {
    const text = [story(1), story(2, 'intensive care '), story(3), story(4), story(5), story(6), ''].join('\n');
    const findings = lintText(text).findings.filter((f) => f.ruleId === 'duplicate-story');
    expect(findings).toHaveLength(6);
    const first = findings[0]!;
    expect(first.message).toMatch(/and 4 more/);
    expect(first.related).toHaveLength(3);
    // Story 2 shares fewer words with story 1 than the others do: it is never the closest twin.
    expect(first.message).not.toContain('intensive care');
    expect(first.related!.map((r) => r.message).join('\n')).not.toContain('intensive care');
  });
});
