// The command line on a repository written by a stranger (a pull request checked out in CI, a cloned
// project): it writes only where the user said and never through a symbolic link inside the checked
// directory, and compose interpolation reads only the process variables the user names with --env.
// Run through the bundle, as users run it (bin/subnet-guard.js → dist/cli/index.js).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INVENTORY, SECRETS, composeReading, writeTree } from '../hostile-fixtures.js';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/subnet-guard.js');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** a repository and, next to it, a directory "outside" with files that must not change */
function repo(files: Record<string, string>): { dir: string; outside: string } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-cli-hostile-'));
  dirs.push(base);
  const dir = path.join(base, 'repo');
  const outside = path.join(base, 'outside');
  fs.mkdirSync(path.join(outside, 'dir'), { recursive: true });
  fs.writeFileSync(path.join(outside, 'tool'), '#!/bin/sh\necho tool\n', { mode: 0o755 });
  fs.writeFileSync(path.join(outside, 'dir', 'keep'), 'keep');
  return { dir: writeTree(dir, files), outside };
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const p = path.join(e.parentPath, e.name);
    const st = fs.lstatSync(p);
    out[path.relative(dir, p)] = `${st.mode} ${st.mtimeMs} ${st.isFile() ? fs.readFileSync(p, 'utf8') : ''}`;
  }
  return out;
}

const APP = 'services:\n  web:\n    image: nginx\n';

describe('CLI output files never go through a symbolic link in the checked directory', () => {
  it('refuses --output and --write-baseline that are links, or under a linked directory, and changes nothing outside', () => {
    const { dir, outside } = repo({ 'compose.yaml': APP });
    fs.symlinkSync(path.join(outside, 'tool'), path.join(dir, 'report.json'));
    fs.symlinkSync(path.join(outside, 'dir'), path.join(dir, 'out'));
    fs.symlinkSync('../outside/tool', path.join(dir, '.subnet-guard-baseline.json'));
    const before = snapshot(outside);
    const cases: [string[], RegExp][] = [
      [['--output', 'report.json'], /^subnet-guard: --output "report\.json" is a symbolic link in the workspace/],
      [['--output', 'out/r.json'], /^subnet-guard: --output "out\/r\.json" is in "out", a symbolic link in the workspace/],
      [['--write-baseline', '.subnet-guard-baseline.json'], /--write-baseline .*symbolic link/],
      [
        ['--write-baseline', 'out/b.json'],
        /--write-baseline out\/b\.json: the directory out leads outside the checked directory through a symbolic link$/m,
      ],
    ];
    for (const [args, message] of cases) {
      const r = run(['.', '--format', 'json', ...args], dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr).not.toContain(outside);
      expect(snapshot(outside)).toEqual(before);
    }
  });

  it('writes --output into a new directory, and replaces an old file instead of writing into it', () => {
    const { dir } = repo({ 'compose.yaml': APP, 'network-inventory.yaml': INVENTORY, 'old.json': 'old' });
    fs.linkSync(path.join(dir, 'old.json'), path.join(dir, 'hardlink-elsewhere.json'));
    // the CLI makes no directories: a missing one is refused, and nothing is created
    const missing = run(['.', '--format', 'json', '--output', 'new/dir/r.json'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--output new\/dir\/r\.json: cannot write the report: the directory .*new\/dir does not exist/);
    expect(fs.existsSync(path.join(dir, 'new'))).toBe(false);
    // a directory the user made (new, empty): the report is written there
    fs.mkdirSync(path.join(dir, 'new/dir'), { recursive: true });
    expect(run(['.', '--format', 'json', '--output', 'new/dir/r.json'], dir).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'new/dir/r.json'), 'utf8')).schemaVersion).toBe(1);
    expect(run(['.', '--format', 'json', '--output', 'old.json'], dir).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'old.json'), 'utf8')).schemaVersion).toBe(1);
    // a second name of the old file keeps the old content: the file was replaced, not written into
    expect(fs.readFileSync(path.join(dir, 'hardlink-elsewhere.json'), 'utf8')).toBe('old');
  });
});

describe('CLI compose interpolation reads only the variables named with --env', () => {
  const NAMES = Object.keys(SECRETS);
  const compose = composeReading(NAMES);

  it('treats every other process variable as unset and says how to allow one (in .env values too)', () => {
    const { dir } = repo({ 'compose.yaml': compose, 'network-inventory.yaml': INVENTORY, '.env': 'APP_NAME=${GH_PAT}${DATABASE_URL}\n' });
    const r = run(['.', '--format', 'json', '--fail-on', 'never', '--timeline', '1'], dir, { ...SECRETS, APP_NAME: 'shop' });
    expect(r.code).toBe(0);
    for (const v of Object.values(SECRETS)) expect(r.stdout + r.stderr).not.toContain(v);
    const report = JSON.parse(r.stdout);
    const names = new Set<string>(report.hosts[0].cycles[0].allocations.map((a: { network: string }) => a.network));
    expect(names.has('app-default')).toBe(true); // APP_NAME is set in the process, but not allowed
    const unset = report.findings.filter((f: { rule: string }) => f.rule === 'unset-variable');
    for (const n of NAMES) {
      const f = unset.find((x: { message: string }) => x.message.includes(`$${n}`));
      expect(f, n).toBeDefined();
      expect(f.message).toContain(`--env ${n}`);
      expect(f.message).toContain("action's env input");
    }
  });

  it('reads a variable allowed with --env (and only that one)', () => {
    const { dir } = repo({ 'compose.yaml': compose, 'network-inventory.yaml': INVENTORY });
    const r = run(['.', '--format', 'json', '--fail-on', 'never', '--timeline', '1', '--env', 'APP_NAME', '--env', 'NOT_SET'], dir, {
      ...SECRETS,
      APP_NAME: 'shop',
    });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.hosts[0].cycles[0].allocations.map((a: { network: string }) => a.network)).toContain('app-shop');
    for (const v of Object.values(SECRETS)) expect(r.stdout).not.toContain(v);
  });

  it('never prints a variable that is not allowed in an error (${X:?${AWS_SECRET_ACCESS_KEY}})', () => {
    const { dir } = repo({
      'compose.yaml': 'services:\n  web:\n    image: nginx\nnetworks:\n  default:\n    name: "${X:?${AWS_SECRET_ACCESS_KEY}}"\n',
    });
    const r = run(['.'], dir, SECRETS);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /compose\.yaml:6:\d+: error while interpolating networks\.default\.name: required variable X is missing a value/,
    );
    for (const v of Object.values(SECRETS)) expect(r.stderr).not.toContain(v);
  });

  it('refuses --env with a value or a bad name', () => {
    const { dir } = repo({ 'compose.yaml': APP });
    const r = run(['.', '--env', 'APP_NAME=shop'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--env APP_NAME=shop: "APP_NAME=shop" is not a variable name/);
  });
});
