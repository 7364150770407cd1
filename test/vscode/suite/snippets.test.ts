/** The story snippets are there for Markdown: by name and in completion by their prefixes. */
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor, withUntitled } from './helpers';

/** The "Value story" snippet with every tab stop left at its default. */
const VALUE_STORY = `## Short title naming the outcome

**Who:** returning shopper who reorders every month

**Outcome:** what changes for them, e.g. pay without re-entering their card

**Why:** why it matters to them and to the business

### How we'll know

- checkout abandonment for returning shoppers falls from 38% to 30% by the end of Q3

**If we don't:** who keeps paying the cost of waiting, and how much
`;

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

suite('Snippets', () => {
  test('the extension contributes its snippet file for Markdown', () => {
    const contributed = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.snippets;
    assert.deepEqual(contributed, [{ language: 'markdown', path: './snippets/stories.code-snippets' }]);
  });

  test('"Value story" inserts by name in a Markdown editor', async () => {
    await withUntitled('', async (editor) => {
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Value story' });
      assert.equal(editor.document.getText(), VALUE_STORY);
    });
  });

  test('completion offers the snippets by their prefixes', async () => {
    const wanted = ['story', 'story-classic', 'story-job'];
    let seen: string[] = [];
    await withUntitled('story', (editor) =>
      // Snippet files load lazily: ask again until they are in.
      waitFor(
        `the snippets ${wanted.join(', ')} in the completion list`,
        async () => {
          const list = await vscode.commands.executeCommand<vscode.CompletionList>(
            'vscode.executeCompletionItemProvider',
            editor.document.uri,
            new vscode.Position(0, 5),
          );
          seen = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map(labelOf);
          return wanted.every((prefix) => seen.includes(prefix));
        },
        15_000,
        () => JSON.stringify(seen),
      ),
    );
  });
});
