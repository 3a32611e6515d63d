// The fast YAML reader (src/load/yaml-fast.ts) against the `yaml` package: wherever the fast one
// answers, the answer must be the full reader's, node for node, position for position; where it
// gives up, the full reader decides. Inputs: every YAML file of the repository and the compose
// corpus, a generated monorepo, hand-written edge cases, random documents printed in random styles
// and random edits of the corpus.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monorepoFiles } from '../../bench/monorepo.mjs';
import { readSimpleYaml } from '../../src/load/yaml-fast.js';
import { parseYamlDocumentsFully, type YDocument, type YNode } from '../../src/load/yaml.js';
import { parseYamlDoc, parseYamlDocFully, type DocNode } from '../../src/load/json-positions.js';

/** a node as plain data, entry order kept, positions included; -0/NaN spelled out */
function plain(n: YNode | null): unknown {
  if (n === null) return null;
  const pos = [n.pos.line, n.pos.column, n.pos.endLine, n.pos.endColumn];
  if (n.kind === 'scalar')
    return { s: typeof n.value === 'number' ? `num:${Object.is(n.value, -0) ? '-0' : String(n.value)}` : n.value, pos, tag: n.tag };
  if (n.kind === 'seq') return { q: n.items.map(plain), pos, tag: n.tag };
  return {
    m: [...n.entries].map(([k, e]) => [k, e.key, [e.keyPos.line, e.keyPos.column, e.keyPos.endLine, e.keyPos.endColumn], plain(e.value)]),
    pos,
    tag: n.tag,
  };
}

function docs(d: YDocument[]): unknown {
  return d.map((x) => ({ file: x.file, root: plain(x.root) }));
}

/** the inventory reader's tree as plain data (spans, raw texts, entry order) */
function plainDoc(n: DocNode | undefined): unknown {
  if (!n) return null;
  const sp = [n.start, n.end];
  if (n.kind === 'object') return { o: n.entries.map((e) => [e.key, e.keySpan.start, e.keySpan.end, plainDoc(e.value)]), sp };
  if (n.kind === 'array') return { a: n.items.map(plainDoc), sp };
  if (n.kind === 'number') return { n: Object.is(n.value, -0) ? '-0' : String(n.value), raw: n.raw, sp };
  if (n.kind === 'boolean') return { b: n.value, raw: n.raw, sp };
  return { [n.kind]: n.value, sp };
}

/** the inventory reader (parseYamlDoc, which tries the fast reader) agrees with its yaml-package path */
function inventoryAgrees(text: string, file = 'inv.yaml'): void {
  let full: unknown;
  let fullError: string | undefined;
  try {
    full = plainDoc(parseYamlDocFully(text, file).root);
  } catch (e) {
    fullError = (e as Error).message;
  }
  let got: unknown;
  let gotError: string | undefined;
  try {
    got = plainDoc(parseYamlDoc(text, file).root);
  } catch (e) {
    gotError = (e as Error).message;
  }
  expect({ got, gotError }, text).toEqual({ got: full, gotError: fullError });
}

let answered = 0;
let gaveUp = 0;

/** the fast reader agrees with the full one on `text` (or gives up); returns whether it answered */
function agrees(text: string, file = 'f.yaml'): boolean {
  inventoryAgrees(text, file);
  const fast = readSimpleYaml(text, file);
  if (fast === undefined) {
    gaveUp++;
    return false;
  }
  answered++;
  let full: YDocument[];
  try {
    full = parseYamlDocumentsFully(text, file);
  } catch (e) {
    throw new Error(`the fast reader accepted what the full reader refuses (${(e as Error).message}):\n${text}`, { cause: e });
  }
  expect(docs(fast), text).toEqual(docs(full));
  return true;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.git' || name === '.tmp') continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/i.test(name) && st.size < 1_000_000) out.push(p);
  }
  return out;
}

// the awesome-compose corpus as vendored in the repository (from ../shared/corpus)
const CORPUS = fileURLToPath(new URL('../../fixtures/awesome-compose', import.meta.url));
const corpusFiles = (() => {
  try {
    return yamlFiles(CORPUS);
  } catch {
    return [];
  }
})();

