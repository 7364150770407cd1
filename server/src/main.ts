/**
 * The `storylint` executable: `storylint --stdio` starts the language server for any LSP
 * editor; anything else is the command line. The CLI and the server never import each other.
 */
import { run } from './cli/main.js';
import { startServer } from './server/server.js';

if (process.argv.includes('--stdio')) {
  // The language server; it runs until the client disconnects.
  startServer();
} else {
  process.exitCode = run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTty: Boolean(process.stdout.isTTY),
    env: process.env,
  });
}
