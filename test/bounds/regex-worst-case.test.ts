// No regular expression in a loader may backtrack on its input (issue 11: `A=x` + 100,000 spaces + `y`
// in a .env took 21 s, /\s+$/ retrying from every space). Each loader gets the strings that make a
// backtracking pattern quadratic or worse — long runs of the characters a pattern repeats, ended by one
// it does not accept — at sizes where quadratic work would take hours (a million characters), so a
// regression hangs into the guard instead of passing slowly. What each returns is asserted; the time is
// printed, not asserted.
import { describe, expect, it } from 'vitest';
import { parseDaemonConfig } from '../../src/load/daemon.js';
import { globToRegExp } from '../../src/load/discover.js';
import { parseEnvFile } from '../../src/load/envfile.js';
import { parseImport } from '../../src/load/importers.js';
import { substitute } from '../../src/load/interpolate.js';
import { loadInventory } from '../../src/load/inventory.js';
import { loadProject } from '../../src/load/compose.js';
import { normalizeProjectName } from '../../src/load/project-name.js';
import { MemoryReader } from '../../src/load/reader.js';
import { parseAddress, parsePrefix } from '../../src/net/prefix.js';
import { refusal } from './refusal.js';

const GUARD = 60_000;
const N = 1_000_000;
const APP = 'services:\n  web:\n    image: nginx\n';

function timed<T>(label: string, f: () => T): T {
  const t = performance.now();
  try {
    return f();
  } finally {
    console.log(`[regex] ${label}: ${(performance.now() - t).toFixed(0)} ms`);
  }
}

describe('.env', () => {
  it(
    'trims a value of x, a million spaces and y, and a value ending in a million spaces and tabs, in one pass',
    () => {
      const env = timed('.env spaces', () =>
        parseEnvFile(`A=x${' '.repeat(N)}y\nB=z${' \t'.repeat(N / 2)}\nC=v${' '.repeat(N)}#c\n`, '.env', () => undefined),
      );
      expect(env.get('A')?.value).toBe(`x${' '.repeat(N)}y`);
      expect(env.get('B')?.value).toBe('z');
      expect(env.get('C')?.value).toBe('v');
    },
    GUARD,
  );

  it(
    'refuses a key of a million letters and spaces, a key of a million dots and a bad character, an unterminated quote of a million backslashes',
    () => {
      for (const text of [`${'a '.repeat(N / 2)}b=1\n`, `${'.'.repeat(N)}!=1\n`, `A="${'\\'.repeat(N)}\n`]) {
        const e = timed('.env bad key or quote', () => refusal(() => parseEnvFile(text, '.env', () => undefined)));
        expect(e.pos).toMatchObject({ file: '.env', line: 1 });
      }
    },
    GUARD,
  );

  it(
    'reads a double-quoted value of a million escapes',
    () => {
      const env = timed('.env escapes', () => parseEnvFile(`A="${'\\n'.repeat(N / 2)}"\n`, '.env', () => undefined));
      expect(env.get('A')?.value.length).toBe(N / 2);
    },
    GUARD,
  );
});

describe('interpolation', () => {
  it(
    'handles a million unbalanced `${A-` and a million `$$`',
    () => {
      expect(() => timed('${A- × N', () => substitute('${A-'.repeat(N / 4), () => undefined))).toThrow(/invalid interpolation format/);
      expect(timed('$$ × N', () => substitute('$$'.repeat(N / 2), () => undefined)).value).toBe('$'.repeat(N / 2));
      // 32 levels deep at most, each level scanning the rest once
      expect(() => timed('${A:-${A:-… × N', () => substitute('${A:-'.repeat(N / 5) + '}', () => undefined))).toThrow(
        /invalid interpolation format|nested more than 32/,
      );
    },
    GUARD,
  );

  it(
    'reads a variable name of a million characters followed by a character names do not have',
    () => {
      const r = timed('long name', () => substitute(`\${${'A'.repeat(N)}}`, (k) => (k.length === N ? 'v' : undefined)));
      expect(r.value).toBe('v');
      expect(() => substitute(`\${${'A'.repeat(N)}!}`, () => undefined)).toThrow(/invalid interpolation format/);
    },
    GUARD,
  );
});

