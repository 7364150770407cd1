/**
 * The extension host log says Storylint activated on Markdown and holds no error of it. The
 * runners put the log under $STORYLINT_VSCODE_LOGS (the user data folder's logs/).
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setup, suite, test } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor } from './helpers';

/** Files under `dir` whose path (relative, with forward slashes) matches `pattern`. */
function logFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => pattern.test(p.replace(/\\/g, '/')))
    .map((p) => join(dir, p));
}

/** exthost.log (desktop) or remoteexthost.log (VS Code server). */
const extensionHostLogs = (dir: string) => logFiles(dir, /(^|\/)(remote)?exthost\.log$/);

/** A log as entries: a timestamped line with the stack lines under it. */
const entriesOf = (log: string) => log.split(/\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \[)/);

suite('Extension host log', () => {
  const dir = process.env.STORYLINT_VSCODE_LOGS;

  setup(function () {
    if (!dir) this.skip(); // counted as skipped, which the runners treat as a failure
  });

  test('Storylint activated on Markdown, with no error in the log', async () => {
    const activation = /ExtensionService#_doActivateExtension storylint\.storylint\b.*/;
    const log = await waitFor(
      `a line on activating storylint.storylint in an extension host log under ${dir}`,
      () =>
        extensionHostLogs(dir!)
          .map((f) => readFileSync(f, 'utf8'))
          .find((text) => activation.test(text)),
      10_000,
      () => JSON.stringify(extensionHostLogs(dir!)),
    );
    assert.match(activation.exec(log)![0], /activationEvent: 'onLanguage:markdown'/);
    // Ours: naming the extension, or with a stack through its code (not merely a temp path with "storylint" in it).
    const code = join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist');
    const ours = entriesOf(log).filter((e) => /\[error\]/.test(e) && (e.includes(EXTENSION_ID) || e.includes(code)));
    assert.deepEqual(ours, []);
  });

  test("Storylint's output channel logged no error", () => {
    // storylint.storylint/Storylint.log beside the extension host log; written only once the client logs something.
    const errors = logFiles(dir!, /(^|\/)storylint\.storylint\/Storylint\.log$/).flatMap((f) =>
      entriesOf(readFileSync(f, 'utf8')).filter((e) => /\[error\]/.test(e)),
    );
    assert.deepEqual(errors, []);
  });
});
