import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../lint.js';

const story = (criteria: string) =>
  '## Share a map\n\n**Who:** volunteer coordinator\n**Outcome:** send the field team the route\n' +
  `**Why:** volunteers walk the wrong streets\n\n### How we'll know\n\n${criteria}\n\n` +
  "**If we don't:** streets get picked twice\n";
const rulesOn = (text: string) => lintText(text).findings.map((f) => f.ruleId);

describe('missing-outcome-signal', () => {
  it('fires when every criterion is an acceptance check or a task', () => {
    expect(rulesOn(story('- Users can open the map\n- [ ] Share link added'))).toContain('missing-outcome-signal');
  });

  it('stays quiet when one criterion is an outcome signal, or a vague one is asked for instead', () => {
    expect(
      rulesOn(story('- Users can open the map\n- Wrong-street calls fall from 30 to 5 a week by May')),
    ).not.toContain('missing-outcome-signal');
    expect(rulesOn(story('- Users can open the map\n- The map is intuitive'))).not.toContain('missing-outcome-signal');
  });

  it('keeps its finding, and only its own, on the item it inserted until it is filled in', () => {
    const fixed = fixText(story('- Users can open the map')).text;
    expect(fixed).toContain('- Users can open the map\n- <who> <will do what differently> instead of');
    const findings = lintText(fixed).findings.filter((f) => fixed.slice(f.span.start, f.span.end).includes('<who>'));
    expect(findings.map((f) => [f.ruleId, f.severity, !!f.fix])).toEqual([['missing-outcome-signal', 'info', false]]);
    expect(fixText(fixed).text).toBe(fixed);
  });

  it('sets the new item apart from field lines that went on from the criterion, or they would join the item', () => {
    // A real issue: its one criterion is a line of text, and fields a fix added follow it on the next lines.
    const text =
      '# Human-readable sizes\n\nGoal\n===\nShow sizes in GiB and MiB.\n\nAcceptance criteria\n===\n' +
      "As an API user, I can read the disk usage in GiB.\n**If we don't:** <what happens if we don't do this?>\n";
    const fixed = fixText(text).text;
    // The item, then a blank line: what follows is no longer a line of the item's paragraph.
    expect(fixed).toMatch(/\n- <who> <will do what differently> [^\n]* by <when>\n\n\*\*(?:Why|If we don't):\*\*/);
    expect(fixed).toContain("**If we don't:** <what happens if we don't do this?>");
    expect(fixText(fixed).text).toBe(fixed);
  });

  it('adds the outcome signal to the outermost list, not as one more condition under a lead-in', () => {
    const conditions =
      '1. [ ] The following conditions are satisfied:\n   1. [ ] Users can open the map\n   2. [ ] Link added';
    const fixed = fixText(story(conditions)).text;
    expect(fixed).toContain('   2. [ ] Link added\n2. <who> <will do what differently> instead of');
    expect(fixText(fixed).text).toBe(fixed);
  });

  it('stays in the quote its criteria are written in', () => {
    const quoted =
      '## Share a map\n\n**Who:** volunteer coordinator\n**Outcome:** send the field team the route\n' +
      "**Why:** volunteers walk the wrong streets\n**If we don't:** streets get picked twice\n\n" +
      "> How we'll know:\n> - [ ] Users can open the map\n>   - [ ] Link added\n";
    const fixed = fixText(quoted).text;
    expect(fixed).toContain('>   - [ ] Link added\n> - <who> <will do what differently>');
    expect(fixText(fixed).text).toBe(fixed);
  });
});
