/**
 * `editor.codeActionsOnSave` with `source.fixAll.storylint`: saving a story file applies every
 * fix before it is written. Works on stories/fix-on-save.story.md (test/vscode/workspace/).
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, expectDiagnostics, fileUri, openFile, setWorkspaceSetting, waitFor } from './helpers';

const FILE = 'stories/fix-on-save.story.md';

/** What `storylint --fix` writes for the story once its criterion is typed in: the safe fixes only. */
const FIXED = `# Dispensary

## Label printer queue

**Who:** Pharmacy technician who prints labels for the afternoon delivery round

**Outcome:** Build a print queue screen for the label printer

**Why:** Labels print out of order, so the technician re-sorts forty bags by hand before the van leaves.
**If we don't:** <what happens if we don't do this?>

### How we'll know

- Sorting is quick
`;

suite('Fix all on save', () => {
  const uri = fileUri(FILE);

  suiteSetup(async () => {
    await setWorkspaceSetting('editor.codeActionsOnSave', { 'source.fixAll.storylint': 'explicit' }, 'markdown');
  });

  suiteTeardown(async () => {
    await setWorkspaceSetting('editor.codeActionsOnSave', undefined, 'markdown');
  });

  test('the fix-all code action is offered for the source.fixAll kind', async () => {
    await openFile(FILE);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      whole,
      'source.fixAll.storylint',
    );
    const mine = actions.filter((a) => a.kind?.value === 'source.fixAll.storylint');
    assert.deepEqual(
      mine.map((a) => a.title),
      ['Fix all Storylint problems'],
    );
  });

  test('typing a criterion and saving writes the story with every safe fix applied', async () => {
    const editor = await openFile(FILE);
    await expectDiagnostics(uri, [
      'missing-consequence info 2:3-2:22',
      'output-focused warning 6:13-6:61',
      'missing-success warning 10:4-10:18',
    ]);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.equal(await editor.edit((b) => b.insert(end, '- Sorting is quick\n')), true);
    assert.equal(editor.document.isDirty, true);
    await vscode.commands.executeCommand('workbench.action.files.save');
    const onDisk = () => vscode.workspace.fs.readFile(uri).then((bytes) => new TextDecoder().decode(bytes));
    await waitFor(
      'the fixed story on disk',
      async () => (await onDisk()) === FIXED,
      30_000,
      () => 'a different text (compared below)',
    );
    assert.equal(await onDisk(), FIXED);
    assert.equal(editor.document.getText(), FIXED);
    assert.equal(editor.document.isDirty, false);
    const after = await expectDiagnostics(uri, [
      'output-focused warning 6:13-6:61',
      'missing-consequence info 9:17-9:52',
      'unmeasurable-criterion warning 13:2-13:18',
    ]);
    // Fix-all on save applies safe fixes only: the rewrite of the outcome waits for the author.
    assert.equal(
      after.some((d) => codeOf(d) === 'output-focused'),
      true,
    );
  });
});
