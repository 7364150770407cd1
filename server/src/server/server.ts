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
import {
  applyEditorSettings,
  buildReport,
  DEFAULT_EDITOR_SETTINGS,
  LineIndex,
  LintCache,
  lintDocument,
  ParseCache,
  prepareDocument,
  renderReportMarkdown,
  resolveConfig,
  type EditorSettings,
  type LintOptions,
  type LintResult,
  type ResolvedConfig,
} from '../engine/index.js';
import { APPLY_FIX_ALL_COMMAND, FIX_ALL_KIND, REPORT_REQUEST, type ReportResult } from '../protocol.js';
import { codeActions, fixAllEdit, type ActionContext } from './code-actions.js';
import { toDiagnostic } from './convert.js';
import { codeLenses, completePersonas, documentSymbols, hover, workspaceSymbols } from './features.js';
import { URI } from './uri.js';
import { Workspace } from './workspace.js';

const LINT_DELAY_MS = 60;

interface Analysis {
  version: number;
  /** The workspace generation it was linted against (other documents' duplicates and personas). */
  generation: number;
  lines: LineIndex;
  result: LintResult;
  options: LintOptions;
}

/** Everything the server keeps for one open document; closing it drops the record. */
interface OpenDocument {
  /** Only the pieces an edit touched are parsed again (see parse/markdown.ts). */
  readonly parseCache: ParseCache;
  /** Unchanged stories keep their findings between edits. */
  readonly lintCache: LintCache;
  /** The latest analysis; reused while the version is the same. */
  analysis?: Analysis;
  /** The pending push-mode lint. */
  timer?: NodeJS.Timeout;
}

