/**
 * The VS Code side of Storylint: starts the language server and forwards three commands to it.
 * Everything else (diagnostics, fixes, hovers, lenses, settings per resource) is the server's job.
 */
import * as path from 'node:path';
import { commands, window, workspace, type ExtensionContext } from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  RequestType,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

import { APPLY_FIX_ALL_COMMAND, REPORT_REQUEST, type ReportResult } from '../../server/src/protocol.js';

const ReportRequest = new RequestType<Record<string, never>, ReportResult, void>(REPORT_REQUEST);

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const watchers = [
    workspace.createFileSystemWatcher('**/*.md'),
    workspace.createFileSystemWatcher('**/.storylint.jsonc'),
    workspace.createFileSystemWatcher('**/.storylint.json'),
  ];
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    synchronize: { fileEvents: watchers },
    outputChannelName: 'Storylint',
  };
  const languageClient = new LanguageClient('storylint', 'Storylint', serverOptions, clientOptions);
  client = languageClient;

  context.subscriptions.push(
    ...watchers,
    commands.registerCommand('storylint.fixAll', () => fixAll(languageClient)),
    commands.registerCommand('storylint.showReport', () => showReport(languageClient)),
    commands.registerCommand('storylint.restartServer', () => languageClient.restart()),
  );
  await languageClient.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}

/** Asks the server to fix every finding of the active Markdown document. */
async function fixAll(languageClient: LanguageClient): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (document?.languageId !== 'markdown') {
    void window.showInformationMessage('Storylint: open a Markdown file to fix its stories.');
    return;
  }
  const uri = languageClient.code2ProtocolConverter.asUri(document.uri);
  await languageClient.sendRequest(ExecuteCommandRequest.type, { command: APPLY_FIX_ALL_COMMAND, arguments: [uri] });
}

/** Opens the backlog value report as a Markdown preview; its links open each story at its line. */
async function showReport(languageClient: LanguageClient): Promise<void> {
  const { markdown } = await languageClient.sendRequest(ReportRequest, {});
  const document = await workspace.openTextDocument({ language: 'markdown', content: markdown });
  await commands.executeCommand('markdown.showPreview', document.uri);
}
