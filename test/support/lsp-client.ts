/** A minimal LSP client over stdio for integration tests: spawns the real server, speaks JSON-RPC. */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    code: string;
    message: string;
    severity: number;
    source: string;
    data?: unknown;
    relatedInformation?: unknown[];
  }[];
}

export class TestClient {
  readonly connection: MessageConnection;
  readonly published = new Map<string, PublishedDiagnostics[]>();
  /** The server process, for tests that write raw bytes or watch it exit. */
  readonly process: ChildProcess;
  private waiters: (() => void)[] = [];
  configuration: Record<string, unknown> = {};
  appliedEdits: unknown[] = [];

  constructor(serverScript: string, args: string[] = ['--stdio']) {
    this.process = spawn(process.execPath, [serverScript, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.published.set(p.uri, [...(this.published.get(p.uri) ?? []), p]);
      const waiters = this.waiters;
      this.waiters = [];
      waiters.forEach((w) => w());
    });
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map(() => this.configuration),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/applyEdit', (p: { edit: unknown }) => {
      this.appliedEdits.push(p.edit);
      return { applied: true };
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  async initialize(
    rootUri: string,
    capabilities: Record<string, unknown> = {},
  ): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'ws' }],
      capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: true } }, ...capabilities },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Waits for the next diagnostics of `uri` (for `version`, when given). */
  async diagnostics(uri: string, version?: number, timeoutMs = 20_000): Promise<PublishedDiagnostics> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const list = this.published.get(uri) ?? [];
      const match = [...list].reverse().find((p) => version === undefined || p.version === version);
      if (match) return match;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} v${version}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.process.kill();
  }
}
