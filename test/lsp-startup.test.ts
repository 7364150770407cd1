/**
 * How the server starts: dist/server.js answers `initialize` by itself, with every capability,
 * and loads the language service (dist/service.js: the engine) only for the messages after it,
 * so an editor's wait for `initialize` does not include loading the engine. The first
 * diagnostics must still arrive, whichever message loads the service.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from './support/lsp-client.js';

const repo = join(__dirname, '..');
const STORY = '# Checkout\n\nAs a user, I want a button.\n';
let dir: string;
let root: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'storylint-startup-'));
  mkdirSync(join(dir, 'ws', 'stories'), { recursive: true });
  writeFileSync(join(dir, 'ws', 'stories', 'checkout.md'), STORY);
  root = pathToFileURL(join(dir, 'ws')).href;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The `initialize` answer alone: no `initialized` after it, so nothing asks for the service. */
async function initializeOnly(server: string, capabilities: Record<string, unknown>) {
  const client = new TestClient(server);
  try {
    return await client.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: 'ws' }],
      capabilities,
    });
  } finally {
    await client.stop();
  }
}

describe('the server start', () => {
  it('answers initialize with every capability from dist/server.js alone, without the service', async () => {
    const alone = join(dir, 'alone');
    mkdirSync(alone);
    copyFileSync(join(repo, 'dist', 'server.js'), join(alone, 'server.js'));
    const pull = { textDocument: { diagnostic: {} }, workspace: { configuration: true } };
    for (const capabilities of [{}, pull]) {
      const full = await initializeOnly(join(repo, 'dist', 'server.js'), capabilities);
      expect(await initializeOnly(join(alone, 'server.js'), capabilities)).toEqual(full);
      expect(Object.keys(full.capabilities).sort()).toEqual(
        [
          'codeActionProvider',
          'codeLensProvider',
          'completionProvider',
          'documentSymbolProvider',
          'executeCommandProvider',
          'hoverProvider',
          'textDocumentSync',
          'workspaceSymbolProvider',
          ...(capabilities === pull ? ['diagnosticProvider'] : []),
        ].sort(),
      );
    }
  });

  it('loads the service after initialize and sends the first diagnostics of a document opened at once', async () => {
    const client = new TestClient(join(repo, 'dist', 'cli.js'));
    try {
      await client.initialize(root);
      const uri = pathToFileURL(join(dir, 'ws', 'stories', 'checkout.md')).href;
      await client.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text: STORY },
      });
      const published = await client.diagnostics(uri, 1);
      expect(published.diagnostics.map((d) => d.code)).toContain('missing-why');
    } finally {
      await client.stop();
    }
  });

  it('indexes the folders named by initialize when a message before it already loaded the service', async () => {
    const client = new TestClient(join(repo, 'dist', 'cli.js'));
    try {
      // Out of order on purpose: an editor sends nothing before initialize, but one could.
      await client.connection.sendRequest('workspace/symbol', { query: '' });
      await client.initialize(root);
      const symbols = await client.connection.sendRequest<{ name: string }[]>('workspace/symbol', { query: '' });
      expect(symbols.map((s) => s.name)).toContain('Checkout');
    } finally {
      await client.stop();
    }
  });
});
