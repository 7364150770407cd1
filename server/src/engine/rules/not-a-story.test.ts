import { describe, expect, it } from 'vitest';
import { applyEdits } from '../fix/apply-edits.js';
import { lintText } from '../lint.js';

const ELEMENT_RULES = ['missing-who', 'missing-why', 'missing-success'];
const offering = (text: string) =>
  lintText(text).findings.filter((f) => f.suggestions?.some((s) => s.title.startsWith('Not a story')));

describe('"Not a story" suggestions on element findings', () => {
  const issue = '# Speed up the nightly export\n\nThe export job should stream rows.\n';

  it('are offered once per item, on the first element it is asked for', () => {
    const found = offering(issue);
    expect(found.map((f) => f.ruleId)).toEqual(['missing-who']);
    expect(found[0]!.suggestions!.map((s) => s.title)).toEqual([
      'Not a story: mark it as a task ("[Task]" in the title)',
      'Not a story: mark it as a bug report ("[Bug]" in the title)',
    ]);
    const named = '# Speed up the nightly export\n\nUsers wait for the export every morning.\n';
    expect(offering(named).map((f) => f.ruleId)).toEqual(['missing-why']);
  });

  it('tag the title so the item is read as a task or a bug report and asked for nothing', () => {
    for (const suggestion of offering(issue)[0]!.suggestions!) {
      const tagged = applyEdits(issue, suggestion.edits);
      expect(tagged.split('\n')[0]).toMatch(/^# \[(?:Task|Bug)\] Speed up the nightly export$/);
      const result = lintText(tagged);
      expect(result.stories.map((s) => s.kind)).toEqual([suggestion.title.includes('task') ? 'task' : 'bug']);
      expect(result.findings.filter((f) => ELEMENT_RULES.includes(f.ruleId))).toEqual([]);
    }
  });

  it('are not offered where the author said it is a story, nor where fix-all could reach them', () => {
    const statement = '# Export\n\nAs an accountant, I want the export by 8:00.\n';
    const fields = '# Export\n\n**Outcome:** the export is ready by 8:00\n';
    expect([...offering(statement), ...offering(fields)]).toEqual([]);
    for (const f of offering(issue)) expect(f.fix?.title).not.toMatch(/Not a story/);
  });
});
