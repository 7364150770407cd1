/**
 * A CLI worker thread (dist/lint-worker.js): fixes, prepares and lints the batches of files the
 * main thread sends (see threads.ts), with the same code as the main thread (file-work.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FileWork, type WorkOptions } from './file-work.js';
import type { ToMain, ToWorker } from './thread-messages.js';

const work = new FileWork(workerData as WorkOptions);
const port = parentPort!;

port.on('message', (message: ToWorker) => {
  let reply: ToMain;
  if (message.type === 'lint') reply = { type: 'linted', results: work.lint(message.entries) };
  else {
    const results = message.type === 'fix' ? work.fix(message.files) : work.prepare(message.files);
    reply = { type: 'done', batch: message.batch, results };
  }
  port.postMessage(reply);
});
