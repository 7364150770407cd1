/** `storylint.enable` and `storylint.rules`, changed in the workspace settings, re-lint open files at once. */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { CHECKOUT_DIAGNOSTICS, expectDiagnostics, fileUri, openFile, setWorkspaceSetting } from './helpers';

suite('Settings', () => {
  const checkout = fileUri('stories/checkout.story.md');

  suiteSetup(async () => {
    await openFile('stories/checkout.story.md');
    await expectDiagnostics(checkout, CHECKOUT_DIAGNOSTICS);
  });

  suiteTeardown(async () => {
    await setWorkspaceSetting('storylint.enable', undefined);
    await setWorkspaceSetting('storylint.rules', undefined);
  });

  test('storylint.enable false clears the diagnostics; true brings them back', async () => {
    await setWorkspaceSetting('storylint.enable', false);
    assert.equal(vscode.workspace.getConfiguration('storylint', checkout).get('enable'), false);
    await expectDiagnostics(checkout, []);
    await setWorkspaceSetting('storylint.enable', true);
    await expectDiagnostics(checkout, CHECKOUT_DIAGNOSTICS);
  });

  test('storylint.rules raises one rule to error and turns another off', async () => {
    await setWorkspaceSetting('storylint.rules', { 'output-focused': 'error', 'unmeasurable-criterion': 'off' });
    await expectDiagnostics(
      checkout,
      CHECKOUT_DIAGNOSTICS.filter((d) => !d.startsWith('unmeasurable-criterion ')).map((d) =>
        d.replace(/^output-focused warning /, 'output-focused error '),
      ),
    );
  });

  test('removing storylint.rules restores the default severities', async () => {
    await setWorkspaceSetting('storylint.rules', undefined);
    await expectDiagnostics(checkout, CHECKOUT_DIAGNOSTICS);
  });
});
