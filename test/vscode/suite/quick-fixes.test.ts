/**
 * The quick fixes VS Code gets from `vscode.executeCodeActionProvider`, applied with
 * `workspace.applyEdit` as the light bulb would: each one takes its problem away.
 * Works on stories/quick-fix.story.md (test/vscode/workspace/), left unsaved.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import {
  closeWithoutSaving,
  codeOf,
  expectDiagnostics,
  fileUri,
  openFile,
  storylintDiagnostics,
  summary,
} from './helpers';

const FILE = 'stories/quick-fix.story.md';

/**
 * The quick fixes offered on one diagnostic's range, found by its code. (The actions this
 * command returns do not carry their diagnostics; the range holds only this one.)
 */
async function quickFixesFor(uri: vscode.Uri, code: string): Promise<vscode.CodeAction[]> {
  const diagnostic = storylintDiagnostics(uri).find((d) => codeOf(d) === code);
  assert.ok(diagnostic, `no ${code} diagnostic in ${FILE}`);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  assert.ok(actions.length > 0, `no quick fix for ${summary(diagnostic)}`);
  return actions;
}

async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `"${action.title}" carries no edit`);
  assert.equal(await vscode.workspace.applyEdit(action.edit), true, `applying "${action.title}" failed`);
}

suite('Quick fixes', () => {
  const uri = fileUri(FILE);
  let document: vscode.TextDocument;
  let persona: string;

  suiteSetup(async () => {
    document = (await openFile(FILE)).document;
    await expectDiagnostics(uri, [
      'missing-consequence info 2:3-2:19',
      'generic-who info 4:9-4:13',
      'output-focused warning 6:13-6:55',
      'unmeasurable-criterion warning 12:2-12:25',
    ]);
  });

  suiteTeardown(() => closeWithoutSaving(document));

  test(
    "an output-focused outcome gets the rewrite (never preferred: it changes the author's words), " +
      'a disable and nothing else',
    async () => {
      const actions = await quickFixesFor(uri, 'output-focused');
      assert.deepEqual(
        actions.map((a) => [a.title, a.kind?.value, Boolean(a.isPreferred)]),
        [
          ['Rewrite as an outcome story (keep the request as the proposed solution)', 'quickfix', false],
          ['Disable output-focused for this story', 'quickfix', false],
        ],
      );
    },
  );

  test('a generic persona gets one suggestion per persona of the workspace; the first replaces it', async () => {
    const actions = await quickFixesFor(uri, 'generic-who');
    const suggestions = actions.filter((a) => a.title.startsWith('Use "'));
    assert.ok(suggestions.length >= 2, JSON.stringify(actions.map((a) => a.title)));
    assert.ok(
      suggestions.every((a) => !a.isPreferred),
      'a suggestion must not be preferred',
    );
    assert.deepEqual(actions.at(-1)?.title, 'Disable generic-who for this story');
    persona = /^Use "(.+)"$/.exec(suggestions[0]!.title)![1]!;
    await apply(suggestions[0]!);
    assert.equal(document.lineAt(4).text, `**Who:** ${persona}`);
    await expectDiagnostics(uri, [
      'missing-consequence info 2:3-2:19',
      'output-focused warning 6:13-6:55',
      'unmeasurable-criterion warning 12:2-12:25',
    ]);
  });

  test('"Disable <rule> for this story" adds the comment above the story and the problem is gone', async () => {
    const actions = await quickFixesFor(uri, 'missing-consequence');
    assert.deepEqual(
      actions.map((a) => a.title),
      ["Add an If we don't: field", 'Disable missing-consequence for this story'],
    );
    await apply(actions[1]!);
    assert.equal(document.lineAt(2).text, '<!-- storylint-disable-next-story missing-consequence -->');
    assert.equal(document.lineAt(3).text, '## Restock reminder');
    await expectDiagnostics(uri, ['output-focused warning 7:13-7:55', 'unmeasurable-criterion warning 13:2-13:25']);
  });

  test('the outcome rewrite keeps the request as the proposed solution and the problem is gone', async () => {
    const actions = await quickFixesFor(uri, 'output-focused');
    await apply(actions.find((a) => a.title.startsWith('Rewrite as an outcome story'))!);
    // The placeholders arrive as snippet tab stops; their text is what lands in the document.
    assert.equal(
      document.getText(),
      `# Ward supplies

<!-- storylint-disable-next-story missing-consequence -->
## Restock reminder

**Who:** ${persona}

**Outcome:** <what changes for them?>

**Why:** Friday restocks get missed when the ward is busy, and nurses borrow dressings from the next ward.
**If we don't:** <what happens if we don't do this?>
**Proposed solution:** Add a reminder toggle to the settings page

### How we'll know

- Restocking feels easier
`,
    );
    // The outcome placeholder keeps a finding (what is left to fill in), from the rule that rewrote it
    // and at its severity: a fix never adds an error. The consequence stays disabled.
    const after = await expectDiagnostics(uri, [
      'output-focused warning 7:13-7:37',
      'unmeasurable-criterion warning 15:2-15:25',
    ]);
    assert.match(after.find((d) => codeOf(d) === 'output-focused')!.message, /outcome is still a placeholder/);
  });
});
