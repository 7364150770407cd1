import type { Finding } from '../engine/index.js';

/** One linted file, as the formatters receive it. */
export interface FileResult {
  /** Path relative to the current directory, with forward slashes. */
  path: string;
  /** Absolute path. */
  absolutePath: string;
  /** The text that was linted (after --fix, the fixed text). */
  text: string;
  findings: Finding[];
  /** Set when the file could not be read or is not text; such a file has no findings. */
  error?: string;
}

export interface FormatOptions {
  /** Colour output: only on a TTY and when NO_COLOR is unset. */
  color: boolean;
  /** The tool's version, for SARIF's driver. */
  version: string;
  /** The folder paths are relative to (SARIF's %SRCROOT%). */
  cwd: string;
}

export type Formatter = (results: readonly FileResult[], options: FormatOptions) => string;
