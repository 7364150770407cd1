/**
 * The fast path's one promise: where `parseSimplePiece` answers, its tree is remark's, node for
 * node, property for property, position for position, and even key for key (compared as JSON).
 * Checked on every piece of the real corpora and of generated backlogs, on pieces generated
 * from a grammar of story-like lines (with the characters and shapes it must refuse mixed in),
 * and on examples that must be refused. A last group keeps it useful: the generated backlogs'
 * pieces must be accepted, or a regression to "always undefined" would pass unnoticed.
 *
 * More generated pieces: `RUNS=20000 npx vitest run server/src/engine/parse/simple-blocks.test.ts`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { backlogTexts, type Eol } from '../../bench/generate.js';
import { FRONT_MATTER, chunkBoundaries } from './markdown.js';
import { parseSimplePiece } from './simple-blocks.js';

const remark = unified().use(remarkParse).use(remarkFrontmatter, FRONT_MATTER);
const CORPUS = join(__dirname, '../../../../test/corpus');

/** The pieces `parseMarkdown` hands its parser. */
function pieces(text: string): string[] {
  const chunks = chunkBoundaries(text);
  if (chunks.length === 1) return [text];
  return chunks.map((c, i) => text.slice(c.start, chunks[i + 1]?.start ?? text.length));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(?:md|txt)$/.test(name) ? [path] : [];
  });
}

/** Every point object of a tree: none may be shared, as `shift` moves positions in place. */
function points(nodes: readonly RootContent[]): object[] {
  const found: object[] = [];
  const stack: unknown[] = [...nodes];
  while (stack.length) {
    const node = stack.pop() as { position?: { start: object; end: object }; children?: unknown[] };
    if (node.position) found.push(node.position.start, node.position.end);
    if (node.children) stack.push(...node.children);
  }
  return found;
}

/** Whether the fast path answered; throws (through expect) when its answer differs from remark's. */
function agrees(piece: string): boolean {
  const fast = parseSimplePiece(piece);
  if (fast === undefined) return false;
  const slow = remark.parse(piece).children;
  // JSON first: it also compares key order, and its diff is readable.
  expect(JSON.stringify(fast, null, 1), JSON.stringify(piece)).toBe(JSON.stringify(slow, null, 1));
  expect(fast).toEqual(slow);
  const all = points(fast);
  expect(new Set(all).size).toBe(all.length);
  return true;
}

interface Share {
  pieces: number;
  accepted: number;
}

function checkAll(texts: Iterable<string>): Share {
  const share = { pieces: 0, accepted: 0 };
  for (const text of texts) {
    for (const piece of pieces(text)) {
      share.pieces++;
      if (agrees(piece)) share.accepted++;
    }
  }
  return share;
}

const withEol = (text: string, eol: Eol) => (eol === 'CRLF' ? text.replace(/\n/g, '\r\n') : text);

