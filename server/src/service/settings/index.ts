// The settings model's public face: the one reader and the texts of the generated schemas
// (the schema itself, settings/schema.ts, is read through them).
export { type OutlineGrouping, type SpeakerColors } from './schema';
export { DEFAULT_SETTINGS, EDITOR_SETTINGS, readSettings, readSettingsLayers, type NewsmarkSettings } from './readSettings';
export { packageJsonText, configSchemaText } from './jsonSchemas';
