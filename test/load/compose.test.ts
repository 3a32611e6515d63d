// Which networks `docker compose up` creates or joins, with Compose v2 semantics. Every expected
// value below is derived from the rules text (/work/shared/docs/compose-networks.md, section noted
// per block), not from the loader's output.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { loadProject, type LoadProjectOptions } from '../../src/load/compose.js';
import { MemoryReader } from '../../src/load/reader.js';
import type { ComposeNetwork, ComposeProject } from '../../src/model.js';

type Opts = Omit<LoadProjectOptions, 'reader' | 'files'> & { files?: string[] };

function load(tree: Record<string, string>, opts: Opts = {}): ComposeProject {
  const files = opts.files ?? ['app/compose.yaml'];
  return loadProject({ reader: new MemoryReader(tree), ...opts, files });
}

function net(p: ComposeProject, key: string): ComposeNetwork {
  const n = p.networks.find((x) => x.key === key);
  if (!n) throw new Error(`no network ${key} in ${p.networks.map((x) => x.key).join(', ')}`);
  return n;
}

const names = (p: ComposeProject) => p.networks.map((n) => n.name).sort();

function configError(f: () => unknown): ConfigError {
  try {
    f();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e;
  }
  throw new Error('expected a ConfigError');
}

describe('network names and the implicit default (§3)', () => {
  it('names a network <project>_<key> and the implicit default <project>_default', () => {
    const p = load({
      'app/compose.yaml': 'services:\n  web:\n    image: nginx\n  db:\n    image: pg\n    networks: [back]\nnetworks:\n  back: {}\n',
    });
    expect(p.name).toBe('app');
    expect(names(p)).toEqual(['app_back', 'app_default']);
    expect(net(p, 'default').usedBy).toEqual(['web']);
    expect(net(p, 'back').usedBy).toEqual(['db']);
  });

  it('uses name: exactly, not project-scoped, and interpolates it', () => {
    const p = load(
      {
        'app/compose.yaml': 'services:\n  web:\n    networks: [a, b]\nnetworks:\n  a:\n    name: shared-net\n  b:\n    name: ${PREFIX}-b\n',
      },
      { environment: { PREFIX: 'corp' } },
    );
    expect(names(p)).toEqual(['corp-b', 'shared-net']);
    expect(net(p, 'b').nameOrigin).toEqual([{ variable: 'PREFIX', usedDefault: false, unset: false }]);
    expect(net(p, 'a').namePos).toMatchObject({ file: 'app/compose.yaml', line: 6 });
  });

  it('joins external networks under their bare key or name:, marked external', () => {
    const p = load({
      'app/compose.yaml':
        'services:\n  web:\n    networks: [proxy, legacy, db]\nnetworks:\n  proxy:\n    external: true\n  legacy:\n    external: true\n    name: traefik_public\n  db: {}\n',
    });
    expect(p.networks.map((n) => [n.key, n.name, n.external])).toEqual([
      ['db', 'app_db', false],
      ['legacy', 'traefik_public', true],
      ['proxy', 'proxy', true],
    ]);
  });

  it('prunes declared networks no active service uses', () => {
    const p = load({ 'app/compose.yaml': 'services:\n  web:\n    networks: [used]\nnetworks:\n  used: {}\n  unused: {}\n' });
    expect(names(p)).toEqual(['app_used']);
  });

  it('creates no default network when every service has networks or network_mode', () => {
    const p = load({
      'app/compose.yaml':
        'services:\n  a:\n    networks: [n]\n  b:\n    network_mode: host\n  c:\n    network_mode: "service:a"\n  d:\n    network_mode: none\n  e:\n    network_mode: bridge\n  f:\n    network_mode: container:abc\nnetworks:\n  n: {}\n',
    });
    expect(names(p)).toEqual(['app_n']);
  });

  it('puts a service with an empty networks list on the default network', () => {
    expect(names(load({ 'app/compose.yaml': 'services:\n  a:\n    networks: []\n' }))).toEqual(['app_default']);
    expect(names(load({ 'app/compose.yaml': 'services:\n  a:\n    networks: {}\n' }))).toEqual(['app_default']);
  });

  it('keeps provider services off the default network', () => {
    const p = load({
      'app/compose.yaml': 'services:\n  model:\n    provider:\n      type: model\n  web:\n    networks: [n]\nnetworks:\n  n: {}\n',
    });
    expect(names(p)).toEqual(['app_n']);
  });

  it('locates the implicit default at the first service that joins it', () => {
    const p = load({
      'app/compose.yaml': 'services:\n  db:\n    networks: [n]\n  web:\n    image: x\n  api:\n    image: y\nnetworks:\n  n: {}\n',
    });
    expect(net(p, 'default').pos).toMatchObject({ file: 'app/compose.yaml', line: 4, column: 3 });
    expect(net(p, 'default').usedBy).toEqual(['web', 'api']);
  });

  it('lets networks.default be customised: name, ipam, external', () => {
    const custom = load({
      'app/compose.yaml':
        'services:\n  web: {}\nnetworks:\n  default:\n    name: my-default\n    ipam:\n      config:\n        - subnet: 10.20.0.0/24\n',
    });
    expect(net(custom, 'default')).toMatchObject({ name: 'my-default', subnets: [{ cidr: '10.20.0.0/24' }] });
    expect(net(custom, 'default').pos?.line).toBe(4);
    const ext = load({ 'app/compose.yaml': 'services:\n  web: {}\nnetworks:\n  default:\n    external: true\n    name: edge\n' });
    expect(ext.networks.map((n) => [n.name, n.external])).toEqual([['edge', true]]);
  });

  it('treats an x- key under networks: as an extension (Compose v2: "undefined network #extensions", checked on 2.40.3), and as a network for Compose v1', () => {
    const tree = {
      'app/compose.yaml': 'x-common: &c\n  networks: [x-net]\nservices:\n  web:\n    <<: *c\n    image: nginx\nnetworks:\n  x-net: {}\n',
    };
    const e = configError(() => load(tree));
    expect(e.message).toMatch(/service "web" refers to undefined network x-net: .*extension field/);
    expect(e.pos).toMatchObject({ file: 'app/compose.yaml', line: 2 });
    const v1 = load(tree, { compose: 'v1' });
    expect(v1.networks.map((n) => n.name)).toEqual(['app_x-net']);
  });

  it('refuses a reference to an undefined network, at the reference', () => {
    const e = configError(() => load({ 'app/compose.yaml': 'services:\n  web:\n    networks:\n      - missing\n' }));
    expect(e.message).toMatch(/undefined network missing/);
    expect(e.pos).toMatchObject({ file: 'app/compose.yaml', line: 4 });
  });

  it('refuses network_mode together with networks', () => {
    const e = configError(() =>
      load({ 'app/compose.yaml': 'services:\n  web:\n    network_mode: host\n    networks: [n]\nnetworks:\n  n: {}\n' }),
    );
    expect(e.message).toMatch(/mutually exclusive `network_mode` and `networks`/);
    expect(e.pos?.line).toBe(4);
  });

  it('refuses network names outside ^[a-zA-Z0-9._-]+$ (§9)', () => {
    const e = configError(() => load({ 'app/compose.yaml': 'services:\n  web:\n    networks: ["bad net"]\nnetworks:\n  "bad net": {}\n' }));
    expect(e.pos?.line).toBe(5);
  });

  it('counts services scaled to zero as users (§3)', () => {
    const p = load({
      'app/compose.yaml':
        'services:\n  worker:\n    scale: 0\n  job:\n    deploy:\n      replicas: 0\n    networks: [jobs]\nnetworks:\n  jobs: {}\n',
    });
    expect(names(p)).toEqual(['app_default', 'app_jobs']);
  });
});

