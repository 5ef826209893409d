// The settings model: schema as data, the one reader, and the JSON schemas generated from them.
export { SETTINGS, SETTING_LIST, STYLE_CHOICES, RULE_CHOICES, type SettingSpec, type ValidateSetting, type OutlineGrouping, type Rules } from './schema';
export {
  DEFAULT_SETTINGS,
  readSettings,
  readSettingsLayer,
  readSettingsLayers,
  mergeLayers,
  withSettingDefaults,
  toServiceOptions,
  type NewsmarkSettings,
  type SettingsLayer,
  type SettingsOrigin,
  type Warn,
} from './readSettings';
export { editorConfiguration, configFileSchema, packageJsonText, configSchemaText } from './jsonSchemas';
