/**
 * Suppression comments (SPEC §3): `<!-- storylint-disable rule-a rule-b -->` …
 * `<!-- storylint-enable -->` and `<!-- storylint-disable-next-story rule -->`.
 */
import { describe, expect, it } from 'vitest';
import { lintText, prepareDocument } from './lint.js';
import { findDirectives } from './suppress.js';

const OUTCOMES: Record<string, string> = {
  user: 'be told about several critical lab results',
  customer: 'see several overdue medication rounds at a glance',
  users: 'book several follow-up appointments in one call',
};

/**
 * A complete story except that its who is generic ("user", "customer", "users") and its
 * outcome says "several": generic-who and ambiguous-language fire, nothing else.
 */
const story = (who: string) =>
  [
    `## Results for the ${who}`,
    '',
    `**Who:** ${who}`,
    `**Outcome:** ${OUTCOMES[who]}`,
    '**Why:** patients are treated sooner',
    "**If we don't:** patients wait for hours",
    '',
    "### How we'll know",
    '',
    '- Time to treatment falls from 40 min to 15 min by Q2',
    '',
  ].join('\n');

/** The rules that fired, per story, as `index:rule`. */
function fired(text: string): string[] {
  return lintText(text).findings.map((f) => `${f.storyIndex}:${f.ruleId}`);
}

describe('suppression comments', () => {
  it('leaves every finding in place without comments', () => {
    expect(fired(`${story('user')}\n${story('customer')}`)).toEqual([
      '0:generic-who',
      '0:ambiguous-language',
      '1:generic-who',
      '1:ambiguous-language',
    ]);
  });

  it('silences the listed rule between disable and enable, and only there', () => {
    const text = [
      story('user'),
      '<!-- storylint-disable generic-who -->',
      '',
      story('customer'),
      '<!-- storylint-enable generic-who -->',
      '',
      story('users'),
    ].join('\n');
    expect(fired(text)).toEqual([
      '0:generic-who',
      '0:ambiguous-language',
      '1:ambiguous-language',
      '2:generic-who',
      '2:ambiguous-language',
    ]);
  });

  it('silences every rule when the disable comment lists none', () => {
    const text = [
      story('user'),
      '<!-- storylint-disable -->',
      '',
      story('customer'),
      '<!-- storylint-enable -->',
      '',
      story('users'),
    ].join('\n');
    expect(fired(text)).toEqual(['0:generic-who', '0:ambiguous-language', '2:generic-who', '2:ambiguous-language']);
  });

  it('silences several rules listed in one comment', () => {
    const text = ['<!-- storylint-disable generic-who ambiguous-language -->', '', story('user')].join('\n');
    expect(fired(text)).toEqual([]);
  });

  it('accepts a comma-separated rule list', () => {
    const text = ['<!-- storylint-disable generic-who, ambiguous-language -->', '', story('user')].join('\n');
    expect(fired(text)).toEqual([]);
  });

  it('runs a disable without an enable to the end of the file', () => {
    const text = [story('user'), '<!-- storylint-disable generic-who -->', '', story('customer'), story('users')].join(
      '\n',
    );
    expect(fired(text)).toEqual([
      '0:generic-who',
      '0:ambiguous-language',
      '1:ambiguous-language',
      '2:ambiguous-language',
    ]);
  });

  it('closes every open range with an enable that lists no rule', () => {
    const text = [
      '<!-- storylint-disable generic-who -->',
      '<!-- storylint-disable ambiguous-language -->',
      '',
      story('user'),
      '<!-- storylint-enable -->',
      '',
      story('customer'),
    ].join('\n');
    expect(fired(text)).toEqual(['1:generic-who', '1:ambiguous-language']);
  });

  it('re-enables only the rule an enable comment names', () => {
    const text = [
      '<!-- storylint-disable generic-who ambiguous-language -->',
      '',
      story('user'),
      '<!-- storylint-enable generic-who -->',
      '',
      story('customer'),
    ].join('\n');
    // ambiguous-language was disabled and never re-enabled.
    expect(fired(text)).toEqual(['1:generic-who']);
  });

  it('keeps the other rules silent when one rule is re-enabled after a disable of all rules', () => {
    const text = [
      '<!-- storylint-disable -->',
      '',
      story('user'),
      '<!-- storylint-enable generic-who -->',
      '',
      story('customer'),
    ].join('\n');
    expect(fired(text)).toEqual(['1:generic-who']);
  });

  it('keeps a range open when the enable names a rule that was not disabled', () => {
    const text = [
      '<!-- storylint-disable generic-who -->',
      '',
      story('user'),
      '<!-- storylint-enable missing-why -->',
      '',
      story('customer'),
    ].join('\n');
    expect(fired(text)).toEqual(['0:ambiguous-language', '1:ambiguous-language']);
  });

  it('silences the listed rules for the next story only with disable-next-story', () => {
    const text = [
      story('user'),
      '<!-- storylint-disable-next-story generic-who -->',
      '',
      story('customer'),
      story('users'),
    ].join('\n');
    expect(fired(text)).toEqual([
      '0:generic-who',
      '0:ambiguous-language',
      '1:ambiguous-language',
      '2:generic-who',
      '2:ambiguous-language',
    ]);
  });

  it('silences every rule for the next story when disable-next-story lists none', () => {
    const text = ['<!-- storylint-disable-next-story -->', '', story('user'), story('customer')].join('\n');
    expect(fired(text)).toEqual(['1:generic-who', '1:ambiguous-language']);
  });

  it('silences findings anywhere in the next story, including ones about a missing element', () => {
    const text = [
      '<!-- storylint-disable-next-story missing-why -->',
      '',
      '## Alerts',
      '',
      'As a nurse, I want to be told when a lab result is critical.',
      '',
    ].join('\n');
    expect(lintText(text).findings.map((f) => f.ruleId)).not.toContain('missing-why');
    expect(lintText(text).findings.map((f) => f.ruleId)).toContain('missing-success');
  });

  it('ignores a disable comment inside a fenced code block', () => {
    const text = ['```md', '<!-- storylint-disable -->', '```', '', story('user')].join('\n');
    expect(fired(text)).toEqual(['0:generic-who', '0:ambiguous-language']);
  });

  it('ignores a disable comment inside an indented code block or inline code', () => {
    const text = [
      '    <!-- storylint-disable -->',
      '',
      'Write `<!-- storylint-disable -->` to silence a rule.',
      '',
      story('user'),
    ].join('\n');
    expect(fired(text)).toEqual(['0:generic-who', '0:ambiguous-language']);
  });

  it('finds directives written inline in a paragraph or a list item', () => {
    const text = 'Some text <!-- storylint-disable generic-who --> here.\n\n- item <!-- storylint-enable --> more\n';
    const directives = findDirectives(prepareDocument(text).tree, text);
    expect(directives.map((d) => [d.kind, d.rules, text.slice(d.start, d.end)])).toEqual([
      ['disable', ['generic-who'], '<!-- storylint-disable generic-who -->'],
      ['enable', [], '<!-- storylint-enable -->'],
    ]);
  });

  it('finds no directive in code', () => {
    const text = '```\n<!-- storylint-disable -->\n```\n\n`<!-- storylint-enable -->`\n';
    expect(findDirectives(prepareDocument(text).tree, text)).toEqual([]);
  });
});
