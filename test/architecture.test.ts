/**
 * The layers of ARCHITECTURE.md, checked on the imports: engine ← node host ← CLI and server;
 * the client knows the server only through the protocol module; nobody reaches past
 * `engine/index.ts` or `node/index.ts` into their insides. And every line of TypeScript fits in
 * prettier's printWidth, 120 characters, which prettier cannot enforce on a long string.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(__dirname, '..');
const src = join(repo, 'server', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

interface Import {
  file: string;
  specifier: string;
  /** The imported file relative to server/src (`engine/index.ts`), for relative imports. */
  target?: string;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => {
    const specifier = m[1]!;
    const where = relative(repo, file);
    if (!specifier.startsWith('.')) return { file: where, specifier };
    const target = relative(src, resolve(dirname(file), specifier)).replace(/\.js$/, '.ts');
    return { file: where, specifier, target };
  });
}

/** The layer a file under server/src belongs to: its first folder, or the file itself at the top. */
const layerOf = (pathFromSrc: string) => pathFromSrc.split('/')[0]!.replace(/\.ts$/, '');

const layerFiles = (layer: string) => sources(join(src, layer));

function offenders(files: string[], bad: (i: Import) => boolean): string[] {
  return files
    .flatMap(importsOf)
    .filter(bad)
    .map((i) => `${i.file} imports ${i.specifier}`);
}

const HOST_MODULES = new RegExp(
  String.raw`^(?:vscode|vscode-languageserver[\w/-]*|vscode-languageclient[\w/-]*|` +
    String.raw`(?:node:)?fs(?:\/promises)?|(?:node:)?child_process)$`,
);

describe('the layers', () => {
  it('keep the engine a library: no editor, no protocol, no file system, no outer layer', () => {
    const bad = offenders(
      layerFiles('engine'),
      (i) => HOST_MODULES.test(i.specifier) || (i.target !== undefined && layerOf(i.target) !== 'engine'),
    );
    expect(bad).toEqual([]);
  });

  it('let the node host use the engine, and nothing above it', () => {
    const bad = offenders(
      layerFiles('node'),
      (i) => i.target !== undefined && !['node', 'engine'].includes(layerOf(i.target)),
    );
    expect(bad).toEqual([]);
  });

  it('keep the CLI and the server apart: neither imports the other', () => {
    expect(offenders(layerFiles('cli'), (i) => i.target !== undefined && layerOf(i.target) === 'server')).toEqual([]);
    expect(offenders(layerFiles('server'), (i) => i.target !== undefined && layerOf(i.target) === 'cli')).toEqual([]);
  });

  it('reach the engine and the node host only through their index', () => {
    const outside = sources(src).filter((f) => !['engine', 'node'].includes(layerOf(relative(src, f))));
    const bad = offenders(
      outside,
      (i) =>
        i.target !== undefined &&
        ['engine', 'node'].includes(layerOf(i.target)) &&
        !/^(?:engine|node)\/index\.ts$/.test(i.target),
    );
    expect(bad).toEqual([]);
  });

  it('let the client know the server only through the protocol module', () => {
    const client = sources(join(repo, 'client', 'src'));
    const bad = offenders(
      client,
      (i) => i.specifier.includes('server/') && !/server\/src\/protocol(?:\.js)?$/.test(i.specifier),
    );
    expect(bad).toEqual([]);
  });

  it('import in one direction: no file reaches itself through its imports, types included', () => {
    const graph = new Map<string, string[]>();
    for (const file of sources(src)) {
      const targets = importsOf(file).flatMap((i) => (i.target?.endsWith('.ts') ? [i.target] : []));
      graph.set(relative(src, file), targets);
    }
    const circles: string[] = [];
    const done = new Set<string>();
    const path: string[] = [];
    const visit = (file: string): void => {
      const at = path.indexOf(file);
      if (at >= 0) circles.push([...path.slice(at), file].join(' → '));
      if (at >= 0 || done.has(file)) return;
      path.push(file);
      for (const next of graph.get(file) ?? []) visit(next);
      path.pop();
      done.add(file);
    };
    for (const file of graph.keys()) visit(file);
    expect(circles).toEqual([]);
  });

  it('write the protocol names in one place only', () => {
    const files = [...sources(src), ...sources(join(repo, 'client', 'src'))].filter((f) => !f.endsWith('protocol.ts'));
    const spelled = files.filter((f) =>
      /['"](?:storylint\/report|storylint\.applyFixAll|source\.fixAll\.storylint)['"]/.test(readFileSync(f, 'utf8')),
    );
    expect(spelled.map((f) => relative(repo, f))).toEqual([]);
  });
});

/** Every TypeScript file under `dir`, tests and declarations included, outside hidden folders and node_modules. */
function typescriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name.startsWith('.') || e.name === 'node_modules'
        ? []
        : typescriptFiles(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

describe('the source lines', () => {
  it('fit in 120 characters, long strings and titles too', () => {
    const files = ['server/src', 'client/src', 'test'].flatMap((d) => typescriptFiles(join(repo, d)));
    const long = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split(/\r?\n/)
        .flatMap((line, i) => ([...line].length > 120 ? [`${relative(repo, f)}:${i + 1}`] : [])),
    );
    expect(long).toEqual([]);
  });
});
