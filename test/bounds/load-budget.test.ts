// Issue 11, item 3 (the loading side): inputs of a few kilobytes that multiply the cost of loading — an
// include graph with 4^30 paths, one export imported 100 times, one file named 20,000 times in
// COMPOSE_FILE, 35,000 networks, 20,000 routes, 10,000 projects, a 1 MiB value interpolated 100 times.
// Each one either loads within its bound or is refused where it happens (file and line) naming the limit.
// Assertions are about what is refused, where, and how much was loaded (the budget's counters); the time
// and peak memory are printed, never asserted. The per-test timeout is a hang guard, far above the bound.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { ConfigError } from '../../src/errors.js';
import { LOAD_LIMITS, LoadBudget, MAX_INTERPOLATED_LENGTH, MAX_NAME_LENGTH } from '../../src/load/budget.js';
import { loadProject } from '../../src/load/compose.js';
import { loadInventory } from '../../src/load/inventory.js';
import { FsReader, MemoryReader, type Reader } from '../../src/load/reader.js';
import { tempRepo } from './refusal.js';

const HANG_GUARD = 120_000;
const APP = 'services:\n  web:\n    image: nginx\n';

/** runs `f`, prints its time and the process's peak memory so far, returns what it returned or threw */
function measured<T>(label: string, f: () => T): { value?: T; error?: unknown } {
  const t = performance.now();
  let out: { value?: T; error?: unknown };
  try {
    out = { value: f() };
  } catch (e) {
    out = { error: e };
  }
  const ms = performance.now() - t;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`[bounds] ${label}: ${ms.toFixed(0)} ms, peak RSS of the test process so far ${peakMb.toFixed(0)} MB`);
  return out;
}

function refused(label: string, f: () => unknown): ConfigError {
  const r = measured(label, f);
  if (r.error instanceof ConfigError) return r.error;
  if (r.error) throw r.error;
  throw new Error('expected a ConfigError, got a result');
}

/** 31 files of ~5 KB, each including the next one four times: 4^30 paths through the include graph */
function fanOut(envFiles: boolean): Record<string, string> {
  const files: Record<string, string> = {};
  const pad = `# ${'x'.repeat(5000)}\n`;
  for (let i = 0; i < 31; i++) {
    let inc = '';
    if (i < 30) {
      inc = 'include:\n';
      for (let k = 0; k < 4; k++) inc += envFiles ? `  - path: f${i + 1}.yaml\n    env_file: e${k}.env\n` : `  - f${i + 1}.yaml\n`;
    }
    files[`app/f${i}.yaml`] = pad + inc + `services:\n  s${i}:\n    image: nginx\n`;
  }
  for (let k = 0; k < 4; k++) files[`app/e${k}.env`] = `K=${k}\n`;
  files['app/compose.yaml'] = 'include:\n  - f0.yaml\n' + APP;
  return files;
}

describe('include fan-out with no cycle', () => {
  it('loads 31 files that include the next one four times (4^30 paths) once each', () => {
    const budget = new LoadBudget();
    const r = measured('include fan-out, 4^30 paths', () =>
      loadProject({ reader: new MemoryReader(fanOut(false)), files: ['app/compose.yaml'], budget }),
    );
    if (r.error) throw r.error;
    // compose.yaml, f0 once, then each of f1…f30 loaded once and reused three times
    expect(budget.used.files).toBe(1 + 1 + 30 * 4);
    expect(budget.used.bytes).toBeLessThan(200_000);
    const services = r.value!.services.map((s) => s.name).sort();
    expect(services).toEqual(['web', ...Array.from({ length: 31 }, (_, i) => `s${i}`)].sort());
  });

  it(
    'refuses the same fan-out when every include has its own env file (no load is reused), at an include line',
    () => {
      const e = refused('include fan-out, distinct env files', () => check(new MemoryReader(fanOut(true))));
      // ~6,700 loads of 5 KB pass the 32 MiB of text parsed before the 10,000 loads
      expect(e.message).toMatch(/more than (10,000 compose file loads|32 MiB of files parsed)/);
      expect(e.pos?.file).toMatch(/^app\/f\d+\.yaml$/);
      expect(e.pos?.line).toBeGreaterThan(2); // an `include` entry, after the padding comment
    },
    HANG_GUARD,
  );
});

