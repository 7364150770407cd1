/**
 * Generated backlogs for the bench: N stories in one file or one file per story, LF or CRLF,
 * templated or varied. Deterministic (seeded), so the files on disk are a cache: they are
 * written under the cache folder when missing or when the generator's output changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Prng } from './prng.js';
import { story, type StoryKind } from './stories.js';

export type Layout = 'one file' | 'file per story';
export type Eol = 'LF' | 'CRLF';

export interface BacklogSpec {
  kind: StoryKind;
  layout: Layout;
  eol: Eol;
  size: number;
}

export interface Backlog {
  spec: BacklogSpec;
  /** The folder to run tools in; it holds nothing but the backlog. */
  dir: string;
  /** What to name on a command line, relative to `dir`: the file, or the folder of story files. */
  target: string;
  /** Every file, absolute. */
  files: string[];
  bytes: number;
  /** One-file layout: where to type in the middle story (zero-based line; character = end of that line). */
  editAt?: { line: number; character: number };
}

/**
 * One seed per kind: the 10-story backlog is the start of the 1,000-story one, and the layouts
 * and line endings hold the same stories.
 */
const SEED: Record<StoryKind, number> = { templated: 0x5eed0001, varied: 0x5eed0002 };
const HEADER = '# Backlog\n\nGenerated for the benchmark; every run writes the same stories.\n';

export function backlogName(spec: BacklogSpec): string {
  return `${spec.kind}-${spec.layout === 'one file' ? 'one-file' : 'per-story'}-${spec.eol.toLowerCase()}-${spec.size}`;
}

function stories(spec: BacklogSpec): string[] {
  const r = new Prng(SEED[spec.kind]);
  return Array.from({ length: spec.size }, (_, i) => story(spec.kind, r, i));
}

/** The files of a backlog as relative path → text (LF), and where to type for the one-file layout. */
export function backlogTexts(spec: BacklogSpec): { texts: Map<string, string>; editAt?: Backlog['editAt'] } {
  const all = stories(spec);
  if (spec.layout === 'file per story') {
    const width = String(spec.size).length;
    return { texts: new Map(all.map((s, i) => [`stories/story-${String(i + 1).padStart(width, '0')}.md`, s])) };
  }
  const text = [HEADER, ...all].join('\n');
  // The middle story's first line after its heading and blank line: a sentence or a field to type into.
  const middle = Math.floor(all.length / 2);
  const before = [HEADER, ...all.slice(0, middle)].join('\n') + '\n';
  const headingLine = before.split('\n').length - 1;
  const lines = text.split('\n');
  const line = headingLine + 2;
  return { texts: new Map([['backlog.stories.md', text]]), editAt: { line, character: lines[line]!.length } };
}

const withEol = (text: string, eol: Eol) => (eol === 'CRLF' ? text.replace(/\n/g, '\r\n') : text);

/** Writes the backlog under `cacheDir` unless the same bytes are already there; returns where it is. */
export function ensureBacklog(spec: BacklogSpec, cacheDir: string): Backlog {
  const dir = join(cacheDir, 'backlogs', backlogName(spec));
  const { texts, editAt } = backlogTexts(spec);
  const hash = createHash('sha256');
  let bytes = 0;
  for (const [path, text] of texts) {
    const body = withEol(text, spec.eol);
    hash.update(path).update('\0').update(body).update('\0');
    bytes += Buffer.byteLength(body);
  }
  const digest = hash.digest('hex');
  const manifest = join(dir, '.manifest');
  const fresh = existsSync(manifest) && readFileSync(manifest, 'utf8') === digest;
  if (!fresh) {
    rmSync(dir, { recursive: true, force: true });
    for (const [path, text] of texts) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), withEol(text, spec.eol));
    }
    // Written last: a run interrupted while writing leaves no manifest, so the next run rewrites.
    writeFileSync(manifest, digest);
  }
  const files = [...texts.keys()].map((p) => join(dir, p));
  const target = spec.layout === 'one file' ? 'backlog.stories.md' : 'stories';
  return { spec, dir, target, files, bytes, ...(editAt ? { editAt } : {}) };
}