describe('profiles (§3)', () => {
  const tree = {
    'app/compose.yaml':
      'services:\n  web:\n    networks: [front]\n  debug:\n    profiles: [debug]\n    networks: [tools]\n  all:\n    profiles: [ops, debug]\n' +
      'networks:\n  front: {}\n  tools: {}\n',
  };

  it('leaves profile services inactive by default, and their networks uncreated', () => {
    expect(names(load(tree))).toEqual(['app_front']);
  });

  it('activates services whose profile is enabled, "*" enabling all', () => {
    expect(names(load(tree, { profiles: ['debug'] }))).toEqual(['app_default', 'app_front', 'app_tools']);
    expect(names(load(tree, { profiles: ['ops'] }))).toEqual(['app_default', 'app_front']);
    expect(names(load(tree, { profiles: ['*'] }))).toEqual(['app_default', 'app_front', 'app_tools']);
  });

  it('takes COMPOSE_PROFILES from the environment or .env when no profile is given', () => {
    expect(names(load({ ...tree, 'app/.env': 'COMPOSE_PROFILES=ops\n' }))).toEqual(['app_default', 'app_front']);
    expect(names(load(tree, { environment: { COMPOSE_PROFILES: 'debug,ops' } }))).toEqual(['app_default', 'app_front', 'app_tools']);
  });

  it('does not check inactive services against undefined networks', () => {
    const p = load({ 'app/compose.yaml': 'services:\n  web: {}\n  off:\n    profiles: [x]\n    networks: [nowhere]\n' });
    expect(names(p)).toEqual(['app_default']);
  });
});

