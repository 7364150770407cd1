import { VALUE_ELEMENTS } from '../completeness.js';
import { WORD_LISTS } from '../language/vocabulary.js';
import { RULES } from '../rules/index.js';

const severity = { enum: ['off', 'hint', 'info', 'warning', 'error'] };
const stringList = { type: 'array', items: { type: 'string' } };

/** The JSON schema of `.storylint.jsonc`, derived from the rule registry so it cannot drift. */
export function buildConfigSchema(): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const rule of RULES) {
    rules[rule.id] = {
      description: `${rule.description} (default: ${rule.defaultSeverity})`,
      oneOf: [
        severity,
        { type: 'array', prefixItems: [severity, { type: 'object' }], items: false, minItems: 1, maxItems: 2 },
      ],
    };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://storylint.dev/schemas/storylint.schema.json',
    title: 'Storylint configuration (.storylint.jsonc)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: 'Rule severities: "off", "hint", "info", "warning" or "error", or [severity, options].',
        type: 'object',
        additionalProperties: false,
        properties: rules,
      },
      files: { description: 'Globs of story files, relative to the configuration file.', ...stringList },
      ignores: { description: 'Globs of files never to lint.', ...stringList },
      vocabulary: {
        description: 'Words added to the lists the rules read.',
        type: 'object',
        additionalProperties: false,
        // Every word list the rules read, with its description: language/vocabulary.ts lists them.
        properties: Object.fromEntries(
          Object.entries(WORD_LISTS).map(([key, list]) => [key, { description: list.description, ...stringList }]),
        ),
      },
      ready: {
        description: 'The readiness gate of `storylint report`: a Definition of Ready for each story.',
        type: 'object',
        additionalProperties: false,
        properties: {
          failUnder: {
            description: "Exit with 1 when a story's value score is below this percentage (0–100).",
            type: 'number',
            minimum: 0,
            maximum: 100,
          },
          require: {
            description: 'The elements the score counts (default: all a story can carry).',
            type: 'array',
            items: { enum: [...VALUE_ELEMENTS] },
            uniqueItems: true,
          },
        },
      },
    },
  };
}
