/**
 * The JSON-schema validator of `.storylint.jsonc`. From the sources (tests, tools) it is compiled
 * with ajv on first use; the bundles replace this module with the same validator compiled to
 * plain code at build time (scripts/build.mjs), so the command line neither loads nor runs ajv.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import { buildConfigSchema } from './schema.js';

/** The build compiles the standalone validator with the same options. */
export const VALIDATOR_OPTIONS = { allErrors: true, strict: false } as const;

let compiled: ValidateFunction | undefined;

export function configValidator(): ValidateFunction {
  compiled ??= new Ajv2020(VALIDATOR_OPTIONS).compile(buildConfigSchema());
  return compiled;
}
