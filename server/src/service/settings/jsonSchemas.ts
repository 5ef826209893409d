// The two JSON schemas generated from the settings schema (schema.ts): the editor's
// `contributes.configuration` in package.json and `server/src/cli/config.schema.json` for
// `.newsmarkrc.json`. Pure text in, text out: scripts/generate-settings.mjs writes the files during
// the build, and a unit test fails when the committed files differ from what this module makes.

import { ALL_CODES } from '../diagnostics/codes';
import { RULE_CHOICES, SETTING_LIST, ruleDescription, type SettingSpec } from './schema';

type Json = Record<string, unknown>;

const RULES_ENUM = RULE_CHOICES.map((c) => c.value);
const RULE_ENUM_DESCRIPTIONS = RULE_CHOICES.map((c) => c.description);

/** The `contributes.configuration` object of package.json. */
function editorConfiguration(): Json {
  const properties: Json = {};
  for (const spec of SETTING_LIST) if (!spec.fileOnly) properties[`newsmark.${spec.key}`] = editorProperty(spec);
  return { title: 'NewsMark', properties };
}

/** An editor setting: the value's schema, where it may be set (`scope`), and for `rules` the defaults and no other codes. */
function editorProperty(spec: SettingSpec): Json {
  const property = { ...valueSchema(spec, spec.description), scope: spec.scope };
  return spec.type === 'rules' ? { ...property, default: spec.default, additionalProperties: false } : property;
}

/**
 * The schema of a setting's value, the same in both files: its type and allowed values, its
 * default (but for `rules`, whose default is empty) and its description.
 */
function valueSchema(spec: SettingSpec, description: string): Json {
  switch (spec.type) {
    case 'enum':
      return { type: 'string', enum: spec.choices.map((c) => c.value), enumDescriptions: spec.choices.map((c) => c.description), default: spec.default, markdownDescription: description };
    case 'integer':
      return { type: 'integer', minimum: spec.minimum, default: spec.default, markdownDescription: description };
    case 'number':
      return { type: 'number', minimum: spec.minimum, maximum: spec.maximum, default: spec.default, markdownDescription: description };
    case 'string':
      // The default (`''`, unset) is not a value the reader accepts: it is left out.
      return { type: 'string', minLength: 1, markdownDescription: description };
    case 'rules':
      return {
        type: 'object',
        markdownDescription: description,
        propertyNames: { enum: [...ALL_CODES] },
        properties: Object.fromEntries(ALL_CODES.map((code) => [code, { type: 'string', enum: RULES_ENUM, enumDescriptions: RULE_ENUM_DESCRIPTIONS, markdownDescription: ruleDescription(code) }])),
      };
  }
}

/** The JSON schema of `.newsmarkrc.json` (and of a package.json `newsmark` key). */
function configFileSchema(): Json {
  const properties: Json = { $schema: { type: 'string', description: 'The JSON schema of this file, for editors.' } };
  for (const spec of SETTING_LIST) {
    if (spec.clientOnly) continue;
    const [head, sub] = spec.key.split('.');
    if (!sub) {
      properties[head] = fileProperty(spec);
      continue;
    }
    const group = (properties[head] ??= { type: 'object', additionalProperties: false, properties: {} }) as { properties: Json };
    group.properties[sub] = fileProperty(spec);
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://newsmark.invalid/schemas/newsmarkrc.json',
    title: 'NewsMark settings',
    description:
      'Settings of the NewsMark command line and language server, read from the nearest .newsmarkrc.json or the "newsmark" key of package.json. ' +
      'The keys are those of the editor settings without the "newsmark." prefix; in the editor, settings made there override this file key by key. ' +
      'Generated from server/src/service/settings/schema.ts: do not edit.',
    type: 'object',
    additionalProperties: false,
    properties,
  };
}

/** A configuration file's setting: the value's schema; for `rules`, any other code with a severity is left to the reader to name. */
function fileProperty(spec: SettingSpec): Json {
  const description = spec.editorOnly ? `${spec.description} The command line ignores it.` : spec.description;
  const property = valueSchema(spec, description);
  return spec.type === 'rules' ? { ...property, additionalProperties: { type: 'string', enum: RULES_ENUM } } : property;
}

/** package.json with its `contributes.configuration` regenerated; every other key as it was. */
export function packageJsonText(current: string): string {
  const pkg = JSON.parse(current) as { contributes?: Json };
  pkg.contributes = { ...(pkg.contributes ?? {}), configuration: editorConfiguration() };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export function configSchemaText(): string {
  return `${JSON.stringify(configFileSchema(), null, 2)}\n`;
}
