/** The engine is a library: no editor, no protocol, no file system (ARCHITECTURE.md invariants). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const engine = join(__dirname, '..', 'server', 'src', 'engine');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the engine', () => {
  it('imports neither vscode, nor the language server, nor the file system', () => {
    const offenders = sources(engine).filter((file) =>
      /from\s+['"](?:vscode|vscode-languageserver[\w/-]*|vscode-languageclient[\w/-]*|(?:node:)?fs(?:\/promises)?|(?:node:)?child_process)['"]/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
