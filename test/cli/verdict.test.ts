// The verdict as a new user meets it on the command line: the bundled CLI (bin/subnet-guard.js →
// dist/cli/index.js), started in a directory of its own. One describe per item of "a verdict a reviewer
// can trust": no false green, one finding per problem, the terminal, one grammar for every input, the
// default network's wording.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTree, runCli } from './run-cli.js';

const tmp: string[] = [];

function run(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}) {
  return runCli(args, { ...opts, env: { NO_COLOR: undefined, FORCE_COLOR: undefined, ...opts.env } });
}

function tree(files: Record<string, string>): string {
  return makeTree(files, tmp);
}

afterAll(() => {
  for (const d of tmp) fs.rmSync(d, { recursive: true, force: true });
});

const WEB = 'services:\n  web:\n    image: nginx\n';
const INVENTORY = (extra = '') =>
  `version: 1\nreserved:\n  - cidr: 172.31.0.0/16\n    name: ops VPC\nhosts:\n  - name: app-1\n    engine: "26.1"\n${extra}`;

describe('no false green', () => {
  it('calls a directory without any compose project a configuration error and says what it searched', () => {
    const dir = tree({ 'README.md': '# nothing here\n', 'src/main.go': 'package main\n' });
    const r = run([dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no compose project found');
    expect(r.stderr).toContain('compose.yaml, compose.yml, docker-compose.yml, docker-compose.yaml');
    expect(r.stderr).not.toMatch(/safe|✔/i);
  });

  it('calls --compose globs that match nothing a configuration error naming the globs', () => {
    const dir = tree({ 'app/compose.yaml': WEB });
    const r = run([dir, '--compose', 'deploy/**/compose.yml', '--compose', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no compose file matches "deploy/**/compose.yml", "x.yaml"');
  });

  it('refuses --compose when every inventory host lists its projects, saying the inventory wins', () => {
    const dir = tree({ 'app/compose.yaml': WEB, 'network-inventory.yaml': INVENTORY('    projects: [{ path: app }]\n') });
    const r = run([dir, '--compose', 'app/compose.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^subnet-guard: network-inventory\.yaml:6:\d+: /);
    expect(r.stderr).toContain('the inventory wins');
  });

  it('uses --compose for the hosts that list no projects', () => {
    const dir = tree({ 'app/compose.yaml': WEB, 'other/compose.yaml': WEB, 'network-inventory.yaml': INVENTORY() });
    const r = run([dir, '--compose', 'other/*.yaml', '--format', 'json']);
    expect(r.code).toBe(1); // the one project walks into 172.31 on redeploy 14
    const report = JSON.parse(r.stdout);
    expect(report.hosts[0].firstCollision.project).toBe('other');
  });

  it('says first that nothing was checked against reserved ranges when none are declared, grey, exit 2', () => {
    const dir = tree({ 'app/compose.yaml': WEB });
    const r = run([dir]);
    expect(r.code).toBe(2);
    const [first] = r.stdout.split('\n');
    expect(first).toBe('○ Not checked: no reserved ranges declared for local: only pool exhaustion, races and MTU were checked.');
    expect(r.stdout).toContain('warning no-reserved-ranges: No reserved ranges declared for local');
    expect(r.stdout).toContain('https://github.com/subnet-guard/subnet-guard#the-inventory');
    expect(r.stdout).toContain('first collision: not checked (no reserved ranges declared)');
    expect(r.stdout).not.toMatch(/safe/i);
  });

  it('points the no-reserved-ranges finding at the host in an inventory without reserved ranges', () => {
    const dir = tree({ 'app/compose.yaml': WEB, 'network-inventory.yaml': 'version: 1\nhosts:\n  - name: edge\n    engine: "26.1"\n' });
    const r = run([dir, '--format', 'json']);
    expect(r.code).toBe(2);
    const f = JSON.parse(r.stdout).findings.filter((x: { rule: string }) => x.rule === 'no-reserved-ranges');
    expect(f).toEqual([expect.objectContaining({ severity: 'warning', file: 'network-inventory.yaml', line: 3, host: 'edge' })]);
  });

  it('shows the not-checked state in the markdown summary, grey, never safe', () => {
    const dir = tree({ 'app/compose.yaml': WEB });
    const r = run([dir, '--format', 'markdown']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      '⚪ **Not checked: no reserved ranges declared for local: only pool exhaustion, races and MTU were checked**',
    );
    expect(r.stdout).toContain('not checked: no reserved ranges declared');
    expect(r.stdout).not.toContain('✅');
  });

  it('lets a baseline accept a repository with nothing to protect', () => {
    const dir = tree({ 'app/compose.yaml': WEB });
    expect(run([dir, '--write-baseline', path.join(dir, '.subnet-guard-baseline.json')]).code).toBe(0);
    const r = run([dir]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('✔ Safe for 1,000 redeploys on 1 host (no reserved ranges declared: accepted).');
    expect(r.stdout).toMatch(/^suppressed \(accepted in \.subnet-guard-baseline\.json\): warning no-reserved-ranges: /m);
  });
});

describe('one finding per problem across the two engine models', () => {
  it('reports a collision that only Engine ≤ 26 reaches once, saying Engine ≥ 27 never does', () => {
    const r = run(['fixtures/aws-peered-vpc', '--engine', 'unknown', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.hosts.map((h: { model: string }) => h.model)).toEqual(['round-robin', 'first-fit']);
    const collisions = report.findings.filter((f: { rule: string }) => f.rule === 'reserved-collision');
    expect(collisions).toHaveLength(1);
    expect(collisions[0].cycle).toBe(14);
    expect(collisions[0].model).toBe('round-robin');
    expect(collisions[0].message).toContain('(Engine ≤ 26, round-robin; never on ≥ 27 in 1,000 redeploys)');
  });

  it('reports a collision both models reach on the same redeploy once, "on Engine ≤ 26 and ≥ 27"', () => {
    // docker0 takes 172.17; both models give the app 172.18 on its first up
    const inv = 'version: 1\nreserved:\n  - cidr: 172.18.0.0/16\n    name: lab\nhosts:\n  - name: h\n    engine: unknown\n';
    const dir = tree({ 'app/compose.yaml': WEB, 'network-inventory.yaml': inv });
    const report = JSON.parse(run([dir, '--format', 'json']).stdout);
    const collisions = report.findings.filter((f: { rule: string }) => f.rule === 'reserved-collision');
    expect(collisions).toHaveLength(1);
    expect(collisions[0]).toMatchObject({ cycle: 1, host: 'h' });
    expect(collisions[0].message).toContain('(Engine ≤ 26 and ≥ 27)');
    // the text report says it once too
    expect(run([dir]).stdout.match(/reserved-collision/g)).toHaveLength(1);
  });
});

describe('the terminal', () => {
  it('puts the verdict first as a sentence and counts without "(s)"', () => {
    const r = run(['fixtures/aws-peered-vpc']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('✖ app-1 loses 172.31.0.0/16 (ops VPC (peered, bastion SSH)) on redeploy 14.');
    expect(lines[1]).toMatch(/^ {2}1 error, 0 warnings · 1,000 redeploys simulated on 1 host · subnet-guard /);
    expect(r.stdout).not.toContain('(s)');
    // the location in front of each finding
    expect(lines[3]).toMatch(/^app\/compose\.yaml:3:3: error reserved-collision: On redeploy 14, /);
  });

  it('colours only when asked: FORCE_COLOR on a pipe, never with NO_COLOR, never into --output', () => {
    expect(run(['fixtures/aws-peered-vpc']).stdout).not.toContain('\u001b[');
    expect(run(['fixtures/aws-peered-vpc'], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[1;31m✖ app-1 loses');
    expect(run(['fixtures/aws-peered-vpc'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    const out = path.join(tree({}), 'report.txt');
    run(['fixtures/aws-peered-vpc', '--output', out], { env: { FORCE_COLOR: '1' } });
    expect(fs.readFileSync(out, 'utf8')).not.toContain('\u001b[');
  });

  it('marks suppressed findings at the front of their line', () => {
    const compose = 'services:\n  web: # subnet-guard-ignore reserved-collision: the VPC peering goes away in May\n    image: nginx\n';
    const dir = tree({ 'app/compose.yaml': compose, 'network-inventory.yaml': INVENTORY() });
    const r = run([dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^suppressed \(the VPC peering goes away in May\): app\/compose\.yaml:2:3: error reserved-collision: /m);
  });

  it('offers a proven fix only for a host that has something to fix', () => {
    const dir = tree({ 'app/compose.yaml': WEB, 'network-inventory.yaml': INVENTORY('  - name: quiet\n    engine: "28.0"\n') });
    const r = run([dir]);
    const blocks = r.stdout.split('\nhost ');
    const app1 = blocks.find((b) => b.startsWith('app-1'))!;
    const quiet = blocks.find((b) => b.startsWith('quiet'))!;
    expect(app1).toContain('proven fix (daemon.json)');
    expect(quiet).not.toContain('proven fix');
  });
});

describe('one grammar for every input', () => {
  it.each([['99'], ['v24'], ['1'], ['2.4']])('refuses --engine %s with the accepted forms', (v) => {
    const r = run(['fixtures/aws-peered-vpc', '--engine', v]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--engine: "${v}" is not a Docker Engine version`);
    expect(r.stderr).toContain('accepted: what `docker version` prints');
  });

  it('accepts what docker version prints, old -ce releases included', () => {
    // ≤ 26 walks into the peered VPC on redeploy 14 (exit 1); 28 is first-fit and never does (exit 0)
    for (const [v, code] of [
      ['18.09.1-ce', 1],
      ['20.10.24+dfsg1', 1],
      ['26.1', 1],
      ['28.5.2', 0],
    ] as const) {
      expect(run(['fixtures/aws-peered-vpc', '--engine', v, '--format', 'json']).code, v).toBe(code);
    }
  });

  it('refuses an inventory engine the same way, at its line', () => {
    const dir = tree({ 'app/compose.yaml': WEB, 'network-inventory.yaml': INVENTORY().replace('"26.1"', '"99"') });
    const r = run([dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/network-inventory\.yaml:7:\d+: "99" is not a Docker Engine version/);
  });

  it('suggests the flag meant', () => {
    const r = run(['fixtures/aws-peered-vpc', '--cylces', '5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option --cylces — did you mean --cycles?');
    expect(run(['--fromat', 'json']).stderr).toContain('did you mean --format?');
    expect(run(['fixtures/aws-peered-vpc', '--format', 'jsno']).stderr).toContain('did you mean json?');
  });

  it.each([['-5'], ['1.5'], ['ten']])('says clearly that --cycles %s is not a count', (v) => {
    const r = run(['fixtures/aws-peered-vpc', '--cycles', v]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--cycles must be a whole number from 0 to`);
    expect(r.stderr).toContain(`got "${v}"`);
  });

  it('calls an --output it cannot write a user error (exit 2) naming the path', () => {
    const r = run(['fixtures/aws-peered-vpc', '--output', '/missing/dir/x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('subnet-guard: --output /missing/dir/x: cannot write the report: the directory /missing/dir does not exist\n');
    expect(r.stderr).not.toContain('internal error');
  });

  it('takes file paths relative to the current directory, also outside DIR (an outside inventory names files from DIR)', () => {
    const shared = tree({ 'ops/inventory.yaml': INVENTORY('    projects: [{ path: app }]\n') });
    const repo = tree({ 'app/compose.yaml': WEB });
    const r = run([path.relative(shared, repo), '--inventory', 'ops/inventory.yaml', '--format', 'json'], { cwd: shared });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).hosts[0]).toMatchObject({ name: 'app-1', firstCollision: { cycle: 14 } });
  });

  it('says "not found" for a missing file, wherever it would be', () => {
    const r = run(['fixtures/aws-peered-vpc', '--daemon', '../nowhere/daemon.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--daemon ../nowhere/daemon.json: not found');
    expect(r.stderr).not.toContain('outside');
  });
});

describe('the implicit default network', () => {
  it("is named as the project's default network joined first by a service, not as that service's fault", () => {
    const compose = 'services:\n  smtp:\n    image: postfix\n  web:\n    image: nginx\n';
    const dir = tree({ 'mail/compose.yaml': compose, 'network-inventory.yaml': INVENTORY() });
    const r = run([dir, '--format', 'json']);
    const f = JSON.parse(r.stdout).findings.find((x: { rule: string }) => x.rule === 'reserved-collision');
    expect(f.line).toBe(2);
    expect(f.message).toContain(
      'the default network mail_default of project mail (not declared; joined first by service smtp) gets 172.31.0.0/16',
    );
  });
});