describe('one file or export repeated', () => {
  it(
    'refuses COMPOSE_FILE naming one file 20,000 times at the file, naming the limit',
    () => {
      const dir = tempRepo({ 'app/.env': `COMPOSE_FILE=${Array(20_000).fill('compose.yaml').join(':')}\n`, 'app/compose.yaml': APP });
      const e = refused('COMPOSE_FILE × 20,000', () => check(new FsReader(dir)));
      expect(e.describe()).toMatch(
        /^app\/compose\.yaml:1:1: loading app\/compose\.yaml: this check would load more than 10,000 compose file loads/,
      );
    },
    HANG_GUARD,
  );

  it(
    'reads a 1.7 MB terraform export imported 100 times once, and refuses the import line that passes 200,000 ranges',
    () => {
      const outs: string[] = [];
      let len = 0;
      for (let k = 0; len < 1_700_000; k++) {
        const o = `"o${k}": {"value": ["10.${(k >> 8) & 255}.${k & 255}.0/24", "172.${16 + ((k >> 16) & 15)}.${(k >> 8) & 255}.${k & 255}/32"], "type": "list"}`;
        outs.push(o);
        len += o.length + 2;
      }
      const ranges = outs.length * 2;
      const inv = 'version: 1\nreserved:\n' + '  - import: infra/tf.json\n'.repeat(100);
      const reader = new MemoryReader({ 'infra/tf.json': `{${outs.join(',\n')}}`, 'network-inventory.yaml': inv, 'app/compose.yaml': APP });
      const budget = new LoadBudget();
      const e = refused('terraform export (1.7 MB) imported 100 times', () => loadInventory(reader, 'network-inventory.yaml', budget));
      const tipping = Math.floor(LOAD_LIMITS.reserved / ranges); // imports that fit; the next one is refused
      expect(e.describe()).toMatch(
        new RegExp(`^network-inventory\\.yaml:${3 + tipping}:\\d+: reserved\\[${tipping}\\]\\.import .*more than 200,000 reserved ranges`),
      );
      // the export was parsed once: its bytes were spent once, with the inventory's
      expect(budget.used.bytes).toBeLessThan(2 * 1_800_000);
    },
    HANG_GUARD,
  );
  it('refuses an export over 8 MiB at its import line, before reading it', () => {
    const big = `{"results": [${'{"prefix": "10.0.0.0/24"},'.repeat(400_000)}{"prefix": "10.0.1.0/24"}]}`;
    const reader = new MemoryReader({
      'infra/netbox.json': big,
      'network-inventory.yaml': 'version: 1\nreserved:\n  - import: infra/netbox.json\n',
    });
    const e = refused('10 MB NetBox export', () => loadInventory(reader, 'network-inventory.yaml'));
    expect(e.describe()).toMatch(
      /^network-inventory\.yaml:3:\d+: reserved\[0\]\.import: infra\/netbox\.json is \d+\.\d MiB; imports larger than 8 MiB are refused/,
    );
  });
});

