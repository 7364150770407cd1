/**
 * Per-story verdicts over every real document in test/corpus/ and over examples/, kept as
 * reviewed snapshots (test/corpus/<corpus>/verdicts.snap, examples/verdicts.snap), as
 * markdownlint keeps its test-repos results: a heuristic change that flips a real verdict shows
 * up in the diff of the change that made it. After reviewing the diff, accept it with
 * `npx vitest run test/verdicts.test.ts -u`.
 *
 * Each document is linted with a workspace index of its own corpus folder, as the CLI would
 * lint that folder. One line per story: where it starts, its title, and the rules that fired
 * on it, each at the line of its finding.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildWorkspaceIndex,
  lintDocument,
  lineStartOf,
  prepareDocument,
  type Finding,
  type Story,
} from '../server/src/engine/index.js';
import { CORPUS, corpusDocument, corpusFiles } from './support/corpus.js';

const EXAMPLES = join(__dirname, '..', 'examples');

/** 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function titleOf(story: Story, text: string): string {
  const raw = story.title ?? text.slice(story.span.start, text.indexOf('\n', story.span.start) >>> 0);
  const flat = raw.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

function verdicts(root: string, files: readonly string[]): string {
  const docs = files.map((path) => prepareDocument(corpusDocument(path), relative(root, path)));
  const workspace = buildWorkspaceIndex(docs);
  const out: string[] = [];
  for (const doc of docs) {
    const { findings, stories } = lintDocument(doc, { uri: doc.uri, workspace });
    out.push(`# ${doc.uri} — ${stories.length} ${stories.length === 1 ? 'item' : 'items'}`);
    const byStory = new Map<number, Finding[]>();
    for (const f of findings) byStory.set(f.storyIndex, [...(byStory.get(f.storyIndex) ?? []), f]);
    for (const story of stories) {
      const fired = (byStory.get(story.index) ?? []).map((f) => `${f.ruleId}@${lineOf(doc.text, f.span.start)}`);
      const line = lineOf(doc.text, lineStartOf(doc.text, story.span.start));
      out.push(`  L${line} ${story.kind} "${titleOf(story, doc.text)}": ${fired.join(' ') || '—'}`);
    }
  }
  return `${out.join('\n')}\n`;
}

const corpora = readdirSync(CORPUS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('verdicts on real documents (reviewed snapshots)', () => {
  it('covers every corpus folder', () => {
    expect(corpora).toEqual([
      'gitlab-issues',
      'real-backlogs',
      'real-backlogs-more',
      'simpler-grants-gov',
      'simpler-grants-gov-specifications',
    ]);
  });

  for (const name of corpora) {
    it(`${name}: every story's verdict is the reviewed one`, { timeout: 300_000 }, async () => {
      const root = join(CORPUS, name);
      await expect(verdicts(root, corpusFiles(root))).toMatchFileSnapshot(join(root, 'verdicts.snap'));
    });
  }

  it('examples/: every story’s verdict is the reviewed one', async () => {
    await expect(verdicts(EXAMPLES, corpusFiles(EXAMPLES))).toMatchFileSnapshot(join(EXAMPLES, 'verdicts.snap'));
  });
});

// The snapshots are read by humans in review: a document missing from one would go unnoticed.
it('writes one heading per document', () => {
  const root = join(CORPUS, 'real-backlogs');
  const snapshot = verdicts(root, corpusFiles(root));
  expect(snapshot.split('\n').filter((l) => l.startsWith('# '))).toHaveLength(corpusFiles(root).length);
});
