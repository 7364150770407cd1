/**
 * The language server as an editor drives it: the built bundle spawned over stdio, a client
 * that asks for pull diagnostics (so no debounce sits between an edit and its diagnostics),
 * one document opened, then typing in it one character at a time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

/** What the bench tells the server it can do: pull diagnostics, settings on request, as VS Code does. */
const CLIENT_CAPABILITIES = {
  textDocument: { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false }, synchronization: {} },
  workspace: { configuration: true, diagnostics: { refreshSupport: true }, workspaceEdit: { documentChanges: true } },
};

/** What typing adds, one character per edit. */
const TYPED = ' and it keeps the basket when the phone locks';

export class ServerSession {
  private readonly child: ChildProcess;
  private readonly connection: MessageConnection;
  private readonly spawnedAt = performance.now();
  private refreshed: (() => void) | undefined;
  private stderr = '';
  private readonly reports = new Map<string, { resultId?: string; items: unknown[] }>();

  constructor(serverJs: string) {
    this.child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (d: Buffer) => {
      this.stderr = (this.stderr + d.toString()).slice(-2000);
    });
    this.connection = createMessageConnection(
      new StreamMessageReader(this.child.stdout!),
      new StreamMessageWriter(this.child.stdin!),
    );
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    this.connection.onRequest('client/registerCapability', () => null);
    // The server asks for a refresh once it has indexed the workspace: the signal that it is idle.
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshed?.();
      return null;
    });
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** `initialize` → its result, in ms from the spawn: the server's share of extension activation. */
  async initialize(rootPath: string): Promise<number> {
    const rootUri = pathToFileURL(rootPath).href;
    const result = await this.connection.sendRequest<{ capabilities: { diagnosticProvider?: unknown } }>('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: CLIENT_CAPABILITIES,
    });
    const ms = performance.now() - this.spawnedAt;
    if (!result.capabilities.diagnosticProvider)
      throw new Error('the server offers no pull diagnostics; the bench needs them');
    return ms;
  }

  /** `initialized` → the server has indexed the workspace folder (it reads every story file once). */
  async initialized(timeoutMs = 600_000): Promise<number> {
    const t0 = performance.now();
    const done = new Promise<void>((resolve) => {
      this.refreshed = resolve;
      setTimeout(resolve, timeoutMs).unref();
    });
    await this.connection.sendNotification('initialized', {});
    await done;
    return performance.now() - t0;
  }

  /**
   * didOpen → the first pull-diagnostics answer. Also returns how many diagnostics there are and
   * their size as JSON: every later pull sends them all again, so they set a floor under each edit.
   */
  async open(file: string): Promise<{ ms: number; diagnostics: number; bytes: number }> {
    const uri = pathToFileURL(file).href;
    const text = readFileSync(file, 'utf8');
    const t0 = performance.now();
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    const items = await this.pull(uri);
    const ms = performance.now() - t0;
    return { ms, diagnostics: items.length, bytes: Buffer.byteLength(JSON.stringify(items)) };
  }

  /**
   * Up to `count` one-character insertions at `at` (advancing as typed), each followed by a pull
   * for diagnostics, stopping early after `budgetMs` (a slow server would otherwise take hours);
   * returns each edit's time from didChange sent to the diagnostics received.
   */
  async type(
    file: string,
    at: { line: number; character: number },
    count: number,
    budgetMs = Infinity,
  ): Promise<number[]> {
    const uri = pathToFileURL(file).href;
    const times: number[] = [];
    const deadline = performance.now() + budgetMs;
    for (let i = 0; i < count && performance.now() < deadline; i++) {
      const position = { line: at.line, character: at.character + i };
      const t0 = performance.now();
      await this.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: i + 2 },
        contentChanges: [{ range: { start: position, end: position }, text: TYPED[i % TYPED.length] }],
      });
      await this.pull(uri);
      times.push(performance.now() - t0);
    }
    return times;
  }

  /**
   * The document's diagnostics, asked as VS Code asks: with the result id of the last report, so
   * the server may answer "unchanged" instead of sending them all again.
   */
  private async pull(uri: string): Promise<unknown[]> {
    const last = this.reports.get(uri);
    const report = await this.connection.sendRequest<{ kind: string; resultId?: string; items?: unknown[] }>(
      'textDocument/diagnostic',
      { textDocument: { uri }, ...(last?.resultId ? { previousResultId: last.resultId } : {}) },
    );
    if (report.kind === 'unchanged' && last) return last.items;
    if (report.kind !== 'full') throw new Error(`expected a full or unchanged diagnostics report, got ${report.kind}`);
    const items = report.items ?? [];
    this.reports.set(uri, { ...(report.resultId ? { resultId: report.resultId } : {}), items });
    return items;
  }

  /** Current and peak resident set size of the server process, in bytes (Linux /proc only). */
  memory(): { rss: number; peak: number } | undefined {
    const status = `/proc/${this.pid}/status`;
    if (!existsSync(status)) return undefined;
    const text = readFileSync(status, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  }

  get lastStderr(): string {
    return this.stderr;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.child.kill();
  }
}
