/**
 * Shares the work on a run's files among worker threads (lint-worker.ts) and the main thread.
 * Files go out in batches as threads ask for them, so a slow thread or a slow start holds
 * nothing up; a document is linted in the thread that prepared it. A worker that cannot start,
 * runs out of memory or dies gives its work back to the main thread: no file is lost.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentEntry } from '../engine/index.js';
import { FileWork, type FileText, type Fixed, type Linted, type Prepared, type WorkOptions } from './file-work.js';
import type { ToMain, ToWorker } from './thread-messages.js';

interface Helper {
  worker: Worker;
  alive: boolean;
  /** Batches sent and not answered yet. */
  pending: Set<number>;
  /** Batches of the prepare phase done there: their documents live there, and die with it. */
  prepared: number[];
  linted?: Linted[];
}

interface Phase {
  kind: 'fix' | 'prepare';
  batches: readonly FileText[][];
  /** Batches nobody took yet, largest first. */
  queue: number[];
  results: (Fixed[] | Prepared[] | undefined)[];
  /** Batches without results. */
  left: number;
}

export class LintThreads {
  private readonly helpers: Helper[] = [];
  private readonly local: FileWork;
  private phase: Phase | undefined;
  private prepareBatches: readonly FileText[][] = [];
  private wake: () => void = () => {};

  /**
   * Starts `workers` workers (none when their bundle is not beside this one, as when the CLI runs
   * from its sources); this thread takes batches too.
   */
  constructor(
    private readonly options: WorkOptions,
    workers: number,
  ) {
    this.local = new FileWork(options);
    const script = join(__dirname, 'lint-worker.js');
    if (workers > 0 && existsSync(script)) for (let i = 0; i < workers; i++) this.start(script);
  }

  /** `--fix` on every batch: the fixed texts, batch by batch. */
  async fix(batches: readonly FileText[][]): Promise<Fixed[]> {
    return (await this.run('fix', batches)).flat() as Fixed[];
  }

  /** Prepares every batch, each document kept in the thread that prepared it, until `lint`. */
  async prepare(batches: readonly FileText[][]): Promise<Prepared[]> {
    this.prepareBatches = batches;
    return (await this.run('prepare', batches)).flat() as Prepared[];
  }

  /**
   * Lints every prepared document against the index of `entries` (all threads', merged), in the
   * thread that prepared it; a dead worker's documents are prepared again and linted here.
   */
  async lint(entries: DocumentEntry[]): Promise<Linted[]> {
    const asked = this.helpers.filter((h) => h.alive && h.prepared.length > 0);
    for (const helper of asked) post(helper, { type: 'lint', entries });
    const results = this.local.lint(entries);
    while (asked.some((h) => h.alive && !h.linted)) await new Promise<void>((resolve) => (this.wake = resolve));
    for (const helper of this.helpers) {
      if (helper.linted) results.push(...helper.linted);
      else if (helper.prepared.length) {
        const orphans = new FileWork(this.options);
        orphans.prepare(helper.prepared.flatMap((b) => this.prepareBatches[b]!));
        results.push(...orphans.lint(entries));
      }
    }
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.helpers.map((h) => h.worker.terminate()));
  }

  private start(script: string): void {
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: this.options });
    } catch {
      return;
    }
    const helper: Helper = { worker, alive: true, pending: new Set(), prepared: [] };
    worker.on('message', (message: ToMain) => this.received(helper, message));
    // A failed start, an exception or no memory left: 'exit' follows, and the work comes back then.
    worker.on('error', () => {});
    worker.on('messageerror', () => void worker.terminate());
    worker.on('exit', () => this.lost(helper));
    this.helpers.push(helper);
  }

  private async run(kind: Phase['kind'], batches: readonly FileText[][]): Promise<Phase['results']> {
    const size = (b: number) => batches[b]!.reduce((n, f) => n + f.text.length, 0);
    const queue = batches.map((_, i) => i).sort((a, b) => size(b) - size(a) || a - b);
    const phase: Phase = { kind, batches, queue, results: new Array(batches.length), left: batches.length };
    this.phase = phase;
    this.send();
    while (phase.left > 0) {
      const anyAlive = this.helpers.some((h) => h.alive);
      if (phase.queue.length) {
        const b = phase.queue.shift()!;
        phase.results[b] = kind === 'fix' ? this.local.fix(batches[b]!) : this.local.prepare(batches[b]!);
        phase.left--;
        // Let the workers' answers in, so they get their next batches.
        if (anyAlive) await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    this.phase = undefined;
    return phase.results;
  }

  /**
   * Tops up every live worker: two batches in hand (one waiting, so it never idles while this
   * thread is busy), or one when there are not many more batches than threads.
   */
  private send(): void {
    const phase = this.phase;
    if (!phase) return;
    const threads = this.helpers.length + 1;
    for (const helper of this.helpers) {
      while (helper.alive && phase.queue.length && helper.pending.size < (phase.queue.length > threads ? 2 : 1)) {
        const batch = phase.queue.shift()!;
        helper.pending.add(batch);
        post(helper, { type: phase.kind, batch, files: phase.batches[batch]! });
      }
    }
  }

  private received(helper: Helper, message: ToMain): void {
    const phase = this.phase;
    if (message.type === 'linted') helper.linted = message.results;
    else if (phase && helper.pending.delete(message.batch)) {
      phase.results[message.batch] = message.results;
      phase.left--;
      if (phase.kind === 'prepare') helper.prepared.push(message.batch);
      this.send();
    }
    this.wake();
  }

  /** A worker is gone: what it was given and what it holds is done again elsewhere. */
  private lost(helper: Helper): void {
    if (!helper.alive) return;
    helper.alive = false;
    const phase = this.phase;
    if (phase) {
      phase.queue.unshift(...helper.pending);
      if (phase.kind === 'prepare') {
        for (const batch of helper.prepared) phase.results[batch] = undefined;
        phase.queue.push(...helper.prepared);
        phase.left += helper.prepared.length;
        helper.prepared = [];
      }
    }
    helper.pending.clear();
    this.send();
    this.wake();
  }
}

function post(helper: Helper, message: ToWorker): void {
  helper.worker.postMessage(message);
}
