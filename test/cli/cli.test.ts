// The command line as users run it: the bundled CLI (bin/subnet-guard.js → dist/cli/index.js).
import * as fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTree, ROOT, runCli } from './run-cli.js';

const tmp: string[] = [];

function run(args: string[], cwd = ROOT) {
  return runCli(args, { cwd });
}

function tree(files: Record<string, string>): string {
  return makeTree(files, tmp);
}

afterAll(() => {
  for (const d of tmp) fs.rmSync(d, { recursive: true, force: true });
});

const APP = 'services:\n  web:\n    image: nginx\n';

describe('subnet-guard CLI', () => {
  it('reports the peered ops VPC collision on redeploy 14 as JSON and exits 1', () => {
    const r = run(['fixtures/aws-peered-vpc', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.hosts[0].firstCollision.cycle).toBe(14);
    expect(report.hosts[0].firstCollision.subnet).toBe('172.31.0.0/16');
    expect(report.findings[0]).toMatchObject({ rule: 'reserved-collision', file: 'app/compose.yaml', cycle: 14 });
  });

  it('reports the database VPC collision next to a long-lived proxy on redeploy 14', () => {
    // docker0 172.17, the proxy's edge network 172.18 at boot; the app's backend walks 172.19 … 172.31
    // (redeploys 1–13), then 192.168.0.0/20 on redeploy 14
    const report = JSON.parse(run(['fixtures/rds-192-168', '--format', 'json']).stdout);
    expect(report.hosts[0].firstCollision).toMatchObject({ cycle: 14, subnet: '192.168.0.0/20', network: 'shop_backend' });
  });

  it('exits 0 with --fail-on never and lists the first redeploys with --timeline', () => {
    const r = run(['fixtures/aws-peered-vpc', '--fail-on', 'never', '--timeline', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/redeploy +1: app_default 172\.18\.0\.0\/16/);
    expect(r.stdout).toMatch(/redeploy +2: app_default 172\.19\.0\.0\/16/);
  });

  it('gives the same first collision for 10^9 redeploys as for 10^3', () => {
    const a = JSON.parse(run(['fixtures/aws-peered-vpc', '--format', 'json', '--cycles', '1000']).stdout);
    const b = JSON.parse(run(['fixtures/aws-peered-vpc', '--format', 'json', '--cycles', '1000000000']).stdout);
    expect(b.cycles).toBe(1_000_000_000);
    expect(b.hosts[0].firstCollision).toEqual(a.hosts[0].firstCollision);
  });

  it('runs without an inventory: one host, both engine models, nothing reserved — not checked, exit 2', () => {
    const dir = tree({ 'compose.yaml': APP });
    const r = run([dir, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['no-reserved-ranges']);
    const report = JSON.parse(r.stdout);
    expect(report.hosts.map((h: { model: string }) => h.model)).toEqual(['round-robin', 'first-fit']);
    expect(report.hosts.every((h: { firstCollision: unknown }) => h.firstCollision === null)).toBe(true);
  });

  it.each([
    ['broken YAML', { 'compose.yaml': 'services:\n  web:\n    image: [nginx\n' }, /compose\.yaml:\d+/],
    ['broken JSON in daemon.json', { 'compose.yaml': APP, 'daemon.json': '{"bip": "10.1.0.1/24",\n}' }, /daemon\.json:2/],
    [
      'a CIDR like 172.300.0.0/16',
      { 'compose.yaml': APP, 'network-inventory.yaml': 'version: 1\nreserved:\n  - cidr: 172.300.0.0/16\n    name: x\n' },
      /network-inventory\.yaml:3/,
    ],
    [
      'a pool size smaller than its base prefix',
      { 'compose.yaml': APP, 'daemon.json': '{\n  "default-address-pools": [\n    {"base": "10.10.0.0/16", "size": 8}\n  ]\n}\n' },
      /daemon\.json:3.*invalid pools size: 8/,
    ],
  ])('exits 2 naming file and line for %s, without a stack trace', (_name, files, where) => {
    const r = run([tree(files)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(where);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for an unknown flag and for a bad --cycles', () => {
    expect(run(['--nope']).code).toBe(2);
    const r = run(['fixtures/aws-peered-vpc', '--cycles', 'many']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--cycles must be a whole number/);
  });
});
