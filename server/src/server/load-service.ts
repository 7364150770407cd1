import { join } from 'node:path';
import type * as Service from './service.js';

/**
 * The language service, from its bundle beside this one (dist/service.js). Loading it only when a
 * message needs it keeps the engine (remark, rules, word lists) out of what runs before the server
 * answers `initialize`; build.mjs checks that neither bundle carries the other's code.
 */
export function loadService(): typeof Service {
  return require(join(__dirname, 'service.js')) as typeof Service;
}
