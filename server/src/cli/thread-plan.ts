/** How many worker threads a run gets, and the batches of files they share with the main thread. */
import { availableParallelism } from 'node:os';
import type { FileText } from './file-work.js';

/** Below this much text in all (UTF-16 code units), starting a worker costs more than it saves. */
const MIN_TEXT = 1 << 20;
/** The most text in one batch: threads then finish close together; the messages cost nothing. */
const MAX_BATCH = 64 * 1024;
/** Batches per thread at least, as far as files allow: the last ones even out what the first did not. */
const BATCHES_PER_THREAD = 8;

export interface ThreadPlan {
  workers: number;
  /** Cuts files into batches, in their order; one batch when no worker shares the work. */
  batches(files: readonly FileText[]): FileText[][];
}

/**
 * `requested` workers (STORYLINT_WORKERS), or by default: none for less than MIN_TEXT of text,
 * else one thread per two logical CPUs, the main thread's included, at most three. Two logical
 * CPUs are often the two hyperthreads of one core (a 2-vCPU cloud VM): on such a VM, two threads
 * each took as long to prepare half of 10,000 story files as one thread took for all of them, and
 * a worker beside the main thread made the run 7% slower for 45% more CPU time. The main thread
 * lints a share too (there, one worker beside it took less time than two workers beside an idle
 * main thread), and there are never more threads than files: a file is prepared and linted in one.
 */
export function planThreads(files: readonly FileText[], requested: number | undefined): ThreadPlan {
  const total = files.reduce((n, f) => n + f.text.length, 0);
  const oneThreadPerCore = Math.floor(availableParallelism() / 2) - 1;
  const wanted = requested ?? (total > MIN_TEXT ? Math.min(oneThreadPerCore, 2) : 0);
  const workers = Math.max(0, Math.min(wanted, files.length - 1));
  const threads = workers + 1;
  return {
    workers,
    batches(files) {
      if (workers === 0) return files.length ? [[...files]] : [];
      const size = files.reduce((n, f) => n + f.text.length, 0);
      const target = Math.max(1, Math.min(MAX_BATCH, Math.ceil(size / (threads * BATCHES_PER_THREAD))));
      const batches: FileText[][] = [];
      let batch: FileText[] = [];
      let filled = 0;
      for (const file of files) {
        batch.push(file);
        filled += file.text.length;
        if (filled >= target) {
          batches.push(batch);
          batch = [];
          filled = 0;
        }
      }
      if (batch.length) batches.push(batch);
      return batches;
    },
  };
}
