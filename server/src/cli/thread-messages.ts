/** What the CLI's main thread and its workers say to each other (threads.ts, lint-worker.ts). */
import type { DocumentEntry } from '../engine/index.js';
import type { FileText, Fixed, Linted, Prepared } from './file-work.js';

export type ToWorker =
  | { type: 'fix' | 'prepare'; batch: number; files: FileText[] }
  /** Lint every document prepared in the worker against the run's merged index entries. */
  | { type: 'lint'; entries: DocumentEntry[] };

export type ToMain =
  | { type: 'done'; batch: number; results: Fixed[] | Prepared[] }
  | { type: 'linted'; results: Linted[] };
