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
        properties: {
          genericWho: { description: 'Personas that count as generic (generic-who).', ...stringList },
          ambiguous: { description: 'Vague words and weasel words (ambiguous-language).', ...stringList },
          vague: { description: 'Words that make a criterion unmeasurable (unmeasurable-criterion).', ...stringList },
          outputTerms: { description: 'Words that mark an outcome as an output (output-focused).', ...stringList },
          validation: { description: 'Words that say how an assumption is validated (unvalidated-assumption).', ...stringList },
        },
      },
    },
  };
}
