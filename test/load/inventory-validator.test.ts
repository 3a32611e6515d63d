// The inventory validator ships precompiled (src/load/inventory-validate.generated.ts): compiling the
// schema with ajv at run time cost ~40–60 ms per check and ajv's ~45 ms of module start-up. This test
// compiles the schema the way the loader used to and fails when the shipped code differs; regenerate
// with UPDATE_VALIDATOR=1.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { INVENTORY_SCHEMA } from '../../src/load/inventory-schema.js';
import { validateInventoryShape } from '../../src/load/inventory-validate.generated.js';

const SHIPPED = fileURLToPath(new URL('../../src/load/inventory-validate.generated.ts', import.meta.url));

function runtimeAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    code: { source: true, esm: true },
  });
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
  return ajv;
}

function generate(): string {
  const ajv = runtimeAjv();
  const toCode = (standalone as unknown as { default?: typeof standalone }).default ?? standalone;
  let code = toCode(ajv, ajv.compile(INVENTORY_SCHEMA));
  code = code.replace(/^"use strict";/, '');
  // the one runtime helper the code needs (minLength counts code points, as JSON Schema says), without a CommonJS require
  const helper = 'require("ajv/dist/runtime/ucs2length").default';
  expect(code.split(helper).length - 1, 'the generated code needs ajv runtime helpers this generator does not know').toBeLessThanOrEqual(1);
  code = code.replace(helper, '((s) => { let n = 0; for (const _ of s) n++; return n; })');
  expect(code).not.toMatch(/require\(/);
  code = code.replace(/export const validate = (\w+);export default \w+;/, 'export const validateInventoryShape = $1;');
  return (
    '// @ts-nocheck\n' +
    '// GENERATED from src/load/inventory-schema.ts by test/load/inventory-validator.test.ts with ajv\n' +
    '// (standalone code). Do not edit: run `UPDATE_VALIDATOR=1 npx vitest run test/load/inventory-validator.test.ts`.\n' +
    code +
    '\n'
  );
}

describe('inventory validator: precompiled from the schema', () => {
  it('is exactly what ajv compiles from the schema today (regenerate with UPDATE_VALIDATOR=1)', () => {
    const expected = generate();
    if (process.env.UPDATE_VALIDATOR === '1') writeFileSync(SHIPPED, expected);
    expect(readFileSync(SHIPPED, 'utf8')).toBe(expected);
  });

  it('accepts and rejects what ajv compiling the schema at run time does, with the same errors', () => {
    const live = runtimeAjv().compile(INVENTORY_SCHEMA);
    const key = fc.constantFrom(
      'version',
      'reserved',
      'hosts',
      'cycles',
      'name',
      'engine',
      'cidr',
      'preset',
      'projects',
      'path',
      'lifecycle',
      'routes',
      'x',
      '',
    );
    const leaf = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('10.0.0.0/8', 'aws-default-vpc', '26.1', 'persistent', '😀', ''),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.letrec((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(key, tie('v'), { maxKeys: 4 })),
    })).v;
    const doc = fc.record(
      {
        version: fc.oneof(fc.constant(1), value),
        reserved: fc.array(fc.dictionary(key, value, { maxKeys: 3 }), { maxLength: 3 }),
        hosts: fc.array(fc.dictionary(key, value, { maxKeys: 4 }), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(doc, (d) => {
        const a = live(d);
        const b = validateInventoryShape(d);
        expect(b).toBe(a);
        const strip = (es: unknown) => JSON.stringify(es);
        expect(strip((validateInventoryShape as unknown as { errors: unknown }).errors)).toBe(strip(live.errors));
      }),
      { numRuns: 3000, seed: 20261129 },
    );
  });
});
