// YAML as real compose files use it (compose-networks.md §8): anchors, merge keys, tags, several
// documents, duplicate keys refused, bombs refused fast. Positions are 1-based line/column.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { get, parseYamlDocuments, type YMap, type YNode, type YScalar, type YSeq } from '../../src/load/yaml.js';

function one(text: string): YMap {
  const docs = parseYamlDocuments(text, 'c.yaml');
  expect(docs).toHaveLength(1);
  return docs[0].root as YMap;
}

function plain(n: YNode | undefined): unknown {
  if (!n) return undefined;
  if (n.kind === 'scalar') return n.value;
  if (n.kind === 'seq') return n.items.map(plain);
  return Object.fromEntries([...n.entries.values()].map((e) => [e.key, plain(e.value)]));
}

function configError(f: () => unknown): ConfigError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('YAML with positions', () => {
  it('gives every key and value its file, line and column', () => {
    const root = one('networks:\n  front:\n    ipam:\n      config:\n        - subnet: 10.1.0.0/24\n');
    const front = (get(root, 'networks') as YMap).entries.get('front')!;
    expect(front.keyPos).toMatchObject({ file: 'c.yaml', line: 2, column: 3, endLine: 2, endColumn: 8 });
    const cfg = get(get(front.value as YMap, 'ipam') as YMap, 'config') as YSeq;
    const subnet = get(cfg.items[0] as YMap, 'subnet') as YScalar;
    expect(subnet.value).toBe('10.1.0.0/24');
    expect(subnet.pos).toMatchObject({ line: 5, column: 19, endLine: 5, endColumn: 30 });
  });

  it('expands aliases to the anchored value, keeping the position of the anchor definition', () => {
    const root = one('x-net: &net\n  subnet: 10.2.0.0/16\nnetworks:\n  a:\n    ipam:\n      config: [*net]\n');
    const cfg = get(get(get(get(root, 'networks') as YMap, 'a') as YMap, 'ipam') as YMap, 'config') as YSeq;
    const subnet = get(cfg.items[0] as YMap, 'subnet') as YScalar;
    expect(subnet.value).toBe('10.2.0.0/16');
    expect(subnet.pos.line).toBe(2);
  });

  it('merges << maps: own keys win, then earlier merged maps', () => {
    const root = one(
      'x-a: &a {driver: macvlan, internal: true}\nx-b: &b {driver: ipvlan, attachable: true}\n' +
        'n1:\n  <<: [*a, *b]\n  internal: false\nn2:\n  <<: *b\n  name: two\n',
    );
    expect(plain(get(root, 'n1'))).toEqual({ internal: false, driver: 'macvlan', attachable: true });
    expect(plain(get(root, 'n2'))).toEqual({ name: 'two', driver: 'ipvlan', attachable: true });
  });

  it('treats a quoted "<<" as an ordinary key', () => {
    expect(plain(one('"<<": 1\n'))).toEqual({ '<<': 1 });
  });

  it('keeps !reset and !override tags on the values that carry them', () => {
    const root = one('a: !reset []\nb: !override\n  c: 1\nd: 1\n');
    expect(get(root, 'a')?.tag).toBe('!reset');
    expect(get(root, 'b')?.tag).toBe('!override');
    expect(get(root, 'd')?.tag).toBeUndefined();
  });

  it('returns each document of a multi-document file, empty ones as null', () => {
    const docs = parseYamlDocuments('a: 1\n---\n---\nb: 2\n', 'm.yaml');
    expect(docs.map((d) => plain(d.root ?? undefined))).toEqual([{ a: 1 }, undefined, { b: 2 }]);
    expect(get(docs[2].root as YMap, 'b')?.pos.line).toBe(4);
  });

  it('reads YAML 1.2 scalars: yes stays a string, 0o17 is octal, quoted numbers stay strings', () => {
    expect(plain(one('a: yes\nb: 0o17\nc: "1500"\nd: 1500\ne: ~\nf: true\n'))).toEqual({
      a: 'yes',
      b: 15,
      c: '1500',
      d: 1500,
      e: null,
      f: true,
    });
  });

  it('refuses duplicate keys, naming the line of both', () => {
    const e = configError(() => parseYamlDocuments('services:\n  web:\n    image: a\n  web:\n    image: b\n', 'd.yaml'));
    expect(e.pos).toMatchObject({ file: 'd.yaml', line: 4, column: 3 });
    expect(e.message).toMatch(/duplicate key "web" \(already defined at line 2\)/);
  });

  it('refuses broken YAML with the position of the problem', () => {
    const e = configError(() => parseYamlDocuments('services:\n  web:\n    image: "unterminated\n', 'b.yaml'));
    expect(e.pos?.file).toBe('b.yaml');
    expect(e.pos?.line).toBeGreaterThanOrEqual(3);
    expect(e.message).toMatch(/invalid YAML/);
  });

  it('refuses an alias bomb quickly as excessive aliasing', () => {
    let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    const L = 'abcdefghi';
    for (let i = 1; i < 9; i++)
      bomb += `${L[i]}: &${L[i]} [${Array(9)
        .fill('*' + L[i - 1])
        .join(',')}]\n`;
    const t = Date.now();
    const e = configError(() => parseYamlDocuments(bomb, 'bomb.yaml'));
    console.log(`alias bomb refused in ${Date.now() - t} ms`);
    expect(e.message).toMatch(/excessive aliasing/);
    expect(e.pos?.line).toBeGreaterThan(1);
  });

  it('refuses an alias that refers to the node containing it', () => {
    expect(configError(() => parseYamlDocuments('a: &a\n  b: *a\n', 'r.yaml')).message).toMatch(/recursive alias/);
  });

  it('refuses absurd nesting without overflowing the stack', () => {
    const t = Date.now();
    const e = configError(() => parseYamlDocuments('a: ' + '['.repeat(100_000) + ']'.repeat(100_000), 'n.yaml'));
    console.log(`deep nesting refused in ${Date.now() - t} ms`);
    expect(e.message).toMatch(/nested/);
    const e2 = configError(() => parseYamlDocuments('a: ' + '['.repeat(300) + ']'.repeat(300), 'n.yaml'));
    expect(e2.message).toMatch(/nesting deeper than/);
  });

  it('does not count brackets inside quoted strings or comments as nesting', () => {
    const many = `a: "${'['.repeat(2000)}"\nb: '${'{'.repeat(2000)}'\n# ${'['.repeat(2000)}\n`;
    expect(plain(one(many))).toMatchObject({ a: '['.repeat(2000) });
  });

  it('refuses complex and null mapping keys', () => {
    expect(configError(() => parseYamlDocuments('? [a]\n: 1\n', 'k.yaml')).message).toMatch(/keys must be strings/);
  });
});