describe('network keys that decide pool use (§6)', () => {
  it('reads driver, ipam driver, subnets (v4 and v6), enable_ipv4/6 and the MTU option', () => {
    const p = load({
      'app/compose.yaml':
        'services:\n  web:\n    networks: [a, b, c]\nnetworks:\n' +
        '  a:\n    driver: macvlan\n    driver_opts:\n      com.docker.network.driver.mtu: "1442"\n    ipam:\n      config:\n        - subnet: 172.30.0.0/24\n        - subnet: "fd00:1::/64"\n' +
        '  b:\n    driver: overlay\n    enable_ipv6: true\n    enable_ipv4: false\n    driver_opts:\n      com.docker.network.driver.mtu: 1400\n' +
        '  c:\n    ipam:\n      driver: infoblox\n',
    });
    expect(net(p, 'a')).toMatchObject({
      driver: 'macvlan',
      ipamDriver: 'default',
      enableIpv4: true,
      enableIpv6: false,
      subnets: [{ cidr: '172.30.0.0/24' }, { cidr: 'fd00:1::/64' }],
      mtu: { value: 1442 },
    });
    expect(net(p, 'a').subnets[0].pos).toMatchObject({ line: 11, column: 19 });
    expect(net(p, 'a').mtu?.pos?.line).toBe(8);
    expect(net(p, 'b')).toMatchObject({ driver: 'overlay', enableIpv6: true, enableIpv4: false, mtu: { value: 1400 } });
    expect(net(p, 'c')).toMatchObject({ driver: 'bridge', ipamDriver: 'infoblox', subnets: [] });
  });

  it('accepts yes/no/on/off booleans with a deprecated-boolean warning, refuses other words', () => {
    const p = load({
      'app/compose.yaml': 'services:\n  web:\n    networks: [a]\nnetworks:\n  a:\n    enable_ipv6: yes\n    internal: "off"\n',
    });
    expect(net(p, 'a').enableIpv6).toBe(true);
    expect(
      p.warnings
        .filter((w) => w.code === 'deprecated-boolean')
        .map((w) => w.pos?.line)
        .sort(),
    ).toEqual([6, 7]);
    const e = configError(() =>
      load({ 'app/compose.yaml': 'services:\n  web:\n    networks: [a]\nnetworks:\n  a:\n    external: maybe\n' }),
    );
    expect(e.message).toMatch(/invalid boolean: maybe/);
    expect(e.pos?.line).toBe(6);
  });

  it('refuses an invalid subnet at its position', () => {
    const e = configError(() =>
      load({
        'app/compose.yaml':
          'services:\n  web:\n    networks: [a]\nnetworks:\n  a:\n    ipam:\n      config:\n        - subnet: 172.300.0.0/16\n',
      }),
    );
    expect(e.pos).toMatchObject({ file: 'app/compose.yaml', line: 8 });
    expect(e.message).toMatch(/172\.300\.0\.0/);
  });
});

describe('interpolation in the model (§7)', () => {
  const subnetFile = {
    'app/compose.yaml':
      'services:\n  web:\n    networks: [net]\nnetworks:\n  net:\n    ipam:\n      config:\n        - subnet: ${IPV4_NETWORK:-172.22.1}.0/24\n',
  };

  it('resolves a subnet default and says which variable it came from', () => {
    const s = net(load(subnetFile), 'net').subnets[0];
    expect(s.cidr).toBe('172.22.1.0/24');
    expect(s.origin).toEqual([{ variable: 'IPV4_NETWORK', usedDefault: true, unset: false }]);
    expect(s.pos?.line).toBe(8);
  });

  it('takes the value from .env, and the given environment over .env', () => {
    const withEnv = { ...subnetFile, 'app/.env': 'IPV4_NETWORK=10.44.3\n' };
    expect(net(load(withEnv), 'net').subnets[0]).toMatchObject({
      cidr: '10.44.3.0/24',
      origin: [{ variable: 'IPV4_NETWORK', usedDefault: false }],
    });
    expect(net(load(withEnv, { environment: { IPV4_NETWORK: '10.55.3' } }), 'net').subnets[0].cidr).toBe('10.55.3.0/24');
  });

  it('replaces the .env lookup with the given env files', () => {
    const tree = { ...subnetFile, 'app/.env': 'IPV4_NETWORK=10.44.3\n', 'deploy/prod.env': 'IPV4_NETWORK=10.66.3\n' };
    expect(net(load(tree, { envFiles: ['deploy/prod.env'] }), 'net').subnets[0].cidr).toBe('10.66.3.0/24');
  });

  it('warns about an unset variable at the line of the value that used it', () => {
    const p = load({ 'app/compose.yaml': 'services:\n  web:\n    image: nginx:${TAG}\n    environment:\n      - A=$ALSO_UNSET\n' });
    expect(p.warnings.filter((w) => w.code === 'unset-variable').map((w) => [w.variable, w.pos?.file, w.pos?.line])).toEqual([
      ['TAG', 'app/compose.yaml', 3],
      ['ALSO_UNSET', 'app/compose.yaml', 5],
    ]);
  });

  it('treats a subnet that interpolates to nothing as no subnet (Docker allocates one)', () => {
    const p = load({
      'app/compose.yaml': 'services:\n  web:\n    networks: [n]\nnetworks:\n  n:\n    ipam:\n      config:\n        - subnet: ${SUBNET}\n',
    });
    expect(net(p, 'n').subnets).toEqual([]);
    expect(p.warnings.map((w) => w.variable)).toEqual(['SUBNET']);
  });

  it('refuses an invalid ${ and a missing required variable at the value, never interpolating keys', () => {
    const bad = configError(() => load({ 'app/compose.yaml': 'services:\n  web:\n    image: "nginx:${"\n' }));
    expect(bad.message).toMatch(/invalid interpolation format for services\.web\.image/);
    expect(bad.pos).toMatchObject({ file: 'app/compose.yaml', line: 3 });
    const req = configError(() => load({ 'app/compose.yaml': 'services:\n  web:\n    image: ${IMAGE:?set IMAGE}\n' }));
    expect(req.message).toMatch(/required variable IMAGE is missing a value: set IMAGE/);
    const keys = load({ 'app/compose.yaml': 'services:\n  $web:\n    image: x\n' });
    expect(net(keys, 'default').usedBy).toEqual(['$web']);
  });

  it('interpolates $$ to a literal dollar without a warning', () => {
    expect(load({ 'app/compose.yaml': 'services:\n  web:\n    command: echo $$HOME\n' }).warnings).toEqual([]);
  });

  it('makes COMPOSE_PROJECT_NAME available to interpolation', () => {
    const p = load({
      'app/compose.yaml': 'services:\n  web:\n    networks: [n]\nnetworks:\n  n:\n    name: ${COMPOSE_PROJECT_NAME}-net\n',
    });
    expect(names(p)).toEqual(['app-net']);
  });
});

