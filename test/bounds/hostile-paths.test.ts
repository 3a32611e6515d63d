// A pull request can commit a directory as a symbolic link to /etc (or to the runner's home) and name it
// in the inventory, in compose-files globs or in an include. Nothing there may be listed, stat-ed or
// read, the refusal is located in the repository, and no message shows a path outside it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { ConfigError } from '../../src/errors.js';
import { FsReader } from '../../src/load/reader.js';
import { writeTree } from '../hostile-fixtures.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function repo(files: Record<string, string>, links: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-hostile-paths-'));
  dirs.push(dir);
  return writeTree(dir, files, links);
}

function refusal(f: () => unknown): ConfigError {
  try {
    f();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('not refused');
}

const APP = 'services:\n  web:\n    image: nginx\n';

describe('a directory that is a link to /etc', () => {
  it('named as a project path in the inventory: refused at the inventory line, before anything in it is read', () => {
    const dir = repo({ 'network-inventory.yaml': 'version: 1\nhosts:\n  - name: a\n    projects:\n      - path: etc\n' }, { etc: '/etc' });
    const e = refusal(() => check(new FsReader(dir)));
    expect(e.pos).toMatchObject({ file: 'network-inventory.yaml', line: 5 });
    expect(e.message).toContain('"etc" points outside the repository through a symbolic link');
    expect(e.describe()).not.toMatch(/\/etc\b/);
  });

  it('named through a relative link chain and an absolute link into the repository that leaves again', () => {
    const dir = repo(
      { 'network-inventory.yaml': 'version: 1\nhosts:\n  - name: a\n    projects:\n      - path: deploy/app\n' },
      { deploy: 'stage', stage: 'sys', sys: '/etc' },
    );
    const e = refusal(() => check(new FsReader(dir)));
    expect(e.pos).toMatchObject({ file: 'network-inventory.yaml', line: 5 });
    expect(e.describe()).not.toContain('/etc');
  });

  it('under a compose-files glob: not walked into, so nothing there matches', () => {
    const dir = repo({ 'app/compose.yaml': APP }, { stacks: '/etc' });
    const reader = new FsReader(dir);
    expect(reader.list('.').find((e) => e.name === 'stacks')?.kind).toBe('file');
    expect(() => reader.list('stacks')).toThrow('path "stacks" points outside the repository through a symbolic link');
    // nothing matches, and globs that match nothing are a configuration error saying what was searched
    const e = refusal(() => check(new FsReader(dir), { composeFiles: ['stacks/*.yaml', 'stacks/**/*.conf'] }));
    expect(e.message).toContain('no compose file matches "stacks/*.yaml", "stacks/**/*.conf"');
    expect(e.describe()).not.toMatch(/\/etc\b|passwd|hosts\.conf|resolv\.conf/);
  });

  it('found by discovery: never walked into, the rest of the repository is checked', () => {
    const dir = repo({ 'app/compose.yaml': APP }, { etc: '/etc', home: os.homedir() });
    const { context } = check(new FsReader(dir), { rootName: 'r' });
    expect(context.hosts[0]!.projects.map((p) => p.project.files)).toEqual([['app/compose.yaml']]);
  });

  it('used by an include: refused at the include line without showing the target', () => {
    const dir = repo({ 'app/compose.yaml': 'include:\n  - path: ../conf/compose.yaml\n' + APP }, { conf: '/etc' });
    const e = refusal(() => check(new FsReader(dir), { rootName: 'r' }));
    expect(e.describe()).toMatch(/conf\/compose\.yaml/);
    expect(e.describe()).not.toContain('/etc');
  });
});
