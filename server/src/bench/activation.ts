/**
 * Extension activation → server initialised, as far as it can be measured without VS Code:
 * the server's part (spawn the built bundle over stdio → `initialize` answered) and the client's
 * part (loading dist/client.js with a stand-in for the `vscode` module, which only the editor has).
 * The editor's own work (starting the extension host, calling activate(), IPC set-up) is not in it.
 */
import { spawnSync } from 'node:child_process';
import { ServerSession } from './lsp-session.js';

export async function serverInitialize(serverJs: string, root: string, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const session = new ServerSession(serverJs);
    try {
      samples.push(await session.initialize(root));
    } finally {
      await session.stop();
    }
  }
  return samples;
}

/**
 * Loads the client bundle in a fresh Node with `require('vscode')` answered by a stand-in whose
 * every property is a no-op function; prints the time `require` took. The bundle only wires
 * things up at load time, so the stand-in is enough to load it; activate() is not called.
 */
const LOAD_CLIENT = `
const Module = require('module');
const { performance } = require('perf_hooks');
const stub = new Proxy(function () {}, {
  get: (_, key) => (key === 'then' || typeof key === 'symbol' ? undefined : stub),
  apply: () => stub,
  construct: () => stub,
});
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? stub : load.call(this, request, ...rest);
};
const t0 = performance.now();
const client = require(process.argv[1]);
const ms = performance.now() - t0;
if (typeof client.activate !== 'function') throw new Error('dist/client.js exports no activate()');
console.log(ms);
`;

/** Time to load dist/client.js, per fresh process; undefined when it cannot load without VS Code. */
export function clientRequire(clientJs: string, runs: number): number[] | undefined {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = spawnSync(process.execPath, ['-e', LOAD_CLIENT, clientJs], { encoding: 'utf8' });
    const ms = Number(run.stdout.trim());
    if (run.status !== 0 || !Number.isFinite(ms)) return undefined;
    samples.push(ms);
  }
  return samples;
}
