/**
 * The language service: everything the server does after `initialize` — the workspace index,
 * one record per open document, settings per resource, lints and the features built on them.
 * It is its own bundle (dist/service.js), loaded by server.ts on first use, so `initialize` is
 * answered before the engine is loaded or compiled. Values from vscode-languageserver come from
 * lsp-values.ts, never from the library: that would bundle it a second time.
 */
import { isDeepStrictEqual } from 'node:util';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CodeActionParams,
  CodeLens,
  CodeLensParams,
  CompletionItem,
  CompletionParams,
  Connection,
  Diagnostic,
  DidChangeWatchedFilesParams,
  DocumentDiagnosticParams,
  DocumentDiagnosticReport,
  DocumentSymbol,
  DocumentSymbolParams,
  ExecuteCommandParams,
  Hover,
  HoverParams,
  SymbolInformation,
  TextDocuments,
  WorkspaceSymbolParams,
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
  preparedWith,
  renderReportMarkdown,
  resolveConfig,
  type EditorSettings,
  type LintOptions,
  type LintResult,
  type ResolvedConfig,
} from '../engine/index.js';
import { APPLY_FIX_ALL_COMMAND, type ReportResult } from '../protocol.js';
import { codeActions, fixAllEdit, type ActionContext } from './code-actions.js';
import { toDiagnostic } from './convert.js';
import { codeLenses, completePersonas, documentSymbols, hover, workspaceSymbols } from './features.js';
import { DocumentDiagnosticReportKind, FileChangeType } from './lsp-values.js';
import { URI } from './uri.js';
import { Workspace } from './workspace.js';

const LINT_DELAY_MS = 60;

/** What `initialize` told the server; server.ts fills it in, the service reads it when it acts. */
export interface ClientInfo {
  /** Pull diagnostics: the client asks; nothing is pushed. */
  pull: boolean;
  snippets: boolean;
  configurationRequests: boolean;
  /** The workspace folders, as paths. */
  folders: string[];
}

/** One method per message the server forwards; server.ts guards each against throwing. */
export interface LanguageService {
  /** `initialize` named the folders after the service was loaded (a client that spoke early). */
  setFolders(folders: string[]): void;
  initialized(): void;
  configurationChanged(): void;
  watchedFilesChanged(params: DidChangeWatchedFilesParams): void;
  contentChanged(uri: string): void;
  closed(uri: string): void;
  diagnostics(params: DocumentDiagnosticParams): Promise<DocumentDiagnosticReport>;
  codeActions(params: CodeActionParams): Promise<CodeAction[]>;
  executeCommand(params: ExecuteCommandParams): Promise<null>;
  completion(params: CompletionParams): CompletionItem[];
  hover(params: HoverParams): Promise<Hover | null>;
  documentSymbols(params: DocumentSymbolParams): Promise<DocumentSymbol[]>;
  workspaceSymbols(params: WorkspaceSymbolParams): SymbolInformation[];
  codeLenses(params: CodeLensParams): Promise<CodeLens[]>;
  report(): Promise<ReportResult>;
}

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
  /** The last diagnostics pulled, for an `unchanged` answer when they are the same again. */
  pulled?: PulledReport;
}

interface PulledReport {
  resultId: string;
  analysis: Analysis;
  items: Diagnostic[];
}