describe('project name (§2)', () => {
  const f = (name = '') => ({ 'My App/compose.yaml': `${name}services:\n  web: {}\n` });
  const files = ['My App/compose.yaml'];

  it('normalises the directory name: lowercase, only [a-z0-9_-], no leading _ or -', () => {
    expect(load(f(), { files }).name).toBe('myapp');
    expect(load({ '_-Web.Stack_1/compose.yaml': 'services:\n  a: {}\n' }, { files: ['_-Web.Stack_1/compose.yaml'] }).name).toBe(
      'webstack_1',
    );
  });

  it('prefers the last top-level name: over the directory, interpolated and normalised', () => {
    expect(load(f('name: Shop.Front\n'), { files }).name).toBe('shopfront');
    const two = { ...f('name: first\n'), 'My App/override.yaml': 'name: ${STAGE}-second\n' };
    expect(load(two, { files: [...files, 'My App/override.yaml'], environment: { STAGE: 'prod' } }).name).toBe('prod-second');
  });

  it('prefers COMPOSE_PROJECT_NAME (environment over .env) over name:, and -p over everything', () => {
    const tree = { ...f('name: fromfile\n'), 'My App/.env': 'COMPOSE_PROJECT_NAME=fromdotenv\n' };
    expect(load(tree, { files }).name).toBe('fromdotenv');
    expect(load(tree, { files, environment: { COMPOSE_PROJECT_NAME: 'fromenv' } }).name).toBe('fromenv');
    expect(load(tree, { files, environment: { COMPOSE_PROJECT_NAME: 'fromenv' }, projectName: 'fromflag' }).name).toBe('fromflag');
    expect(names(load(tree, { files, projectName: 'p1' }))).toEqual(['p1_default']);
  });

  it('refuses an invalid -p or COMPOSE_PROJECT_NAME instead of normalising it', () => {
    expect(configError(() => load(f(), { files, projectName: 'Bad Name' })).message).toMatch(/invalid project name "Bad Name"/);
    const e = configError(() => load({ ...f(), 'My App/.env': '# c\nCOMPOSE_PROJECT_NAME=Upper\n' }, { files }));
    expect(e.message).toMatch(/invalid project name "Upper"/);
    expect(e.pos).toMatchObject({ file: 'My App/.env', line: 2 });
  });

  it('refuses a name that normalises to nothing', () => {
    const e = configError(() => load({ '__/compose.yaml': 'services:\n  a: {}\n' }, { files: ['__/compose.yaml'] }));
    expect(e.message).toMatch(/project name must not be empty/);
  });

  it('names a project at the repository root after the root directory given by the caller', () => {
    expect(load({ 'compose.yaml': 'services:\n  a: {}\n' }, { files: ['compose.yaml'], rootName: 'Shop' }).name).toBe('shop');
  });
});

describe('several files (§1: merging, !reset, !override)', () => {
  const base =
    'services:\n  web:\n    image: nginx\n    networks: [front]\n  db:\n    image: pg\n    networks: [back]\n' +
    'networks:\n  front: {}\n  back:\n    ipam:\n      config:\n        - subnet: 10.1.0.0/24\n';
  const files = ['app/compose.yaml', 'app/compose.override.yaml'];

  it('unites a service networks across files', () => {
    const p = load({ 'app/compose.yaml': base, 'app/compose.override.yaml': 'services:\n  web:\n    networks: [back]\n' }, { files });
    expect(net(p, 'back').usedBy).toEqual(['web', 'db']);
    expect(net(p, 'front').usedBy).toEqual(['web']);
  });

  it('lets the later ipam.config list win, pointing at the file that wrote it', () => {
    const p = load(
      {
        'app/compose.yaml': base,
        'app/compose.override.yaml': 'networks:\n  back:\n    ipam:\n      config:\n        - subnet: 10.9.0.0/24\n',
      },
      { files },
    );
    expect(net(p, 'back').subnets.map((s) => [s.cidr, s.pos?.file, s.pos?.line])).toEqual([
      ['10.9.0.0/24', 'app/compose.override.yaml', 5],
    ]);
    expect(net(p, 'back').pos).toMatchObject({ file: 'app/compose.yaml', line: 10 });
  });

  it('removes an inherited value with !reset (a reset networks list puts the service on default)', () => {
    const p = load({ 'app/compose.yaml': base, 'app/compose.override.yaml': 'services:\n  db:\n    networks: !reset []\n' }, { files });
    expect(names(p)).toEqual(['app_default', 'app_front']);
    expect(net(p, 'default').usedBy).toEqual(['db']);
  });

  it('replaces instead of merging with !override', () => {
    const p = load(
      { 'app/compose.yaml': base, 'app/compose.override.yaml': 'services:\n  web:\n    networks: !override [back]\n' },
      { files },
    );
    expect(names(p)).toEqual(['app_back']);
  });

  it('changes nothing with a null override', () => {
    const p = load(
      { 'app/compose.yaml': base, 'app/compose.override.yaml': 'services:\n  web:\n    networks:\nnetworks:\n  back:\n' },
      { files },
    );
    expect(net(p, 'front').usedBy).toEqual(['web']);
    expect(net(p, 'back').subnets.map((s) => s.cidr)).toEqual(['10.1.0.0/24']);
  });

  it('merges several YAML documents of one file in order', () => {
    const p = load({
      'app/compose.yaml': `${base}---\nservices:\n  web:\n    networks: [back]\n---\nnetworks:\n  back:\n    name: shared\n`,
    });
    expect(net(p, 'back')).toMatchObject({ name: 'shared', usedBy: ['web', 'db'] });
  });

  it('adds a network defined only in the override file, located there', () => {
    const p = load(
      {
        'app/compose.yaml': base,
        'app/compose.override.yaml': 'services:\n  web:\n    networks: [extra]\nnetworks:\n  extra:\n    driver: macvlan\n',
      },
      { files },
    );
    expect(net(p, 'extra').pos).toMatchObject({ file: 'app/compose.override.yaml', line: 5 });
  });

  it('interpolates each file with the same environment before merging', () => {
    const p = load(
      {
        'app/compose.yaml': base,
        'app/compose.override.yaml': 'networks:\n  back:\n    ipam:\n      config:\n        - subnet: ${DB_NET:-10.7.0.0/24}\n',
      },
      { files },
    );
    expect(net(p, 'back').subnets[0]).toMatchObject({ cidr: '10.7.0.0/24', origin: [{ variable: 'DB_NET', usedDefault: true }] });
  });
});

