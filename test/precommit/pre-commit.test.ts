// The pre-commit hook (.pre-commit-hooks.yaml) run by Debian's pre-commit as a user's repository uses
// it: a `.pre-commit-config.yaml` naming this repository at a commit, then `pre-commit run`. The hook
// repository is a fresh git repository holding the files the hook needs at HEAD (.ci/run installs
// pre-commit; without it this fails rather than skips).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-pre-commit-'));
const env = {
  ...process.env,
  PRE_COMMIT_HOME: path.join(work, 'cache'),
  GIT_AUTHOR_NAME: 'dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

function sh(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env, timeout: 180_000 });
  if (r.error) throw r.error;
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

function copy(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true });
}

let hookRepo = '';
let rev = '';

/** a repository holding `files` with the hook configured, everything committed */
function userRepo(name: string, files: Record<string, string>): string {
  const d = path.join(work, name);
  fs.mkdirSync(d);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(d, rel)), { recursive: true });
    fs.writeFileSync(path.join(d, rel), text);
  }
  fs.writeFileSync(
    path.join(d, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: subnet-guard\n`,
  );
  sh('git', ['init', '-q'], d);
  sh('git', ['add', '.'], d);
  sh('git', ['commit', '-qm', 'init'], d);
  return d;
}

function fixtureFiles(name: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, 'fixtures', name, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else out[r] = fs.readFileSync(path.join(ROOT, 'fixtures', name, r), 'utf8');
    }
  };
  walk('');
  return out;
}

beforeAll(() => {
  hookRepo = path.join(work, 'hook-repo');
  fs.mkdirSync(hookRepo);
  for (const f of ['.pre-commit-hooks.yaml', 'package.json', 'bin', 'dist/cli']) copy(path.join(ROOT, f), path.join(hookRepo, f));
  sh('git', ['init', '-q'], hookRepo);
  sh('git', ['add', '.'], hookRepo);
  sh('git', ['commit', '-qm', 'hook'], hookRepo);
  rev = sh('git', ['rev-parse', 'HEAD'], hookRepo).out.trim();
}, 60_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the pre-commit hook', () => {
  it('pre-commit is installed (Debian pre-commit)', () => {
    const r = sh('pre-commit', ['--version'], work);
    expect(r.code).toBe(0);
  });

  it('fails a repository whose redeploys reach the peered VPC, naming the finding', () => {
    const d = userRepo('peered', fixtureFiles('aws-peered-vpc'));
    const r = sh('pre-commit', ['run', '--all-files'], d);
    expect(r.out).toMatch(/subnet-guard \(Docker subnets over redeploys\)\.+Failed/);
    expect(r.out).toMatch(/app\/compose\.yaml:\d+:\d+: error reserved-collision/);
    expect(r.code).toBe(1);
  }, 120_000);

  it('passes a clean repository', () => {
    const d = userRepo('clean', {
      'compose.yaml':
        'services:\n  web:\n    image: nginx\nnetworks:\n  default:\n    ipam:\n      config:\n        - subnet: 10.201.0.0/24\n',
      'network-inventory.yaml': 'version: 1\nreserved:\n  - cidr: 172.31.0.0/16\n    name: ops VPC\n',
    });
    const r = sh('pre-commit', ['run', '--all-files'], d);
    expect(r.out).toMatch(/subnet-guard \(Docker subnets over redeploys\)\.+Passed/);
    expect(r.code).toBe(0);
  }, 120_000);

  it('does not run for a change that touches no compose file, daemon.json or inventory', () => {
    const d = userRepo('docs', { ...fixtureFiles('aws-peered-vpc'), 'README.md': '# app\n' });
    const r = sh('pre-commit', ['run', '--files', 'README.md'], d);
    expect(r.out).toMatch(/subnet-guard \(Docker subnets over redeploys\)\.+\(no files to check\)Skipped/);
    expect(r.code).toBe(0);
    const changed = sh('pre-commit', ['run', '--files', 'app/compose.yaml'], d);
    expect(changed.code).toBe(1);
  }, 120_000);
});
