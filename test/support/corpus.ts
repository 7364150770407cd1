/** The real documents vendored in test/corpus/, read as a team would keep them in a repository. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = join(__dirname, '..', 'corpus');

/** Every document of a corpus folder (Markdown, or one-line backlogs as .txt), sorted by path. */
export function corpusFiles(dir: string = CORPUS): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return corpusFiles(path);
      return /\.(?:md|txt)$/.test(name) && !/^(?:SOURCE|README|LICENSE)/.test(name) ? [path] : [];
    });
}

/** The one-line backlogs become Markdown lists, as a team would keep them in a backlog file. */
export function corpusDocument(path: string): string {
  const text = readFileSync(path, 'utf8');
  return path.endsWith('.txt')
    ? text
        .split(/\r?\n/)
        .filter((l) => l.trim())
        .map((l) => `- ${l}`)
        .join('\n') + '\n'
    : text;
}
