// The strict JSON reader behind daemon.json and the importers (src/load/json-positions.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ConfigError } from '../../src/errors.js';
import { nodeAtPointer, parseJsonDoc, parseYamlDoc, toPlain } from '../../src/load/json-positions.js';

describe('strict JSON with positions', () => {
  it('reads what JSON.parse reads, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (v, indent) => {
        const text = JSON.stringify(v, null, indent);
        expect(toPlain(parseJsonDoc(text, 'x.json').root)).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('decodes every escape', () => {
    const doc = parseJsonDoc('{"s": "a\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00"}', 'x.json');
    expect(toPlain(doc.root)).toEqual({ s: 'a"b\\c/d\b\f\n\r\té😀' });
  });

  it('keeps "__proto__" an ordinary key', () => {
    const plain = toPlain(parseJsonDoc('{"__proto__": {"polluted": true}}', 'x.json').root) as Record<string, unknown>;
    expect(Object.keys(plain)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('finds the node at a JSON pointer, with its position', () => {
    const doc = parseJsonDoc('{\n  "a": [\n    {"b/c": 1}\n  ]\n}', 'x.json');
    const { node } = nodeAtPointer(doc.root, '/a/0/b~1c');
    expect(node).toMatchObject({ kind: 'number', value: 1, raw: '1' });
    expect(doc.pos(node!)).toEqual({ file: 'x.json', line: 3, column: 13, endLine: 3, endColumn: 14 });
  });

  it("refuses what Go refuses, with Go's message, at the offending character", () => {
    const cases: [string, string, number][] = [
      ['{"a": NaN}', "invalid character 'N' looking for beginning of value", 7],
      ['{"a": .5}', "invalid character '.' looking for beginning of value", 7],
      ['{"a": 1e}', "invalid character '}' in exponent of numeric literal", 9],
      ['{"a": "\\u12G4"}', "invalid character 'G' in \\u hexadecimal character escape", 12],
      ['{"a": nul}', "invalid character '}' in literal null (expecting 'l')", 10],
      ['{"a": 1 "b": 2}', "invalid character '\"' after object key:value pair", 9],
      ['[1 2]', "invalid character '2' after array element", 4],
    ];
    for (const [text, message, column] of cases) {
      let err: unknown;
      try {
        parseJsonDoc(text, 'x.json');
      } catch (e) {
        err = e;
      }
      expect(err, text).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).message, text).toBe(message);
      expect((err as ConfigError).pos, text).toMatchObject({ file: 'x.json', line: 1, column });
    }
  });
});

describe('YAML with positions', () => {
  it('reads what the yaml package reads, positions included', () => {
    const doc = parseYamlDoc('a:\n  - 1\n  - "two"\nb: {c: null, d: true}\n', 'x.yaml');
    expect(toPlain(doc.root)).toEqual({ a: [1, 'two'], b: { c: null, d: true } });
    const { node } = nodeAtPointer(doc.root, '/a/1');
    expect(doc.pos(node!)).toEqual({ file: 'x.yaml', line: 3, column: 5, endLine: 3, endColumn: 10 });
  });

  it('shares an anchored value between its aliases instead of copying it', () => {
    const doc = parseYamlDoc('x: &x {p: 1}\ny: *x\nz: *x\n', 'x.yaml');
    const { node: y } = nodeAtPointer(doc.root, '/y');
    const { node: z } = nodeAtPointer(doc.root, '/z');
    expect(y).toBe(z);
    expect(toPlain(doc.root)).toEqual({ x: { p: 1 }, y: { p: 1 }, z: { p: 1 } });
  });

  it('lets a later anchor of the same name win for the aliases after it', () => {
    const doc = parseYamlDoc('a: &n 1\nb: *n\nc: &n 2\nd: *n\n', 'x.yaml');
    expect(toPlain(doc.root)).toEqual({ a: 1, b: 1, c: 2, d: 2 });
  });

  it('lets explicit keys win over merged ones, and the first merged source over later ones', () => {
    const doc = parseYamlDoc('a: &a {k: 1, x: a}\nb: &b {k: 2, y: b}\nc:\n  <<: [*a, *b]\n  k: 3\n', 'x.yaml');
    expect(toPlain(doc.root)).toEqual({ a: { k: 1, x: 'a' }, b: { k: 2, y: 'b' }, c: { k: 3, x: 'a', y: 'b' } });
  });
});