describe('many items in one file', () => {
  it(
    'refuses 35,000 networks in one compose file at the 20,001st network',
    () => {
      let s = APP + 'networks:\n';
      for (let i = 0; i < 35_000; i++) s += `  n${i}: {}\n`;
      const e = refused('35,000 networks in one file', () => check(new MemoryReader({ 'app/compose.yaml': s })));
      expect(e.describe()).toMatch(
        /^app\/compose\.yaml:20005:3: networks\.n20000: this check would load more than 20,000 compose networks/,
      );
    },
    HANG_GUARD,
  );

  it(
    'refuses 20,000 routes on a host (with 5,000 networks) at routes[10000]',
    () => {
      let inv = 'version: 1\nhosts:\n  - name: h\n    engine: "26.1"\n    routes:\n';
      for (let i = 0; i < 20_000; i++) inv += `      - 10.${(i >> 8) & 255}.${i & 255}.0/24\n`;
      inv += '    projects:\n      - path: app\n';
      let s = `services:\n  web:\n    image: nginx\n    networks: [${Array.from({ length: 5000 }, (_, i) => `n${i}`).join(',')}]\nnetworks:\n`;
      for (let i = 0; i < 5000; i++) s += `  n${i}: {}\n`;
      const e = refused('20,000 routes × 5,000 networks', () =>
        check(new MemoryReader({ 'network-inventory.yaml': inv, 'app/compose.yaml': s })),
      );
      expect(e.describe()).toMatch(
        /^network-inventory\.yaml:10006:9: hosts\[0\]\.routes\[10000\]: .*more than 10,000 host routes and nameservers/,
      );
    },
    HANG_GUARD,
  );

  it(
    'refuses a repository of 10,000 projects at a project past the 5,000th',
    () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 10_000; i++) files[`p${String(i).padStart(5, '0')}/compose.yaml`] = APP;
      const dir = tempRepo(files);
      const e = refused('10,000 projects', () => check(new FsReader(dir), { cycles: 1 }));
      // discovery sorts the projects by directory: the 5,001st is p05000
      expect(e.describe()).toMatch(
        /^p05000\/compose\.yaml:1:1: project p05000\/compose\.yaml: this check would load more than 5,000 compose projects/,
      );
    },
    HANG_GUARD,
  );

  it(
    'refuses a 10 MB inventory of 400,000 reserved ranges before parsing it',
    () => {
      let inv = 'version: 1\nreserved:\n';
      const parts: string[] = [];
      for (let k = 0; k < 400_000; k++) parts.push(`  - cidr: ${10 + (k >> 16)}.${(k >> 8) & 255}.${k & 255}.0/24\n`);
      inv += parts.join('');
      const e = refused('400,000 reserved ranges (10 MB inventory)', () =>
        check(new MemoryReader({ 'network-inventory.yaml': inv, 'app/compose.yaml': APP })),
      );
      expect(e.describe()).toMatch(/^network-inventory\.yaml:1:1: the inventory is 9\.\d MiB; files larger than 2 MiB are refused/);
    },
    HANG_GUARD,
  );
});

describe('one budget for the whole check', () => {
  it(
    'counts networks across projects and hosts: 3 hosts × 4 projects × 2,000 networks passes 20,000 in the third host',
    () => {
      let nets = 'networks:\n';
      for (let i = 0; i < 2000; i++) nets += `  n${i}: {}\n`;
      const files: Record<string, string> = {};
      let inv = 'version: 1\nhosts:\n';
      for (let h = 0; h < 3; h++) {
        inv += `  - name: h${h}\n    projects:\n`;
        for (let p = 0; p < 4; p++) inv += `      - path: p${p}\n`;
      }
      for (let p = 0; p < 4; p++) files[`p${p}/compose.yaml`] = APP + nets;
      files['network-inventory.yaml'] = inv;
      const e = refused('12 loads of 2,000 networks', () => check(new MemoryReader(files), { cycles: 1 }));
      // 2,000 declared + the default network per load: the 10th load (third host, second project) tips it
      expect(e.message).toMatch(/more than 20,000 compose networks/);
      expect(e.pos?.file).toBe('p1/compose.yaml');
    },
    HANG_GUARD,
  );
});