describe('parseSimplePiece on real and generated documents', () => {
  for (const corpus of ['gitlab-issues', 'simpler-grants-gov', 'real-backlogs']) {
    it(`equals remark on every piece it accepts in ${corpus}`, () => {
      const share = checkAll(files(join(CORPUS, corpus)).map((f) => readFileSync(f, 'utf8')));
      expect(share.pieces).toBeGreaterThan(0);
      // Most real pieces are plain enough; far fewer would mean the fast path lost its use.
      expect(share.accepted / share.pieces).toBeGreaterThan(0.5);
    });
  }

  for (const kind of ['templated', 'varied'] as const) {
    for (const eol of ['LF', 'CRLF'] as const) {
      it(`equals remark on, and accepts, every piece of a generated ${kind} ${eol} backlog`, () => {
        const { texts } = backlogTexts({ kind, layout: 'one file', eol, size: 300 });
        const share = checkAll([...texts.values()].map((t) => withEol(t, eol)));
        expect(share.accepted).toBe(share.pieces);
      });
    }
  }

  it('equals remark on the corpora with CRLF line endings', () => {
    const texts = files(join(CORPUS, 'gitlab-issues'))
      .slice(0, 150)
      .map((f) => withEol(readFileSync(f, 'utf8').replace(/\r\n/g, '\n'), 'CRLF'));
    expect(checkAll(texts).accepted).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------- generated pieces

/**
 * Inline fragments. READ are shapes the fast path reads (and a few neighbours that differ in
 * one character); REFUSED are shapes it must leave to remark. Tokens are joined by a space, by
 * nothing, or by two spaces, so delimiters meet letters, punctuation and each other.
 */
const WORDS = ['checkout', 'nurse', 'Pay', 'refund', 'as', 'a', 'I', 'want', 'so', 'that', '42', '3.5', 'x', 'é'];
const PUNCT = [
  '.',
  ',',
  ':',
  ';',
  '!',
  '?',
  "'",
  '"',
  '(',
  ')',
  '%',
  '—',
  '·',
  '/',
  '-',
  '+',
  '#',
  '=',
  '|',
  '~',
  '>',
  '“',
];
const READ = [
  '`code`',
  '` a `',
  '`a `',
  '`a b`',
  '`*a*`',
  '`<b>`',
  '*em*',
  '**strong**',
  '**Who:**',
  '**As a**',
  '*(a)*',
  '**(a)**',
  '**a.**',
  '**“a”**',
  '**a**:',
  '**a:**.',
  'snake_case',
  'a__b',
  '[link](http://x.y/a_b*c)',
  '[a](b]c)',
  '[a (b)](c)',
  '![img](/a.png)',
  '!',
  'AT&T',
  'R&D:',
  '&',
  '& b',
  '&x',
];
const REFUSED = [
  '[ ]',
  '[x]',
  '*a*b',
  '**a**b',
  '``x``',
  '`',
  '`x',
  '***x***',
  '* x *',
  '**',
  '*',
  '_em_',
  '__x__',
  '_',
  'a_',
  '[a]( b)',
  '[a](<b>)',
  '[a](b "t")',
  '[a](b(c))',
  '[a]()',
  '[](u)',
  '[a]',
  '[a][b]',
  ']',
  '&amp;',
  '&x;',
  '&#35;',
  '\\*',
  '\\',
  '<b>',
  '<http://x>',
  '<!-- c -->',
  'http://x.y/z',
  '😀',
  '検査',
  '\u00a0',
  '\u3000',
  '\u2028',
  '\ufeff',
  '\t',
  '\0',
  '\r',
  '\f',
];

const ANY_CHAR = fc.oneof(
  fc.constantFrom(...PUNCT, ...WORDS),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 2 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

const MARKERS = ['-', '*', '+', '1.', '2.', '1)', '3)', '10.', '01.', '123456789.', '1234567890.', '-', '-', '1.'];
const BOXES = ['', '', '', '', '', '[ ] ', '[x] ', '[X] ', '[] ', '[ ]', '[y] ', '[ ]  ', '[x](u) '];

/** Fenced code and comments: an opening, lines of anything (fence-like ones too), often a closing. */
const RAW_LINES = [
  '',
  '  ',
  'code *x* <b> [a]',
  '  ```',
  '   ~~~',
  '````',
  '```js',
  '~~~~',
  '``` ',
  '\t',
  '-- >',
  'a --> b',
];
const rawBlock = fc
  .tuple(
    fc.constantFrom('```', '```js', '````', '~~~', '``` js title="a b"', '~~~ `x`', '<!--', '<!-- a', '<!---', '<!-->'),
    fc.array(fc.constantFrom(...RAW_LINES), { maxLength: 3 }),
    fc.constantFrom('```', '````', '~~~', '-->', ' -->', '```  ', 'x -->', '--->'),
  )
  .map(([open, body, close]) => [open, ...body, close].join('\n'));

/** Lines that start blocks the fast path leaves to remark, or look like they might. */
const REFUSED_LINES = [
  '```js`',
  '```\\',
  '<!--',
  '-->',
  '<!-->',
  '<!--->',
  ' <!--',
  '---',
  '***',
  '___',
  '===',
  '- - -',
  '* * *',
  '-',
  '=',
  '+++',
  '> quote',
  '<div>',
  '    code',
  '  - nested',
  '   1. nested',
  '[a]: /url',
  '| a | b |',
];

const EOLS = ['\n', '\n', '\n', '\n', '\n', '\r\n', '\r\n', '\r\n', '\r\n', '\r'];

/**
 * Pieces of story-like lines: headings, label lines, sentences, list items of every marker and
 * spacing, task boxes, blank lines, fenced code and comments, leading and trailing spaces, mixed
 * line endings, a BOM. With `refused`, inline text also draws the shapes and characters the
 * fast path must refuse; without, only block structure can put a piece outside its subset.
 */
function storyPieces(refused: boolean): fc.Arbitrary<string> {
  const token = fc.oneof(
    { weight: 24, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 8, arbitrary: fc.constantFrom(...PUNCT) },
    { weight: 10, arbitrary: fc.constantFrom(...READ) },
    { weight: refused ? 1 : 0, arbitrary: fc.constantFrom(...REFUSED) },
    { weight: refused ? 1 : 0, arbitrary: ANY_CHAR },
  );
  /** Inline text: tokens joined by one space, sometimes none or two. */
  const inline = fc
    .array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', '', '', '  ')), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.map(([t, s], i) => (i === parts.length - 1 ? t : t + s)).join(''));
  /** Text that may open a line without starting a block. */
  const plain = fc.tuple(fc.constantFrom(...WORDS), inline).map(([w, rest]) => `${w} ${rest}`);
  const heading = fc
    .tuple(
      fc.integer({ min: 1, max: 7 }),
      fc.constantFrom(' ', ' ', ' ', ' ', '', '  ', '\t'),
      inline,
      fc.constantFrom('', '', '', '', ' #', '#', ' ##  '),
    )
    .map(([n, space, text, close]) => `${'#'.repeat(n)}${space}${text}${close}`);
  const labelLine = fc
    .tuple(
      fc.constantFrom('Who', 'Outcome', 'Why', 'As a', 'I want', 'Steps to reproduce', 'If we don’t', '(Note)', 'é'),
      fc.constantFrom(':**', ':**', '**', '**:', ' :**', ':** ', '**.', '**x', ':***'),
      fc.option(plain, { nil: '' }),
    )
    .map(([name, close, rest]) => `**${name}${close}${rest ? ` ${rest}` : ''}`);
  const item = fc
    .tuple(
      fc.constantFrom(...MARKERS),
      fc.constantFrom(' ', ' ', ' ', ' ', ' ', '  ', '', '\t', '     '),
      fc.constantFrom(...BOXES),
      fc.oneof(plain, inline, labelLine),
    )
    .map(([marker, space, box, text]) => `${marker}${space}${box}${text}`);
  const line = fc.oneof(
    { weight: 8, arbitrary: plain },
    { weight: 3, arbitrary: inline },
    { weight: 3, arbitrary: heading },
    { weight: 3, arbitrary: labelLine },
    { weight: 6, arbitrary: item },
    { weight: 6, arbitrary: fc.constantFrom('', '', '', '', ' ', '   ', '\t') },
    { weight: 3, arbitrary: rawBlock },
    { weight: refused ? 3 : 1, arbitrary: fc.constantFrom(...REFUSED_LINES) },
  );
  /** Leading spaces (rarely) and trailing spaces (sometimes) around a line. */
  const padded = fc
    .tuple(
      fc.constantFrom(...Array<string>(60).fill(''), ' ', '   ', '    '),
      line,
      fc.constantFrom(...Array<string>(24).fill(''), ' ', ' ', '  ', '   ', '\t'),
    )
    .map(([lead, body, trail]) => lead + body + trail);
  return fc
    .tuple(
      fc.constantFrom(true, true, true, false),
      fc.array(fc.tuple(padded, fc.constantFrom(...EOLS)), { minLength: 1, maxLength: 10 }),
      fc.constantFrom('', '', '', '\ufeff'),
      fc.boolean(),
    )
    .map(([sameEol, lines, bom, last]) => {
      const eol = lines[0]![1] === '\r' ? '\n' : lines[0]![1];
      const text = lines.map(([l, e], i) => (i === lines.length - 1 && !last ? l : l + (sameEol ? eol : e))).join('');
      return bom + text;
    });
}

/** Pieces the fast path is meant for: blocks of clean story lines (so most are accepted). */
const CLEAN_BLOCKS = [
  ['## Pay for a refund (#12)'],
  ['# Backlog'],
  ['### How we’ll know'],
  ['As a nurse, I want to pay for a refund, so that I can go home.'],
  ['When my order is late, I want to "track" it — 50% of the time.', 'Second line of the paragraph '],
  ['**Who:** support agent', '**Outcome:** get a reminder about `ux` work', '**Why:** we need it'],
  ['**Assumptions:**'],
  ['**As a** night-shift nurse', '**I want** to pay'],
  ['Estimate: 3 points · Labels: `ux`'],
  ['See [the spec](https://x.y/spec_v2) and ![a shot](/s.png).'],
  ['Cost & time, R&D, snake_case and *really* **now**.'],
  ['- Share of repeats falls from 32% to 14% by June', '- Checkout feels fast'],
  ['- [ ] Given a pharmacist, when they open checkout, then they can pay', '- [x] Done'],
  ['* Checkout feels fast'],
  ['+ Other list', '+ with two items '],
  ['1. Open checkout', '2. Enter 30 items', '3. Press "Continue"'],
  ['1) First'],
  ['```text', 'at submit (checkout.ts:236)', '```'],
  ['~~~', '', '  indented *code* <b>', '~~~'],
  ['<!-- parked: ## old story -->'],
  ['<!--', 'Describe the *problem*', '', '-->'],
];
const cleanPiece = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...CLEAN_BLOCKS), fc.constantFrom(1, 1, 1, 0, 2)), {
      minLength: 1,
      maxLength: 10,
    }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(([blocks, eol, last]) => {
    const lines = blocks.flatMap(([block, blanks]) => [...block, ...Array<string>(blanks).fill('')]);
    return lines.join(eol) + (last ? eol : '');
  });

/** Small edits that move a clean piece to the edge of the subset: a character in, a character out. */
const EDIT_TEXT = [
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '*',
  '**',
  '_',
  '`',
  '[',
  ']',
  '(',
  ')',
  '!',
  '&',
  ';',
  '#',
  '<',
  '>',
  '-',
  '=',
  '~',
  '\\',
  ':',
  '.',
  '1. ',
  '- ',
  '\u00a0',
  '😀',
  'é',
  '\ufeff',
  '\0',
  '\f',
  '---',
  '```',
  '<!--',
  '-->',
];
const editedPiece = fc
  .tuple(
    cleanPiece,
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2 }), fc.constantFrom(...EDIT_TEXT, '', '')), {
      minLength: 1,
      maxLength: 3,
    }),
  )
  .map(([text, edits]) => {
    for (const [at, remove, insert] of edits) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + insert + text.slice(i + remove);
    }
    return text;
  });

