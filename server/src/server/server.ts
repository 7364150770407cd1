import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { buildReport, LineIndex, LintCache, lintDocument, ParseCache, type ResolvedConfig, prepareDocument, resolveConfig, RULES_BY_ID, type LintOptions, type LintResult, type SeverityOrOff } from '../engine/index.js';
import { renderReportMarkdown } from '../cli/render-report.js';
import { codeActions, fixAllEdit, FIX_ALL_KIND, type ActionContext } from './code-actions.js';
import { toDiagnostic } from './convert.js';
import { codeLenses, completePersonas, documentSymbols, hover, workspaceSymbols } from './features.js';
import { URI } from './uri.js';
import { Workspace } from './workspace.js';

/** The `storylint.*` settings, read per resource (never global: two folders may differ). */
interface Settings {
  enable: boolean;
  rules: Record<string, SeverityOrOff>;
  files: string[];
}

const DEFAULT_SETTINGS: Settings = { enable: true, rules: {}, files: [] };
const LINT_DELAY_MS = 60;

interface Analysis {
  version: number;
  lines: LineIndex;
  result: LintResult;
  options: LintOptions;
}

/** Starts the language server on the given connection (stdio, IPC or a test's streams). */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace([]);
  const settingsCache = new Map<string, Promise<Settings>>();
  const analyses = new Map<string, Analysis>();
  const timers = new Map<string, NodeJS.Timeout>();
  const parseCaches = new Map<string, ParseCache>();
  const lintCaches = new Map<string, LintCache>();
  /** The resolved configuration per document, kept while it does not change, so its lint cache stays valid. */
  const configKey = new Map<string, [string, ResolvedConfig, ResolvedConfig]>();
  let pull = false;
  let snippets = false;
  let configurationRequests = false;

  const settingsFor = (uri: string): Promise<Settings> => {
    let s = settingsCache.get(uri);
    if (!s) {
      s = configurationRequests
        ? connection.workspace
            .getConfiguration({ scopeUri: uri, section: 'storylint' })
            .then((v: Partial<Settings> | null) => ({ ...DEFAULT_SETTINGS, ...(v ?? {}) }))
            .catch(() => DEFAULT_SETTINGS)
        : Promise.resolve(DEFAULT_SETTINGS);
      settingsCache.set(uri, s);
    }
    return s;
  };

  /** Lints a document version once; later requests for that version reuse the result. */
  const analyse = async (doc: TextDocument): Promise<Analysis | undefined> => {
    const cached = analyses.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const version = doc.version;
    const settings = await settingsFor(doc.uri);
    const text = doc.getText();
    const path = URI.toPath(doc.uri);
    if (!settings.enable || (URI.isFile(doc.uri) && !workspace.isStoryFile(path, text, settings.files))) return undefined;
    if (documents.get(doc.uri)?.version !== version) return undefined; // stale: a newer version is on its way
    const loaded = URI.isFile(doc.uri) ? workspace.configFor(path) : undefined;
    const base = loaded?.config ?? resolveConfig();
    const rules = { ...base.rules };
    for (const [id, severity] of Object.entries(settings.rules ?? {})) {
      if (RULES_BY_ID.has(id) && rules[id]) rules[id] = { ...rules[id]!, severity };
    }
    let cache = parseCaches.get(doc.uri);
    if (!cache) parseCaches.set(doc.uri, (cache = new ParseCache()));
    // Only the pieces an edit touched are parsed again (see parse/markdown.ts).
    const prepared = workspace.set(doc.uri, text, prepareDocument(text, doc.uri, cache));
    let lintCache = lintCaches.get(doc.uri);
    if (!lintCache) lintCaches.set(doc.uri, (lintCache = new LintCache()));
    const config = configKey.get(doc.uri)?.[0] === JSON.stringify(rules) && configKey.get(doc.uri)?.[1] === base ? configKey.get(doc.uri)![2] : { ...base, rules };
    configKey.set(doc.uri, [JSON.stringify(rules), base, config]);
    const options: LintOptions = { uri: doc.uri, config, workspace: workspace.workspaceIndex(), cache: lintCache };
    const analysis = { version, lines: new LineIndex(text), result: lintDocument(prepared, options), options };
    analyses.set(doc.uri, analysis);
    return analysis;
  };

  const diagnosticsOf = (a: Analysis): Diagnostic[] =>
    a.result.findings.map((f) => toDiagnostic(f, a.lines, a.version, (uri) => (uri === a.result.uri ? a.lines : workspace.linesOf(uri))));

  /** Push mode: lint after a short pause, and publish only if the version is still the latest. */
  const schedule = (uri: string) => {
    if (pull) return;
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        const doc = documents.get(uri);
        if (!doc) return;
        void analyse(doc)
          .then((a) => {
            const current = documents.get(uri);
            if (!current || current.version !== doc.version) return;
            void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: a ? diagnosticsOf(a) : [] });
          })
          .catch((error: unknown) => connection.console.error(`storylint: ${(error as Error).stack ?? error}`));
      }, LINT_DELAY_MS),
    );
  };

  const relintAll = () => {
    analyses.clear();
    if (pull) void connection.languages.diagnostics.refresh();
    else documents.all().forEach((d) => schedule(d.uri));
  };

  const reportConfigProblems = () => {
    for (const folder of workspace.folders) {
      const loaded = workspace.configFor(folder);
      if (!loaded.file) continue;
      const diagnostics: Diagnostic[] = loaded.problems.map((p) => ({
        range: { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.line - 1, character: p.column - 1 } },
        severity: 1,
        source: 'storylint',
        message: `${p.message} The rest of the configuration and the defaults apply.`,
      }));
      void connection.sendDiagnostics({ uri: URI.fromPath(loaded.file), diagnostics });
    }
  };

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

  const withAnalysis = async <R>(uri: string, fallback: R, f: (a: Analysis, doc: TextDocument) => R): Promise<R> => {
    const doc = documents.get(uri);
    if (!doc) return fallback;
    const a = await analyse(doc);
    return a ? f(a, doc) : fallback;
  };

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    pull = Boolean(caps.textDocument?.diagnostic);
    snippets = Boolean(caps.workspace?.workspaceEdit && (caps.workspace.workspaceEdit as { snippetEditSupport?: boolean }).snippetEditSupport);
    configurationRequests = Boolean(caps.workspace?.configuration);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspace.folders = folders.filter(URI.isFile).map(URI.toPath);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        completionProvider: { triggerCharacters: [' ', ':'] },
        hoverProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: ['storylint.applyFixAll'] },
        ...(pull ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'storylint', version: typeof STORYLINT_VERSION === 'string' ? STORYLINT_VERSION : '0.0.0-dev' },
    };
  });

  connection.onInitialized(() => {
    if (configurationRequests) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'storylint' });
    try {
      workspace.scan();
      reportConfigProblems();
    } catch (error) {
      connection.console.error(`storylint: could not index the workspace: ${(error as Error).message}`);
    }
    relintAll();
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    relintAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      if (/\.storylint\.jsonc?$/.test(change.uri)) {
        workspace.forgetConfigs();
        reportConfigProblems();
      } else if (!documents.get(change.uri)) {
        if (change.type === FileChangeType.Deleted) workspace.delete(change.uri);
        else workspace.reload(change.uri);
      }
    }
    relintAll();
  });

  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    analyses.delete(e.document.uri);
    parseCaches.delete(e.document.uri);
    lintCaches.delete(e.document.uri);
    configKey.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    workspace.reload(e.document.uri); // back to what is on disk (or out of the index)
    if (!pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(
    safely({ kind: DocumentDiagnosticReportKind.Full, items: [] as Diagnostic[] }, async (params) =>
      withAnalysis(params.textDocument.uri, { kind: DocumentDiagnosticReportKind.Full, items: [] as Diagnostic[] }, (a) => ({
        kind: DocumentDiagnosticReportKind.Full,
        items: diagnosticsOf(a),
      })),
    ),
  );

  const actionContext = (a: Analysis, doc: TextDocument): ActionContext => ({
    uri: doc.uri,
    version: doc.version,
    text: doc.getText(),
    lines: a.lines,
    result: a.result,
    snippets,
    lintOptions: a.options,
  });

  connection.onCodeAction(safely([], (params) => withAnalysis(params.textDocument.uri, [], (a, doc) => codeActions(actionContext(a, doc), params))));
  connection.onExecuteCommand(
    safely(null, async (params) => {
      const uri = params.arguments?.[0];
      if (params.command !== 'storylint.applyFixAll' || typeof uri !== 'string') return null;
      const edit = await withAnalysis(uri, undefined, (a, doc) => fixAllEdit(actionContext(a, doc)));
      if (edit) await connection.workspace.applyEdit({ label: 'Storylint: fix all', edit });
      return null;
    }),
  );
  connection.onCompletion(
    safely([], (params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const prefix = doc.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
      return completePersonas(workspace, prefix);
    }),
  );
  connection.onHover(safely(null, (params) => withAnalysis(params.textDocument.uri, null, (a) => hover(a.result, a.lines, params.position))));
  connection.onDocumentSymbol(safely([], (params) => withAnalysis(params.textDocument.uri, [], (a, doc) => documentSymbols(a.result, doc.getText(), a.lines))));
  connection.onWorkspaceSymbol(safely([], (params) => workspaceSymbols(workspace, params.query)));
  connection.onCodeLens(safely([], (params) => withAnalysis(params.textDocument.uri, [], (a) => codeLenses(a.result, a.lines))));

  /** The backlog value report of the whole workspace, as Markdown with links to each story. */
  connection.onRequest(
    'storylint/report',
    safely({ markdown: '' }, () => {
      const index = workspace.workspaceIndex();
      const rows = workspace.all().map((doc) => {
        const loaded = URI.isFile(doc.uri) ? workspace.configFor(URI.toPath(doc.uri)) : undefined;
        return { file: doc.uri, text: doc.text, result: lintDocument(doc, { uri: doc.uri, workspace: index, ...(loaded ? { config: loaded.config } : {}) }) };
      });
      return { markdown: renderReportMarkdown(buildReport(rows), { link: (file, line) => `${file}#L${line}`, label: (file) => relativeLabel(workspace.folders, file) }) };
    }),
  );

  documents.listen(connection);
  connection.listen();
}

function relativeLabel(folders: string[], uri: string): string {
  const path = URI.toPath(uri);
  const folder = folders.find((f) => path.startsWith(f));
  return folder ? path.slice(folder.length).replace(/^[\\/]/, '') : path;
}

declare const STORYLINT_VERSION: string;