/** Starts the language server on the given connection (stdio, IPC or a test's streams). */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace([]);
  const open = new Map<string, OpenDocument>();
  /** Settings per resource (open or not: the report reads them for every file); cleared on change. */
  const settingsCache = new Map<string, Promise<EditorSettings>>();
  let pull = false;
  let snippets = false;
  let configurationRequests = false;

  const recordOf = (uri: string): OpenDocument => {
    let record = open.get(uri);
    if (!record) open.set(uri, (record = { parseCache: new ParseCache(), lintCache: new LintCache() }));
    return record;
  };

  const settingsFor = (uri: string): Promise<EditorSettings> => {
    let s = settingsCache.get(uri);
    if (!s) {
      s = configurationRequests
        ? connection.workspace
            .getConfiguration({ scopeUri: uri, section: 'storylint' })
            .then((v: Partial<EditorSettings> | null) => ({ ...DEFAULT_EDITOR_SETTINGS, ...(v ?? {}) }))
            .catch(() => DEFAULT_EDITOR_SETTINGS)
        : Promise.resolve(DEFAULT_EDITOR_SETTINGS);
      settingsCache.set(uri, s);
    }
    return s;
  };

  /**
   * Whose settings a document reads: its own when open (the editor may know more about it),
   * else its workspace folder's — VS Code resolves resource settings per folder, and a report over
   * 10,000 files must not ask the client 10,000 times.
   */
  const settingsScope = (uri: string): string => {
    if (documents.get(uri) || !URI.isFile(uri)) return uri;
    const path = URI.toPath(uri);
    const folder = workspace.folders.filter((f) => path.startsWith(f)).sort((a, b) => b.length - a.length)[0];
    return folder ? URI.fromPath(folder) : uri;
  };

  /**
   * The configuration a document is linted with (`.storylint.jsonc` under the editor's
   * settings), or undefined when it is not linted: Storylint off, or not a story file.
   */
  const configFor = async (uri: string, text: string): Promise<ResolvedConfig | undefined> => {
    const settings = await settingsFor(settingsScope(uri));
    const base = URI.isFile(uri) ? workspace.configFor(URI.toPath(uri)).config : resolveConfig();
    const config = applyEditorSettings(base, settings);
    if (!config || (URI.isFile(uri) && !workspace.isStoryFile(URI.toPath(uri), text, settings.files))) return undefined;
    return config;
  };

  /** Lints a document version once; later requests for that version reuse the result. */
  const analyse = async (doc: TextDocument): Promise<Analysis | undefined> => {
    const record = recordOf(doc.uri);
    syncOpenDocuments(doc.uri);
    const current = record.analysis;
    if (current?.version === doc.version && current.generation === workspace.generation) return current;
    const version = doc.version;
    const text = doc.getText();
    const config = await configFor(doc.uri, text);
    if (!config) return undefined;
    if (documents.get(doc.uri)?.version !== version || open.get(doc.uri) !== record) return undefined; // stale
    syncOpenDocuments(doc.uri);
    const prepared =
      workspace.versionOf(doc.uri) === version && workspace.get(doc.uri)
        ? workspace.get(doc.uri)!
        : workspace.set(doc.uri, text, prepareDocument(text, doc.uri, record.parseCache), version);
    const options: LintOptions = {
      uri: doc.uri,
      config,
      workspace: workspace.workspaceIndex(),
      cache: record.lintCache,
    };
    const result = lintDocument(prepared, options);
    record.analysis = { version, generation: workspace.generation, lines: new LineIndex(text), result, options };
    return record.analysis;
  };

  /**
   * Brings the workspace up to the editor's latest text of every other open story document, so
   * a lint never reads another document's stale version (a duplicate typed a moment ago counts).
   */
  const syncOpenDocuments = (except: string) => {
    for (const other of documents.all()) {
      if (other.uri === except || !workspace.get(other.uri) || workspace.versionOf(other.uri) === other.version) {
        continue;
      }
      const text = other.getText();
      workspace.set(other.uri, text, prepareDocument(text, other.uri, recordOf(other.uri).parseCache), other.version);
    }
  };

  const diagnosticsOf = (a: Analysis): Diagnostic[] =>
    a.result.findings.map((f) =>
      toDiagnostic(f, a.lines, (uri) => (uri === a.result.uri ? a.lines : workspace.linesOf(uri))),
    );

  /** Push mode: lint after a short pause, and publish only if the version is still the latest. */
  const schedule = (uri: string) => {
    if (pull) return;
    const record = recordOf(uri);
    clearTimeout(record.timer);
    record.timer = setTimeout(() => {
      record.timer = undefined;
      const doc = documents.get(uri);
      if (!doc) return;
      void analyse(doc)
        .then((a) => {
          const current = documents.get(uri);
          if (!current || current.version !== doc.version) return;
          void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: a ? diagnosticsOf(a) : [] });
          // Duplicates and personas cross documents: the other open ones may read differently now.
          for (const other of documents.all()) {
            const analysis = open.get(other.uri)?.analysis;
            if (other.uri !== uri && analysis && analysis.generation !== workspace.generation) schedule(other.uri);
          }
        })
        .catch((error: unknown) => connection.console.error(`storylint: ${(error as Error).stack ?? error}`));
    }, LINT_DELAY_MS);
  };

  const relintAll = () => {
    for (const record of open.values()) record.analysis = undefined;
    if (pull) void connection.languages.diagnostics.refresh();
    else documents.all().forEach((d) => schedule(d.uri));
  };

  const reportConfigProblems = () => {
    for (const folder of workspace.folders) {
      const loaded = workspace.configFor(folder);
      if (!loaded.file) continue;
      const diagnostics: Diagnostic[] = loaded.problems.map((p) => ({
        range: {
          start: { line: p.line - 1, character: p.column - 1 },
          end: { line: p.line - 1, character: p.column - 1 },
        },
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
    snippets = Boolean(
      caps.workspace?.workspaceEdit &&
        (caps.workspace.workspaceEdit as { snippetEditSupport?: boolean }).snippetEditSupport,
    );
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
        executeCommandProvider: { commands: [APPLY_FIX_ALL_COMMAND] },
        ...(pull ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: {
        name: 'storylint',
        version: typeof STORYLINT_VERSION === 'string' ? STORYLINT_VERSION : '0.0.0-dev',
      },
    };
  });

  connection.onInitialized(() => {
    if (configurationRequests)
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'storylint' });
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
    clearTimeout(open.get(e.document.uri)?.timer);
    open.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    workspace.reload(e.document.uri); // back to what is on disk (or out of the index)
    if (!pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(
    safely({ kind: DocumentDiagnosticReportKind.Full, items: [] as Diagnostic[] }, async (params) =>
      withAnalysis(
        params.textDocument.uri,
        { kind: DocumentDiagnosticReportKind.Full, items: [] as Diagnostic[] },
        (a) => ({
          kind: DocumentDiagnosticReportKind.Full,
          items: diagnosticsOf(a),
        }),
      ),
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

  connection.onCodeAction(
    safely([], (params) =>
      withAnalysis(params.textDocument.uri, [], (a, doc) => codeActions(actionContext(a, doc), params)),
    ),
  );
  connection.onExecuteCommand(
    safely(null, async (params) => {
      const uri = params.arguments?.[0];
      if (params.command !== APPLY_FIX_ALL_COMMAND || typeof uri !== 'string') return null;
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
  connection.onHover(
    safely(null, (params) =>
      withAnalysis(params.textDocument.uri, null, (a) => hover(a.result, a.lines, params.position)),
    ),
  );
  connection.onDocumentSymbol(
    safely([], (params) =>
      withAnalysis(params.textDocument.uri, [], (a, doc) => documentSymbols(a.result, doc.getText(), a.lines)),
    ),
  );
  connection.onWorkspaceSymbol(safely([], (params) => workspaceSymbols(workspace, params.query)));
  connection.onCodeLens(
    safely([], (params) => withAnalysis(params.textDocument.uri, [], (a) => codeLenses(a.result, a.lines))),
  );

  /** The backlog value report of the whole workspace, as Markdown with links to each story. */
  connection.onRequest(
    REPORT_REQUEST,
    safely<unknown, ReportResult>({ markdown: '' }, async () => {
      const index = workspace.workspaceIndex();
      const rows = [];
      let ready: ResolvedConfig['ready'] = {};
      for (const doc of workspace.all()) {
        // The same configuration as the diagnostics: rules turned off in the editor stay off here.
        const config = await configFor(doc.uri, doc.text);
        if (config && !rows.length) ready = config.ready;
        if (config)
          rows.push({
            file: doc.uri,
            text: doc.text,
            result: lintDocument(doc, { uri: doc.uri, workspace: index, config }),
          });
      }
      return {
        // The readiness bar and the elements it counts: the first story file's configuration.
        markdown: renderReportMarkdown(buildReport(rows, { failUnder: ready.failUnder, require: ready.require }), {
          link: (file, line) => `${file}#L${line}`,
          label: (file) => relativeLabel(workspace.folders, file),
        }),
      };
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
