/** What the suites share: the workspace, polling, and Storylint's diagnostics in a comparable form. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'storylint.storylint';
export const DOCS_BASE = 'https://github.com/storylint/storylint/blob/main/docs/rules/';

/** `storylint --format json examples/` for stories/checkout.story.md, as 0-based ranges (see `summary`). */
export const CHECKOUT_DIAGNOSTICS = [
  'duplicate-story warning 27:3-27:45',
  'output-focused warning 53:13-53:75',
  'unmeasurable-criterion warning 59:2-59:21',
  'unmeasurable-criterion warning 60:2-60:25',
  'generic-who info 66:9-66:13',
  'missing-why warning 68:13-68:57',
  'missing-outcome-signal info 70:4-70:18',
  'output-criterion warning 72:6-72:21',
  'output-criterion warning 73:6-73:19',
  'output-criterion warning 74:6-74:28',
  'incomplete-metric info 90:2-90:43',
  'unvalidated-assumption info 97:2-97:87',
];

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs a workspace folder (a copy of examples/ and test/vscode/workspace/)');
  return folder.uri;
}

export function fileUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), ...relativePath.split('/'));
}

/** Polls until `probe` returns something other than undefined or false; fails naming `what` and the last value seen. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 30_000,
  describeLast?: () => string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${describeLast ? `; last seen: ${describeLast()}` : ''}`,
      );
    await sleep(50);
  }
}

/** Opens a workspace file in an editor (diagnostics are pulled for the documents shown). */
export async function openFile(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fileUri(relativePath));
  return vscode.window.showTextDocument(document, { preview: false });
}

let untitledCount = 0;

/**
 * Runs `use` on a new untitled Markdown editor holding `content`, then closes it unsaved. Each
 * gets a name of its own: VS Code hands a closed untitled document's name (Untitled-1) to the
 * next one, and requests made just then could still see the closed one's text.
 */
export async function withUntitled<T>(content: string, use: (editor: vscode.TextEditor) => Thenable<T>): Promise<T> {
  const uri = vscode.Uri.joinPath(workspaceFolder(), `scratch-${++untitledCount}.md`).with({ scheme: 'untitled' });
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  try {
    assert.equal(document.languageId, 'markdown');
    if (content) assert.equal(await editor.edit((b) => b.insert(new vscode.Position(0, 0), content)), true);
    return await use(editor);
  } finally {
    await closeWithoutSaving(document);
  }
}

/** Shows the document and closes its editor without saving (an untitled one goes away). */
export async function closeWithoutSaving(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

const SEVERITY: Record<vscode.DiagnosticSeverity, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/**
 * A diagnostic as `code severity line:col-line:col`, 0-based as in the API (the CLI counts
 * from 1: its 54:14 is 53:13 here).
 */
export function summary(d: vscode.Diagnostic): string {
  const { start, end } = d.range;
  return `${codeOf(d)} ${SEVERITY[d.severity]} ${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** Storylint's diagnostics of one document, in document order. */
export function storylintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'storylint')
    .sort((a, b) => a.range.start.compareTo(b.range.start) || codeOf(a).localeCompare(codeOf(b)));
}

/** Waits until the document's Storylint diagnostics read exactly `expected` (see `summary`). */
export async function expectDiagnostics(
  uri: vscode.Uri,
  expected: string[],
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  const want = JSON.stringify(expected);
  return waitFor(
    `the Storylint diagnostics of ${vscode.workspace.asRelativePath(uri)} to be ${want}`,
    () => {
      const diagnostics = storylintDiagnostics(uri);
      return JSON.stringify(diagnostics.map(summary)) === want ? diagnostics : undefined;
    },
    timeoutMs,
    () => JSON.stringify(storylintDiagnostics(uri).map(summary)),
  );
}

/** Sets a setting in the workspace folder's .vscode/settings.json (undefined removes it). */
export async function setWorkspaceSetting(section: string, value: unknown, languageId?: string): Promise<void> {
  const [head, ...rest] = section.split('.');
  const config = vscode.workspace.getConfiguration(head, languageId ? { languageId } : undefined);
  await config.update(rest.join('.'), value, vscode.ConfigurationTarget.Workspace, Boolean(languageId));
}
