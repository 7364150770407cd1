/** Persona completion: after `Who:` or `As a `, the personas the workspace already uses. */
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { withUntitled } from './helpers';

/** Personas of examples/stories/checkout.story.md. */
const CHECKOUT_PERSONAS = [
  'Returning patient who orders the same repeat prescription every month, usually on their phone during a work break',
  'Carer who collects prescriptions for an elderly parent, often on the way back from work',
  'First-time shopper who installed the app after getting our winter flu-jab leaflet',
];

/** The persona items (kind Value) completion offers at the end of a one-line Markdown document. */
async function personasAt(line: string): Promise<vscode.CompletionItem[]> {
  const list = await withUntitled(line, (editor) =>
    vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      new vscode.Position(0, line.length),
    ),
  );
  return list.items.filter((i) => i.kind === vscode.CompletionItemKind.Value);
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

suite('Persona completion', () => {
  test('after "**Who:** " it offers the personas of the workspace, with how many stories use each', async () => {
    const items = await personasAt('**Who:** ');
    const labels = items.map(labelOf);
    for (const persona of CHECKOUT_PERSONAS)
      assert.ok(labels.includes(persona), `"${persona}" missing from ${JSON.stringify(labels)}`);
    const returning = items.find((i) => labelOf(i) === CHECKOUT_PERSONAS[0])!;
    assert.equal(returning.detail, 'persona · 1 stories');
  });

  test('after "As a " it offers them too', async () => {
    const labels = (await personasAt('As a ')).map(labelOf);
    for (const persona of CHECKOUT_PERSONAS)
      assert.ok(labels.includes(persona), `"${persona}" missing from ${JSON.stringify(labels)}`);
  });

  test('after "**Why:** " it offers no persona', async () => {
    assert.deepEqual((await personasAt('**Why:** ')).map(labelOf), []);
  });
});
