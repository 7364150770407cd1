/**
 * The `storylint` executable: `storylint --stdio` starts the language server for any LSP
 * editor; anything else is the command line. The CLI and the server never import each other.
 */
import { join } from 'node:path';
import { keepHeapCompact } from './cli/heap.js';
import { run } from './cli/main.js';

if (process.argv.includes('--stdio')) {
  // The server is its own bundle beside this one (dist/server.js), so that a lint never loads or
  // compiles the protocol code; the server reads `--stdio` from the command line itself.
  require(join(__dirname, 'server.js'));
} else {
  // `storylint | head`: a reader that stops reading is no failure of the lint. Nothing more is written, and
  // the run still ends with the exit code of what it found.
  let readerGone = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
  });
  keepHeapCompact();
  void run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (s) => {
      if (!readerGone) process.stdout.write(s);
    },
    stderr: (s) => process.stderr.write(s),
    isTty: Boolean(process.stdout.isTTY),
    env: process.env,
  }).then((code) => (process.exitCode = code));
}
