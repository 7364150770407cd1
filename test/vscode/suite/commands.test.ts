/** The three commands: registered, and each does its job. */
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { CHECKOUT_DIAGNOSTICS, closeWithoutSaving, expectDiagnostics, fileUri, openFile, waitFor } from './helpers';

const FILE = 'stories/fix-all-command.story.md';

/** What `storylint --fix` writes for stories/fix-all-command.story.md: the safe fixes only. */
const FIXED =
  `# Deliveries

## Van route sheet

**Who:** Delivery driver who covers the rural villages on Tuesdays

**Outcome:** Add a PDF export button to the route screen

**Why:** Drivers miss villages when the paper list is out of date.
**If we don't:** <what happens if we don't do this?>

### How we'll know

- [ ] PDF export implemented
- <who> <will do what differently> instead of <what they do today>, ` +
  `seen as <metric> from <baseline> to <target> by <when>
`;

suite('Commands', () => {
  test('Storylint registers fix all, the backlog report and restart', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['storylint.fixAll', 'storylint.showReport', 'storylint.restartServer'])
      assert.ok(all.includes(id), `${id} is not registered`);
  });

  test('"Fix all" applies every safe fix of the active story file in one edit; rewrites await the author', async () => {
    const editor = await openFile(FILE);
    const uri = editor.document.uri;
    await expectDiagnostics(uri, [
      'missing-consequence info 2:3-2:18',
      'output-focused warning 6:13-6:56',
      'missing-outcome-signal info 10:4-10:18',
      'output-criterion warning 12:6-12:28',
    ]);
    await vscode.commands.executeCommand('storylint.fixAll');
    await waitFor(
      'the fixed text in the editor',
      () => editor.document.getText() === FIXED,
      30_000,
      () => editor.document.getText(),
    );
    // The placeholder keeps its finding, so the author sees what is left to fill in; the rewrites
    // (output-focused, output-criterion) are quick fixes the author chooses, never fix-all.
    await expectDiagnostics(uri, [
      'output-focused warning 6:13-6:56',
      'missing-consequence info 9:17-9:52',
      'output-criterion warning 13:6-13:28',
      'missing-outcome-signal info 14:2-14:122',
    ]);
    await closeWithoutSaving(editor.document);
  });

  test('"Show backlog value report" opens the report as a Markdown document and its preview', async () => {
    const before = new Set(vscode.workspace.textDocuments);
    await vscode.commands.executeCommand('storylint.showReport');
    const report = await waitFor('the report document', () =>
      vscode.workspace.textDocuments.find(
        (d) => !before.has(d) && d.uri.scheme === 'untitled' && d.languageId === 'markdown',
      ),
    );
    const text = report.getText();
    assert.match(
      text,
      new RegExp(
        String.raw`^# Backlog value report\n\n\d+ stories in 13 files · \d+ ready at 80% \(\d+%\) · ` +
          String.raw`\d+ complete \(\d+%\) · \d+ output-focused \(\d+%\)`,
      ),
    );
    const checkout = fileUri('stories/checkout.story.md').toString();
    assert.ok(
      text.includes(
        `| [Pay for a repeat prescription without re-entering card details](${checkout}#L5) | 100% | — | — |`,
      ),
      `no row for the first checkout story in:\n${text}`,
    );
    const preview = await waitFor(
      'a Markdown preview tab',
      () =>
        vscode.window.tabGroups.all
          .flatMap((g) => g.tabs)
          .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview')),
      30_000,
      () => JSON.stringify(vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label)),
    );
    await vscode.window.tabGroups.close(preview);
    await closeWithoutSaving(report);
  });

  test('"Restart server" brings back a server that lints the open documents and their edits', async () => {
    const editor = await openFile('stories/checkout.story.md');
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('storylint.restartServer');
    await expectDiagnostics(uri, CHECKOUT_DIAGNOSTICS);
    // The generic "User" of the wallet story (line 67) becomes a person: its finding goes.
    const who = new vscode.Range(66, 9, 66, 13);
    assert.equal(editor.document.getText(who), 'User');
    assert.equal(await editor.edit((b) => b.replace(who, 'Commuter who pays for everything with a phone')), true);
    await expectDiagnostics(
      uri,
      CHECKOUT_DIAGNOSTICS.filter((d) => !d.startsWith('generic-who ')),
    );
    await closeWithoutSaving(editor.document);
  });
});
