/**
 * The extension manifest (package.json) against what it points at: the rule registry, the client's
 * commands, the snippets, the schema and the grammar. The rule settings are generated from the
 * registry: run with STORYLINT_UPDATE=1 to rewrite them after changing a rule.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { RULES } from '../server/src/engine/index.js';

const root = join(__dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface Setting {
  type: string;
  default?: unknown;
  scope?: string;
  enum?: string[];
  properties?: Record<string, unknown>;
}

interface Manifest {
  main: string;
  icon: string;
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean }; virtualWorkspaces: boolean };
  contributes: {
    configuration: { title: string; properties: Record<string, Setting> };
    commands: { command: string; title: string; category: string }[];
    menus: { commandPalette: { command: string; when: string }[] };
    snippets: { language: string; path: string }[];
    jsonValidation: { fileMatch: string[]; url: string }[];
    languages: { id: string; filenames: string[] }[];
    grammars: { scopeName: string; path: string; injectTo: string[] }[];
  };
}

const manifestText = read('package.json');
const manifest = JSON.parse(manifestText) as Manifest;
const settings = manifest.contributes.configuration.properties;
const client = read('client/src/extension.ts');

/** [major, minor, patch] of "^1.91.0", "1.91.0" or "1.139". */
function version(text: string): number[] {
  const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) throw new Error(`not a version: ${text}`);
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** The severity settings, one per rule, as the registry defines them. */
function ruleSettings(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const rule of RULES) {
    properties[rule.id] = {
      type: 'string',
      enum: ['off', 'hint', 'info', 'warning', 'error'],
      description: `${rule.description} (default: ${rule.defaultSeverity})`,
    };
  }
  return properties;
}

describe('the extension manifest', () => {
  it('asks for a VS Code that code-server 4.139 is, and no older than the API it is typed against', () => {
    const engine = version(manifest.engines.vscode);
    expect(manifest.engines.vscode).toMatch(/^\^\d+\.\d+\.\d+$/);
    expect(compare(engine, version('1.139.0'))).toBeLessThanOrEqual(0);
    const types = JSON.parse(read('node_modules/@types/vscode/package.json')) as { version: string };
    expect(manifest.devDependencies['@types/vscode']).toBe(types.version);
    expect(compare(engine, version(types.version))).toBeGreaterThanOrEqual(0);
    const languageClient = JSON.parse(read('node_modules/vscode-languageclient/package.json')) as {
      engines: { vscode: string };
    };
    expect(compare(engine, version(languageClient.engines.vscode))).toBeGreaterThanOrEqual(0);
  });

  it('activates on Markdown only, and runs in untrusted workspaces (configuration is data, never code)', () => {
    expect(manifest.activationEvents).toEqual(['onLanguage:markdown']);
    expect(client).toContain("{ language: 'markdown', scheme: 'file' }");
    expect(manifest.capabilities).toEqual({ untrustedWorkspaces: { supported: true }, virtualWorkspaces: false });
    expect(manifest.main).toBe('./dist/client.js');
  });

  it('has a severity setting for every rule of the registry, and for nothing else', () => {
    const rules = settings['storylint.rules'];
    const generated = ruleSettings();
    if (process.env.STORYLINT_UPDATE === '1' && rules) {
      rules.properties = generated;
      writeFileSync(join(root, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    }
    expect(Object.keys(rules?.properties ?? {})).toEqual(RULES.map((r) => r.id));
    expect(rules?.properties).toEqual(generated);
    expect(rules).toMatchObject({ type: 'object', default: {}, scope: 'resource' });
  });

  it('declares the settings the server pulls per resource, and trace under the client id', () => {
    expect(Object.keys(settings).sort()).toEqual([
      'storylint.enable',
      'storylint.files',
      'storylint.rules',
      'storylint.trace.server',
    ]);
    expect(settings['storylint.enable']).toMatchObject({ type: 'boolean', default: true, scope: 'resource' });
    expect(settings['storylint.files']).toMatchObject({ type: 'array', default: [], scope: 'resource' });
    expect(settings['storylint.trace.server']).toMatchObject({
      enum: ['off', 'messages', 'verbose'],
      default: 'off',
      scope: 'window',
    });
    // vscode-languageclient reads `<client id>.trace.server`.
    expect(client).toMatch(/new LanguageClient\(\s*'storylint',/);
  });

  it('declares exactly the commands the client registers', () => {
    const registered = [...client.matchAll(/registerCommand\(\s*'([^']+)'/g)].map((m) => m[1]).sort();
    const declared = manifest.contributes.commands.map((c) => c.command).sort();
    expect(declared).toEqual(registered);
    expect(declared).toEqual(['storylint.fixAll', 'storylint.restartServer', 'storylint.showReport']);
    for (const c of manifest.contributes.commands) expect(c.category).toBe('Storylint');
    for (const m of manifest.contributes.menus.commandPalette) expect(declared).toContain(m.command);
  });

  it('contributes the seven snippets of SPEC §4', () => {
    expect(manifest.contributes.snippets).toEqual([{ language: 'markdown', path: './snippets/stories.code-snippets' }]);
    const snippets = parseJsonc(read('snippets/stories.code-snippets')) as Record<
      string,
      { prefix: string; body: string[] }
    >;
    const prefixes = Object.values(snippets)
      .map((s) => s.prefix)
      .sort();
    expect(prefixes).toEqual([
      'assumption',
      'behaviour',
      'criterion',
      'ifwedont',
      'story',
      'story-classic',
      'story-job',
    ]);
  });

  it('validates .storylint.jsonc with the committed schema, as JSON with comments', () => {
    const [validation] = manifest.contributes.jsonValidation;
    expect(validation?.fileMatch).toEqual(['.storylint.jsonc', '.storylint.json']);
    expect(existsSync(join(root, validation?.url ?? ''))).toBe(true);
    expect(manifest.contributes.languages).toEqual([{ id: 'jsonc', filenames: ['.storylint.jsonc'] }]);
  });

  it('points at a grammar file and an icon that exist', () => {
    for (const grammar of manifest.contributes.grammars)
      expect(existsSync(join(root, grammar.path)), grammar.path).toBe(true);
    const png = readFileSync(join(root, manifest.icon));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBe(height);
    expect([128, 256]).toContain(width);
  });
});
