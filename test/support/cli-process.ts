import { spawnSync } from 'node:child_process';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a built CLI bundle as a user would: outside a terminal, without NO_COLOR or FORCE_COLOR
 * leaking in from the test runner, with `env` added to the environment.
 */
export function runCli(cli: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const environment: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete environment.NO_COLOR;
  delete environment.FORCE_COLOR;
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, env: environment, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
