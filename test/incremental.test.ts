/**
 * The server re-parses only the pieces of a document an edit touched. Whatever the edits —
 * in a heading, across a code fence, inside front matter, deleting a boundary — the
 * findings must equal a fresh lint of the same text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LintCache, lintDocument, lintText, ParseCache, prepareDocument } from '../server/src/engine/index.js';

const START = [
  '---',
  'storylint: true',
  '---',
  '# Backlog',
  '',
  '## Save card',
  '',
  '**Who:** returning shopper',
  '**Outcome:** add a button to save my card',
  '',
  "### How we'll know",
  '',
  '- Checkout is fast',
  '',
  '```',
  '## not a heading',
  '```',
  '',
  '- As a user, I want to export, print and share reports.',
  '- When I travel, I want to read offline, so I can work.',
  '<!--',
  '## parked',
  '-->',
  '',
].join('\n');

const FRAGMENTS = [
  '\n## ',
  "\n### How we'll know\n",
  '```\n',
  '\n- [ ] API implemented',
  '**Why:** ',
  'so that ',
  '<!--',
  '-->',
  '\n---\n',
  '\n## Tasks\n',
  '\n## Success Criteria\n\n- Calls fall from 40 to 10 a week by May\n',
  ' dropdown',
  '\r\n',
  '😀',
  'x',
];

const editArb = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })),
});

describe('incremental analysis', () => {
  it('gives the same findings as a fresh lint after every one of many random edits', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 40 }), (edits) => {
        const cache = new ParseCache();
        const lintCache = new LintCache();
        let text = START;
        lintDocument(prepareDocument(text, 'file:///a.md', cache), { uri: 'file:///a.md', cache: lintCache });
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
          const incremental = lintDocument(prepareDocument(text, 'file:///a.md', cache), {
            uri: 'file:///a.md',
            cache: lintCache,
          });
          const fresh = lintText(text, { uri: 'file:///a.md' });
          expect(incremental.findings).toEqual(fresh.findings);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('a story the story finder reuses', () => {
  it('keeps its heading levels as they are when it moves, as a fresh lint reads them (fast-check found this)', () => {
    // A reused story is moved by the characters inserted before it: its levels (the sub-heading after it, which a
    // section added at its end takes) are no offsets. Moved, "### How we'll know" became "###### How we'll know".
    const cache = new ParseCache();
    const lintCache = new LintCache();
    const lint = (text: string) =>
      lintDocument(prepareDocument(text, 'file:///a.md', cache), { uri: 'file:///a.md', cache: lintCache });
    // The front matter's fence broken by an edit, and the story's How we'll know renamed to a sub-heading of no name.
    const before = ` dropdown${START.replace("### How we'll know", "### ow we'll know")}`;
    lint(before);
    const moved = `\n## ${before}`;
    expect(lint(moved).findings).toEqual(lintText(moved, { uri: 'file:///a.md' }).findings);
  });
});

describe('what the sections around a story say of it', () => {
  it("follows a heading renamed to name its items' kind, and back, as a fresh lint does", () => {
    const cache = new ParseCache();
    const lintCache = new LintCache();
    const backlog = (group: string) =>
      `# Backlog\n\n## ${group}\n\n### Export invoices\n\nAs an accountant, I want the month's invoices in one ` +
      'file, so that I can file the tax return.\n';
    for (const group of ['Later', 'Tasks', 'Later']) {
      const text = backlog(group);
      const incremental = lintDocument(prepareDocument(text, 'file:///a.md', cache), {
        uri: 'file:///a.md',
        cache: lintCache,
      });
      expect(incremental.findings).toEqual(lintText(text, { uri: 'file:///a.md' }).findings);
      expect(incremental.stories.map((s) => s.kind)).toEqual([group === 'Tasks' ? 'task' : 'story']);
    }
  });
});

describe('parsing in heading-delimited pieces', () => {
  it('finds the same stories and findings as parsing the whole document at once', async () => {
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const remarkFrontmatter = (await import('remark-frontmatter')).default;
    const { findStories } = await import('../server/src/engine/parse/stories.js');
    const { findDirectives } = await import('../server/src/engine/suppress.js');
    const { FRONT_MATTER } = await import('../server/src/engine/parse/markdown.js');
    const whole = unified().use(remarkParse).use(remarkFrontmatter, FRONT_MATTER);
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 25 }), (edits) => {
        let text = START;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
        }
        const tree = whole.parse(text);
        const reference = lintDocument(
          { uri: 'file:///a.md', text, stories: findStories(tree, text), directives: findDirectives(tree, text) },
          { uri: 'file:///a.md' },
        );
        expect(lintText(text, { uri: 'file:///a.md' }).findings).toEqual(reference.findings);
      }),
      { numRuns: Number(process.env.RUNS ?? 200) },
    );
  });
});
