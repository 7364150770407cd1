import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../lint.js';

describe('non-atomic', () => {
  // Found by `npm run fuzz -- --seed 120`: the statement ends a paragraph, the story is the list item under it (a Jira
  // heading line runs on in the item), so the outcome lies outside the story's span. Each split copied the item
  // and left the statement, which was split again on the next pass: the text tripled every pass.
  const text = "<!-- storylint-enable -->__I want to export, print and share reports \n  - +++\nh3. If we don't\n";

  it('offers no split of a story whose outcome lies outside its span', () => {
    const finding = lintText(text).findings.find((f) => f.ruleId === 'non-atomic');
    expect(finding).toBeDefined();
    expect(finding!.fix).toBeUndefined();
  });

  it('lets --unsafe-fixes settle on such a story: the second run changes nothing', () => {
    const once = fixText(text, { unsafe: true }).text;
    expect(fixText(once, { unsafe: true }).text).toBe(once);
    expect(once.length).toBeLessThan(text.length * 2);
  });
});