const RUNS = Number(process.env.RUNS ?? 500);

/** Asserts the fast path agrees with remark on RUNS generated pieces; returns how many it read itself. */
function acceptedOf(pieces: fc.Arbitrary<string>): number {
  let accepted = 0;
  fc.assert(
    fc.property(pieces, (p) => {
      if (agrees(p)) accepted++;
    }),
    { numRuns: RUNS },
  );
  return accepted;
}

describe('chunkBoundaries and front matter', () => {
  const starts = (text: string) => chunkBoundaries(text).map((c) => text.slice(c.start, c.start + 4));

  it('never cuts inside front matter, YAML or "---json", and cuts at the headings after it', () => {
    expect(starts('---\n# not a heading\n---\n# A\n')).toEqual(['---\n', '# A\n']);
    expect(starts('---json\n# not a heading\n---\n# A\n')).toEqual(['---j', '# A\n']);
  });

  it('reads "+++json" as no front matter, as the parser does: its heading is one', () => {
    expect(starts('+++json\n# A\n+++\n')).toEqual(['+++j', '# A\n']);
  });
});

describe('parseSimplePiece on generated pieces', () => {
  it('is undefined or equal to remark on story-like pieces with everything it must refuse mixed in', () => {
    const accepted = acceptedOf(storyPieces(true));
    // Not a vacuous pass: the grammar yields pieces it reads.
    expect(accepted).toBeGreaterThan(RUNS * 0.02);
  });

  it('is undefined or equal to remark on story-like pieces of readable text in every block structure', () => {
    const accepted = acceptedOf(storyPieces(false));
    expect(accepted).toBeGreaterThan(RUNS * 0.05);
  });

  it('is undefined or equal to remark on clean story pieces, and accepts most', () => {
    const accepted = acceptedOf(cleanPiece);
    expect(accepted).toBeGreaterThan(RUNS * 0.3);
  });

  it('is undefined or equal to remark on clean pieces after small edits', () => {
    const accepted = acceptedOf(editedPiece);
    expect(accepted).toBeGreaterThan(RUNS * 0.1);
  });
});

