// --fix and --fix --dry-run as a user runs them (the bundled CLI) on a copy of a failing fixture.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/subnet-guard.js');
const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function copyFixture(name: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-fix-'));
  tmp.push(d);
  fs.cpSync(path.join(ROOT, 'fixtures', name), d, { recursive: true });
  return d;
}

describe('subnet-guard --fix', () => {
  it('--dry-run prints a diff that git apply takes, writes nothing, and exits as the check does', () => {
    const d = copyFixture('ip-forward-disabled');
    // the fixture declares no reserved range (a "not checked" run, exit 2): declare one so the exit is the check's
    const inv = path.join(d, 'network-inventory.yaml');
    fs.writeFileSync(inv, fs.readFileSync(inv, 'utf8').replace('reserved: []', 'reserved:\n  - cidr: 10.99.0.0/16\n    name: office VPN'));
    const before = fs.readFileSync(path.join(d, 'deploy/daemon.json'), 'utf8');
    const r = run([d, '--fix', '--dry-run']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^--- a\/deploy\/daemon\.json\n\+\+\+ b\/deploy\/daemon\.json\n@@ /);
    expect(fs.readFileSync(path.join(d, 'deploy/daemon.json'), 'utf8')).toBe(before);
    fs.writeFileSync(path.join(d, 'fix.diff'), r.stdout);
    spawnSync('git', ['init', '-q'], { cwd: d });
    const applied = spawnSync('git', ['apply', 'fix.diff'], { cwd: d, encoding: 'utf8' });
    expect(applied.status, applied.stderr).toBe(0);
    expect(run([d]).code).toBe(0);
  });

  it("writes the fix, keeps the compose file's comments, checks again and exits 0", () => {
    const d = copyFixture('aws-peered-vpc');
    const file = path.join(d, 'app/compose.yaml');
    fs.writeFileSync(file, '# the app, deployed by the pipeline\n' + fs.readFileSync(file, 'utf8'));
    const r = run([d, '--fix']);
    expect(r.stderr).toMatch(/--fix: wrote app\/compose\.yaml \(host app-1: app_default subnet 10\.\d+\.\d+\.\d+\/\d+\)/);
    expect(r.stderr).toMatch(/checking again/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 errors/);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^# the app, deployed by the pipeline\n/);
  });

  it('refuses to write through a symbolic link (one the check may read) and leaves its target alone', () => {
    const d = copyFixture('aws-peered-vpc');
    // a link inside the repository: the check follows it, --fix does not write through it
    const target = path.join(d, 'real-compose.yaml');
    fs.renameSync(path.join(d, 'app/compose.yaml'), target);
    fs.symlinkSync('../real-compose.yaml', path.join(d, 'app/compose.yaml'));
    const before = fs.readFileSync(target, 'utf8');
    expect(run([d, '--format', 'json']).code).toBe(1);
    const r = run([d, '--fix']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--fix: app\/compose\.yaml is a symbolic link; not written/);
    expect(fs.readFileSync(target, 'utf8')).toBe(before);
  });

  it('exits 2 for --dry-run without --fix', () => {
    const r = run(['fixtures/aws-peered-vpc', '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--dry-run goes with --fix/);
  });
});
