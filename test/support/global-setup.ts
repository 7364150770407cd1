/**
 * Builds dist/ and the VS Code API suite (out/vscode-test/) once before any test file runs:
 * several files start the real CLI or server, and building in each file's beforeAll would have
 * them overwrite dist/ under each other.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  const repo = join(__dirname, '..', '..');
  execFileSync(process.execPath, [join(repo, 'scripts', 'build.mjs')], { cwd: repo, stdio: 'inherit' });
  execFileSync(process.execPath, [join(repo, 'test', 'vscode', 'build.mjs')], { cwd: repo, stdio: 'inherit' });
}
