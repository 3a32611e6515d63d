// Project discovery (compose-networks.md §1, issue 3 deliverable 1): default names in Compose's
// order of preference, the override beside it, globs replacing discovery, vendored trees ignored.
import { describe, expect, it } from 'vitest';
import { discoverProjects, globToRegExp } from '../../src/load/discover.js';
import { MemoryReader } from '../../src/load/reader.js';

const svc = 'services:\n  a: {}\n';

describe('discovering compose projects in a repository', () => {
  it('finds every directory with a default-named file, sorted by directory', () => {
    const r = new MemoryReader({
      'compose.yaml': svc,
      'deploy/traefik/docker-compose.yml': svc,
      'app/compose.yml': svc,
      'docs/readme.md': 'x',
      'app/other.yaml': svc,
    });
    expect(discoverProjects(r)).toEqual([
      { dir: '.', files: ['compose.yaml'] },
      { dir: 'app', files: ['app/compose.yml'] },
      { dir: 'deploy/traefik', files: ['deploy/traefik/docker-compose.yml'] },
    ]);
  });

  it('takes the first default name in Compose order and the first override name beside it', () => {
    const r = new MemoryReader({
      'a/docker-compose.yaml': svc,
      'a/docker-compose.yml': svc,
      'a/compose.yml': svc,
      'a/docker-compose.override.yml': svc,
      'a/compose.override.yaml': svc,
      'b/docker-compose.yml': svc,
      'b/docker-compose.override.yaml': svc,
    });
    expect(discoverProjects(r)).toEqual([
      { dir: 'a', files: ['a/compose.yml', 'a/compose.override.yaml'] },
      { dir: 'b', files: ['b/docker-compose.yml', 'b/docker-compose.override.yaml'] },
    ]);
  });

  it('never enters node_modules, .git or vendored trees', () => {
    const r = new MemoryReader({
      'node_modules/pkg/docker-compose.yml': svc,
      '.git/compose.yaml': svc,
      'vendor/lib/compose.yaml': svc,
      'svc/node_modules/x/compose.yaml': svc,
      'svc/compose.yaml': svc,
    });
    expect(discoverProjects(r).map((p) => p.dir)).toEqual(['svc']);
  });

  it('uses COMPOSE_FILE from the directory .env, split on COMPOSE_PATH_SEPARATOR', () => {
    const r = new MemoryReader({
      'stack/compose.yaml': svc,
      'stack/compose.prod.yaml': svc,
      'stack/.env': 'COMPOSE_FILE=compose.yaml;compose.prod.yaml\nCOMPOSE_PATH_SEPARATOR=;\n',
      'other/compose.yaml': svc,
      'other/.env': 'COMPOSE_FILE=compose.yaml:extra.yaml\n',
    });
    expect(discoverProjects(r)).toEqual([
      { dir: 'other', files: ['other/compose.yaml', 'other/extra.yaml'] },
      { dir: 'stack', files: ['stack/compose.yaml', 'stack/compose.prod.yaml'] },
    ]);
  });

  it('with globs, makes each matched file a project and attaches a matched override to its base', () => {
    const r = new MemoryReader({
      'deploy/a/docker-compose.yml': svc,
      'deploy/a/docker-compose.override.yml': svc,
      'deploy/a/docker-compose.prod.yml': svc,
      'deploy/b/compose.yaml': svc,
      'compose.yaml': svc,
    });
    expect(discoverProjects(r, { globs: ['deploy/**/*.yml', 'deploy/**/*.yaml', '!deploy/**/*.prod.yml'] })).toEqual([
      { dir: 'deploy/a', files: ['deploy/a/docker-compose.yml', 'deploy/a/docker-compose.override.yml'] },
      { dir: 'deploy/b', files: ['deploy/b/compose.yaml'] },
    ]);
  });
});

describe('globs', () => {
  it.each([
    ['**/compose.yaml', 'compose.yaml', true],
    ['**/compose.yaml', 'a/b/compose.yaml', true],
    ['*/compose.yaml', 'a/b/compose.yaml', false],
    ['deploy/*.y?ml', 'deploy/x.yaml', true],
    ['deploy/*.y?ml', 'deploy/x.yml', false],
    ['{app,api}/docker-compose*.yml', 'api/docker-compose.prod.yml', true],
    ['{app,api}/docker-compose*.yml', 'web/docker-compose.yml', false],
    ['./stacks/[ab]/compose.yaml', 'stacks/b/compose.yaml', true],
    ['stacks/**', 'stacks/x/y/z.yml', true],
  ])('%s matches %s: %s', (glob, p, expected) => {
    expect(globToRegExp(glob).test(p)).toBe(expected);
  });
});

describe('the files of a directory named in the inventory', () => {
  it('are the default file and its override, COMPOSE_FILE from .env, or none', async () => {
    const { projectFilesForDir } = await import('../../src/load/discover.js');
    const r = new MemoryReader({
      'a/compose.yaml': svc,
      'a/compose.override.yml': svc,
      'b/.env': 'COMPOSE_FILE=x.yaml\n',
      'b/x.yaml': svc,
      'c/readme.md': '',
    });
    expect(projectFilesForDir(r, 'a')).toEqual(['a/compose.yaml', 'a/compose.override.yml']);
    expect(projectFilesForDir(r, './b/')).toEqual(['b/x.yaml']);
    expect(projectFilesForDir(r, 'c')).toBeUndefined();
  });
});
