// The `registry` key (a string setting, the schema's first): read from a configuration file as a
// non-empty string, refused from the editor's settings (a path relative to the file that holds
// it has no file there), rendered into config.schema.json and left out of the editor's settings.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { configSchemaText, EDITOR_SETTINGS, packageJsonText, readSettings, readSettingsLayers } from '../../server/src/service';

const FILE = { where: '.newsmarkrc.json', keyPrefix: '' };

function read(raw: unknown, origin = FILE) {
  const warnings: string[] = [];
  return { settings: readSettings(raw, (m) => warnings.push(m), origin), warnings };
}

describe('the registry key', () => {
  test('a configuration file names the registry with a path; unset is the empty string', () => {
    assert.deepEqual(read({ registry: '../shared/speakers.yaml' }), { settings: { ...read({}).settings, registry: '../shared/speakers.yaml' }, warnings: [] });
    assert.equal(read({}).settings.registry, '');
    assert.equal(read({ registry: 'people.yaml' }, { where: 'package.json', keyPrefix: 'newsmark.' }).settings.registry, 'people.yaml');
  });

  test('anything but a non-empty string is named and left out', () => {
    for (const wrong of [42, '', '   ', ['speakers.yaml'], { path: 'x' }, true]) {
      const { settings, warnings } = read({ registry: wrong });
      assert.equal(settings.registry, '', JSON.stringify(wrong));
      assert.deepEqual(warnings, ['.newsmarkrc.json: registry: must be a non-empty string'], JSON.stringify(wrong));
    }
  });

  test('the editor settings may not set it: named, and the configuration file\'s value stays', () => {
    const warnings: string[] = [];
    const settings = readSettingsLayers([{ raw: { registry: 'a.yaml' }, origin: FILE }, { raw: { registry: 'b.yaml' }, origin: EDITOR_SETTINGS }], (m) => warnings.push(m));
    assert.equal(settings.registry, 'a.yaml');
    assert.deepEqual(warnings, ['editor settings: newsmark.registry: is read from a configuration file only (.newsmarkrc.json), where it is a path relative to that file']);
  });

  test('config.schema.json has it as a non-empty string; the editor\'s contributes.configuration does not', () => {
    const property = JSON.parse(configSchemaText()).properties.registry;
    assert.equal(property.type, 'string');
    assert.equal(property.minLength, 1);
    assert.match(property.markdownDescription, /relative to this file/);
    const editor = JSON.parse(packageJsonText('{"name":"x"}')).contributes.configuration.properties;
    assert.ok(editor['newsmark.style'], 'the other settings are there');
    assert.equal(editor['newsmark.registry'], undefined);
  });
});
