import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { RULES, type DocumentEntry, type Finding, type LintResult, type ResolvedConfig } from '../engine/index.js';
import { readStoryFile } from '../node/index.js';
import { hashText, workspaceKey, type ResultCache } from './cache.js';
import { leftUnchanged, type FileText, type WorkOptions } from './file-work.js';
import { LintThreads } from './threads.js';
import { planThreads } from './thread-plan.js';

export interface LintFilesOptions {
  config: ResolvedConfig;
  fix: boolean;
  unsafe: boolean;
  /** The backlog report reads the stories: keep them in the cache too. */
  needStories: boolean;
  cache?: ResultCache;
  /** Worker threads to lint with (STORYLINT_WORKERS); undefined: decided by the amount of work. */
  workers?: number;
  warn: (message: string) => void;
}

/** One file's outcome: its (fixed) text and lint result, or why it has none. */
export type FileOutcome = { file: string; text: string; result: LintResult } | { file: string; error: string };

interface Read extends FileText {
  hash: string;
}

/**
 * Reads, fixes (with `--fix`) and lints the files, in the order given. A file that cannot be
 * read, or that the engine fails on, gets an error and the run goes on. This thread reads,
 * writes and keeps the cache; the fixing, parsing and linting may run in worker threads too.
 */
export async function lintFiles(files: readonly string[], options: LintFilesOptions): Promise<FileOutcome[]> {
  const { config, cache } = options;
  const outcomes = new Map<string, FileOutcome>();
  const reads: FileText[] = [];
  for (const file of files) {
    const read = readStoryFile(file);
    if ('error' in read) outcomes.set(file, { file, error: read.error });
    else reads.push({ file, text: read.text });
  }
  const workspaceRules = hasWorkspaceRules(config);
  const work: WorkOptions = {
    config,
    unsafe: options.unsafe,
    needStories: options.needStories,
    workspace: workspaceRules,
  };
  const plan = planThreads(reads, options.workers);
  const threads = new LintThreads(work, plan.workers);
  try {
    const texts = options.fix
      ? await fixFiles(reads, options, threads, plan.batches, outcomes)
      : reads.map((r) => ({ ...r, hash: hashText(r.text) }));

    // Workspace rules read every story of the run, so their findings are only as fresh as the whole run.
    const key = cache ? workspaceKey(texts) : '';
    const dependsOnRun = workspaceRules ? key : undefined;
    const hits = texts.map((read) => cache?.get(read.file, read.hash, dependsOnRun, options.needStories));
    // With workspace rules on, a file linted afresh needs every story of the run in the index: all or nothing.
    const reuse = dependsOnRun === undefined || hits.every(Boolean);
    const fresh: Read[] = [];
    for (const [i, read] of texts.entries()) {
      const hit = reuse ? hits[i] : undefined;
      if (!hit) {
        fresh.push(read);
        continue;
      }
      const { stories = [], findings, notices, language } = hit;
      const result = { uri: read.file, stories, findings, notices, ...(language !== undefined && { language }) };
      outcomes.set(read.file, { file: read.file, text: read.text, result });
      cache!.set(read.file, hit);
    }

    // Parse every file before any lint: the workspace index (personas, duplicates) needs them all.
    const entries: DocumentEntry[] = [];
    for (const prepared of await threads.prepare(plan.batches(fresh))) {
      if ('error' in prepared) outcomes.set(prepared.file, { file: prepared.file, error: prepared.error });
      else if (prepared.entry) entries.push(prepared.entry);
    }
    const linted = new Map((await threads.lint(entries)).map((l) => [l.file, l]));
    // In the order of the files, whichever thread finished first: the cache file comes out the same.
    for (const read of fresh) {
      const done = linted.get(read.file);
      if (!done) continue;
      if ('error' in done) {
        outcomes.set(read.file, { file: read.file, error: done.error });
        continue;
      }
      const { result } = done;
      outcomes.set(read.file, { file: read.file, text: read.text, result });
      const { stories, findings, notices, language } = result;
      cache?.set(read.file, {
        hash: read.hash,
        findings,
        notices,
        ...(language !== undefined && { language }),
        ...(options.needStories ? { stories } : {}),
      });
    }
    cache?.save(key, options.warn);
  } finally {
    await threads.close();
  }
  return files.map((file) => outcomes.get(file)!);
}

/** Whether any rule that reads other stories than its own is on. */
function hasWorkspaceRules(config: ResolvedConfig): boolean {
  return RULES.some((rule) => rule.scope === 'workspace' && (config.rules[rule.id]?.severity ?? 'off') !== 'off');
}

/**
 * `--fix`: fixes the files (in any thread) and writes those that changed (here). With a cache, a
 * file whose last results hold no fix to apply is left alone without linting it: fixing would
 * change nothing. Returns the files to lint, in the order given.
 */
async function fixFiles(
  reads: readonly FileText[],
  options: LintFilesOptions,
  threads: LintThreads,
  batches: (files: readonly FileText[]) => FileText[][],
  outcomes: Map<string, FileOutcome>,
): Promise<Read[]> {
  const wanted = (f: Finding) => f.fix !== undefined && (options.unsafe || f.fix.kind !== 'rewrite');
  const hashed = reads.map((r) => ({ ...r, hash: hashText(r.text) }));
  // Fixes come from story rules alone (fixing lints without the workspace), so the other files do not matter here.
  const toFix = hashed.filter((r) => {
    const known = options.cache?.get(r.file, r.hash, undefined);
    return !known || known.findings.some(wanted);
  });
  const fixed = new Map((await threads.fix(batches(toFix))).map((f) => [f.file, f]));
  const texts: Read[] = [];
  for (const read of hashed) {
    const result = fixed.get(read.file);
    if (!result || ('text' in result && result.text === read.text)) texts.push(read);
    else if ('error' in result) outcomes.set(read.file, { file: read.file, error: result.error });
    else {
      try {
        writeAtomically(read.file, result.text);
        texts.push({ file: read.file, text: result.text, hash: hashText(result.text) });
      } catch (error) {
        outcomes.set(read.file, { file: read.file, error: leftUnchanged(error) });
      }
    }
  }
  return texts;
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
