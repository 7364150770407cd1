/**
 * The Node host: what the CLI and the server share that needs a file system — finding story
 * files, reading them safely, loading `.storylint.jsonc`. It depends on the engine only.
 */
export { discoverFiles, optsIn, readStoryFile, type Discovery } from './discover.js';
export { CONFIG_NAMES, findConfigFile, loadConfig, type LoadedConfig } from './load-config.js';