export function createService(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  client: ClientInfo,
): LanguageService {
  const workspace = new Workspace(client.folders);
  const open = new Map<string, OpenDocument>();
  let lastResultId = 0;
  /** Settings per resource (open or not: the report reads them for every file); cleared on change. */
  const settingsCache = new Map<string, Promise<EditorSettings>>();

  const recordOf = (uri: string): OpenDocument => {
    let record = open.get(uri);
    if (!record) open.set(uri, (record = { parseCache: new ParseCache(), lintCache: new LintCache() }));
    return record;
  };

  const settingsFor = (uri: string): Promise<EditorSettings> => {
    let s = settingsCache.get(uri);
    if (!s) {
      s = client.configurationRequests
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
    const held = workspace.versionOf(doc.uri) === version ? workspace.get(doc.uri) : undefined;
    // Read again when the configuration's word lists (section names) changed since it was read.
    const prepared =
      held && preparedWith(held, config.vocabulary)
        ? held
        : workspace.set(doc.uri, text, prepareDocument(text, doc.uri, record.parseCache, config.vocabulary), version);
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
      const cache = recordOf(other.uri).parseCache;
      const vocabulary = workspace.vocabularyFor(other.uri);
      workspace.set(other.uri, text, prepareDocument(text, other.uri, cache, vocabulary), other.version);
    }
  };

  const diagnosticsOf = (a: Analysis): Diagnostic[] =>
    a.result.findings.map((f) =>
      toDiagnostic(f, a.lines, (uri) => (uri === a.result.uri ? a.lines : workspace.linesOf(uri))),
    );

  /** Push mode: lint after a short pause, and publish only if the version is still the latest. */
  const schedule = (uri: string) => {
    if (client.pull) return;
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
    if (client.pull) void connection.languages.diagnostics.refresh();
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

  const withAnalysis = async <R>(uri: string, fallback: R, f: (a: Analysis, doc: TextDocument) => R): Promise<R> => {
    const doc = documents.get(uri);
    if (!doc) return fallback;
    const a = await analyse(doc);
    return a ? f(a, doc) : fallback;
  };

  const actionContext = (a: Analysis, doc: TextDocument): ActionContext => ({
    uri: doc.uri,
    version: doc.version,
    text: doc.getText(),
    lines: a.lines,
    result: a.result,
    snippets: client.snippets,
    lintOptions: a.options,
  });

  return {
    setFolders(folders) {
      workspace.folders = folders;
    },

    initialized() {
      try {
        workspace.scan();
        reportConfigProblems();
      } catch (error) {
        connection.console.error(`storylint: could not index the workspace: ${(error as Error).message}`);
      }
      relintAll();
    },

    configurationChanged() {
      settingsCache.clear();
      relintAll();
    },

    watchedFilesChanged(params) {
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
    },

    contentChanged: schedule,

    closed(uri) {
      clearTimeout(open.get(uri)?.timer);
      open.delete(uri);
      settingsCache.delete(uri);
      workspace.reload(uri); // back to what is on disk (or out of the index)
      if (!client.pull) void connection.sendDiagnostics({ uri, diagnostics: [] });
    },

    diagnostics: (params) =>
      withAnalysis(
        params.textDocument.uri,
        { kind: DocumentDiagnosticReportKind.Full, items: [] as Diagnostic[] },
        (a): DocumentDiagnosticReport => {
          const record = recordOf(params.textDocument.uri);
          const last = record.pulled;
          // The same analysis converts to the same diagnostics; a new one may still (another file's edit).
          const items = last?.analysis === a ? last.items : diagnosticsOf(a);
          if (last && params.previousResultId === last.resultId && isDeepStrictEqual(items, last.items)) {
            record.pulled = { ...last, analysis: a };
            return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
          }
          record.pulled = { resultId: String(++lastResultId), analysis: a, items };
          return { kind: DocumentDiagnosticReportKind.Full, resultId: record.pulled.resultId, items };
        },
      ),

    codeActions: (params) =>
      withAnalysis(params.textDocument.uri, [], (a, doc) => codeActions(actionContext(a, doc), params)),

    async executeCommand(params) {
      const uri = params.arguments?.[0];
      if (params.command !== APPLY_FIX_ALL_COMMAND || typeof uri !== 'string') return null;
      const edit = await withAnalysis(uri, undefined, (a, doc) => fixAllEdit(actionContext(a, doc)));
      if (edit) await connection.workspace.applyEdit({ label: 'Storylint: fix all', edit });
      return null;
    },

    completion(params) {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const prefix = doc.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
      return completePersonas(workspace, prefix);
    },

    hover: (params) => withAnalysis(params.textDocument.uri, null, (a) => hover(a.result, a.lines, params.position)),

    documentSymbols: (params) =>
      withAnalysis(params.textDocument.uri, [], (a, doc) => documentSymbols(a.result, doc.getText(), a.lines)),

    workspaceSymbols: (params) => workspaceSymbols(workspace, params.query),

    codeLenses: (params) => withAnalysis(params.textDocument.uri, [], (a) => codeLenses(a.result, a.lines)),

    /** The backlog value report of the whole workspace, as Markdown with links to each story. */
    async report() {
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
    },
  };
}

function relativeLabel(folders: string[], uri: string): string {
  const path = URI.toPath(uri);
  const folder = folders.find((f) => path.startsWith(f));
  return folder ? path.slice(folder.length).replace(/^[\\/]/, '') : path;
}