describe('compose files', () => {
  const load = (text: string) => loadProject({ reader: new MemoryReader({ 'app/compose.yaml': text }), files: ['app/compose.yaml'] });

  it(
    'resolves plain scalars of ~a million digits, digits with a dot, and digits ended by x (the number patterns)',
    () => {
      const d = '1'.repeat(N - 100);
      for (const tail of ['x', '.5x', 'e', `.${d.slice(0, 100)}e+x`]) {
        const p = timed(`scalar digits+${tail.slice(0, 4)}`, () => load(APP + `    labels:\n      a: ${d}${tail}\n`));
        expect(p.services[0].name).toBe('web');
      }
    },
    GUARD,
  );

  it(
    'refuses a network_mode of "service:" and a million characters naming no service, at its line',
    () => {
      const e = timed('network_mode', () => refusal(() => load(APP + `    network_mode: "service:${'a'.repeat(N - 100)}"\n`)));
      expect(e.pos).toMatchObject({ file: 'app/compose.yaml', line: 4 });
    },
    GUARD,
  );

  it(
    'normalises a project name of a million "_-" then a capital',
    () => {
      expect(timed('project name', () => normalizeProjectName('_-'.repeat(N / 2) + 'A'))).toBe('a');
    },
    GUARD,
  );

  it(
    'refuses a network key of a million dots then a space, at the key',
    () => {
      const e = timed('network key', () => refusal(() => load(APP + `networks:\n  "${'.'.repeat(N - 100)} ": {}\n`)));
      expect(e.pos).toMatchObject({ file: 'app/compose.yaml', line: 5 });
    },
    GUARD,
  );
});

describe('inventory, imports, daemon.json, prefixes, globs', () => {
  it(
    'refuses a reserved CIDR of hex digits and a million spaces then a letter (the schema pattern), at its line',
    () => {
      const inv = `version: 1\nreserved:\n  - cidr: "1${' '.repeat(N)}x"\n`;
      const e = timed('inventory cidr', () =>
        refusal(() => loadInventory(new MemoryReader({ 'network-inventory.yaml': inv }), 'network-inventory.yaml')),
      );
      expect(e.pos).toMatchObject({ file: 'network-inventory.yaml', line: 3 });
    },
    GUARD,
  );

  it(
    'refuses an engine of a million "1." and a path of a million backslashes, at their lines',
    () => {
      const engine = `version: 1\nhosts:\n  - name: h\n    engine: ${'1.'.repeat(N / 2)}x\n`;
      expect(
        timed('inventory engine', () =>
          refusal(() => loadInventory(new MemoryReader({ 'network-inventory.yaml': engine }), 'network-inventory.yaml')),
        ).pos,
      ).toMatchObject({ line: 4 });
      const p = `version: 1\nhosts:\n  - name: h\n    projects:\n      - path: "${'\\\\'.repeat(N / 2)}"\n`;
      expect(
        timed('inventory path', () =>
          refusal(() => loadInventory(new MemoryReader({ 'network-inventory.yaml': p }), 'network-inventory.yaml')),
        ).pos,
      ).toMatchObject({ line: 5 });
    },
    GUARD,
  );

  it(
    'names terraform outputs whose keys are a million "a-" then "!"',
    () => {
      const key = 'a-'.repeat(N / 2) + '!';
      const r = timed('terraform key', () => parseImport(`{"o": {"value": {"${key}": "10.1.0.0/16"}, "type": "map"}}`, 'tf.json'));
      expect(r.ranges).toHaveLength(1);
      expect(r.ranges[0].name).toBe(`o[${JSON.stringify(key)}]`);
    },
    GUARD,
  );

  it(
    'refuses a daemon.json size of a million digits then x, and prefixes of a million digits',
    () => {
      expect(
        timed('daemon size', () =>
          refusal(() => parseDaemonConfig(`{"default-address-pools":[{"base":"10.0.0.0/8","size":${'1'.repeat(N)}x}]}`, 'daemon.json')),
        ).pos,
      ).toMatchObject({ file: 'daemon.json', line: 1 });
      expect(timed('prefix digits', () => parsePrefix(`10.0.0.0/${'1'.repeat(N)}x`))).toHaveProperty('error');
      expect(timed('address digits', () => parseAddress(`${'1'.repeat(N)}.0.0.0`))).toHaveProperty('error');
    },
    GUARD,
  );

  it(
    'matches a glob of four "**" against a path of a thousand segments that does not match',
    () => {
      const re = globToRegExp('**/a/**/b/**/c/**/compose.yaml');
      expect(timed('glob', () => re.test('a/'.repeat(1000) + 'compose.yml'))).toBe(false);
    },
    GUARD,
  );
});
