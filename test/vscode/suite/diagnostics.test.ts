/** examples/stories/checkout.story.md gets exactly what `storylint examples/` reports for it. */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import {
  CHECKOUT_DIAGNOSTICS,
  codeOf,
  DOCS_BASE,
  expectDiagnostics,
  fileUri,
  openFile,
  sleep,
  storylintDiagnostics,
  summary,
} from './helpers';

suite('Diagnostics', () => {
  const checkout = fileUri('stories/checkout.story.md');
  let diagnostics: vscode.Diagnostic[];

  suiteSetup(async () => {
    await openFile('stories/checkout.story.md');
    diagnostics = await expectDiagnostics(checkout, CHECKOUT_DIAGNOSTICS);
  });

  test('a story file gets exactly the engine findings: codes, ranges and severities', () => {
    assert.deepEqual(diagnostics.map(summary), CHECKOUT_DIAGNOSTICS);
  });

  test('each diagnostic names Storylint as its source and links its code to the rule documentation', () => {
    for (const d of diagnostics) {
      assert.equal(d.source, 'storylint');
      assert.equal(typeof d.code, 'object', `${summary(d)}: code without a target`);
      const target = (d.code as { value: string | number; target: vscode.Uri }).target;
      assert.equal(target.toString(true), `${DOCS_BASE}${codeOf(d)}.md`);
    }
  });

  test('the message says what is wrong and what is wanted', () => {
    const outputFocused = diagnostics.find((d) => codeOf(d) === 'output-focused')!;
    assert.equal(
      outputFocused.message,
      'The outcome names a UI element or interaction ("on the checkout page"), not a change for the person. ' +
        'Say what changes for them; keep the idea as the proposed solution.',
    );
    const document = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === checkout.toString())!;
    assert.equal(
      document.getText(outputFocused.range),
      'Add a dropdown to choose the pickup store on the checkout page',
    );
  });

  test('a duplicate story points at the story it repeats, in the other file', () => {
    const duplicate = diagnostics.find((d) => codeOf(d) === 'duplicate-story')!;
    const related = duplicate.relatedInformation ?? [];
    assert.equal(related.length, 1, JSON.stringify(related));
    assert.equal(vscode.workspace.asRelativePath(related[0]!.location.uri), 'backlog/notifications.md');
    assert.equal(related[0]!.location.range.start.line, 4);
  });

  test('a Markdown file outside the story globs gets no diagnostics', async () => {
    const readme = fileUri('README.md');
    await openFile('README.md');
    await sleep(1500); // the server answered for checkout.story.md within this time; it must stay quiet here
    assert.deepEqual(storylintDiagnostics(readme).map(summary), []);
  });
});
