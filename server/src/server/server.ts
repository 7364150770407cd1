import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { APPLY_FIX_ALL_COMMAND, FIX_ALL_KIND, REPORT_REQUEST, type ReportResult } from '../protocol.js';
import { loadService } from './load-service.js';
import type { ClientInfo, LanguageService } from './service.js';
import { URI } from './uri.js';

/**
 * Starts the language server on the given connection (stdio, IPC or a test's streams). This is
 * the protocol surface only: what is offered at `initialize`, and one guarded handler per message
 * forwarding to the language service. Every handler is registered before the connection listens;
 * the service (and with it the engine) is loaded by the first one that needs it, which in an
 * editor is `initialized`, so `initialize` is answered without paying for the engine.
 */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  const client: ClientInfo = { pull: false, snippets: false, configurationRequests: false, folders: [] };
  let loaded: LanguageService | undefined;
  const service = (): LanguageService => (loaded ??= loadService().createService(connection, documents, client));

  /** Every handler is guarded: a bug or a strange input must never take the server down. */
  const safely =
    <P, R>(fallback: R, handler: (params: P) => R | Promise<R>) =>
    async (params: P): Promise<R> => {
      try {
        return await handler(params);
      } catch (error) {
        connection.console.error(`storylint: ${(error as Error).stack ?? String(error)}`);
        return fallback;
      }
    };

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    client.pull = Boolean(caps.textDocument?.diagnostic);
    client.snippets = Boolean(
      caps.workspace?.workspaceEdit &&
        (caps.workspace.workspaceEdit as { snippetEditSupport?: boolean }).snippetEditSupport,
    );
    client.configurationRequests = Boolean(caps.workspace?.configuration);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    client.folders = folders.filter(URI.isFile).map(URI.toPath);
    loaded?.setFolders(client.folders);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        completionProvider: { triggerCharacters: [' ', ':'] },
        hoverProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [APPLY_FIX_ALL_COMMAND] },
        ...(client.pull ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: {
        name: 'storylint',
        version: typeof STORYLINT_VERSION === 'string' ? STORYLINT_VERSION : '0.0.0-dev',
      },
    };
  });

  connection.onInitialized(() => {
    if (client.configurationRequests)
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'storylint' });
    service().initialized();
  });

  connection.onDidChangeConfiguration(() => service().configurationChanged());
  connection.onDidChangeWatchedFiles((params) => service().watchedFilesChanged(params));

  documents.onDidChangeContent((e) => service().contentChanged(e.document.uri));
  documents.onDidClose((e) => service().closed(e.document.uri));

  const noDiagnostics: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
  connection.languages.diagnostics.on(safely(noDiagnostics, (params) => service().diagnostics(params)));
  connection.onCodeAction(safely([], (params) => service().codeActions(params)));
  connection.onExecuteCommand(safely(null, (params) => service().executeCommand(params)));
  connection.onCompletion(safely([], (params) => service().completion(params)));
  connection.onHover(safely(null, (params) => service().hover(params)));
  connection.onDocumentSymbol(safely([], (params) => service().documentSymbols(params)));
  connection.onWorkspaceSymbol(safely([], (params) => service().workspaceSymbols(params)));
  connection.onCodeLens(safely([], (params) => service().codeLenses(params)));
  connection.onRequest(
    REPORT_REQUEST,
    safely<unknown, ReportResult>({ markdown: '' }, () => service().report()),
  );

  documents.listen(connection);
  connection.listen();
}

declare const STORYLINT_VERSION: string;