describe('include (§1)', () => {
  it('names included networks after the including project and locates them in the included file', () => {
    const p = load({
      'app/compose.yaml': 'include:\n  - ../shared/db.yaml\nservices:\n  web:\n    networks: [dbnet]\n',
      'shared/db.yaml':
        'name: ignored\nservices:\n  db:\n    networks: [dbnet]\nnetworks:\n  dbnet:\n    ipam:\n      config:\n        - subnet: ${DB_SUBNET}\n',
      'shared/.env': 'DB_SUBNET=10.30.0.0/24\n',
    });
    expect(p.name).toBe('app');
    expect(net(p, 'dbnet')).toMatchObject({ name: 'app_dbnet', usedBy: ['web', 'db'] });
    expect(net(p, 'dbnet').pos).toMatchObject({ file: 'shared/db.yaml', line: 6 });
    expect(net(p, 'dbnet').subnets[0]).toMatchObject({ cidr: '10.30.0.0/24', pos: { file: 'shared/db.yaml', line: 9 } });
  });

  it("lets the including project's environment win over the included .env", () => {
    const tree = {
      'app/compose.yaml': 'include:\n  - path: ../shared/db.yaml\nservices: {}\n',
      'shared/db.yaml': 'services:\n  db:\n    networks: [n]\nnetworks:\n  n:\n    name: ${NET_NAME}\n',
      'shared/.env': 'NET_NAME=from-included-env\n',
    };
    expect(names(load(tree))).toEqual(['from-included-env']);
    expect(names(load({ ...tree, 'app/.env': 'NET_NAME=from-parent\n' }))).toEqual(['from-parent']);
  });

  it('reads the long form: several paths, project_directory and env_file', () => {
    const p = load({
      'app/compose.yaml': 'include:\n  - path: [sub/a.yaml, sub/b.yaml]\n    env_file: sub/custom.env\nservices: {}\n',
      'app/sub/a.yaml': 'services:\n  x:\n    networks: [n]\nnetworks:\n  n: {}\n',
      'app/sub/b.yaml': 'networks:\n  n:\n    name: ${N}\n',
      'app/sub/custom.env': 'N=custom\n',
    });
    expect(names(p)).toEqual(['custom']);
  });

  it('refuses an included file defining a network the including file defines differently, at the local key (Compose ≤ 2.40)', () => {
    const e = configError(() =>
      load({
        'app/compose.yaml': 'include: [lib.yaml]\nservices:\n  web:\n    networks: [n]\nnetworks:\n  n:\n    driver: macvlan\n',
        'app/lib.yaml': 'networks:\n  n:\n    driver: ipvlan\n',
      }),
    );
    expect(e.message).toMatch(/^networks\.n conflicts with imported resource: .*included app\/lib\.yaml/);
    expect(e.pos).toMatchObject({ file: 'app/compose.yaml', line: 6 });
  });

  it('refuses an include cycle and an include outside the repository', () => {
    expect(
      configError(() => load({ 'app/compose.yaml': 'include: [a.yaml]\nservices: {}\n', 'app/a.yaml': 'include: [compose.yaml]\n' }))
        .message,
    ).toMatch(/include cycle/);
    const out = configError(() => load({ 'app/compose.yaml': 'include: [../../etc/x.yaml]\nservices: {}\n' }));
    expect(out.message).toMatch(/outside the repository/);
    expect(out.pos).toMatchObject({ file: 'app/compose.yaml', line: 1 });
    expect(configError(() => load({ 'app/compose.yaml': 'include: [nope.yaml]\nservices: {}\n' })).message).toMatch(/not found/);
  });

  // Compose would read an absolute include from the machine; joined to the project directory it would
  // silently become a file of the repository (app/etc/compose.yaml), so it is refused as written
  it.each([
    ['a flow list', 'include: [/etc/compose.yaml]\nservices: {}\n', 'included file "/etc/compose.yaml"', 1, 11],
    ['a block list', 'services: {}\ninclude:\n  - /etc/compose.yaml\n', 'included file "/etc/compose.yaml"', 3, 5],
    ['a path: entry', 'include:\n  - path: /abs/x.yaml\nservices: {}\n', 'included file "/abs/x.yaml"', 2, 11],
    [
      'one of several paths',
      'include:\n  - path:\n      - lib.yaml\n      - /abs/x.yaml\nservices: {}\n',
      'included file "/abs/x.yaml"',
      4,
      9,
    ],
    ['a drive path', "include:\n  - 'C:\\x.yaml'\nservices: {}\n", 'included file "C:\\\\x.yaml"', 2, 5],
    ['a home path', 'include:\n  - ~/x.yaml\nservices: {}\n', 'included file "~/x.yaml"', 2, 5],
    ['a UNC path', "include:\n  - '\\\\server\\share\\x.yaml'\nservices: {}\n", 'included file "\\\\\\\\server\\\\share\\\\x.yaml"', 2, 5],
    [
      'an absolute project_directory',
      'include:\n  - path: lib.yaml\n    project_directory: /srv/app\nservices: {}\n',
      'include project_directory "/srv/app"',
      3,
      24,
    ],
    [
      'an absolute env_file',
      'include:\n  - path: lib.yaml\n    env_file: /etc/app.env\nservices: {}\n',
      'include env_file "/etc/app.env"',
      3,
      15,
    ],
  ])('refuses an absolute include path in %s, naming the file and the line', (_what, text, subject, line, column) => {
    const e = configError(() =>
      load({
        'app/compose.yaml': text,
        'app/lib.yaml': 'services: {}\n',
        'app/etc/compose.yaml': 'services: {}\n',
        'app/abs/x.yaml': 'services: {}\n',
      }),
    );
    expect(e.message).toBe(`${subject} is an absolute path: include paths must be relative and stay inside the repository`);
    expect(e.pos).toMatchObject({ file: 'app/compose.yaml', line, column });
    expect(e.describe()).toBe(`app/compose.yaml:${line}:${column}: ${e.message}`);
  });

  it('refuses an absolute extends file at its line (it would otherwise read app/etc/base.yaml)', () => {
    const text = 'services:\n  web:\n    extends:\n      file: /etc/base.yaml\n      service: base\n';
    const e = configError(() => load({ 'app/compose.yaml': text, 'app/etc/base.yaml': 'services:\n  base:\n    image: x\n' }));
    expect(e.message).toBe(
      'extends file "/etc/base.yaml" is an absolute path: extends paths must be relative and stay inside the repository',
    );
    expect(e.pos).toMatchObject({ file: 'app/compose.yaml', line: 4, column: 13 });
  });

  it('still reads relative include paths that stay inside the repository', () => {
    const p = load({
      'app/compose.yaml': 'include: [../lib/net.yaml]\nservices:\n  web:\n    networks: [n]\n',
      'lib/net.yaml': 'networks:\n  n:\n    name: shared\n',
    });
    expect(names(p)).toContain('shared');
  });
});

