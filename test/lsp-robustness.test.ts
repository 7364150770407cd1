/**
 * The language server keeps answering whatever a client or a workspace throws at it (SPEC §6):
 * malformed JSON-RPC, unknown methods, cancelled requests, bursts of edits, hostile files in the
 * workspace. It exits when told to, with or without a shutdown first.
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LineIndex, lintText } from '../server/src/engine/index.js';
import { TestClient } from './support/lsp-client.js';

const cli = join(__dirname, '..', 'dist', 'cli.js');
let dir: string;
let root: string;

const STORY = [
  '# Backlog',
  '',
  '## Pickup',
  '',
  '**Who:** returning shopper',
  '**Outcome:** add a dropdown to choose the pickup store',
  '**Why:** people pick the wrong store',
  '',
].join('\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'storylint-robust-'));
  mkdirSync(join(dir, 'stories'));
  writeFileSync(join(dir, 'stories', 'pickup.story.md'), STORY);
  // Hostile files the workspace scan meets before any editor opens them.
  writeFileSync(join(dir, 'stories', 'deep.story.md'), `${'> - '.repeat(10_000)}As a nurse, I want x\n`);
  writeFileSync(join(dir, 'stories', 'binary.story.md'), Buffer.from([0x23, 0x20, 0, 0xff, 0xfe, 1, 2]));
  writeFileSync(join(dir, 'stories', 'long.story.md'), `- As a nurse, I want ${'very '.repeat(400_000)}long lists\n`);
  writeFileSync(join(dir, 'stories', 'surrogates.story.md'), '## A \uD800 b\n\nAs a \uDC00 nurse, I want to see x.\n');
  root = pathToFileURL(dir).href;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pull diagnostics for a document: the server's answer for its current version. */
async function pull(client: TestClient, uri: string) {
  return client.connection.sendRequest<{ items: { code: string; range: unknown; message: string }[] }>(
    'textDocument/diagnostic',
    { textDocument: { uri } },
  );
}

describe('the language server under abuse', () => {
  let client: TestClient;
  const uri = () => pathToFileURL(join(dir, 'stories', 'pickup.story.md')).href;

  beforeAll(async () => {
    client = new TestClient(cli);
    // Initialising scans the hostile files above.
    await client.initialize(root, { textDocument: { diagnostic: { dynamicRegistration: false } } });
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri(), languageId: 'markdown', version: 1, text: STORY },
    });
  });
  afterAll(() => client.stop());

  it('indexes a workspace with 10,000-level nesting, binary, 2 MB lines and lone surrogates, and answers', async () => {
    const symbols = await client.connection.sendRequest<unknown[]>('workspace/symbol', { query: '' });
    expect(Array.isArray(symbols)).toBe(true);
    expect((await pull(client, uri())).items.map((d) => d.code)).toContain('output-focused');
  });

  it('survives a malformed JSON-RPC message and answers the next request', async () => {
    const garbage = '{"jsonrpc": "2.0", "method": ';
    client.process.stdin!.write(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
    expect((await pull(client, uri())).items.length).toBeGreaterThan(0);
  });

  it('answers an unknown method with an error and keeps going', async () => {
    await expect(client.connection.sendRequest('storylint/noSuchThing', {})).rejects.toThrow();
    expect((await pull(client, uri())).items.length).toBeGreaterThan(0);
  });

  it('answers requests whose cancellation arrives at once, and the ones after them', async () => {
    const pending = [1, 2, 3].map(() =>
      client.connection
        .sendRequest('textDocument/codeAction', {
          textDocument: { uri: uri() },
          range: { start: { line: 5, character: 0 }, end: { line: 5, character: 10 } },
          context: { diagnostics: [] },
        })
        .then(
          () => 'answered',
          () => 'cancelled',
        ),
    );
    // vscode-jsonrpc numbers requests from 0 in order; cancel the three just sent.
    for (const id of [0, 1, 2]) await client.connection.sendNotification('$/cancelRequest', { id });
    for (const outcome of await Promise.all(pending)) expect(['answered', 'cancelled']).toContain(outcome);
    expect((await pull(client, uri())).items.length).toBeGreaterThan(0);
  });

  it('after a burst of 1,000 typing edits, reports exactly what a fresh lint of the final text finds', async () => {
    let doc = TextDocument.create(uri(), 'markdown', 1, STORY);
    const typed = ' so that the van leaves on time and nobody waits at the wrong store';
    for (let i = 0; i < 1_000; i++) {
      const ch = typed[i % typed.length]!;
      // Type at the end of the Why line, as an author would.
      const line = 6;
      const character = doc.getText().split('\n')[line]!.length;
      const change = { range: { start: { line, character }, end: { line, character } }, text: ch };
      doc = TextDocument.update(doc, [change], doc.version + 1);
      void client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: uri(), version: doc.version },
        contentChanges: [change],
      });
    }
    // Duplicates depend on the other files of the workspace, which a single-text lint cannot know.
    const key = (code: string, range: unknown) => `${code} ${JSON.stringify(range)}`;
    const served = (await pull(client, uri())).items.filter((d) => d.code !== 'duplicate-story');
    const text = doc.getText();
    const lines = new LineIndex(text);
    const fresh = lintText(text, { uri: uri() }).findings.filter((f) => f.ruleId !== 'duplicate-story');
    expect(text.split('\n')[6]!.length).toBeGreaterThan(1_000);
    expect(served.map((d) => key(d.code, d.range)).sort()).toEqual(
      fresh
        .map((f) => key(f.ruleId, { start: lines.positionAt(f.span.start), end: lines.positionAt(f.span.end) }))
        .sort(),
    );
  });
});

describe('the language server when the client goes away', () => {
  it('exits on "exit" even without a shutdown first', async () => {
    const client = new TestClient(cli);
    await client.initialize(root);
    const exited = once(client.process, 'exit');
    await client.connection.sendNotification('exit');
    const [code] = await exited;
    // LSP: exit without shutdown ends with code 1.
    expect(code).toBe(1);
    client.connection.dispose();
  });

  it('exits when its input closes (the editor crashed)', async () => {
    const client = new TestClient(cli);
    await client.initialize(root);
    const exited = once(client.process, 'exit');
    client.process.stdin!.end();
    await exited;
    expect(client.process.exitCode !== null || client.process.signalCode !== null).toBe(true);
    client.connection.dispose();
  });
});
