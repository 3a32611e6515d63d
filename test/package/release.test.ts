// The release workflow's own scripts, run here as the workflow runs them: the version and major tag it
// derives from package.json, its refusals, and the release notes it cuts from CHANGELOG.md.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const wf = parse(fs.readFileSync(path.join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as {
  on: Record<string, unknown>;
  jobs: { release: { steps: { name?: string; run?: string }[] } };
};
const steps = wf.jobs.release.steps;
const script = (name: string) => steps.find((s) => s.name?.startsWith(name))!.run!;

/** a throwaway repository with the given package.json version, CHANGELOG and tags */
function repo(version: string, changelog: string, tags: string[] = []): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-release-'));
  fs.writeFileSync(path.join(d, 'package.json'), JSON.stringify({ name: 'subnet-guard', version }));
  fs.writeFileSync(path.join(d, 'CHANGELOG.md'), changelog);
  const git = (...a: string[]) =>
    spawnSync('git', a, {
      cwd: d,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
    });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'x');
  for (const t of tags) git('tag', t);
  return d;
}

function runStep(name: string, cwd: string, env: Record<string, string> = {}) {
  const out = path.join(cwd, 'github-output');
  fs.writeFileSync(out, '');
  const r = spawnSync('bash', ['-e', '-c', script(name)], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_OUTPUT: out, ...env } });
  return { code: r.status, stdout: r.stdout, outputs: fs.readFileSync(out, 'utf8') };
}

describe('the release workflow', () => {
  it('runs by hand only', () => {
    expect(Object.keys(wf.on)).toEqual(['workflow_dispatch']);
  });

  it('derives vX.Y.Z and the major tag vX from package.json', () => {
    const d = repo('1.4.2', '# Changelog\n\n## 1.4.2\n\n- fixed\n', ['v1.4.1', 'v1']);
    const r = runStep('Version from package.json', d);
    expect(r.code).toBe(0);
    expect(r.outputs).toBe('version=1.4.2\nmajor=v1\n');
    fs.rmSync(d, { recursive: true, force: true });
  });

  it('refuses a version that is tagged already, one without CHANGELOG notes, and one not X.Y.Z', () => {
    for (const [version, changelog, tags, why] of [
      ['1.4.2', '## 1.4.2\n', ['v1.4.2'], /exists already/],
      ['1.5.0', '## 1.4.2\n', [], /no "## 1.5.0" section/],
      ['1.5.0-rc.1', '## 1.5.0-rc.1\n', [], /is not X\.Y\.Z/],
    ] as const) {
      const d = repo(version, changelog, [...tags]);
      const r = runStep('Version from package.json', d);
      expect(r.code, version).not.toBe(0);
      expect(r.stdout, version).toMatch(why);
      fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it('tags vX.Y.Z without force and moves vX with force', () => {
    const tag = script('Tag v');
    expect(tag).toMatch(/git tag -a "v\$VERSION"/);
    expect(tag).toMatch(/git tag -fa "\$MAJOR"/);
    expect(tag).toMatch(/git push origin "v\$VERSION"/);
    expect(tag).toMatch(/git push --force origin "\$MAJOR"/);
  });

  it('cuts the release notes of the version from CHANGELOG.md', () => {
    const d = repo('1.4.2', '# Changelog\n\n## Unreleased\n\n- next\n\n## 1.4.2\n\n- fixed a\n- fixed b\n\n## 1.4.1\n\n- old\n');
    const awk = script('GitHub release')
      .split('\n')
      .find((l) => l.trim().startsWith('awk'))!;
    const r = spawnSync('bash', ['-c', `${awk.trim()} && cat notes.md`], {
      cwd: d,
      encoding: 'utf8',
      env: { ...process.env, VERSION: '1.4.2' },
    });
    expect(r.stdout).toBe('\n- fixed a\n- fixed b\n\n');
    fs.rmSync(d, { recursive: true, force: true });
  });

  it('the CHANGELOG has a section for the version in package.json', () => {
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;
    expect(fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8')).toMatch(new RegExp(`^## ${version.replace(/\./g, '\\.')}$`, 'm'));
  });
});