describe('extends (§1: a service only)', () => {
  it('copies a service of the same file, networks included', () => {
    const p = load({
      'app/compose.yaml':
        'services:\n  base:\n    networks: [n]\n    profiles: [never]\n  web:\n    extends: base\n    profiles: !reset []\nnetworks:\n  n: {}\n',
    });
    expect(net(p, 'n').usedBy).toEqual(['web']);
  });

  it("copies a service of another file without importing that file's networks", () => {
    const tree = {
      'app/compose.yaml': 'services:\n  web:\n    extends:\n      file: common/base.yaml\n      service: svc\n',
      'app/common/base.yaml': 'services:\n  svc:\n    networks: [own]\nnetworks:\n  own: {}\n',
    };
    const e = configError(() => load(tree));
    expect(e.message).toMatch(/undefined network own/);
    expect(e.pos).toMatchObject({ file: 'app/common/base.yaml', line: 3 });
    const ok = load({ ...tree, 'app/compose.yaml': tree['app/compose.yaml'] + 'networks:\n  own:\n    name: mine\n' });
    expect(net(ok, 'own')).toMatchObject({ name: 'mine', usedBy: ['web'] });
  });

  it('lets the extending service add networks (union) and reset inherited ones', () => {
    const p = load({
      'app/compose.yaml':
        'services:\n  base:\n    networks: [a]\n  one:\n    extends: base\n    networks: [b]\n  two:\n    extends: base\n    networks: !reset {}\nnetworks:\n  a: {}\n  b: {}\n',
    });
    expect(net(p, 'a').usedBy).toEqual(['base', 'one']);
    expect(net(p, 'b').usedBy).toEqual(['one']);
    expect(net(p, 'default').usedBy).toEqual(['two']);
  });

  it('resolves extends.file relative to the file that holds it', () => {
    const p = load(
      {
        'app/compose.yaml': 'services:\n  web:\n    image: x\nnetworks:\n  n: {}\n',
        'app/env/prod.yaml': 'services:\n  worker:\n    extends:\n      file: base.yaml\n      service: w\n',
        'app/env/base.yaml': 'services:\n  w:\n    networks: [n]\n',
      },
      { files: ['app/compose.yaml', 'app/env/prod.yaml'] },
    );
    expect(net(p, 'n').usedBy).toEqual(['worker']);
  });

  it('refuses a circular extends and a missing base service', () => {
    expect(configError(() => load({ 'app/compose.yaml': 'services:\n  a:\n    extends: b\n  b:\n    extends: a\n' })).message).toMatch(
      /circular/,
    );
    expect(configError(() => load({ 'app/compose.yaml': 'services:\n  a:\n    extends: nope\n' })).message).toMatch(
      /service "nope" not found/,
    );
  });
});

