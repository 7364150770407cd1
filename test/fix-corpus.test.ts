/**
 * `--fix` and `--fix --unsafe-fixes` over every real document in test/corpus/ (SPEC §3, "Fixes a
 * team can run unattended"): no word lost, every heading still a heading on its own line, every
 * list item, quote, code block and comment kept, no new error-severity finding, and a second run changes nothing.
 *
 * The documents that still break an invariant are listed in fix-corpus.known.txt, reviewed like
 * a snapshot (as markdownlint's test-repos): a new breakage fails, and so does a listed one that
 * is gone until the list is rewritten with STORYLINT_UPDATE=1. The list only ever shrinks.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText, lintText, type Finding } from '../server/src/engine/index.js';
import { CORPUS, corpusDocument, corpusFiles } from './support/corpus.js';
import { gluedFields, lostBlocks } from './support/blocks.js';
import { lostWords } from './support/words.js';

/** ATX heading lines outside fenced code, as the author wrote them. */
function headings(text: string): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) fence = fence ? undefined : marker.slice(0, 3);
    else if (!fence && /^ {0,3}#{1,6}(?:[ \t]|$)/.test(line)) out.push(line.trim());
  }
  return out;
}

const errors = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error').length;

const all = corpusFiles();
const knownPath = join(__dirname, 'fix-corpus.known.txt');
const known = existsSync(knownPath)
  ? readFileSync(knownPath, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
  : [];
const found: string[] = [];

describe('fixing every real corpus document', () => {
  it('finds the corpus (547 documents)', () => {
    expect(all.length).toBe(547);
  });

  for (const unsafe of [false, true]) {
    const mode = unsafe ? '--fix --unsafe-fixes' : '--fix';
    it(
      `${mode}: loses no word, keeps every heading, list item and code block, ` +
        'glues no field into an item, adds no error, and a second run changes nothing',
      { timeout: 900_000 },
      () => {
        const problems: string[] = [];
        for (const path of all) {
          const name = relative(CORPUS, path);
          const text = corpusDocument(path);
          const once = fixText(text, { unsafe }).text;
          // A split repeats the story and may drop only the conjunction it splits on.
          const lost = lostWords(text, once, unsafe ? ['and', 'or'] : []);
          if (lost.length) problems.push(`${name}: lost ${lost.slice(0, 5).join(', ')}`);
          const kept = headings(once);
          const missing = headings(text).filter((h) => !kept.includes(h));
          if (missing.length) problems.push(`${name}: heading no longer on its own line: ${missing[0]}`);
          // A list moved into a field's line would make its first item the field's text.
          const blocks = lostBlocks(text, once);
          if (blocks.length) problems.push(`${name}: blocks lost: ${blocks.join('; ')}`);
          // A field line right under a list item, at the margin, is a lazy line of it: it renders in the bullet.
          const glued = gluedFields(text, once);
          if (glued.length) problems.push(`${name}: field lines inside a list item: ${glued.join('; ')}`);
          const before = errors(lintText(text).findings);
          const after = errors(lintText(once).findings);
          if (after > before) problems.push(`${name}: errors ${before} → ${after}`);
          if (fixText(once, { unsafe }).text !== once) problems.push(`${name}: a second run changes the text`);
        }
        const mine = problems.map((p) => `${mode} ${p}`);
        found.push(...mine);
        if (process.env.STORYLINT_UPDATE === '1') return;
        expect(mine).toEqual(
          known.filter((k) => k.startsWith(`${mode} `) && (unsafe || !k.startsWith('--fix --unsafe-fixes '))),
        );
      },
    );
  }

  it.runIf(process.env.STORYLINT_UPDATE === '1')('rewrites the list of known breakages', () => {
    const header =
      '# Real documents on which a fix still breaks an invariant (test/fix-corpus.test.ts). Only shrinks.\n';
    writeFileSync(knownPath, header + found.map((l) => `${l}\n`).join(''));
  });
});
