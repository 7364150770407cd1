/**
 * No source line longer than 120 characters, so code reads without scrolling and word lists
 * live in data files rather than in one-line regular expressions. Covers the folders that
 * keep it so far; more join as they are brought in line.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(__dirname, '..');
const MAX = 120;
/** Every source folder; tests may hold long literal inputs. */
const FOLDERS = ['server/src', 'client/src', 'scripts'];
const SKIP = /\.test\.ts$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(?:ts|mjs|json)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('line length', () => {
  for (const folder of FOLDERS) {
    it(`keeps every line of ${folder} within ${MAX} characters`, () => {
      const long = files(join(repo, folder))
        .filter((file) => !SKIP.test(relative(repo, file).split('\\').join('/')))
        .flatMap((file) =>
          readFileSync(file, 'utf8')
            .split(/\r?\n/)
            .flatMap((line, i) => (line.length > MAX ? [`${relative(repo, file)}:${i + 1} (${line.length})`] : [])),
        );
      expect(long).toEqual([]);
    });
  }
});
