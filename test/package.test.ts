/**
 * `npm run package` builds a .vsix that holds the bundles and the static contributions, and
 * nothing else. It runs in a copy of the repository (sharing node_modules), so rebuilding dist/
 * cannot race the tests that run dist/cli.js, and no stale file of dist/ can slip in.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const LEFT_OUT = new Set(['node_modules', '.git', 'dist', 'coverage', '.e2e-cache', '.bench-cache']);

/** The file names in a ZIP archive, read from its central directory. */
function zipEntries(zip: Buffer): string[] {
  // The end-of-central-directory record is in the last 22 bytes plus an optional comment.
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a ZIP archive');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

describe('the .vsix', () => {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  let work = '';
  let vsix = '';
  let entries: string[] = [];

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'storylint-vsix-'));
    vsix = join(work, `storylint-${version}.vsix`);
    cpSync(root, work, { recursive: true, filter: (src) => !LEFT_OUT.has(basename(src)) && !src.endsWith('.vsix') });
    symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
    execFileSync('npm', ['run', 'package', '--silent'], { cwd: work, timeout: 300_000, stdio: 'pipe' });
    entries = zipEntries(readFileSync(vsix));
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('is small', () => {
    expect(statSync(vsix).size).toBeLessThan(2 * 1024 * 1024);
  });

  it('holds the bundles, the contributions, the icon and the manifest', () => {
    const files = entries.map((e) => e.toLowerCase());
    for (const file of [
      'extension/package.json',
      'extension/readme.md',
      'extension/changelog.md',
      'extension/dist/client.js',
      'extension/dist/server.js',
      'extension/dist/service.js',
      'extension/snippets/stories.code-snippets',
      'extension/syntaxes/storylint.injection.tmlanguage.json',
      'extension/schemas/storylint.schema.json',
      'extension/images/icon.png',
    ]) {
      expect(files, file).toContain(file);
    }
    expect(files.some((f) => f.startsWith('extension/license'))).toBe(true);
  });

  it('holds no sources, tests, source maps, dependencies or command line', () => {
    const extension = entries.filter((e) => e.startsWith('extension/'));
    expect(extension.filter((e) => /(^|\/)node_modules\//.test(e))).toEqual([]);
    expect(extension.filter((e) => /\.(ts|mts|map)$/.test(e))).toEqual([]);
    expect(extension.filter((e) => /^extension\/(test|server|client|scripts|docs|examples|\.ci)\//.test(e))).toEqual(
      [],
    );
    expect(extension.filter((e) => e.startsWith('extension/dist/')).sort()).toEqual([
      'extension/dist/client.js',
      'extension/dist/server.js',
      'extension/dist/service.js',
    ]);
    expect(extension.filter((e) => e.endsWith('.vsix'))).toEqual([]);
  });

  it('needs nothing at run time but Node and VS Code (the bundles carry their dependencies)', () => {
    const allowed = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'vscode']);
    for (const bundle of ['client.js', 'server.js', 'service.js']) {
      const code = readFileSync(join(work, 'dist', bundle), 'utf8');
      // Plain require calls only: generated code in strings and optional lookups (fdir's picomatch) are not loads.
      const required = [...code.matchAll(/(?<![\w.'"`])require\("([^"]+)"\)/g)].map((m) => m[1] ?? '');
      expect(
        required.filter((m) => !allowed.has(m)),
        bundle,
      ).toEqual([]);
    }
  });
});
