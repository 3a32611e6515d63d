// --new-since REF on a throwaway git repository: findings the base revision has too are reported as
// suppressed and do not fail; new ones do; the base is read with git object reads only.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/subnet-guard.js');
const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@t',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@t',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const git = (cwd: string, ...a: string[]) => spawnSync('git', a, { cwd, encoding: 'utf8', env });

/** a repository whose main commit holds the peered-VPC fixture under deploy/ */
function repo(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-new-since-'));
  tmp.push(d);
  fs.cpSync(path.join(ROOT, 'fixtures', 'aws-peered-vpc'), path.join(d, 'deploy'), { recursive: true });
  git(d, 'init', '-q', '-b', 'main');
  git(d, 'add', '.');
  git(d, 'commit', '-qm', 'base');
  return d;
}

const NEW_PROJECT =
  'services:\n  db:\n    image: postgres\nnetworks:\n  default:\n    ipam:\n      config:\n        - subnet: 172.31.5.0/24\n';

describe('subnet-guard --new-since', () => {
  it('does not fail on what the base has too, and reports it as suppressed', () => {
    const d = repo();
    expect(run(['deploy'], d).code, 'the base fails on its own').toBe(1);
    const r = run(['deploy', '--new-since', 'main', '--format', 'json'], d);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const findings = JSON.parse(r.stdout).findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f).toMatchObject({ suppressed: true, suppressionReason: 'already on main: not added by this change' });
  });

  it('fails on a finding the change adds, next to the old one reported apart', () => {
    const d = repo();
    fs.mkdirSync(path.join(d, 'deploy', 'db'));
    fs.writeFileSync(path.join(d, 'deploy', 'db', 'compose.yaml'), NEW_PROJECT);
    const inv = path.join(d, 'deploy', 'network-inventory.yaml');
    // a second host running the new project: the first host's walk (and its finding) stays as it was
    fs.writeFileSync(
      inv,
      fs
        .readFileSync(inv, 'utf8')
        .replace('cycles: 1000', '  - name: db-1\n    engine: "26.1"\n    projects:\n      - path: db\ncycles: 1000'),
    );
    const r = run(['deploy', '--new-since', 'main', '--format', 'json'], d);
    expect(r.code, r.stderr).toBe(1);
    const findings = JSON.parse(r.stdout).findings as { file?: string; suppressed?: boolean; rule: string }[];
    const active = findings.filter((f) => !f.suppressed);
    expect(active.length).toBeGreaterThan(0);
    for (const f of active) expect(f.file).toBe('db/compose.yaml');
    expect(findings.some((f) => f.suppressed && f.file === 'app/compose.yaml')).toBe(true);
  });

  it('reads the base without running anything the repository configures (filters, textconv)', () => {
    const d = repo();
    const marker = path.join(d, 'ran');
    fs.writeFileSync(path.join(d, '.gitattributes'), '* filter=evil diff=evil\n');
    git(d, 'config', 'filter.evil.smudge', `touch ${marker}; cat`);
    git(d, 'config', 'filter.evil.clean', `touch ${marker}; cat`);
    git(d, 'config', 'diff.evil.textconv', `touch ${marker}; cat`);
    fs.rmSync(marker, { force: true });
    const r = run(['deploy', '--new-since', 'main'], d);
    expect(r.code).toBe(0);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('exits 2 for a revision that does not exist, and outside a repository', () => {
    const d = repo();
    const r = run(['deploy', '--new-since', 'no-such-branch'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--new-since no-such-branch: no such revision/);
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-no-git-'));
    tmp.push(bare);
    fs.cpSync(path.join(ROOT, 'fixtures', 'aws-peered-vpc'), bare, { recursive: true });
    expect(run([bare, '--new-since', 'main'], bare).code).toBe(2);
  });
});
