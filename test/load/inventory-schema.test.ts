import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { INVENTORY_SCHEMA } from '../../src/load/inventory-schema.js';
import { presetNames } from '../../src/load/presets.js';

const SHIPPED = fileURLToPath(new URL('../../schema/network-inventory.schema.json', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../fixtures/load/inventory-two-hosts/network-inventory.yaml', import.meta.url));

describe('inventory schema: the file editors use', () => {
  it('is exactly the schema the loader validates with (regenerate with UPDATE_SCHEMA=1)', () => {
    const expected = JSON.stringify(INVENTORY_SCHEMA, null, 2) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SHIPPED, expected);
    expect(readFileSync(SHIPPED, 'utf8')).toBe(expected);
  });

  it('is a valid draft-07 schema for a stock validator that knows no subnet-guard keywords', () => {
    const schema = JSON.parse(readFileSync(SHIPPED, 'utf8'));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    // an editor ignores keywords it does not know; ajv in its default mode checks the schema against the meta-schema
    const ajv = new Ajv({ strict: false, allErrors: true });
    expect(ajv.validateSchema(schema)).toBe(true);
    const validate = ajv.compile(schema);
    const example = parse(readFileSync(EXAMPLE, 'utf8'), { merge: true });
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ hosts: [{ name: 'a', enigne: '26' }] })).toBe(false);
  });

  it('offers every preset name for completion', () => {
    expect(INVENTORY_SCHEMA.definitions.reserved.properties.preset.enum).toEqual(presetNames());
  });

  it('documents every key', () => {
    const undocumented: string[] = [];
    const walk = (props: Record<string, { description?: string }>, where: string): void => {
      for (const [k, v] of Object.entries(props)) if (!v.description) undocumented.push(`${where}.${k}`);
    };
    walk(INVENTORY_SCHEMA.properties, 'top');
    walk(INVENTORY_SCHEMA.definitions.reserved.properties, 'reserved');
    walk(INVENTORY_SCHEMA.definitions.host.properties, 'host');
    walk(INVENTORY_SCHEMA.definitions.project.properties, 'project');
    expect(undocumented).toEqual([]);
  });

  it('names the CGNAT switch and says what it does', () => {
    expect(INVENTORY_SCHEMA.properties['cgnat-is-private'].description).toContain('100.64.0.0/10');
  });
});
