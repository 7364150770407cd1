/**
 * The language server, started as a user's editor starts it (`storylint --stdio`) and
 * driven over JSON-RPC: what it publishes must match the CLI, and every feature of SPEC §4
 * must answer as documented.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type PublishedDiagnostics } from './support/lsp-client.js';

const repo = join(__dirname, '..');
const cli = join(repo, 'dist', 'cli.js');
let dir: string;
let root: string;

interface Edit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText?: string;
  snippet?: { value: string };
}
interface Action {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: { code?: string | number; message: string }[];
  edit?: { documentChanges: { textDocument: { uri: string; version: number }; edits: Edit[] }[] };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'storylint-lsp-'));
  cpSync(join(repo, 'examples'), dir, { recursive: true });
  root = pathToFileURL(dir).href;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(client: TestClient, relative: string, version = 1) {
  const uri = pathToFileURL(join(dir, relative)).href;
  const text = readFileSync(join(dir, relative), 'utf8');
  await client.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version, text },
  });
  return { uri, text };
}

function applyAction(text: string, action: Action): string {
  const edits = action.edit!.documentChanges[0]!.edits.map((e) => ({
    range: e.range,
    newText: e.newText ?? e.snippet!.value,
  }));
  return TextDocument.applyEdits(TextDocument.create('x', 'markdown', 0, text), edits);
}

const key = (d: PublishedDiagnostics['diagnostics'][number]) =>
  `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`;

describe('the language server over stdio', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = new TestClient(cli);
    await client.initialize(root);
  });
  afterAll(() => client.stop());

  it('publishes for each file exactly the findings the CLI reports', async () => {
    const cliJson = JSON.parse(
      execFileSync(process.execPath, [cli, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' }),
    ) as {
      filePath: string;
      messages: { line: number; column: number; ruleId: string }[];
    }[];
    for (const file of cliJson) {
      const { uri } = await open(client, file.filePath);
      const published = await client.diagnostics(uri, 1);
      expect(published.diagnostics.map(key).sort(), file.filePath).toEqual(
        file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`).sort(),
      );
    }
  });

  it('gives every diagnostic its rule as code, a docs link and the source, and no data for code actions', async () => {
    const { uri } = await open(client, 'stories/checkout.story.md');
    const { diagnostics } = await client.diagnostics(uri, 1);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(d.source).toBe('storylint');
      expect((d as unknown as { codeDescription: { href: string } }).codeDescription.href).toContain(
        `docs/rules/${d.code}.md`,
      );
      // Code actions come from the server's own findings, so a diagnostic carries no data.
      expect(d.data).toBeUndefined();
    }
    const duplicate = diagnostics.find((d) => d.code === 'duplicate-story')!;
    expect(JSON.stringify(duplicate.relatedInformation)).toContain('notifications.md');
  });

  it('publishes only for the latest version when edits come fast', async () => {
    const { uri, text } = await open(client, 'stories/onboarding.stories.md');
    await client.diagnostics(uri, 1);
    let current = text;
    for (let v = 2; v <= 6; v++) {
      current = `${current}\n- As a user, I want a dropdown ${v}, so that I can pick.`;
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ text: current }],
      });
    }
    const last = await client.diagnostics(uri, 6);
    expect(last.diagnostics.filter((d) => d.code === 'output-focused').length).toBeGreaterThanOrEqual(6);
    const versions = (client.published.get(uri) ?? []).map((p) => p.version);
    expect(versions.filter((v) => v !== undefined && v > 1 && v < 6)).toEqual([]);
  });

  it('applies every quick fix, and re-linting no longer shows the finding it fixed', async () => {
    const { uri, text } = await open(client, 'stories/checkout.story.md', 10);
    const { diagnostics } = await client.diagnostics(uri, 10);
    let checked = 0;
    for (const d of diagnostics) {
      const actions = await client.connection.sendRequest<Action[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d], only: ['quickfix'] },
      });
      const forThis = actions.filter(
        (a) => a.diagnostics?.[0]?.code === d.code && a.diagnostics[0].message === d.message,
      );
      expect(forThis.some((a) => a.title === `Disable ${d.code} for this story`)).toBe(true);
      const fix = forThis.find((a) => !a.title.startsWith('Disable') && !a.title.startsWith('Use '));
      if (!fix) continue;
      const fixed = applyAction(text, fix);
      expect(fixed).not.toContain('${');
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 11 + checked },
        contentChanges: [{ text: fixed }],
      });
      const after = await client.diagnostics(uri, 11 + checked);
      expect(
        after.diagnostics.some(
          (x) => x.code === d.code && x.message === d.message && x.range.start.line === d.range.start.line,
        ),
        `${d.code}: ${d.message}`,
      ).toBe(false);
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 100 + checked },
        contentChanges: [{ text }],
      });
      await client.diagnostics(uri, 100 + checked);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('offers the fixes of its findings in range when the client sends no diagnostics in the context', async () => {
    const { uri } = await open(client, 'stories/checkout.story.md', 300);
    const { diagnostics } = await client.diagnostics(uri, 300);
    const outcome = diagnostics.find((d) => d.code === 'output-focused')!;
    const actions = await client.connection.sendRequest<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: outcome.range.start, end: outcome.range.start },
      context: { diagnostics: [] },
    });
    expect(actions.map((a) => a.title)).toContain('Disable output-focused for this story');
    const rewrite = actions.find(
      (a) => a.diagnostics?.[0]?.code === 'output-focused' && !a.title.startsWith('Disable'),
    );
    expect(rewrite).toBeDefined();
    // A rewrite changes the author's words: offered, never the preferred (auto-applied) fix.
    expect(rewrite!.isPreferred).toBe(false);
  });

  it('offers fixes when the client echoes the diagnostic in byte columns (non-ASCII text before it)', async () => {
    const uri = pathToFileURL(join(dir, 'stories', 'emoji.story.md')).href;
    const text =
      '# Pickup\n\n- As a café ☕ regular, I want a dropdown to choose the pickup café, so that I get my coffee.\n';
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    const { diagnostics } = await client.diagnostics(uri, 1);
    const d = diagnostics.find((x) => x.code === 'output-focused')!;
    const line = text.split('\n')[d.range.start.line]!;
    const bytes = (chars: number) => Buffer.byteLength(line.slice(0, chars), 'utf8');
    const echoed = {
      ...d,
      range: {
        start: { ...d.range.start, character: bytes(d.range.start.character) },
        end: { ...d.range.end, character: bytes(d.range.end.character) },
      },
    };
    expect(echoed.range.start.character).not.toBe(d.range.start.character);
    const actions = await client.connection.sendRequest<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: echoed.range,
      context: { diagnostics: [echoed] },
    });
    expect(actions.some((a) => a.diagnostics?.[0]?.code === 'output-focused' && a.title.startsWith('Rewrite'))).toBe(
      true,
    );
  });

  it('offers no quick fix that would lose a block of the document, only the finding and its Disable', async () => {
    // A Why: field added at the end of the empty task item sets the label under it apart, and the rule under the
    // label would become its underline: the rule would be lost (found by `npm run fuzz`).
    const uri = pathToFileURL(join(dir, 'stories', 'rule.story.md')).href;
    const text = "**Outcome:** \n  - [ ] \nh3. If we don't\n---\n";
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    const { diagnostics } = await client.diagnostics(uri, 1);
    const why = diagnostics.find((d) => d.code === 'missing-why')!;
    const actions = await client.connection.sendRequest<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } },
      context: { diagnostics: [why] },
    });
    const forWhy = actions.filter((a) => a.diagnostics?.[0]?.code === 'missing-why').map((a) => a.title);
    expect(forWhy).toEqual(['Disable missing-why for this story']);
    // The fixes that keep every block are still offered.
    expect(actions.map((a) => a.title)).toContain('Add a Who: field');
  });

  it('offers fix-all as source.fixAll.storylint, and a second fix-all has nothing left to do', async () => {
    const { uri, text } = await open(client, 'stories/onboarding.stories.md', 200);
    await client.diagnostics(uri, 200);
    const request = () =>
      client.connection.sendRequest<Action[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.storylint'] },
      });
    const [fixAll] = await request();
    expect(fixAll!.kind).toBe('source.fixAll.storylint');
    const fixed = applyAction(text, fixAll!);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 201 },
      contentChanges: [{ text: fixed }],
    });
    await client.diagnostics(uri, 201);
    expect(await request()).toEqual([]);
  });

  it('completes personas used in the workspace after "As a "', async () => {
    const { uri } = await open(client, 'backlog/notifications.md');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'As a \n' },
      ],
    });
    const items = await client.connection.sendRequest<{ label: string }[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 0, character: 5 },
    });
    expect(items.length).toBeGreaterThan(2);
    expect(items.map((i) => i.label)).not.toContain('user');
  });

  it('explains a flagged range on hover, with a good example', async () => {
    const { uri } = await open(client, 'stories/checkout.story.md', 300);
    const { diagnostics } = await client.diagnostics(uri, 300);
    const d = diagnostics.find((x) => x.code === 'unmeasurable-criterion')!;
    const result = await client.connection.sendRequest<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: d.range.start,
    });
    expect(result.contents.value).toContain('unmeasurable-criterion');
    expect(result.contents.value).toContain('Good example');
  });

  it('outlines stories with their elements, finds stories across the workspace, and shows value lenses', async () => {
    const { uri } = await open(client, 'stories/checkout.story.md', 400);
    await client.diagnostics(uri, 400);
    const symbols = await client.connection.sendRequest<{ name: string; children: { name: string }[] }[]>(
      'textDocument/documentSymbol',
      { textDocument: { uri } },
    );
    expect(symbols.length).toBeGreaterThan(3);
    expect(symbols[0]!.children.map((c) => c.name).join(' ')).toMatch(/Who: .*Outcome: /);
    const found = await client.connection.sendRequest<{ name: string; location: { uri: string } }[]>(
      'workspace/symbol',
      { query: 'ready' },
    );
    expect(found.some((s) => s.location.uri.endsWith('notifications.md'))).toBe(true);
    const lenses = await client.connection.sendRequest<{ command: { title: string } }[]>('textDocument/codeLens', {
      textDocument: { uri },
    });
    expect(lenses.length).toBe(symbols.length);
    for (const l of lenses) expect(l.command.title).toMatch(/^Value \d\/\d( · missing: .+)?$/);
  });

  it('scores stories in the code lens, and says a bug or a task is not a story rather than scoring it', async () => {
    const { uri } = await open(client, 'backlog/jira-export.md', 1);
    const lenses = await client.connection.sendRequest<{ command: { title: string } }[]>('textDocument/codeLens', {
      textDocument: { uri },
    });
    expect(lenses.map((l) => l.command.title.replace(/ · missing: .+$/, ''))).toEqual([
      'Value 4/5',
      'Value 4/5',
      'Not a story (bug report): not scored',
      'Not a story (task): not scored',
    ]);
  });

  it('says in a lens why a document in another language has no finding, rather than scoring its stories', async () => {
    const uri = pathToFileURL(join(dir, 'backlog', 'commandes.md')).href;
    const text =
      '## Filtrer les commandes\n\nEn tant que client, je veux filtrer les commandes par date afin de ' +
      'retrouver une commande.\n\n## Exporter\n\nAjouter un bouton pour exporter les factures.\n';
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    expect((await client.diagnostics(uri, 1)).diagnostics).toEqual([]);
    const lenses = await client.connection.sendRequest<
      { range: { start: { line: number } }; command: { title: string } }[]
    >('textDocument/codeLens', { textDocument: { uri } });
    expect(lenses.map((l) => [l.range.start.line, l.command.title])).toEqual([
      [0, 'Not checked: this document looks written in French, and Storylint reads English.'],
    ]);
  });

  it('says in a lens where it read part of a document otherwise: lists nested too deep', async () => {
    const uri = pathToFileURL(join(dir, 'backlog', 'nested.md')).href;
    const nested = Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    const text = `## Deep\n\nAs a nurse, I want to see results, so that I act in time.\n\n${nested}\n`;
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    await client.diagnostics(uri, 1);
    const lenses = await client.connection.sendRequest<
      { range: { start: { line: number } }; command: { title: string } }[]
    >('textDocument/codeLens', { textDocument: { uri } });
    expect(lenses.map((l) => [l.range.start.line, l.command.title.replace(/ · missing: .+$/, '')])).toEqual([
      [0, 'Value 3/5'],
      // Each level is a list and its item, two of the 100: the cut comes at the 50th item, on line 4 + 49.
      [53, 'Lists or quotes nested deeper than 100 levels were not read from here on.'],
    ]);
  });

  it('re-lints with the new severities when the settings change', async () => {
    const { uri } = await open(client, 'stories/checkout.story.md', 500);
    const before = await client.diagnostics(uri, 500);
    expect(before.diagnostics.some((d) => d.code === 'generic-who')).toBe(true);
    client.configuration = { rules: { 'generic-who': 'off' } };
    const count = (client.published.get(uri) ?? []).length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    for (let i = 0; i < 100 && (client.published.get(uri) ?? []).length === count; i++)
      await new Promise((r) => setTimeout(r, 50));
    const after = (client.published.get(uri) ?? []).at(-1)!;
    expect(after.diagnostics.some((d) => d.code === 'generic-who')).toBe(false);
    client.configuration = {};
  });

  it('reports the backlog value report with a link to every story', async () => {
    const { markdown } = await client.connection.sendRequest<{ markdown: string }>('storylint/report', {});
    expect(markdown).toContain('# Backlog value report');
    expect(markdown).toMatch(/\(file:\/\/.*checkout\.story\.md#L\d+\)/);
  });

  it('counts in the report only the rules the settings leave on, and nothing when Storylint is off', async () => {
    const rulesIn = (markdown: string) => [...markdown.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const before = await client.connection.sendRequest<{ markdown: string }>('storylint/report', {});
    expect(rulesIn(before.markdown)).toContain('generic-who');
    client.configuration = { rules: { 'generic-who': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const off = await client.connection.sendRequest<{ markdown: string }>('storylint/report', {});
    expect(rulesIn(off.markdown)).not.toContain('generic-who');
    expect(rulesIn(off.markdown).length).toBeGreaterThan(0);
    client.configuration = { enable: false };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const disabled = await client.connection.sendRequest<{ markdown: string }>('storylint/report', {});
    expect(disabled.markdown).toContain('0 stories in 0 files');
    client.configuration = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  });
});

describe('a client with snippet edits and pull diagnostics', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = new TestClient(cli);
    const init = await client.initialize(root, {
      textDocument: { diagnostic: { dynamicRegistration: false } },
      workspace: { configuration: true, workspaceEdit: { documentChanges: true, snippetEditSupport: true } },
    });
    expect(init.capabilities.diagnosticProvider).toBeDefined();
  });
  afterAll(() => client.stop());

  it('answers textDocument/diagnostic with the findings and publishes nothing itself', async () => {
    const { uri } = await open(client, 'stories/checkout.story.md');
    const report = await client.connection.sendRequest<{ kind: string; items: { code: string }[] }>(
      'textDocument/diagnostic',
      { textDocument: { uri } },
    );
    expect(report.kind).toBe('full');
    expect(report.items.map((d) => d.code)).toContain('output-focused');
    expect(client.published.get(uri)).toBeUndefined();
  });

  it('answers "unchanged" when the diagnostics are those of the result id the client holds', async () => {
    writeFileSync(join(dir, 'stories', 'result-ids.story.md'), '## Pickup\n\nAs a user I want a dropdown\n');
    const { uri, text } = await open(client, 'stories/result-ids.story.md');
    type Report = { kind: string; resultId?: string; items?: { code: string }[] };
    const pull = (previousResultId?: string) =>
      client.connection.sendRequest<Report>('textDocument/diagnostic', {
        textDocument: { uri },
        ...(previousResultId ? { previousResultId } : {}),
      });
    const change = (version: number, newText: string) =>
      client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ text: newText }],
      });
    const first = await pull();
    expect(first.kind).toBe('full');
    expect(first.items!.length).toBeGreaterThan(0);
    expect(await pull(first.resultId)).toEqual({ kind: 'unchanged', resultId: first.resultId });
    // A new version whose diagnostics read the same (a blank line after the last one).
    await change(2, text + '\n');
    expect(await pull(first.resultId)).toEqual({ kind: 'unchanged', resultId: first.resultId });
    // A client that holds no result id, or another one, gets the whole report.
    expect((await pull()).kind).toBe('full');
    await change(3, '## Pickup\n\nAs a returning shopper I want to pick up my order so that I skip the queue\n');
    const changed = await pull(first.resultId);
    expect(changed.kind).toBe('full');
    expect(changed.resultId).not.toBe(first.resultId);
    expect(changed.items!.map((d) => d.code)).not.toContain('generic-who');
  });

  it('turns placeholders into tab stops', async () => {
    const { uri } = await open(client, 'stories/checkout.story.md');
    const report = await client.connection.sendRequest<{ items: PublishedDiagnostics['diagnostics'] }>(
      'textDocument/diagnostic',
      { textDocument: { uri } },
    );
    const d = report.items.find((x) => x.code === 'missing-why')!;
    const actions = await client.connection.sendRequest<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const snippet = actions[0]!.edit!.documentChanges[0]!.edits[0]!.snippet!.value;
    expect(snippet).toMatch(/\$\{1:<why does this matter to .+\?>\}/);
  });

  it('numbers tab stops across all the edits of one fix, so no two stops are linked', async () => {
    writeFileSync(
      join(dir, 'stories', 'pickup.story.md'),
      '## Pickup\n\n**Who:** returning shopper\n**Outcome:** add a dropdown to choose the pickup store\n' +
        '**Why:** people pick the wrong store\n',
    );
    const { uri } = await open(client, 'stories/pickup.story.md');
    const report = await client.connection.sendRequest<{ items: PublishedDiagnostics['diagnostics'] }>(
      'textDocument/diagnostic',
      { textDocument: { uri } },
    );
    const d = report.items.find((x) => x.code === 'output-focused')!;
    const actions = await client.connection.sendRequest<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const rewrite = actions.find((a) => a.title.startsWith('Rewrite as an outcome story'))!;
    const stops = rewrite.edit!.documentChanges[0]!.edits.flatMap((e) =>
      [...(e.snippet?.value ?? '').matchAll(/\$\{(\d+):/g)].map((m) => Number(m[1])),
    );
    expect(stops.length).toBeGreaterThan(1);
    expect(new Set(stops).size).toBe(stops.length);
  });
});

describe('the language server with a configuration of its own', () => {
  it("reads the team's own section names from .storylint.jsonc, and again when the file changes", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'storylint-lsp-vocabulary-'));
    const story =
      '## Pay by card\n\nAs a shopper, I want to pay fast, so that I buy.\n\n### Verification\n\n- 9 in 10 pay\n';
    const config = join(folder, '.storylint.jsonc');
    writeFileSync(join(folder, 'pay.story.md'), story);
    writeFileSync(config, '{ "vocabulary": { "successLabels": ["verification"] } }\n');
    const client = new TestClient(cli);
    try {
      await client.initialize(pathToFileURL(folder).href);
      const uri = pathToFileURL(join(folder, 'pay.story.md')).href;
      await client.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text: story },
      });
      const codes = (d: PublishedDiagnostics) => d.diagnostics.map((x) => x.code);
      expect(codes(await client.diagnostics(uri, 1))).not.toContain('missing-success');
      writeFileSync(config, '{}\n');
      const count = (client.published.get(uri) ?? []).length;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: pathToFileURL(config).href, type: 2 }],
      });
      for (let i = 0; i < 100 && (client.published.get(uri) ?? []).length === count; i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(codes((client.published.get(uri) ?? []).at(-1)!)).toContain('missing-success');
    } finally {
      await client.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
