// Fuzzing the shapes a hostile pull request uses to multiply the cost of loading (issue 11): include
// graphs with many paths and no cycle, values interpolated many times, files and exports repeated, many
// items against the check's budget. Each generated input must end in a result or a located ConfigError
// (harness.ts), within SLOW_INPUT_MS of CPU time (the last test), and the budget's counters must say the
// cost followed the input's size, not the number of its paths:
//   - an include graph without env files loads each (file, directory, environment) once: at most one load
//     per include entry, however many paths lead to it;
//   - a value is refused exactly when what it interpolates to is longer than MAX_INTERPOLATED_LENGTH;
//   - an item count is refused exactly when it passes the budget's limit, at the item that passes it.
// Same seed as the other fuzz files (FUZZ_SEED, FUZZ_SCALE).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { LOAD_LIMITS, LoadBudget, MAX_INTERPOLATED_LENGTH } from '../../src/load/budget.js';
import { loadProject } from '../../src/load/compose.js';
import { loadInventory } from '../../src/load/inventory.js';
import { MemoryReader } from '../../src/load/reader.js';
import { mustEndWell, params, property, slowInputsReport, SLOW_INPUT_MS } from './harness.js';

const APP = 'services:\n  web:\n    image: nginx\n';

describe('fuzz: include graphs with many paths', () => {
  // file i includes later files only (no cycle); entries may repeat a file and may give an env file
  const graph = fc.integer({ min: 2, max: 31 }).chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(fc.array(fc.tuple(fc.nat(), fc.option(fc.integer({ min: 0, max: 3 }), { freq: 3 })), { maxLength: 5 }), {
        minLength: n,
        maxLength: n,
      }),
      fc.integer({ min: 0, max: 4000 }),
    ),
  );

  it('loads every include graph once per distinct context, or refuses it at an include line', () => {
    fc.assert(
      property(graph, ([n, edges, pad]) => {
        const files: Record<string, string> = {};
        let entries = 0;
        let withEnv = false;
        for (let i = 0; i < n; i++) {
          let inc = '';
          const out = i < n - 1 ? edges[i] : [];
          if (out.length > 0) {
            inc = 'include:\n';
            for (const [to, env] of out) {
              const target = i + 1 + (to % (n - 1 - i));
              entries++;
              if (env === null) inc += `  - f${target}.yaml\n`;
              else {
                withEnv = true;
                inc += `  - path: f${target}.yaml\n    env_file: e${env}.env\n`;
              }
            }
          }
          files[`app/f${i}.yaml`] = `# ${'x'.repeat(pad)}\n${inc}services:\n  s${i}:\n    image: nginx\n`;
        }
        for (let k = 0; k < 4; k++) files[`app/e${k}.env`] = `K=${k}\n`;
        const budget = new LoadBudget();
        const r = mustEndWell(() => loadProject({ reader: new MemoryReader(files), files: ['app/f0.yaml'], budget }));
        if (r instanceof ConfigError) {
          // only the budget may refuse this graph (it has no cycle, every file exists)
          expect(withEnv).toBe(true);
          expect(r.message).toMatch(/this check would load more than/);
          expect(r.pos?.file).toMatch(/^app\/f\d+\.yaml$/);
          return;
        }
        if (!withEnv) expect(budget.used.files).toBeLessThanOrEqual(1 + entries);
        // every file reachable from f0 contributes its service
        expect(r.services.some((s) => s.name === 's0')).toBe(true);
      }),
      params(300),
    );
  });
});

