import { describe, expect, it } from 'vitest';
import { fixText, LintCache, lintDocument, lintText, prepareDocument } from '../lint.js';
import { ParseCache } from '../parse/markdown.js';

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

  it("inserts no item after criteria in a table's column: a list line would end the table", () => {
    const text =
      '#### 1.02 As a user, I want to log in with my email address, so that I can see my codewords.\n\n' +
      '| Acceptance Criteria | Yes/No |\n| --- | --- |\n| User has entered the password | Yes |\n' +
      '| User sees the home screen | Yes |\n';
    const finding = lintText(text).findings.find((f) => f.ruleId === 'missing-outcome-signal');
    expect(finding && !finding.fix).toBe(true);
    // Nor after criteria written after their label in the items of a task breakdown.
    const tasks =
      '### User Story 16: As a user, I would like a daily to-do list so that I can plan my day.\n\n' +
      '- Task Breakdown:\n  - Creating the UI (20hrs)\n    - Acceptance Criteria: The UI matches the design\n';
    const nested = lintText(tasks).findings.find((f) => f.ruleId === 'missing-outcome-signal');
    expect(nested && !nested.fix).toBe(true);
    expect(fixText(tasks).text).toBe(fixText(fixText(tasks).text).text);
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

  describe('in a story within another (a specification over its user stories, an epic over its stories)', () => {
    const spec = (successCriterion: string) =>
      '# Feature Specification: Refill reminders\n\n## User Scenarios & Testing\n\n' +
      '### User Story 1 - Reminder before running out (Priority: P1)\n\n' +
      'A patient on a repeat prescription wants to be reminded before their medicine runs out.\n\n' +
      '**Why this priority**: Running out is why patients call the pharmacy in a hurry.\n\n' +
      '**Acceptance Scenarios**:\n\n1. **Given** a prescription that runs out in 5 days, **When** the job runs, ' +
      '**Then** the patient receives a push notification\n\n' +
      `## Success Criteria\n\n- **SC-001**: ${successCriterion}\n`;
    const signal = 'Urgent refill calls fall from 120 to 60 a week by the end of Q1';
    const check = 'The reminder names the medicine';

    it("counts the outcome signal stated for all of them: the specification's Success Criteria", () => {
      expect(rulesOn(spec(signal))).not.toContain('missing-outcome-signal');
      expect(fixText(spec(signal)).text).not.toContain('<will do what differently>');
    });

    it("counts an epic's success metrics for the stories listed under it", () => {
      const epic =
        '# Epic: Shared routes\n\nVolunteer coordinators want to send the field team the route, so that no street ' +
        'is walked twice.\n\n## Success metrics\n\n- Streets walked twice fall from 30 to 5 a week by May\n\n' +
        '## Stories\n\n### Open a shared map\n\nAs a volunteer, I want to open the route my coordinator sent, so ' +
        'that I walk the right streets.\n\n**Acceptance criteria**\n\n- The route opens from the link\n';
      expect(rulesOn(epic)).not.toContain('missing-outcome-signal');
      expect(rulesOn(epic.replace('fall from 30 to 5 a week by May', 'are shown in red'))).toContain(
        'missing-outcome-signal',
      );
    });

    it('still asks when what they are written within only checks what is built', () => {
      const findings = lintText(spec(check)).findings.filter((f) => f.ruleId === 'missing-outcome-signal');
      expect(findings).toHaveLength(1);
      expect(spec(check).slice(findings[0]!.span.start, findings[0]!.span.end)).toBe('**Acceptance Scenarios**:');
    });

    it("follows an edit to the enclosing story's criteria between lints, as the editor lints", () => {
      const parseCache = new ParseCache();
      const cache = new LintCache();
      const lint = (text: string) =>
        lintDocument(prepareDocument(text, 'file:///spec.md', parseCache), {
          uri: 'file:///spec.md',
          cache,
        }).findings.map((f) => f.ruleId);
      expect(lint(spec(signal))).not.toContain('missing-outcome-signal');
      expect(lint(spec(check))).toContain('missing-outcome-signal');
      expect(lint(spec(signal))).not.toContain('missing-outcome-signal');
    });
  });
});
