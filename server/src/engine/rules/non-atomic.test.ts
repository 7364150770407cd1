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

describe('non-atomic splits a heading that is the statement', () => {
  // Found on a real course backlog: each copy's heading was to be told apart by " — <goal>" at the title's end,
  // counted in the text before the goal was cut, so it landed in the next line's words ("_Definiti — control … on of
  // Done:_"). A heading that states the want already names each copy's goal.
  const text =
    '### As an instructor, I want to control and navigate the scenes so that I can run a session.\n\n' +
    '* _Definition of Done:_\n  * The instructor has an interface.\n';

  it('copies the story once per goal, each heading stating its own, and loses no word of the rest', () => {
    const split = lintText(text).findings.find((f) => f.ruleId === 'non-atomic')?.fix;
    expect(split).toBeDefined();
    const fixed = fixText(text, { unsafe: true }).text;
    expect(fixed).toContain('### As an instructor, I want to control the scenes so that I can run a session.');
    expect(fixed).toContain('### As an instructor, I want to navigate the scenes so that I can run a session.');
    expect(fixed.match(/\* _Definition of Done:_/g)).toHaveLength(2);
    expect(fixed).not.toContain(' — ');
    expect(fixed.match(/^#+ /gm)).toHaveLength(2);
  });
});