describe('fuzz: long interpolations', () => {
  const shape = fc.record({
    length: fc.oneof(
      fc.integer({ min: 0, max: 64 }),
      fc.integer({ min: MAX_INTERPOLATED_LENGTH / 4 - 2, max: MAX_INTERPOLATED_LENGTH / 4 + 2 }),
      fc.integer({ min: 0, max: 2 * MAX_INTERPOLATED_LENGTH }),
    ),
    uses: fc.integer({ min: 1, max: 8 }),
    text: fc.string({ maxLength: 8 }).map((s) => s.replace(/[$\n\r"\\]/g, '')),
    where: fc.constantFrom('name', 'label', 'subnet'),
    viaDefault: fc.boolean(),
  });

  it('refuses a value exactly when it interpolates to more than the limit, at the value', () => {
    fc.assert(
      property(shape, ({ length, uses, text, where, viaDefault }) => {
        const ref = viaDefault ? '${UNSET:-${V}}' : '${V}';
        const template = Array(uses).fill(ref).join(text);
        const total = length * uses + text.length * (uses - 1);
        const value = `"${template}"`;
        const compose =
          where === 'name'
            ? `${APP}    networks: [n]\nnetworks:\n  n:\n    name: ${value}\n`
            : where === 'label'
              ? `${APP}    labels:\n      x: ${value}\n`
              : `${APP}    networks: [n]\nnetworks:\n  n:\n    ipam:\n      config:\n        - subnet: ${value}\n`;
        const reader = new MemoryReader({ 'app/compose.yaml': compose });
        const environment = { V: 'v'.repeat(length) };
        const r = mustEndWell(() => loadProject({ reader, files: ['app/compose.yaml'], environment }));
        if (total > MAX_INTERPOLATED_LENGTH) {
          expect(r).toBeInstanceOf(ConfigError);
          expect((r as ConfigError).message).toMatch(/interpolated value is more than/);
          expect((r as ConfigError).pos).toMatchObject({ file: 'app/compose.yaml' });
        } else if (r instanceof ConfigError) {
          // shorter values may still be refused for what they are (a name too long, not a subnet)
          expect(r.message).not.toMatch(/interpolated value is more than/);
        }
      }),
      params(200),
    );
  });
});

describe('fuzz: repeated files and many items against the budget', () => {
  it('refuses an inventory exactly when its ranges, routes or projects pass the limit, at the entry that passes it', () => {
    const limits = { ...LOAD_LIMITS, reserved: 50, routes: 20, projects: 10 };
    fc.assert(
      property(
        fc.record({ ranges: fc.nat(80), imports: fc.nat(8), routes: fc.nat(30), projects: fc.nat(15) }),
        ({ ranges, imports, routes, projects }) => {
          let inv = 'version: 1\nreserved:\n';
          for (let k = 0; k < ranges; k++) inv += `  - cidr: 10.0.${k}.0/24\n`;
          for (let k = 0; k < imports; k++) inv += '  - import: tf.json\n';
          inv += '  - cidr: 192.168.0.0/16\nhosts:\n  - name: h\n    routes:\n';
          for (let k = 0; k < routes; k++) inv += `      - 10.9.${k}.0/24\n`;
          inv += '      - 10.8.0.0/24\n    projects:\n';
          for (let k = 0; k < projects; k++) inv += '      - path: app\n';
          inv += '      - path: app\n';
          const tf = '{"a": {"value": ["10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16", "10.5.0.0/16"], "type": "list"}}';
          const reader = new MemoryReader({ 'network-inventory.yaml': inv, 'tf.json': tf, 'app/compose.yaml': APP });
          const r = mustEndWell(() => loadInventory(reader, 'network-inventory.yaml', new LoadBudget(limits)));
          const over =
            ranges + 5 * imports + 1 > limits.reserved
              ? 'reserved ranges'
              : routes + 1 > limits.routes
                ? 'host routes'
                : projects + 1 > limits.projects
                  ? 'compose projects'
                  : null;
          if (over === null) {
            expect(r).not.toBeInstanceOf(ConfigError);
            return;
          }
          expect(r).toBeInstanceOf(ConfigError);
          const e = r as ConfigError;
          expect(e.message).toContain(
            `more than ${limits[over === 'reserved ranges' ? 'reserved' : over === 'host routes' ? 'routes' : 'projects']} ${over}`,
          );
          expect(e.pos).toMatchObject({ file: 'network-inventory.yaml' });
        },
      ),
      params(300),
    );
  });

  it('refuses a project whose -f list names one file too many times, and counts every load', () => {
    fc.assert(
      property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 40 }), (times, limit) => {
        const budget = new LoadBudget({ ...LOAD_LIMITS, files: limit });
        const reader = new MemoryReader({ 'app/compose.yaml': APP });
        const r = mustEndWell(() => loadProject({ reader, files: Array(times).fill('app/compose.yaml'), budget }));
        if (times > limit) {
          expect(r).toBeInstanceOf(ConfigError);
          expect((r as ConfigError).describe()).toMatch(
            new RegExp(`^app/compose\\.yaml:1:1: loading app/compose\\.yaml: this check would load more than ${limit} compose file loads`),
          );
        } else {
          expect(r).not.toBeInstanceOf(ConfigError);
          expect(budget.used.files).toBe(times);
        }
      }),
      params(200),
    );
  });
});

describe('fuzz: cost (hostile shapes)', () => {
  it(`took at most ${SLOW_INPUT_MS / 1000} s of CPU time for every input above`, () => {
    expect(slowInputsReport()).toBe('');
  });
});
