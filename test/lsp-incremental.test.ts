/**
 * What the server reports after any sequence of edits equals a fresh lint of the same texts
 * (issue: an incremental server). Two documents are open and typed into; a third stays on disk.
 * Duplicates and personas cross documents, so the fresh lint indexes all three, as the CLI
 * does. 1,000 random edits per run; at checkpoints both open documents are pulled, in random
 * order, and every diagnostic — code, range, message — must be the fresh one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspaceIndex, LineIndex, lintDocument, prepareDocument } from '../server/src/engine/index.js';
import { TestClient } from './support/lsp-client.js';

const cli = join(__dirname, '..', 'dist', 'cli.js');

const FILES: Record<string, string> = {
  'checkout.story.md': [
    '# Checkout',
    '',
    '## Save card',
    '',
    '**Who:** returning shopper',
    '**Outcome:** pay without re-entering my card',
    '**Why:** typing the card on a phone makes people give up',
    '',
    "### How we'll know",
    '',
    '- Checkout abandonment falls from 30% to 20% by Q3',
    '',
  ].join('\n'),
  'backlog.stories.md': [
    '# Backlog',
    '',
    '- As a user, I want to pay without re-entering my card, so that checkout is quick.',
    '- As a night-shift nurse, I want to be told when a lab result is critical, so that patients are treated sooner.',
    '- As a customer, I want a dropdown to choose the pickup store.',
    '',
  ].join('\n'),
  'closed.story.md': [
    '## Alerts',
    '',
    'As a night-shift nurse, I want to be told when a lab result is critical, so that I can act at once.',
    '',
  ].join('\n'),
};
const OPEN = ['checkout.story.md', 'backlog.stories.md'];

const FRAGMENTS = [
  '\n- As a returning shopper, I want to pay without re-entering my card, so that checkout is quick.\n',
  '\n## Lab alerts\n\n**Who:** user\n**Outcome:** be told when a lab result is critical\n',
  '\n- As a ward clerk, I want several reports and/or exports.\n',
  'night-shift nurse',
  'returning shopper',
  'user',
  '\n',
  '\n## ',
  '<!--',
  '-->',
  'so that ',
];

const edit = fc.record({
  doc: fc.nat({ max: OPEN.length - 1 }),
  at: fc.nat(),
  remove: fc.nat({ max: 20 }),
  insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })),
  checkpoint: fc.boolean(),
});

let dir: string;
const uriOf = (name: string) => pathToFileURL(join(dir, 'stories', name)).href;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'storylint-incremental-'));
  mkdirSync(join(dir, 'stories'));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, 'stories', name), text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Served = { code: string; range: unknown; message: string };

/** A fresh lint of every file's current text, as the CLI lints a folder: code, range and message per finding. */
function freshLint(texts: ReadonlyMap<string, string>): Map<string, string[]> {
  const docs = [...texts].map(([uri, text]) => prepareDocument(text, uri));
  const workspace = buildWorkspaceIndex(docs);
  const out = new Map<string, string[]>();
  for (const doc of docs) {
    const lines = new LineIndex(doc.text);
    const findings = lintDocument(doc, { uri: doc.uri, workspace }).findings;
    out.set(
      doc.uri,
      findings
        .map((f) =>
          key(f.ruleId, { start: lines.positionAt(f.span.start), end: lines.positionAt(f.span.end) }, f.message),
        )
        .sort(),
    );
  }
  return out;
}

const key = (code: string, range: unknown, message: string) => `${code} ${JSON.stringify(range)} ${message}`;

describe('the server after many edits across documents', () => {
  it('reports exactly what a fresh lint of all the texts finds, duplicates and personas included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1_000, maxLength: 1_000 }), fc.boolean(), async (edits, flip) => {
        const client = new TestClient(cli);
        try {
          await client.initialize(pathToFileURL(dir).href, {
            textDocument: { diagnostic: { dynamicRegistration: false } },
          });
          const docs = OPEN.map((name) => TextDocument.create(uriOf(name), 'markdown', 1, FILES[name]!));
          for (const doc of docs) {
            await client.connection.sendNotification('textDocument/didOpen', {
              textDocument: { uri: doc.uri, languageId: 'markdown', version: 1, text: doc.getText() },
            });
          }
          const check = async (order: boolean) => {
            const texts = new Map(Object.keys(FILES).map((name) => [uriOf(name), FILES[name]!]));
            for (const doc of docs) texts.set(doc.uri, doc.getText());
            const expected = freshLint(texts);
            for (const doc of order ? docs : [...docs].reverse()) {
              const served = await client.connection.sendRequest<{ items: Served[] }>('textDocument/diagnostic', {
                textDocument: { uri: doc.uri },
              });
              const got = served.items.map((d) => key(d.code, d.range, d.message)).sort();
              expect(got, `diagnostics of ${doc.uri}`).toEqual(expected.get(doc.uri));
            }
          };
          for (const [i, e] of edits.entries()) {
            const doc = docs[e.doc]!;
            const text = doc.getText();
            const start = e.at % (text.length + 1);
            const end = Math.min(text.length, start + e.remove);
            const change = {
              range: { start: doc.positionAt(start), end: doc.positionAt(end) },
              text: e.insert,
            };
            docs[e.doc] = TextDocument.update(doc, [change], doc.version + 1);
            void client.connection.sendNotification('textDocument/didChange', {
              textDocument: { uri: doc.uri, version: docs[e.doc]!.version },
              contentChanges: [change],
            });
            // Checkpoints now and then (about one in 25 edits), and always after the last edit.
            if ((e.checkpoint && i % 25 === 0) || i === edits.length - 1) await check(flip !== (i % 2 === 0));
          }
        } finally {
          await client.stop();
        }
      }),
      { numRuns: 3, endOnFailure: true },
    );
  }, 600_000);
});

describe('the server publishing diagnostics (no pull)', () => {
  it('publishes again for another open document when an edit here makes a duplicate of its story', async () => {
    const client = new TestClient(cli);
    try {
      await client.initialize(pathToFileURL(dir).href);
      const [here, there] = OPEN.map((name) => TextDocument.create(uriOf(name), 'markdown', 1, FILES[name]!));
      for (const doc of [here!, there!]) {
        await client.connection.sendNotification('textDocument/didOpen', {
          textDocument: { uri: doc.uri, languageId: 'markdown', version: 1, text: doc.getText() },
        });
        await client.diagnostics(doc.uri, 1);
      }
      const twin =
        '\n## Critical results\n\nAs a night-shift nurse, I want to be told when a lab result is critical.\n';
      const thereBefore = client.published.get(there!.uri)!.length;
      const end = here!.positionAt(here!.getText().length);
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: here!.uri, version: 2 },
        contentChanges: [{ range: { start: end, end }, text: twin }],
      });
      await client.diagnostics(here!.uri, 2);
      const deadline = Date.now() + 20_000;
      while (client.published.get(there!.uri)!.length === thereBefore && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
      const latest = client.published.get(there!.uri)!.at(-1)!;
      const duplicates = latest.diagnostics.filter((d) => d.code === 'duplicate-story');
      expect(duplicates.map((d) => d.message).join('\n')).toContain('Critical results');
    } finally {
      await client.stop();
    }
  }, 60_000);
});
