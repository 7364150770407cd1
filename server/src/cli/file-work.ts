/**
 * The work one thread does on its share of a run's files: fix, prepare, lint. The main thread
 * and every worker (lint-worker.ts) run this same code, so a file's result does not depend on
 * the thread that linted it. Everything in and out is plain data that can cross threads.
 */
import {
  documentEntry,
  fixText,
  lintDocument,
  prepareDocument,
  workspaceIndexFromEntries,
  type DocumentEntry,
  type LintResult,
  type ResolvedConfig,
  type StoryDocument,
} from '../engine/index.js';

export interface WorkOptions {
  config: ResolvedConfig;
  /** `--unsafe-fixes`: apply rewrites too. */
  unsafe: boolean;
  /** Whether the lint results carry the stories (the report reads them); otherwise they are left out. */
  needStories: boolean;
  /** Whether a workspace rule is on: documents then give an index entry, and lints read the index. */
  workspace: boolean;
}

export interface FileText {
  file: string;
  text: string;
}

export type Failed = { file: string; error: string };
export type Fixed = FileText | Failed;
export type Prepared = { file: string; entry?: DocumentEntry } | Failed;
export type Linted = { file: string; result: LintResult } | Failed;

export const failed = (error: unknown) => `Storylint failed on this file (${(error as Error).message}).`;

export class FileWork {
  /** Documents prepared here and not linted yet, in the order they were prepared. */
  private docs: StoryDocument[] = [];

  constructor(private readonly options: WorkOptions) {}

  /** `--fix`: each file's fixed text (unchanged when nothing applies); nothing is written here. */
  fix(files: readonly FileText[]): Fixed[] {
    const { config, unsafe } = this.options;
    return files.map(({ file, text }) => {
      try {
        return { file, text: fixText(text, { uri: file, config, unsafe }).text };
      } catch (error) {
        return { file, error: leftUnchanged(error) };
      }
    });
  }

  /** Parses the files and keeps their documents for `lint`; returns each one's index entry. */
  prepare(files: readonly FileText[]): Prepared[] {
    return files.map(({ file, text }) => {
      try {
        const doc = prepareDocument(text, file, undefined, this.options.config.vocabulary);
        this.docs.push(doc);
        return this.options.workspace ? { file, entry: documentEntry(doc) } : { file };
      } catch (error) {
        return { file, error: failed(error) };
      }
    });
  }

  /**
   * Lints the documents prepared here against the index of the run's `entries` (every thread's,
   * merged), then lets them go.
   */
  lint(entries: readonly DocumentEntry[]): Linted[] {
    const { config, needStories, workspace: hasWorkspaceRules } = this.options;
    const docs = this.docs;
    this.docs = [];
    const workspace = hasWorkspaceRules && docs.length ? workspaceIndexFromEntries(entries, docs) : undefined;
    return docs.map((doc) => {
      try {
        const result = lintDocument(doc, { uri: doc.uri, config, ...(workspace ? { workspace } : {}) });
        return { file: doc.uri, result: needStories ? result : { ...result, stories: [] } };
      } catch (error) {
        return { file: doc.uri, error: failed(error) };
      }
    });
  }
}

export const leftUnchanged = (error: unknown) =>
  `Storylint failed on this file (${(error as Error).message}); it was left unchanged.`;