describe('fast YAML reader', () => {
  it('reads the compose corpus as the yaml package does, and answers for most of it', () => {
    expect(corpusFiles.length, 'fixtures/awesome-compose holds the corpus').toBeGreaterThan(30);
    let n = 0;
    for (const f of corpusFiles) if (agrees(readFileSync(f, 'utf8'), f)) n++;
    expect(n / corpusFiles.length).toBeGreaterThan(0.8);
  });

  it('reads every YAML file of the repository (fixtures, test data) as the yaml package does', () => {
    const files = [...yamlFiles('fixtures'), ...yamlFiles('test'), ...yamlFiles('.github')];
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) agrees(readFileSync(f, 'utf8'), f);
  });

  it('answers for every file of the generated monorepo, and agrees', () => {
    const files = monorepoFiles(60, 1000);
    for (const [name, text] of Object.entries(files)) {
      if (!/\.ya?ml$/.test(name) || name.includes('network-inventory')) continue;
      expect(agrees(text, name), name).toBe(true);
    }
  });

  const cases = [
    'a: 1\nb: -2\nc: +3\nd: 0o17\ne: 0x1F\nf: 1.5\ng: .5\nh: 1e3\ni: .inf\nj: -.Inf\nk: .nan\nl: 012\nm: 1_000\n',
    'a: true\nb: False\nc: TRUE\nd: yes\ne: ~\nf: null\ng: Null\nh:\ni: NULL\nj: nULL\n',
    'a: "x\\ty\\n\\u00e9\\x41\\\\\\"q"\nb: \'it\'\'s\'\nc: "a # not a comment"\nd: a#b\ne: a #c\n',
    'x:\n- a\n- b\ny:\n  - c\n  -\n  -   # comment\n  - - nested\n',
    'k: &a\n  p: 1\n  q: 2\nm:\n  <<: *a\n  q: 3\nn:\n  <<: [*a, {r: 4}]\n',
    's: |\n  line 1\n\n  line 3\n    indented\nt: >\n  folded\n  text\n\n  para\nu: |-\n  strip\nv: >-\n  a\n  b\nw: 1\n',
    'services:\n  web:\n    image: x   \n    ports: ["80:80", \'443:443\']   # c\n\n  # db\n  db:\n    environment: {A: 1, B: "two", C: [x, y]}\n# end\n',
    '---\na: 1\n',
    '--- # doc\na: 1\n',
    'a: 1\n---\nb: 2\n',
    'a: !reset []\n',
    'a: b: c\n',
    'a: 1\na: 2\n',
    '"quoted key": 1\n\'single\': 2\n1: one\ntrue: yes\n',
    'a:\n  b: multi\n    line\n',
    'a: [1,\n  2]\n',
    'a: "spans\n  lines"\n',
    '- a: 1\n  b: 2\n- "k": v\n- c\n',
    'a: *missing\n',
    'a: &x [1, 2]\nb: *x\nc: [*x, *x]\n',
    'a: -\nb: - x\nc: :x\nd: -x\ne: ?x\n',
    'a: {}\nb: []\nc: { }\nd: [ ]\ne: [a, b, ]\n',
    'a: http://x:80/y\nb: [http://x:80, "a:b"]\nc: {k: http://v}\n',
    'a: |\n  no trailing newline',
    'a: |+\n  keep\n\nb: 1\n',
    'a: |2\n   x\n',
    'key with spaces: v\nk2 : v\n',
    'a:\n\n\n  b: 1\n\n\n',
    'a:    \n  b: 1\n',
    'x:\n  - &anchor\n    k: v\n  - *anchor\n',
    '# only a comment\n',
    '',
    'plain scalar document\n',
    'a: 1 # c\n  # indented comment\nb: 2\n',
    'a:\n  - 1\n  # c\n- 2\n',
  ];
  it('agrees on hand-written edge cases', () => {
    for (const c of cases) agrees(c);
  });

  // random documents: trees of maps, sequences and scalars, printed in block and flow styles with
  // comments and blank lines here and there
  const scalarText = fc.oneof(
    fc.constantFrom(
      'a',
      'b c',
      '1',
      '-1',
      '0.5',
      'true',
      'null',
      '~',
      '',
      'x:y',
      'http://h:1/p',
      '1e3',
      '0x1f',
      '0o7',
      '.inf',
      'yes',
      '-',
      'a#b',
      "it's",
      'say "hi"',
      '${VAR:-x}',
      '80:80',
      '@at',
      '*star',
      '&amp',
      '!bang',
      '%pct',
      '|pipe',
      '>gt',
      '[x]',
      '{y}',
      'é',
      '😀',
      ' lead',
      'trail ',
      'a: b',
      'a #c',
    ),
    fc.string({ maxLength: 6 }),
  );
  const quote = (s: string, style: number) => (style === 0 ? s : style === 1 ? JSON.stringify(s) : `'${s.replace(/'/g, "''")}'`);
  type Tree = { s: string } | { q: Tree[] } | { m: [string, Tree][] };
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
    t: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalarText.map((s) => ({ s })),
      fc.array(tie('t'), { minLength: 1, maxLength: 4 }).map((q) => ({ q })),
      fc
        .array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'key', '1', 'x y', '<<'), tie('t')), { minLength: 1, maxLength: 4 })
        .map((m) => ({ m })),
    ),
  })).t;
  const json = (t: Tree): unknown => ('s' in t ? t.s : 'q' in t ? t.q.map(json) : Object.fromEntries(t.m.map(([k, v]) => [k, json(v)])));
  function print(t: Tree, indent: number, rnd: () => number): string[] {
    const pad = ' '.repeat(indent);
    const deco = (lines: string[]) => {
      const out: string[] = [];
      for (const l of lines) {
        const r = rnd();
        if (r < 0.05) out.push('');
        else if (r < 0.1) out.push(`${' '.repeat(Math.floor(rnd() * (indent + 4)))}# note`);
        out.push(l);
      }
      return out;
    };
    const inline = (v: Tree): string | null => {
      if ('s' in v) return quote(v.s, Math.floor(rnd() * 3));
      const j = JSON.stringify(json(v));
      if (rnd() < 0.3 && j.length < 60) return j;
      return null;
    };
    if ('m' in t) {
      const lines: string[] = [];
      for (const [k, v] of t.m) {
        const iv = inline(v);
        if (iv !== null) lines.push(`${pad}${k}:${rnd() < 0.1 ? '  ' : ' '}${iv}${rnd() < 0.1 ? ' # c' : ''}`);
        else {
          lines.push(`${pad}${k}:`);
          const childIndent = 'q' in v && rnd() < 0.5 ? indent : indent + 2;
          lines.push(...print(v, childIndent, rnd));
        }
      }
      return deco(lines);
    }
    if ('q' in t) {
      const lines: string[] = [];
      for (const v of t.q) {
        const iv = inline(v);
        if (iv !== null) lines.push(`${pad}- ${iv}`);
        else {
          const inner = print(v, indent + 2, rnd);
          const first = inner.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
          if (first >= 0 && rnd() < 0.6) {
            inner[first] = `${pad}- ${inner[first].slice(indent + 2)}`;
            lines.push(...inner);
          } else lines.push(`${pad}-`, ...inner);
        }
      }
      return deco(lines);
    }
    return [`${pad}${quote(t.s, Math.floor(rnd() * 3))}`];
  }

  it('agrees on random documents printed in random styles', () => {
    fc.assert(
      fc.property(tree, fc.integer(), (t, seed) => {
        let x = seed | 0;
        const rnd = () => ((x = (Math.imul(x, 1103515245) + 12345) | 0) >>> 0) / 4294967296;
        const root: Tree = 'm' in t ? t : { m: [['root', t]] };
        agrees(print(root, 0, rnd).join('\n') + '\n');
      }),
      { numRuns: 4000, seed: 20261129 },
    );
  });

  it('agrees on random edits of the corpus', () => {
    const texts = corpusFiles.map((f) => readFileSync(f, 'utf8'));
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(),
        fc.constantFrom(' ', '\n', ':', '-', '#', '"', "'", '&a ', '*a', '[', '{', '|', '>', 'x', '  ', ''),
        fc.nat({ max: 3 }),
        (fi, at, ins, del) => {
          const t = texts[fi % texts.length];
          const p = at % (t.length + 1);
          agrees(t.slice(0, p) + ins + t.slice(p + del));
        },
      ),
      { numRuns: 6000, seed: 20261129 },
    );
  });

  it('answered for most inputs and gave up on some (both paths are exercised)', () => {
    expect(answered).toBeGreaterThan(1000);
    expect(gaveUp).toBeGreaterThan(100);
  });
});

describe('fast YAML reader for the inventory', () => {
  it('reads the generated inventory as the yaml package does', () => {
    const inv = monorepoFiles(200, 1000)['network-inventory.yaml'];
    expect(readSimpleYaml(inv, 'network-inventory.yaml')).toBeDefined();
    inventoryAgrees(inv);
  });
});
