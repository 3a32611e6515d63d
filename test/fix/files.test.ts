// --fix's file edits: daemon.json merged keeping keys, order and indentation; compose files edited
// keeping comments; every failing fixture fixed by the edits alone; the unified diff of --dry-run
// applies with `git apply` to give the same files.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { MemoryReader } from '../../src/load/reader.js';
import { unifiedDiff } from '../../src/fix/diff.js';
import { editCompose, mergeDaemonJson, planFixes } from '../../src/fix/files.js';
import type { Report } from '../../src/model.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;
const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function readTree(dir: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, readTree(dir, r));
    else if (e.isFile()) out[r] = fs.readFileSync(path.join(dir, r), 'utf8');
  }
  return out;
}

const errorsOf = (r: Report) => r.findings.filter((f) => f.severity === 'error' && !f.suppressed);

/** applies `diff` to `before` with git apply in a scratch directory; returns the file after */
function gitApply(file: string, before: string, diff: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-diff-'));
  tmp.push(d);
  fs.mkdirSync(path.dirname(path.join(d, file)), { recursive: true });
  fs.writeFileSync(path.join(d, file), before);
  fs.writeFileSync(path.join(d, 'change.diff'), diff);
  const r = spawnSync('git', ['apply', '--unidiff-zero', 'change.diff'], { cwd: d, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return fs.readFileSync(path.join(d, file), 'utf8');
}

describe('daemon.json merge', () => {
  it('replaces a key in place, appends new ones, keeps the rest, their order and the indentation', () => {
    const before =
      '{\n    "log-driver": "journald",\n    "default-address-pools": [{"base": "172.80.0.0/16", "size": 24}],\n    "live-restore": true\n}\n';
    const after = mergeDaemonJson(before, { 'default-address-pools': [{ base: '10.203.0.0/16', size: 24 }], bip: '10.203.255.1/24' });
    expect(Object.keys(JSON.parse(after))).toEqual(['log-driver', 'default-address-pools', 'live-restore', 'bip']);
    expect(JSON.parse(after)['default-address-pools']).toEqual([{ base: '10.203.0.0/16', size: 24 }]);
    expect(JSON.parse(after)['log-driver']).toBe('journald');
    expect(after).toMatch(/^\{\n {4}"log-driver"/);
    expect(after.endsWith('}\n')).toBe(true);
  });

  it('refuses a daemon.json that is not an object', () => {
    expect(() => mergeDaemonJson('[1]', { bip: 'x' })).toThrow(/not a JSON object/);
  });
});

describe('compose edits', () => {
  const COMPOSE = `# the shop
services:
  web:
    image: nginx # pinned later
    networks: [backend]
networks:
  backend: # talks to the database
    driver: bridge
`;
  it('pins a subnet keeping every comment and the flow list as written', () => {
    const after = editCompose(COMPOSE, [{ project: 'shop', network: 'shop_backend', key: 'backend', subnet: '10.201.0.0/24' }]);
    for (const c of ['# the shop', '# pinned later', '# talks to the database', 'networks: [backend]']) expect(after).toContain(c);
    expect(parse(after).networks.backend).toEqual({ driver: 'bridge', ipam: { config: [{ subnet: '10.201.0.0/24' }] } });
  });

  it('replaces the subnet it replaces and sets an MTU', () => {
    const pinned = 'networks:\n  backend:\n    ipam:\n      config:\n        - subnet: 172.31.0.0/16 # old\n';
    const after = editCompose(pinned, [
      { project: 'shop', network: 'shop_backend', key: 'backend', subnet: '10.201.0.0/24', replaces: '172.31.0.0/16', mtu: 1400 },
    ]);
    expect(parse(after).networks.backend).toEqual({
      ipam: { config: [{ subnet: '10.201.0.0/24' }] },
      driver_opts: { 'com.docker.network.driver.mtu': '1400' },
    });
    expect(after).toContain('# old');
  });
});

describe('unified diff', () => {
  it('applies with git apply and gives the text after, for edits at the start, middle and end', () => {
    const before = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const l = before.split('\n');
    l.splice(0, 1, 'first changed');
    l.splice(20, 2, 'middle a', 'middle b', 'middle c');
    l.splice(l.length - 2, 0, 'before the end');
    const after = l.join('\n');
    const diff = unifiedDiff('dir/f.txt', before, after);
    expect(diff.startsWith('--- a/dir/f.txt\n+++ b/dir/f.txt\n@@ -1,4 +1,4 @@\n-line 0\n+first changed\n')).toBe(true);
    expect(gitApply('dir/f.txt', before, diff)).toBe(after);
    expect(unifiedDiff('f', before, before)).toBe('');
  });

  it('applies for a file created from nothing and for one without a final newline', () => {
    expect(gitApply('a.json', '', unifiedDiff('a.json', '', '{\n  "x": 1\n}\n'))).toBe('{\n  "x": 1\n}\n');
    expect(gitApply('b.txt', 'a\nb', unifiedDiff('b.txt', 'a\nb', 'a\nc'))).toBe('a\nc');
    expect(gitApply('c.yaml', 'a\nb', unifiedDiff('c.yaml', 'a\nb', 'a\nb\nc\n'))).toBe('a\nb\nc\n');
    expect(gitApply('d.yaml', 'a\nb\n', unifiedDiff('d.yaml', 'a\nb\n', 'a\nb'))).toBe('a\nb');
  });
});

describe('--fix on every failing fixture', () => {
  const dirs = fs
    .readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(FIXTURES, e.name, 'network-inventory.yaml')))
    .map((e) => e.name);

  for (const name of dirs) {
    it(`${name}: the written edits leave no error`, () => {
      const tree = readTree(path.join(FIXTURES, name));
      const { report, context } = check(new MemoryReader(tree));
      if (errorsOf(report).length === 0) return;
      const plan = planFixes({
        report,
        daemonFileOf: (host) => context.hosts.find((hc) => hc.host.name === host)?.daemon.file,
        read: (f) => tree[f] ?? null,
      });
      if (plan.edits.length === 0) {
        // a host running on a daemon.json outside the repository: --fix says what to merge there
        expect(plan.notes.length).toBeGreaterThan(0);
        for (const n of plan.notes)
          expect(n).toMatch(/uses no daemon\.json of this repository: merge \{.*\} into its \/etc\/docker\/daemon\.json/);
        return;
      }
      const fixed = { ...tree };
      for (const e of plan.edits) {
        expect(e.before).toBe(tree[e.file]);
        // the diff --dry-run prints is the same change
        expect(gitApply(e.file, e.before, unifiedDiff(e.file, e.before, e.after))).toBe(e.after);
        fixed[e.file] = e.after;
      }
      expect(errorsOf(check(new MemoryReader(fixed)).report).map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual([]);
    });
  }
});