describe('YAML features in compose files (§8)', () => {
  it('follows anchors, aliases and merge keys into networks and ipam', () => {
    const p = load({
      'app/compose.yaml':
        'x-ipam: &ipam\n  config:\n    - subnet: 10.3.0.0/24\nx-svc: &svc\n  image: nginx\n  networks: [n]\nservices:\n  a: *svc\n  b:\n    <<: *svc\n    image: other\nnetworks:\n  n:\n    ipam: *ipam\n',
    });
    expect(net(p, 'n')).toMatchObject({ usedBy: ['a', 'b'], subnets: [{ cidr: '10.3.0.0/24', pos: { line: 3 } }] });
  });

  it('refuses duplicate keys with the line', () => {
    const e = configError(() => load({ 'app/compose.yaml': 'services:\n  web: {}\nnetworks: {}\nservices: {}\n' }));
    expect(e.pos).toMatchObject({ file: 'app/compose.yaml', line: 4 });
  });
});

describe('published ports', () => {
  it('lists active services with ports, located at ports:', () => {
    const p = load({
      'app/compose.yaml': 'services:\n  web:\n    ports: ["80:80"]\n  db: {}\n  off:\n    profiles: [x]\n    ports: ["1:1"]\n',
    });
    expect(p.publishedPorts).toEqual([{ service: 'web', pos: expect.objectContaining({ line: 3 }) }]);
  });
});