describe('interpolated values and names', () => {
  it('refuses a 1 MiB .env value used 100 times in a network name at the name, before building the string', () => {
    const reader: Reader = new MemoryReader({
      'app/.env': `BIG=${'a'.repeat(1 << 20)}\n`,
      'app/compose.yaml': APP + '    networks: [n]\nnetworks:\n  n:\n    name: ' + '${BIG}'.repeat(100) + '\n',
    });
    const e = refused('1 MiB value × 100 in a network name', () => check(reader));
    expect(e.describe()).toMatch(
      /^app\/compose\.yaml:7:11: networks\.n\.name: the interpolated value is more than 1,048,576 characters long/,
    );
  });

  it('refuses a .env whose values double line after line (2^40 characters) at the line that passes 1 MiB', () => {
    let env = 'A0=0123456789abcdef\n';
    for (let i = 1; i <= 40; i++) env += `A${i}=\${A${i - 1}}\${A${i - 1}}\n`;
    const e = refused('.env doubling 40 times', () => check(new MemoryReader({ 'app/.env': env, 'app/compose.yaml': APP })));
    // 16 · 2^k > 2^20 first for k = 17: the line of A17
    expect(e.describe()).toMatch(/^app\/\.env:18: the interpolated value is more than 1,048,576 characters long .*\(in the value of A17\)/);
  });

  it('accepts a value of exactly the limit and refuses one character more, in the .env or where it is used', () => {
    const at = (n: number, use = '${V}') =>
      new MemoryReader({ 'app/.env': `V=${'v'.repeat(n)}\n`, 'app/compose.yaml': APP + `    labels:\n      x: ${use}\n` });
    expect(() => check(at(MAX_INTERPOLATED_LENGTH))).not.toThrow();
    // unquoted .env values are interpolated too
    expect(refused('.env value one over the limit', () => check(at(MAX_INTERPOLATED_LENGTH + 1))).describe()).toMatch(
      /^app\/\.env:1: the interpolated value .*\(in the value of V\)/,
    );
    const half = MAX_INTERPOLATED_LENGTH / 2;
    expect(() => check(at(half, '${V}${V}'))).not.toThrow();
    expect(refused('two uses one over the limit', () => check(at(half + 1, '${V}${V}'))).describe()).toMatch(
      /^app\/compose\.yaml:5:10: services\.web\.labels\.x: the interpolated value/,
    );
  });

  it(`refuses a network name over ${MAX_NAME_LENGTH} characters (no DNS name is longer) and accepts one of ${MAX_NAME_LENGTH}`, () => {
    const withName = (name: string) =>
      new MemoryReader({ 'app/compose.yaml': APP + `    networks: [n]\nnetworks:\n  n:\n    name: ${name}\n` });
    expect(check(withName('n'.repeat(MAX_NAME_LENGTH))).report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const e = refused('network name of 254 characters', () => check(withName('n'.repeat(MAX_NAME_LENGTH + 1))));
    expect(e.describe()).toMatch(
      /^app\/compose\.yaml:7:11: the name of network "n" is 254 characters long .*longer than 253 characters are refused/,
    );
  });

  it('refuses a project name over 253 characters at its `name:`', () => {
    const e = refused('project name of 300 characters', () =>
      check(new MemoryReader({ 'app/compose.yaml': `name: ${'p'.repeat(300)}\n` + APP })),
    );
    expect(e.describe()).toMatch(/^app\/compose\.yaml:1:7: the project name is 300 characters long/);
  });

  it(
    'the CLI exits 2 with the located message, not "internal error: Invalid string length"',
    () => {
      const dir = tempRepo({
        'app/.env': `BIG=${'a'.repeat(1 << 20)}\n`,
        'app/compose.yaml': APP + '    networks: [n]\nnetworks:\n  n:\n    name: ' + '${BIG}'.repeat(100) + '\n',
      });
      const bin = path.resolve(new URL('../../bin/subnet-guard.js', import.meta.url).pathname);
      const r = measured('CLI, 1 MiB value × 100', () =>
        spawnSync(process.execPath, [bin, dir], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } }),
      ).value!;
      expect(r.stderr).not.toMatch(/internal error|RangeError/);
      expect(r.stderr + r.stdout).toMatch(
        /app\/compose\.yaml:7:11: networks\.n\.name: the interpolated value is more than 1,048,576 characters/,
      );
      expect(r.status).toBe(2);
    },
    HANG_GUARD,
  );
});