// ---------------------------------------------------------------- examples

describe('parseSimplePiece examples', () => {
  it.each([
    ['setext heading', 'Title\n===\n'],
    ['setext heading with dashes', 'Title\n---\n'],
    ['hard break (two spaces)', 'one  \ntwo\n'],
    ['hard break (backslash)', 'one\\\ntwo\n'],
    ['lazy continuation of an item', '- item\ncontinued\n'],
    ['item continuation line', '- item\n  continued\n'],
    ['nested list', '- a\n  - b\n'],
    ['list item after a paragraph numbered 2', 'Text\n2. two\n'],
    ['different bullet right after an item', '- a\n* b\n'],
    ['thematic break', 'a\n\n***\n'],
    ['front matter', '---\ntitle: x\n---\n# T\n'],
    ['block quote', '> quoted\n'],
    ['indented code', '    code\n'],
    ['HTML block', '<div>\nx\n</div>\n'],
    ['link reference definition', '[a]: /url\n\n[a]\n'],
    ['unclosed fence', '```\ncode\n'],
    ['tab', 'a\tb\n'],
    ['lone CR', 'a\rb\n'],
    ['emphasis that can both open and close', 'a**b**c\n'],
    ['underscore emphasis', '_a_\n'],
    ['character reference', 'a &amp; b\n'],
    ['autolink', '<http://x.y>\n'],
    ['heading with a closing sequence', '## Title ##\n'],
    ['code span across lines', 'a `b\nc` d\n'],
    ['strong across lines', '**a\nb**\n'],
  ])('leaves %s to remark', (_name, text) => {
    expect(parseSimplePiece(text)).toBeUndefined();
  });

  it.each([
    [
      'a story of the varied backlog',
      '## Bug: checkout shows an error (#4)\n\n**Steps to reproduce**\n\n1. Open checkout\n',
    ],
    ['label lines', '**Who:** support agent\n**Why:** we need it\n'],
    ['a task list', '- [ ] Given a nurse\n- [x] Done\n\nEstimate: 3 points · Labels: `ux`\n'],
    ['a loose list then a paragraph', '- a\n\n- b\n\nAfter.\n'],
    ['an ordered list starting at 3', '3. three\n4. four\n'],
    ['fenced code', '```text\nat submit (checkout.ts:236)\n```\n'],
    ['an HTML comment', '<!--\n## parked\n-->\nText\n'],
    ['CRLF', '# T\r\n\r\nOne\r\ntwo \r\n- a\r\n'],
    ['a BOM', '\ufeff# T\n'],
    ['links and emphasis', 'See [a](/b) and *c*, **d**.\n'],
  ])('reads %s as remark does', (_name, text) => {
    expect(agrees(text)).toBe(true);
  });
});