describe('a repository with an override, an include, a .env and a profile-only service', () => {
  it('gives the networks Compose v2 creates, each located in the file that defined it', () => {
    const p = load(
      {
        'shop/compose.yaml':
          'name: ${STACK:-shop}\ninclude:\n  - ../platform/monitoring.yaml\nservices:\n  web:\n    image: nginx\n    networks: [front]\n  admin:\n    profiles: [admin]\n    networks: [adminnet]\n' +
          'networks:\n  front: {}\n  adminnet: {}\n',
        'shop/compose.override.yaml': 'networks:\n  front:\n    ipam:\n      config:\n        - subnet: ${FRONT_NET}.0/24\n',
        'shop/.env': 'FRONT_NET=10.77.1\nSTACK=Shop-Prod\n',
        'platform/monitoring.yaml': 'services:\n  prom:\n    image: prom\nnetworks:\n  unused: {}\n',
      },
      { files: ['shop/compose.yaml', 'shop/compose.override.yaml'] },
    );
    expect(p.name).toBe('shop-prod');
    expect(p.files).toEqual(['shop/compose.yaml', 'shop/compose.override.yaml']);
    expect(p.networks.map((n) => [n.name, n.pos?.file, n.pos?.line])).toEqual([
      ['shop-prod_default', 'platform/monitoring.yaml', 2],
      ['shop-prod_front', 'shop/compose.yaml', 12],
    ]);
    expect(net(p, 'front').subnets).toEqual([
      {
        cidr: '10.77.1.0/24',
        pos: expect.objectContaining({ file: 'shop/compose.override.yaml', line: 5 }),
        origin: [{ variable: 'FRONT_NET', usedDefault: false, unset: false }],
      },
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('files that cannot be used', () => {
  it('refuses a missing file, an empty project and a non-mapping top level', () => {
    expect(configError(() => load({}, { files: ['app/compose.yaml'] })).pos?.file).toBe('app/compose.yaml');
    expect(configError(() => load({ 'app/compose.yaml': '' })).message).toMatch(/empty compose file/);
    expect(configError(() => load({ 'app/compose.yaml': '- a\n- b\n' })).message).toMatch(/top-level object must be a mapping/);
  });

  it('refuses wrong types at the keys it reads, at their position', () => {
    expect(configError(() => load({ 'app/compose.yaml': 'services:\n  web: [1]\n' })).pos?.line).toBe(2);
    expect(configError(() => load({ 'app/compose.yaml': 'services:\n  web:\n    networks: 5\n' })).pos?.line).toBe(3);
    expect(
      configError(() =>
        load({ 'app/compose.yaml': 'services:\n  web:\n    networks: [n]\nnetworks:\n  n:\n    ipam:\n      config: {}\n' }),
      ).pos?.line,
    ).toBe(7);
  });
});

describe('service detail for rules', () => {
  it('keeps each service network entry and network_mode with its position', () => {
    const p = loadProject({
      reader: new MemoryReader({
        'app/compose.yaml':
          'services:\n  web:\n    networks:\n      - a\n      - b\n  proxy:\n    network_mode: "service:web"\n  off:\n    profiles: [x]\nnetworks:\n  a: {}\n  b: {}\n',
      }),
      files: ['app/compose.yaml'],
    });
    expect(
      p.services.map((s) => [s.name, s.active, s.networkMode?.value ?? null, s.networks.map((n) => `${n.key}@${n.pos.line}`)]),
    ).toEqual([
      ['web', true, null, ['a@4', 'b@5']],
      ['proxy', true, 'service:web', []],
      ['off', false, null, []],
    ]);
    expect(p.services[1].networkMode?.pos).toMatchObject({ line: 7, column: 19 });
  });
});

// docker-compose 1.29.2's order (compose/config/sort_services.py and ProjectNetworks.from_services, read in
// Debian's package): services sorted so that dependencies come first and otherwise in file order, each
// service's networks as listed, `default` where first used. The live check is test/conformance/compose.test.ts.
describe('creation order (§4)', () => {
  const tree = {
    'app/compose.yaml':
      'services:\n' +
      '  web:\n    image: x\n    networks: [front, default]\n    depends_on: [db]\n' +
      '  cache:\n    image: x\n    networks: [zeta, back]\n' +
      '  db:\n    image: x\n    networks: [back, alpha]\n' +
      'networks:\n  alpha: {}\n  back: {}\n  front: {}\n  zeta: {}\n',
  };

  it('is first use over the services, dependencies first, under compose: v1', () => {
    const p = load(tree, { compose: 'v1' });
    // db (needed by web) moves before web; cache keeps its place before them both
    expect(p.networks.map((n) => n.key)).toEqual(['zeta', 'back', 'alpha', 'front', 'default']);
    expect(p.creationOrder).toBe('first-use');
  });

  it('is unknown under Compose v2 (networks listed by key) and under v1 with an override file', () => {
    const v2 = load(tree);
    expect(v2.networks.map((n) => n.key)).toEqual(['alpha', 'back', 'default', 'front', 'zeta']);
    expect(v2.creationOrder).toBe('random');
    const withOverride = load(
      { ...tree, 'app/compose.override.yaml': 'services:\n  web:\n    image: y\n' },
      { compose: 'v1', files: ['app/compose.yaml', 'app/compose.override.yaml'] },
    );
    expect(withOverride.creationOrder).toBe('random');
  });

  it('points at the top-level networks: key', () => {
    expect(load(tree).networksPos).toMatchObject({ file: 'app/compose.yaml', line: 12 });
  });
});

describe('projects Compose v2 refuses (each also run on Compose 2.40.3 in test/conformance/compose-refusals.test.ts)', () => {
  it('two used networks with the same name:, at the second name', () => {
    const e = configError(() =>
      load({ 'app/compose.yaml': 'services:\n  a:\n    networks: [p, q]\nnetworks:\n  p:\n    name: same\n  q:\n    name: same\n' }),
    );
    expect(e.message).toMatch(/networks\.q: name "same" is also the name of networks\.p/);
    expect(e.pos?.line).toBe(8);
    // one of them unused: Compose never creates it, nothing to refuse
    expect(() =>
      load({ 'app/compose.yaml': 'services:\n  a:\n    networks: [p]\nnetworks:\n  p:\n    name: same\n  q:\n    name: same\n' }),
    ).not.toThrow();
  });

  it("a name: equal to another network's implicit <project>_<key> name", () => {
    const e = configError(() =>
      load({ 'app/compose.yaml': 'services:\n  a:\n    networks: [p, q]\nnetworks:\n  p: {}\n  q:\n    name: app_p\n' }),
    );
    expect(e.message).toMatch(/name "app_p" is also the name of networks\.p/);
  });

  it('a network name: that interpolates to empty, naming the variable', () => {
    const e = configError(() =>
      load({ 'app/compose.yaml': 'services:\n  a:\n    networks: [p]\nnetworks:\n  p:\n    name: ${NET_NAME}\n' }),
    );
    expect(e.message).toMatch(/networks\.p\.name interpolates to an empty string \(\$NET_NAME unset or empty\)/);
    expect(e.pos?.line).toBe(6);
  });

  it('depends_on a service of an inactive profile, unless required: false or the profile is enabled', () => {
    const text = (dep: string) => `services:\n  web:\n    image: x\n    depends_on:\n${dep}\n  dbg:\n    image: x\n    profiles: [debug]\n`;
    const e = configError(() => load({ 'app/compose.yaml': text('      - dbg') }));
    expect(e.message).toMatch(/service "web" depends on undefined service "dbg": .*profile/);
    expect(e.pos?.line).toBe(5);
    expect(() =>
      load({ 'app/compose.yaml': text('      dbg:\n        condition: service_started\n        required: false') }),
    ).not.toThrow();
    expect(() => load({ 'app/compose.yaml': text('      - dbg') }, { profiles: ['debug'] })).not.toThrow();
  });

  it('a project name: that interpolates or normalises to empty', () => {
    expect(configError(() => load({ 'app/compose.yaml': 'name: ${NOPE}\nservices:\n  a:\n    image: x\n' })).message).toMatch(
      /project name must not be empty: name: interpolates to an empty string/,
    );
    expect(configError(() => load({ 'app/compose.yaml': 'name: "!!!"\nservices:\n  a:\n    image: x\n' })).message).toMatch(
      /project name must not be empty: name: "!!!"/,
    );
  });
});
