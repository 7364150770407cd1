/**
 * `--cache`: the results of the last run, one JSON file, so that an unchanged repository re-lints
 * almost for free. A file's results are reused only while its text (by content hash), the
 * configuration's content and the Storylint version are all unchanged.
 *
 * Workspace rules (duplicate-story, generic-who) read every story of the run, so a file's
 * findings also depend on the others: while such a rule is on, results are reused only when no
 * file of the run was added, removed or changed (the workspace key below); otherwise every file
 * is linted afresh. With those rules off, each unchanged file keeps its results on its own.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Finding, Notice, ResolvedConfig, Story } from '../engine/index.js';

/** Bumped whenever the shape of the file changes: an older file is then ignored, not misread. */
const FORMAT = 2;
export const DEFAULT_CACHE_NAME = '.storylintcache';

/** What a file's lint produced, as the cache keeps it. */
export interface CachedResult {
  /** Content hash of the text the results belong to. */
  hash: string;
  /** Kept by `report` runs only: most of a cache's bytes, and only the report reads them. */
  stories?: Story[];
  findings: Finding[];
  notices: Notice[];
  /** The document's language when it is not English (then nothing was checked). */
  language?: string;
}

interface CacheFile {
  format: number;
  version: string;
  config: string;
  /** Hash of every file of the run and its content: what the workspace rules read. */
  workspace: string;
  files: Record<string, CachedResult>;
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** `--cache-location`: a folder (existing, or written with a trailing slash) holds `.storylintcache`. */
export function resolveCacheFile(cwd: string, location: string | undefined): string {
  if (location === undefined) return join(cwd, DEFAULT_CACHE_NAME);
  const full = resolve(cwd, location);
  if (/[\\/]$/.test(location)) return join(full, DEFAULT_CACHE_NAME);
  try {
    if (statSync(full).isDirectory()) return join(full, DEFAULT_CACHE_NAME);
  } catch {
    // Not there yet: a file of that name.
  }
  return full;
}

/** The hash of the whole run's input: sorted paths with their content hashes. */
export function workspaceKey(files: readonly { file: string; hash: string }[]): string {
  const lines = files.map((f) => `${f.file}\u0000${f.hash}`).sort();
  return hashText(lines.join('\n'));
}

export class ResultCache {
  private readonly previous: CacheFile | undefined;
  private readonly next: Record<string, CachedResult> = {};
  private readonly configKey: string;
  /** Whether this run's results differ from the file's: an unchanged cache is not written again. */
  private changed = false;

  /**
   * Reads the cache file; a missing one is an empty cache, an unreadable or corrupted one is
   * reported through `warn` and ignored (it is rewritten at the end of the run).
   */
  constructor(
    readonly file: string,
    private readonly version: string,
    config: ResolvedConfig,
    warn: (message: string) => void,
  ) {
    this.configKey = hashText(JSON.stringify(config));
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        warn(`cannot read the cache ${file} (${(error as Error).message}); linting without it.`);
    }
    if (text === undefined) return;
    try {
      const parsed = JSON.parse(text) as unknown;
      if (!isCacheFile(parsed)) throw new Error('not a Storylint cache');
      // A cache of another version or configuration is simply out of date: no warning.
      if (parsed.format === FORMAT && parsed.version === version && parsed.config === this.configKey)
        this.previous = parsed;
    } catch (error) {
      warn(`ignoring the cache ${file}: it is corrupted (${(error as Error).message}); it will be rewritten.`);
    }
  }

  /**
   * The results kept for `file` if its text is unchanged and, when workspace rules are on, no
   * file of the run changed either.
   */
  get(file: string, hash: string, workspace: string | undefined, needStories = false): CachedResult | undefined {
    const previous = this.previous;
    if (!previous || (workspace !== undefined && previous.workspace !== workspace)) return undefined;
    const entry = Object.hasOwn(previous.files, file) ? previous.files[file] : undefined;
    if (!entry || entry.hash !== hash || !isCachedResult(entry)) return undefined;
    return needStories && !entry.stories ? undefined : entry;
  }

  set(file: string, result: CachedResult): void {
    this.next[file] = result;
    if (this.previous?.files[file] !== result) this.changed = true;
  }

  /**
   * Writes the results of this run, and only those (a deleted file leaves the cache with it),
   * through a temporary file so that a crash never leaves half a cache behind.
   */
  save(workspace: string, warn: (message: string) => void): void {
    const previous = this.previous;
    const same =
      previous !== undefined &&
      !this.changed &&
      previous.workspace === workspace &&
      Object.keys(previous.files).length === Object.keys(this.next).length;
    if (same) return;
    const content: CacheFile = {
      format: FORMAT,
      version: this.version,
      config: this.configKey,
      workspace,
      files: this.next,
    };
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(temporary, JSON.stringify(content));
      renameSync(temporary, this.file);
    } catch (error) {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // The folder itself is not there or not a folder: nothing was written.
      }
      warn(`cannot write the cache ${this.file} (${(error as Error).message}).`);
    }
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isCacheFile(value: unknown): value is CacheFile {
  return (
    isObject(value) &&
    typeof value.format === 'number' &&
    typeof value.version === 'string' &&
    typeof value.config === 'string' &&
    typeof value.workspace === 'string' &&
    isObject(value.files)
  );
}

// Entries are checked when used, so one damaged entry costs a re-lint of its file, not the whole cache.
function isCachedResult(value: unknown): value is CachedResult {
  return (
    isObject(value) &&
    typeof value.hash === 'string' &&
    (value.stories === undefined || Array.isArray(value.stories)) &&
    Array.isArray(value.notices) &&
    (value.language === undefined || typeof value.language === 'string') &&
    Array.isArray(value.findings) &&
    value.findings.every((f: unknown) => isObject(f) && typeof f.ruleId === 'string' && isObject(f.span))
  );
}
