import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { ResolvedConfig } from '../engine/index.js';

export interface Discovery {
  files: string[];
  /** Arguments that matched nothing: a usage error. */
  unmatched: string[];
}

const FRONT_MATTER_OPT_IN = /^(?:\uFEFF)?---\r?\n(?:[^\n]*\r?\n)*?storylint\s*:\s*true\s*\r?\n(?:[^\n]*\r?\n)*?---/;
const MAX_BYTES = 16 * 1024 * 1024;

/** Text whose YAML front matter says `storylint: true` is a story file wherever it is. */
export function optsIn(text: string): boolean {
  return FRONT_MATTER_OPT_IN.test(text.slice(0, 4096));
}

function optedIn(file: string): boolean {
  try {
    return optsIn(readFileSync(file, { encoding: 'utf8', flag: 'r' }));
  } catch {
    return false;
  }
}

/** Reads a story file, refusing what would not be text: binary data and files too big to be a backlog. */
export function readStoryFile(file: string): { text: string } | { error: string } {
  try {
    const size = statSync(file).size;
    if (size > MAX_BYTES)
      return { error: `File is ${(size / 1048576).toFixed(1)} MB; story files over 16 MB are skipped.` };
    const buffer = readFileSync(file);
    if (buffer.subarray(0, 8192).includes(0)) return { error: 'File looks binary (it contains NUL bytes); skipped.' };
    return { text: buffer.toString('utf8') };
  } catch (error) {
    return { error: `Cannot read file: ${(error as Error).message}` };
  }
}

/**
 * Story files under a folder: Markdown files the configured globs match, plus opted-in ones.
 * Globs are matched against the path from the configuration's folder, so naming
 * `backlog/` on the command line still matches the default `backlog` glob.
 */
function storyFilesUnder(dir: string, config: ResolvedConfig, root: string): string[] {
  const isStory = picomatch(config.files, { dot: true });
  const markdown = globSync(['**/*.md', '**/*.markdown'], { cwd: dir, ignore: config.ignores, absolute: true });
  return markdown.filter((f) => {
    const fromRoot = relative(root, f).split('\\').join('/');
    const fromDir = relative(dir, f).split('\\').join('/');
    return (!fromRoot.startsWith('..') && isStory(fromRoot)) || isStory(fromDir) || optedIn(f);
  });
}

/** Resolves the CLI's path and glob arguments (or the default: story files under the current folder). */
export function discoverFiles(args: readonly string[], cwd: string, config: ResolvedConfig, root = cwd): Discovery {
  const found = new Set<string>();
  const unmatched: string[] = [];
  const isIgnored = picomatch(config.ignores, { dot: true });
  if (args.length === 0) storyFilesUnder(cwd, config, root).forEach((f) => found.add(f));
  for (const arg of args) {
    const full = isAbsolute(arg) ? arg : resolve(cwd, arg);
    if (!isDynamicPattern(arg) && existsSync(full)) {
      if (statSync(full).isDirectory()) {
        const files = storyFilesUnder(full, config, root);
        if (files.length === 0) unmatched.push(arg);
        files.forEach((f) => found.add(f));
      } else {
        // A file named on the command line is linted whatever the globs say.
        found.add(full);
      }
      continue;
    }
    const files = globSync([arg], { cwd, absolute: true, ignore: config.ignores }).filter(
      (f) => !isIgnored(relative(cwd, f)),
    );
    if (files.length === 0) unmatched.push(arg);
    files.forEach((f) => found.add(f));
  }
  return { files: [...found].sort(), unmatched };
}
