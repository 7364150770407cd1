import { describe, expect, it } from 'vitest';
import { applyEdits } from '../fix/apply-edits.js';
import { lintText } from '../lint.js';

/** The output-focused rewrite of `text`, applied alone. */
function rewrite(text: string): string {
  const finding = lintText(text).findings.find((f) => f.ruleId === 'output-focused');
  expect(finding?.fix).toBeDefined();
  return applyEdits(text, finding!.fix!.edits);
}

describe('output-focused rewrite of a Goal section', () => {
  it('moves a Goal written as a list into Proposed solution as the same list', () => {
    const text = [
      '# Template update',
      '',
      '## Goal',
      '',
      '- Update the GitLab template to match mobile needs.',
      '- Review the entire template',
      '',
      '## Acceptance criteria',
      '',
      '- [ ] Release managers find every release step in the template',
      '',
    ].join('\n');
    const fixed = rewrite(text);
    // Run into the label's line, "- Update …" would stop being an item.
    expect(fixed).toContain(
      '**Proposed solution:**\n\n- Update the GitLab template to match mobile needs.\n- Review the entire template\n',
    );
    expect(fixed).toContain('## Goal\n\n<what changes for them?>');
    const solution = lintText(fixed).stories[0]!.elements.solution!;
    expect(solution.text).toBe('- Update the GitLab template to match mobile needs.\n- Review the entire template');
  });

  it('keeps a one-item Goal list an item', () => {
    const text = '# Superminds console\n\n## Goal\n\n- Create a management console for Supermind requests\n';
    expect(rewrite(text)).toContain('**Proposed solution:**\n\n- Create a management console for Supermind requests');
  });

  it('moves a nested list out to the field as the first item stood', () => {
    const text = [
      '# Search API',
      '',
      '## Summary',
      '',
      '* **What**',
      '  * **Expand the data model** beyond the single opportunity table',
      '  * **Enhance the Search API** endpoint to allow most basic search',
      '* **Why**',
      '  * Allows us to expand from a title field to filters',
      '',
    ].join('\n');
    const fixed = rewrite(text);
    expect(fixed).toContain(
      '**Proposed solution:**\n\n* **Expand the data model** beyond the single opportunity table\n' +
        '* **Enhance the Search API** endpoint to allow most basic search\n\n',
    );
  });

  it('leaves a one-line want on the label line', () => {
    const text = 'As a shopper, I want a dropdown to pick a store, so that I collect my order nearby.\n';
    expect(rewrite(text)).toContain('**Proposed solution:** a dropdown to pick a store');
  });
});
