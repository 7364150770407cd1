import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  buildWorkspaceIndex,
  fixText,
  lintDocument,
  prepareDocument,
  RULES,
  type Finding,
  type LintResult,
  type ResolvedConfig,
  type StoryDocument,
} from '../engine/index.js';
import { readStoryFile } from '../node/index.js';
import { hashText, workspaceKey, type ResultCache } from './cache.js';

export interface LintFilesOptions {
  config: ResolvedConfig;
  fix: boolean;
  unsafe: boolean;
  /** The backlog report reads the stories: keep them in the cache too. */
  needStories: boolean;
  cache?: ResultCache;
  warn: (message: string) => void;
}

/** One file's outcome: its (fixed) text and lint result, or why it has none. */
export type FileOutcome = { file: string; text: string; result: LintResult } | { file: string; error: string };

interface Read {
  file: string;
  text: string;
  hash: string;
}

/**
 * Reads, fixes (with `--fix`) and lints the files, in the order given. A file that cannot be
 * read, or that the engine fails on, gets an error and the run goes on.
 */
export async function lintFiles(files: readonly string[], options: LintFilesOptions): Promise<FileOutcome[]> {
  const { config, cache } = options;
  const outcomes = new Map<string, FileOutcome>();
  const texts: Read[] = [];
  for (const file of files) {
    const read = readStoryFile(file);
    if ('error' in read) {
      outcomes.set(file, { file, error: read.error });
      continue;
    }
    try {
      texts.push(
        options.fix ? fixFile(file, read.text, options) : { file, text: read.text, hash: hashText(read.text) },
      );
    } catch (error) {
      const message = `Storylint failed on this file (${(error as Error).message}); it was left unchanged.`;
      outcomes.set(file, { file, error: message });
    }
  }

  // Workspace rules read every story of the run, so their findings are only as fresh as the whole run.
  const key = cache ? workspaceKey(texts) : '';
  const dependsOnRun = hasWorkspaceRules(config) ? key : undefined;
  const hits = texts.map((read) => cache?.get(read.file, read.hash, dependsOnRun, options.needStories));
  // With workspace rules on, a file linted afresh needs every story of the run in the index: all or nothing.
  const reuse = dependsOnRun === undefined || hits.every(Boolean);
  const fresh: { read: Read; doc: StoryDocument }[] = [];
  for (const [i, read] of texts.entries()) {
    const hit = reuse ? hits[i] : undefined;
    if (hit) {
      const { stories = [], findings, notices } = hit;
      const result = { uri: read.file, stories, findings, notices };
      outcomes.set(read.file, { file: read.file, text: read.text, result });
      cache!.set(read.file, hit);
      continue;
    }
    try {
      fresh.push({ read, doc: prepareDocument(read.text, read.file) });
    } catch (error) {
      outcomes.set(read.file, { file: read.file, error: failed(error) });
    }
  }

  // Parse every file before any lint: the workspace index (personas, duplicates) needs them all.
  const workspace =
    fresh.length && dependsOnRun !== undefined ? buildWorkspaceIndex(fresh.map((f) => f.doc)) : undefined;
  for (const { read, doc } of fresh) {
    try {
      const result = lintDocument(doc, { uri: doc.uri, config, ...(workspace ? { workspace } : {}) });
      outcomes.set(read.file, { file: read.file, text: read.text, result });
      const { stories, findings, notices } = result;
      cache?.set(read.file, { hash: read.hash, findings, notices, ...(options.needStories ? { stories } : {}) });
    } catch (error) {
      outcomes.set(read.file, { file: read.file, error: failed(error) });
    }
  }
  cache?.save(key, options.warn);
  return files.map((file) => outcomes.get(file)!);
}

const failed = (error: unknown) => `Storylint failed on this file (${(error as Error).message}).`;

/** Whether any rule that reads other stories than its own is on. */
function hasWorkspaceRules(config: ResolvedConfig): boolean {
  return RULES.some((rule) => rule.scope === 'workspace' && (config.rules[rule.id]?.severity ?? 'off') !== 'off');
}

/**
 * `--fix` on one file. With a cache, a file whose last results hold no fix to apply is left
 * alone without linting it: fixing would change nothing.
 */
function fixFile(file: string, text: string, options: LintFilesOptions): Read {
  const hash = hashText(text);
  // Fixes come from story rules alone (fixing lints without the workspace), so the other files do not matter here.
  const known = options.cache?.get(file, hash, undefined);
  const wanted = (f: Finding) => f.fix !== undefined && (options.unsafe || f.fix.kind !== 'rewrite');
  if (known && !known.findings.some(wanted)) return { file, text, hash };
  const fixed = fixText(text, { uri: file, config: options.config, unsafe: options.unsafe });
  if (fixed.text === text) return { file, text, hash };
  writeAtomically(file, fixed.text);
  return { file, text: fixed.text, hash: hashText(fixed.text) };
}

/** Writes a fixed file through a temporary file and a rename, so a crash never leaves half a file. */
function writeAtomically(file: string, text: string): void {
  const temporary = join(dirname(file), `.${basename(file)}.storylint-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, { mode: statSync(file).mode });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
