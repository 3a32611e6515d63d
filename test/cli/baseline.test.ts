// --write-baseline and --baseline on the command line, run from the sources (src/cli.ts through tsx):
// accept the findings a repository has today, then fail only on new ones.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { USAGE } from '../../src/args.js';
import { parseBaseline } from '../../src/rules/suppress.js';

const ROOT = path.resolve(__dirname, '../..');
const require = createRequire(import.meta.url);
const TSX = pathToFileURL(require.resolve('tsx')).href;
const tmp: string[] = [];

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, ['--import', TSX, path.join(ROOT, 'src', 'cli.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, SUBNET_GUARD_DEBUG: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** a copy of a fixture in a fresh temporary directory: { base, dir } with dir = base/repo */
function copyFixture(name: string): { base: string; dir: string } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-baseline-'));
  tmp.push(base);
  const dir = path.join(base, 'repo');
  fs.cpSync(path.join(ROOT, 'fixtures', name), dir, { recursive: true });
  return { base, dir };
}

afterAll(() => {
  for (const d of tmp) fs.rmSync(d, { recursive: true, force: true });
});

interface JsonFinding {
  rule: string;
  file?: string;
  line?: number;
  suppressed?: boolean;
  suppressionReason?: string;
}

describe('--write-baseline, then --baseline', () => {
  it('accepts the findings of a failing fixture, reports them as suppressed, and still fails on a new one', () => {
    const { dir } = copyFixture('aws-peered-vpc');
    // the fixture fails: the ops VPC collision on redeploy 14
    const before = cli(['.', '--format', 'json'], dir);
    expect(before.code, before.stderr).toBe(1);
    const found: JsonFinding[] = JSON.parse(before.stdout).findings;
    expect(found.map((f) => [f.rule, f.file, f.suppressed ?? false])).toEqual([['reserved-collision', 'app/compose.yaml', false]]);

    // written relative to the current directory, in the format --baseline reads
    const w = cli(['.', '--write-baseline', 'ci-accepted.json'], dir);
    expect(w.stderr).toBe('');
    expect(w.code).toBe(0);
    expect(w.stdout).toBe(
      'wrote 1 finding to ci-accepted.json: with --baseline ci-accepted.json, it is reported as suppressed and no longer fails; new findings still do\n',
    );
    const text = fs.readFileSync(path.join(dir, 'ci-accepted.json'), 'utf8');
    const parsed = parseBaseline(text, 'ci-accepted.json');
    expect(parsed.findings).toEqual([
      { rule: 'reserved-collision', fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/), host: 'app-1', file: 'app/compose.yaml' },
    ]);
    expect(JSON.parse(text).findings[0].message).toMatch(/^On redeploy 14, the default network app_default /);

    // applied: exit 0, the finding reported as suppressed by that file
    const after = cli(['.', '--baseline', 'ci-accepted.json', '--format', 'json'], dir);
    expect(after.code, after.stderr).toBe(0);
    expect((JSON.parse(after.stdout).findings as JsonFinding[]).map((f) => [f.rule, f.suppressed, f.suppressionReason])).toEqual([
      ['reserved-collision', true, 'accepted in ci-accepted.json'],
    ]);
    // without --baseline the file is not at the default place, so nothing is accepted
    expect(cli(['.'], dir).code).toBe(1);

    // a new finding: a network pinned into a newly reserved office range
    const inventory = path.join(dir, 'network-inventory.yaml');
    fs.writeFileSync(
      inventory,
      fs.readFileSync(inventory, 'utf8').replace('reserved:\n', 'reserved:\n  - cidr: 10.99.0.0/16\n    name: office\n'),
    );
    const compose = path.join(dir, 'app', 'compose.yaml');
    const extra =
      '  admin:\n    image: nginx\n    networks: [mgmt]\nnetworks:\n  mgmt:\n    ipam:\n      config:\n        - subnet: 10.99.1.0/24\n';
    fs.writeFileSync(compose, fs.readFileSync(compose, 'utf8') + extra);
    const subnetLine = fs.readFileSync(compose, 'utf8').split('\n').indexOf('        - subnet: 10.99.1.0/24') + 1;
    const changed = cli(['.', '--baseline', 'ci-accepted.json', '--format', 'json'], dir);
    expect(changed.code, changed.stderr).toBe(1);
    const now: JsonFinding[] = JSON.parse(changed.stdout).findings;
    // the accepted one stays suppressed; the new one is reported, at its line
    expect(now.filter((f) => f.suppressed).map((f) => [f.rule, f.file, f.suppressionReason])).toEqual([
      ['reserved-collision', 'app/compose.yaml', 'accepted in ci-accepted.json'],
    ]);
    const fresh = now.filter((f) => !f.suppressed);
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.map((f) => [f.rule, f.file, f.line])).toContainEqual(['pinned-reserved-overlap', 'app/compose.yaml', subnetLine]);
  }, 120_000);

  it('writes to the default file, which is then read without --baseline, and keeps the reasons of the baseline in use', () => {
    const { base, dir } = copyFixture('aws-peered-vpc');
    const file = path.join('repo', '.subnet-guard-baseline.json');
    const w = cli(['repo', '--write-baseline', file], base);
    expect(w.code, w.stderr).toBe(0);
    expect(w.stdout).toBe(
      `wrote 1 finding to ${file}: read by default from now on, it is reported as suppressed and no longer fails; new findings still do\n`,
    );
    const r = cli(['repo', '--format', 'json'], base);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout).findings as JsonFinding[]).map((f) => [f.suppressed, f.suppressionReason])).toEqual([
      [true, 'accepted in .subnet-guard-baseline.json'],
    ]);

    // a reason written by hand survives writing the baseline again
    const abs = path.join(dir, '.subnet-guard-baseline.json');
    const doc = JSON.parse(fs.readFileSync(abs, 'utf8'));
    doc.findings[0].reason = 'the bastion moves in OPS-12';
    fs.writeFileSync(abs, JSON.stringify(doc));
    expect(cli(['repo', '--write-baseline', file], base).code).toBe(0);
    expect(parseBaseline(fs.readFileSync(abs, 'utf8'), file).findings.map((e) => e.reason)).toEqual(['the bastion moves in OPS-12']);
    const again = JSON.parse(cli(['repo', '--format', 'json'], base).stdout);
    expect((again.findings as JsonFinding[]).map((f) => f.suppressionReason)).toEqual(['baseline: the bastion moves in OPS-12']);
  }, 120_000);

  it('says so when there is nothing to accept', () => {
    const { dir } = copyFixture('aws-peered-vpc');
    fs.writeFileSync(
      path.join(dir, 'network-inventory.yaml'),
      'version: 1\nreserved:\n  - cidr: 10.99.0.0/16\n    name: lab, never reached\nhosts:\n  - name: app-1\n    projects:\n      - path: app\n',
    );
    const w = cli(['.', '--write-baseline', 'b.json'], dir);
    expect(w.code, w.stderr).toBe(0);
    expect(w.stdout).toBe('wrote 0 findings to b.json: there is nothing to accept\n');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'b.json'), 'utf8'))).toEqual({ version: 1, findings: [] });
  }, 60_000);
});

