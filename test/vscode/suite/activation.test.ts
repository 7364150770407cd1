/** Storylint starts for Markdown and for nothing else. Runs first: it watches the activation. */
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFile, sleep, waitFor } from './helpers';

suite('Activation', () => {
  const extension = () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded in this extension host`);
    return ext;
  };

  test('Storylint declares Markdown as its only activation event', () => {
    assert.deepEqual(extension().packageJSON.activationEvents, ['onLanguage:markdown']);
  });

  test('it is not active before a Markdown file is opened', () => {
    assert.equal(extension().isActive, false);
  });

  test('opening a plain-text file does not activate it', async () => {
    const editor = await openFile('notes.txt');
    assert.equal(editor.document.languageId, 'plaintext');
    await sleep(1500);
    assert.equal(extension().isActive, false);
  });

  test('opening a Markdown file activates it', async () => {
    const editor = await openFile('stories/checkout.story.md');
    assert.equal(editor.document.languageId, 'markdown');
    await waitFor('Storylint to be active', () => extension().isActive);
  });
});