describe('--write-baseline refuses a file it cannot or must not write (exit 2, nothing written)', () => {
  it.each([
    [
      'a parent directory that does not exist',
      () => 'nope/b.json',
      'subnet-guard: --write-baseline nope/b.json: the directory nope does not exist\n',
    ],
    ['a directory', () => 'app', 'subnet-guard: --write-baseline app is a directory\n'],
    ['the checked directory itself', () => '.', 'subnet-guard: --write-baseline . is a directory\n'],
    [
      'a file outside the checked directory',
      () => '../b.json',
      `subnet-guard: --write-baseline ../b.json is outside the checked directory <DIR>: a baseline is read only from inside it (e.g. .subnet-guard-baseline.json)\n`,
    ],
  ])(
    '%s',
    (_what, file, message) => {
      const { base, dir } = copyFixture('aws-peered-vpc');
      const r = cli(['.', '--write-baseline', file()], dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(message.replace('<DIR>', dir));
      expect(fs.existsSync(path.join(base, 'b.json'))).toBe(false);
    },
    60_000,
  );

  it('a symbolic link, or a directory that links out of the checked directory: never written through', () => {
    const { base, dir } = copyFixture('aws-peered-vpc');
    const victim = path.join(base, 'victim.txt');
    fs.writeFileSync(victim, 'untouched\n');
    fs.symlinkSync(victim, path.join(dir, '.subnet-guard-baseline.json'));
    fs.symlinkSync(base, path.join(dir, 'out'));
    const link = cli(['.', '--write-baseline', '.subnet-guard-baseline.json'], dir);
    expect(link.code).toBe(2);
    expect(link.stderr).toBe(
      'subnet-guard: --write-baseline .subnet-guard-baseline.json is a symbolic link; subnet-guard writes a baseline only to a regular file\n',
    );
    const through = cli(['.', '--write-baseline', 'out/b.json'], dir);
    expect(through.code).toBe(2);
    expect(through.stderr).toBe(
      'subnet-guard: --write-baseline out/b.json: the directory out leads outside the checked directory through a symbolic link\n',
    );
    expect(fs.readFileSync(victim, 'utf8')).toBe('untouched\n');
    expect(fs.existsSync(path.join(base, 'b.json'))).toBe(false);
  }, 60_000);

  it('--baseline naming a file that does not exist', () => {
    const { dir } = copyFixture('aws-peered-vpc');
    const r = cli(['.', '--baseline', 'missing.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^subnet-guard: --baseline missing\.json: not found \(looked for \/.*\/missing\.json\)\n$/);
  }, 60_000);
});

describe('the options are documented', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const commandLine = readme.slice(readme.indexOf('## Command line'), readme.indexOf('## The inventory'));

  it('--help lists --baseline and --write-baseline', () => {
    const r = cli(['--help'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(USAGE + '\n');
    expect(USAGE).toMatch(/^ {2}--baseline FILE {6}\S/m);
    expect(USAGE).toMatch(/^ {2}--write-baseline FILE\n {23}accept every current finding/m);
  }, 60_000);

  it("every option of --help appears in the README's command line section", () => {
    expect(commandLine.length).toBeGreaterThan(100);
    const options = [...USAGE.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]);
    expect(options).toEqual(expect.arrayContaining(['--baseline', '--write-baseline', '--output', '--fail-on']));
    const undocumented = options.filter((o) => !['--help', '--version'].includes(o) && !new RegExp(`${o}(?![\\w-])`).test(commandLine));
    expect(undocumented).toEqual([]);
    expect(commandLine).toContain('### Baselines: accepting the findings you have');
    expect(readme).toContain('(#baselines-accepting-the-findings-you-have)');
  });
});
