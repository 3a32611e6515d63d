import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ConfigError } from '../../src/errors.js';
import { defaultInventory, loadInventory } from '../../src/load/inventory.js';
import { FsReader, MemoryReader } from '../../src/load/reader.js';

const FILE = 'network-inventory.yaml';
const TREE = {
  'deploy/daemon.json': '{}',
  'app/compose.yaml': 'services: {}\n',
  'app/compose.prod.yaml': 'services: {}\n',
  'proxy/compose.yaml': 'services: {}\n',
  'hosts/app.env': 'A=1\n',
  'infra/vpcs.json': '{"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.1.0.0/16"}]}',
};

function load(text: string, tree: Record<string, string> = TREE, file = FILE) {
  return loadInventory(new MemoryReader({ ...tree, [file]: text }), file);
}

function refusal(text: string, tree: Record<string, string> = TREE, file = FILE): ConfigError {
  try {
    load(text, tree, file);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('inventory: the format in design.md', () => {
  const inv = load(
    [
      'version: 1', //                                      1
      'reserved:', //                                       2
      '  - cidr: 172.31.0.0/16', //                         3
      '    name: ops VPC (peered, bastion SSH)', //        4
      '  - cidr: 192.168.0.0/16', //                        5
      '  - preset: aws-default-vpc', //                     6
      '  - import: infra/vpcs.json', //                     7
      'hosts:', //                                          8
      '  - name: app-1', //                                 9
      '    engine: "26.1"', //                              10
      '    daemon: deploy/daemon.json', //                  11
      '    routes: [10.0.0.0/24]', //                       12
      '    nameservers: [10.0.0.2]', //                     13
      '    underlay-mtu: 1442', //                          14
      '    restart-every: 10', //                           15
      '    env: {APP_NET: 10.9.0.0/24, REPLICAS: 2}', //    16
      '    env-file: hosts/app.env', //                     17
      '    projects:', //                                   18
      '      - path: proxy', //                             19
      '        lifecycle: persistent', //                   20
      '      - path: [app/compose.yaml, app/compose.prod.yaml]', // 21
      '        profiles: [debug]', //                       22
      'cycles: 1000', //                                    23
      'cgnat-is-private: true', //                          24
    ].join('\n') + '\n',
  );

  it('reads reserved ranges, expanding presets and imports in place', () => {
    expect(inv.reserved.map((r) => [r.cidr, r.name, r.source])).toEqual([
      ['172.31.0.0/16', 'ops VPC (peered, bastion SSH)', undefined],
      ['192.168.0.0/16', '192.168.0.0/16', undefined],
      ['172.31.0.0/16', 'AWS default VPC', 'preset:aws-default-vpc'],
      ['172.31.0.2/32', 'AWS default VPC DNS resolver (VPC base + 2)', 'preset:aws-default-vpc'],
      ['10.1.0.0/16', 'vpc-1', 'import:infra/vpcs.json'],
    ]);
  });

  it('locates reserved ranges: written ones at their cidr, presets at the preset, imports in the imported file', () => {
    expect(inv.reserved[0].pos).toEqual({ file: FILE, line: 3, column: 11, endLine: 3, endColumn: 24 });
    expect(inv.reserved[2].pos).toEqual({ file: FILE, line: 6, column: 13, endLine: 6, endColumn: 28 });
    expect(inv.reserved[4].pos).toMatchObject({ file: 'infra/vpcs.json', line: 1, column: 43 });
  });

  it('reads a host with every key, each value located', () => {
    const [h] = inv.hosts;
    expect(inv.hosts).toHaveLength(1);
    expect(h.name).toBe('app-1');
    expect(h.engine).toEqual({ value: '26.1', pos: { file: FILE, line: 10, column: 13, endLine: 10, endColumn: 19 } });
    expect(h.daemon).toEqual({ value: 'deploy/daemon.json', pos: { file: FILE, line: 11, column: 13, endLine: 11, endColumn: 31 } });
    expect(h.routes).toEqual([{ value: '10.0.0.0/24', pos: { file: FILE, line: 12, column: 14, endLine: 12, endColumn: 25 } }]);
    expect(h.nameservers).toEqual([{ value: '10.0.0.2', pos: { file: FILE, line: 13, column: 19, endLine: 13, endColumn: 27 } }]);
    expect(h.underlayMtu).toEqual({ value: 1442, pos: { file: FILE, line: 14, column: 19, endLine: 14, endColumn: 23 } });
    expect(h.restartEvery).toBe(10);
    expect(h.env).toEqual({ APP_NET: '10.9.0.0/24', REPLICAS: '2' });
    expect(h.envFile).toMatchObject({ value: 'hosts/app.env', pos: { line: 17, column: 15 } });
    expect(h.pos).toMatchObject({ line: 9, column: 5 });
  });

  it('reads projects in order with lifecycle (cycling by default) and profiles', () => {
    expect(inv.hosts[0].projects).toEqual([
      { path: 'proxy', lifecycle: 'persistent', profiles: [], pos: expect.objectContaining({ line: 19, column: 9 }) },
      {
        path: ['app/compose.yaml', 'app/compose.prod.yaml'],
        lifecycle: 'cycling',
        profiles: ['debug'],
        pos: expect.objectContaining({ line: 21, column: 9 }),
      },
    ]);
  });

  it('reads cycles and the CGNAT switch', () => {
    expect(inv.cycles).toEqual({ value: 1000, pos: { file: FILE, line: 23, column: 9, endLine: 23, endColumn: 13 } });
    expect(inv.allowCgnat).toBe(true);
    expect(inv.file).toBe(FILE);
  });
});

describe('inventory: defaults', () => {
  it('without a file: one host "local", engine unknown, every project, nothing reserved', () => {
    expect(defaultInventory()).toEqual({
      reserved: [],
      hosts: [
        { name: 'local', engine: { value: 'unknown' }, routes: [], nameservers: [], restartEvery: 0, env: {}, reserved: [], networks: [] },
      ],
    });
    expect(defaultInventory().hosts[0].projects).toBeUndefined();
  });

  it('a file without hosts gets the same single host', () => {
    const inv = load('reserved:\n  - cidr: 10.0.0.0/8\n');
    expect(inv.hosts.map((h) => h.name)).toEqual(['local']);
    expect(inv.hosts[0].projects).toBeUndefined();
  });

  it('an empty file is an empty inventory', () => {
    expect(load('')).toMatchObject({ file: FILE, reserved: [], hosts: [{ name: 'local' }] });
    expect(load('# nothing yet\n').hosts).toHaveLength(1);
  });

  it('a host without engine, routes or projects: engine unknown, no routes, every project', () => {
    const [h] = load('hosts:\n  - name: a\n').hosts;
    expect(h).toMatchObject({ name: 'a', engine: { value: 'unknown' }, routes: [], nameservers: [], restartEvery: 0, env: {} });
    expect(h.projects).toBeUndefined();
    expect(h.daemon).toBeUndefined();
  });
});

describe('inventory: what YAML makes of what users write', () => {
  it('keeps an unquoted engine version as written (20.10 is not 20.1)', () => {
    expect(load('hosts:\n  - name: a\n    engine: 20.10\n').hosts[0].engine.value).toBe('20.10');
    expect(load('hosts:\n  - name: a\n    engine: 27\n').hosts[0].engine.value).toBe('27');
  });

  it('merges anchored host templates with <<', () => {
    const inv = load('hosts:\n  - &base\n    name: a\n    engine: "26.1"\n    underlay-mtu: 1450\n  - <<: *base\n    name: b\n');
    expect(inv.hosts.map((h) => [h.name, h.engine.value, h.underlayMtu?.value])).toEqual([
      ['a', '26.1', 1450],
      ['b', '26.1', 1450],
    ]);
  });

  it('normalises an interface-style route to its network and a bare reserved address to /32', () => {
    const inv = load('reserved:\n  - cidr: 10.0.0.2\n  - cidr: FD00::/8\nhosts:\n  - name: a\n    routes: [10.0.0.5/24, 10.1.0.9]\n');
    expect(inv.reserved.map((r) => r.cidr)).toEqual(['10.0.0.2/32', 'fd00::/8']);
    expect(inv.hosts[0].routes.map((r) => r.value)).toEqual(['10.0.0.0/24', '10.1.0.9/32']);
  });

  it('resolves paths against the inventory folder, not the working directory', () => {
    const inv = load(
      'hosts:\n  - name: a\n    daemon: ../deploy/daemon.json\n    projects:\n      - path: ../app\n',
      TREE,
      'ops/network-inventory.yaml',
    );
    expect(inv.hosts[0].daemon?.value).toBe('deploy/daemon.json');
    expect(inv.hosts[0].projects?.[0].path).toBe('app');
  });

  it('prefixes preset and import names with the entry name', () => {
    const inv = load('reserved:\n  - preset: swarm-ingress\n    name: cluster A\n');
    expect(inv.reserved).toEqual([
      {
        cidr: '10.0.0.0/24',
        name: 'cluster A: Docker swarm ingress network',
        pos: expect.objectContaining({ line: 2 }),
        source: 'preset:swarm-ingress',
      },
    ]);
  });

  it('reads a JSON inventory too', () => {
    const inv = load('{\n\t"hosts": [{"name": "a", "engine": "27.3.1"}]\n}', TREE, 'network-inventory.json');
    expect(inv.hosts[0].engine).toMatchObject({ value: '27.3.1', pos: { file: 'network-inventory.json', line: 2, column: 36 } });
  });
});

describe('inventory: every refusal is located and says what is wrong', () => {
  // [what, text, line, column, message fragments]
  const cases: [string, string, number, number, string[]][] = [
    // syntax
    ['broken YAML', 'hosts:\n  - name: a\n    routes: [10.0.0.0/24\n', 4, 1, ['not valid YAML']],
    ['a tab as indentation', 'hosts:\n\t- name: a\n', 2, 1, ['not valid YAML']],
    ['two documents', 'version: 1\n---\nversion: 1\n', 2, 1, ['more than one YAML document']],
    [
      'a duplicate key',
      'hosts:\n  - name: a\n    engine: "26"\n    engine: "27"\n',
      4,
      5,
      ['duplicate key "engine" (first defined on line 3)'],
    ],
    ['an unknown alias', 'hosts:\n  - *nope\n', 2, 5, ['unknown alias *nope']],
    ['an alias inside its own anchor', 'hosts: &h\n  - *h\n', 2, 5, ['the alias *h refers to a node that contains it']],
    // schema
    ['a list at the top', '- name: a\n', 1, 1, ['the inventory must be a mapping (key: value), found a list']],
    ['an unknown top-level key', 'version: 1\nhost:\n  - name: a\n', 2, 1, ['unknown key "host" at the top level — did you mean "hosts"?']],
    [
      'a misspelt host key',
      'hosts:\n  - name: a\n    enigne: "26.1"\n',
      3,
      5,
      ['unknown key "enigne" in hosts[0] — did you mean "engine"?', 'a host has: name, engine'],
    ],
    ['a host without name', 'hosts:\n  - engine: "26.1"\n', 2, 5, ['hosts[0] has no "name" (every host needs one)']],
    [
      'an mtu in quotes',
      'hosts:\n  - name: a\n    underlay-mtu: "1442"\n',
      3,
      19,
      ['hosts[0].underlay-mtu must be a whole number, found the string "1442"'],
    ],
    ['an mtu below 68', 'hosts:\n  - name: a\n    underlay-mtu: 60\n', 3, 19, ['hosts[0].underlay-mtu must be at least 68, found 60']],
    ['a negative restart-every', 'hosts:\n  - name: a\n    restart-every: -1\n', 3, 20, ['restart-every must be at least 0']],
    ['zero cycles', 'cycles: 0\n', 1, 9, ['cycles must be at least 1, found 0']],
    ['fractional cycles', 'cycles: 2.5\n', 1, 9, ['cycles must be a whole number']],
    ['an empty host list', 'hosts: []\n', 1, 8, ['hosts must list at least one host']],
    ['hosts as a mapping', 'hosts:\n  app-1: {}\n', 2, 3, ['hosts must be a list, found a mapping']],
    [
      'an unknown lifecycle',
      'hosts:\n  - name: a\n    projects:\n      - path: app\n        lifecycle: persist\n',
      5,
      20,
      ['"persist" is not one of: persistent, cycling — did you mean "persistent"?'],
    ],
    [
      'a project without path',
      'hosts:\n  - name: a\n    projects:\n      - lifecycle: cycling\n',
      4,
      9,
      ['hosts[0].projects[0] has no "path"'],
    ],
    ['an empty file list', 'hosts:\n  - name: a\n    projects:\n      - path: []\n', 4, 15, ['path must list at least 1 item']],
    [
      'an unknown preset',
      'reserved:\n  - preset: aws\n',
      2,
      13,
      ['unknown preset "aws" — did you mean "aws-default-vpc"?', 'Known presets: aws-default-vpc, aws-eks'],
    ],
    [
      'a reserved entry with nothing to reserve',
      'reserved:\n  - name: office\n',
      2,
      5,
      ['reserved[0] needs exactly one of "cidr", "preset" or "import"'],
    ],
    ['a reserved entry with two things to reserve', 'reserved:\n  - cidr: 10.0.0.0/8\n    preset: kind\n', 2, 5, ['needs exactly one of']],
    ['a reserved cidr that is a list', 'reserved:\n  - cidr: [10.0.0.0/8]\n', 2, 11, ['reserved[0].cidr must be a string, found a list']],
    ['a future version', 'version: 2\n', 1, 10, ['this file says 2; this subnet-guard reads inventory version 1']],
    ['an engine that is no version', 'hosts:\n  - name: a\n    engine: latest\n', 3, 13, ['"latest" is not a Docker Engine version']],
    ['a bad variable name', 'hosts:\n  - name: a\n    env:\n      1ST: x\n', 4, 7, ['"1ST" is not a variable name']],
    [
      'a variable without value',
      'hosts:\n  - name: a\n    env:\n      A:\n',
      4,
      9,
      ['env.A must be a string or a number or true or false, found an empty value'],
    ],
    // values
    [
      'an invalid reserved CIDR',
      'reserved:\n  - cidr: 172.300.0.0/16\n',
      2,
      11,
      ['reserved[0].cidr: "172.300.0.0/16" is not a CIDR prefix: 172.300.0.0 is not an IPv4 address'],
    ],
    [
      'a reserved CIDR with host bits',
      'reserved:\n  - cidr: 10.1.2.3/16\n',
      2,
      11,
      ['10.1.2.3/16 has host bits set — write the network 10.1.0.0/16, or 10.1.2.3/32'],
    ],
    ['reserving everything', 'reserved:\n  - cidr: 0.0.0.0/0\n', 2, 11, ['would reserve every address']],
    [
      'an invalid route',
      'hosts:\n  - name: a\n    routes: [10.0.0.0/33]\n',
      3,
      14,
      ['hosts[0].routes[0]: "10.0.0.0/33" is not a route prefix: prefix length must be 0 to 32'],
    ],
    ['the default route', 'hosts:\n  - name: a\n    routes: [0.0.0.0/0]\n', 3, 14, ['is the default route']],
    [
      'a nameserver prefix',
      'hosts:\n  - name: a\n    nameservers: [10.0.0.0/24]\n',
      3,
      19,
      ['hosts[0].nameservers[0]: "10.0.0.0/24" is not an IP address such as 10.0.0.2'],
    ],
    ['an invalid nameserver', 'hosts:\n  - name: a\n    nameservers: [10.0.0.256]\n', 3, 19, ['"10.0.0.256" is not an IP address']],
    ['duplicate host names', 'hosts:\n  - name: app-1\n  - name: app-1\n', 3, 11, ['duplicate host name "app-1" (already used on line 2)']],
    ['a blank host name', 'hosts:\n  - name: " "\n', 2, 11, ['hosts[0].name must not be blank']],
    // paths
    [
      'a daemon.json outside the repository',
      'hosts:\n  - name: a\n    daemon: ../etc/docker/daemon.json\n',
      3,
      13,
      ['"../etc/docker/daemon.json" leaves the repository'],
    ],
    ['an absolute daemon.json', 'hosts:\n  - name: a\n    daemon: /etc/docker/daemon.json\n', 3, 13, ['is an absolute path']],
    ['a home-relative env file', 'hosts:\n  - name: a\n    env-file: ~/.env\n', 3, 15, ['is an absolute path']],
    [
      'a project outside the repository',
      'hosts:\n  - name: a\n    projects:\n      - path: app/../../x\n',
      4,
      15,
      ['leaves the repository'],
    ],
    [
      'a compose file outside the repository',
      'hosts:\n  - name: a\n    projects:\n      - path: [app/compose.yaml, ../../compose.yaml]\n',
      4,
      34,
      ['projects[0].path[1]: "../../compose.yaml" leaves the repository'],
    ],
    [
      'an import outside the repository',
      'reserved:\n  - import: ../../netbox.json\n',
      2,
      13,
      ['reserved[0].import: "../../netbox.json" leaves the repository'],
    ],
    ['a Windows absolute path', 'reserved:\n  - import: C:\\exports\\netbox.json\n', 2, 13, ['is an absolute path']],
    [
      'a missing daemon.json',
      'hosts:\n  - name: a\n    daemon: deploy/daemon.jsn\n',
      3,
      13,
      ['daemon.json "deploy/daemon.jsn" not found (looked for deploy/daemon.jsn)'],
    ],
    ['a daemon path that is a folder', 'hosts:\n  - name: a\n    daemon: deploy\n', 3, 13, ['"deploy" is a directory, not a daemon.json']],
    ['a missing project', 'hosts:\n  - name: a\n    projects:\n      - path: api\n', 4, 15, ['"api" does not exist']],
    [
      'a folder in a file list',
      'hosts:\n  - name: a\n    projects:\n      - path: [app]\n',
      4,
      16,
      ['"app" is a directory; a list names compose files'],
    ],
    ['a missing env file', 'hosts:\n  - name: a\n    env-file: .env\n', 3, 15, ['env file ".env" not found']],
    ['a missing import', 'reserved:\n  - import: infra/netbox.json\n', 2, 13, ['import "infra/netbox.json" not found']],
  ];

  it.each(cases)('refuses %s', (_what, text, line, column, fragments) => {
    const e = refusal(text);
    expect(e.pos?.file).toBe(FILE);
    expect({ line: e.pos?.line, column: e.pos?.column }).toEqual({ line, column });
    for (const f of fragments) expect(e.message).toContain(f);
  });

  it('says how many more problems the file has', () => {
    const e = refusal('hosts:\n  - name: a\n    enigne: "26"\n    underlay-mtu: "x"\ncycles: 0\n');
    expect(e.pos?.line).toBe(3);
    expect(e.message).toMatch(/\(and 2 more problems in this file\)$/);
  });

  it('reports a broken import at its own file and line', () => {
    const e = refusal('reserved:\n  - import: infra/vpcs.json\n', {
      ...TREE,
      'infra/vpcs.json': '{"Vpcs": [\n  {"CidrBlock": "10.0.0.0/33"}\n]}',
    });
    expect(e.pos).toMatchObject({ file: 'infra/vpcs.json', line: 2, column: 17 });
  });
});

describe('inventory: the repository boundary on disk', () => {
  const root = mkdtempSync(join(tmpdir(), 'subnet-guard-inv-'));
  const outside = mkdtempSync(join(tmpdir(), 'subnet-guard-outside-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  writeFileSync(join(outside, 'daemon.json'), '{}');
  mkdirSync(join(outside, 'app'));
  writeFileSync(join(outside, 'app', 'compose.yaml'), 'services: {}\n');
  writeFileSync(join(outside, 'netbox.json'), '{"count": 1, "next": null, "results": [{"prefix": "10.0.0.0/8"}]}');
  mkdirSync(join(root, 'deploy'));
  symlinkSync(join(outside, 'daemon.json'), join(root, 'deploy', 'daemon.json'));
  symlinkSync(join(outside, 'app'), join(root, 'app'));
  symlinkSync(join(outside, 'netbox.json'), join(root, 'netbox.json'));
  const reader = new FsReader(root);

  const cases: [string, string, number, number][] = [
    ['a daemon.json that links outside', 'hosts:\n  - name: a\n    daemon: deploy/daemon.json\n', 3, 13],
    ['a project folder that links outside', 'hosts:\n  - name: a\n    projects:\n      - path: app\n', 4, 15],
    ['an import that links outside', 'reserved:\n  - import: netbox.json\n', 2, 13],
  ];
  it.each(cases)('refuses %s, at the inventory line', (_what, text, line, column) => {
    writeFileSync(join(root, FILE), text);
    let err: unknown;
    try {
      loadInventory(reader, FILE);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const e = err as ConfigError;
    expect(e.pos).toMatchObject({ file: FILE, line, column });
    expect(e.message).toContain('points outside the repository');
  });
});

describe('inventory: the shipped example', () => {
  it('loads fixtures/load/inventory-two-hosts with presets, imports, anchors and both hosts', () => {
    const reader = new FsReader(fileURLToPath(new URL('../../fixtures/load/', import.meta.url)));
    const inv = loadInventory(reader, 'inventory-two-hosts/network-inventory.yaml');
    expect(inv.hosts.map((h) => [h.name, h.engine.value, h.restartEvery, h.daemon?.value])).toEqual([
      ['app-1', '26.1', 0, 'inventory-two-hosts/deploy/daemon.json'],
      ['app-2', '20.10', 50, 'inventory-two-hosts/deploy/daemon.json'],
    ]);
    expect(inv.hosts[1].projects?.map((p) => p.path)).toEqual([
      'inventory-two-hosts/proxy',
      ['inventory-two-hosts/app/compose.yaml', 'inventory-two-hosts/app/compose.prod.yaml'],
    ]);
    expect(inv.reserved.filter((r) => r.source?.startsWith('import:')).length).toBe(4 + 4 + 7);
    expect(inv.reserved.find((r) => r.cidr === '10.20.0.0/16')?.name).toBe('netbox: prod VPC (peered) [VRF prod]');
    expect(inv.allowCgnat).toBe(true);
  });
});

describe('inventory: hostile input', () => {
  it('ends every input in an inventory or a located ConfigError, never an internal error', () => {
    const keys = [
      'version',
      'reserved',
      'hosts',
      'cycles',
      'name',
      'engine',
      'daemon',
      'routes',
      'projects',
      'path',
      'lifecycle',
      'cidr',
      'preset',
      'import',
      'env',
      'env-file',
      '<<',
    ];
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(
          '10.0.0.0/8',
          '172.300.0.0/16',
          'fd00::/8',
          'app',
          '../x',
          '/etc',
          'persistent',
          'kind',
          'infra/vpcs.json',
          '26.1',
          '',
        ),
        fc.integer({ min: -3, max: 2000 }),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('v'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom(...keys), tie('v'), { maxKeys: 4 }),
      ),
    })).v;
    const text = fc.oneof(
      value.map((v) => JSON.stringify(v) ?? ''),
      value.chain((v) => {
        const s = JSON.stringify(v) ?? '';
        return fc
          .tuple(fc.nat(s.length), fc.nat(3), fc.string({ maxLength: 4 }))
          .map(([at, del, ins]) => s.slice(0, at) + ins + s.slice(at + del));
      }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc
        .array(
          fc.constantFrom(
            'hosts:',
            '  - name: a',
            '    engine: 26',
            '  - &x {name: b}',
            '  - <<: *x',
            '- *x',
            'reserved:',
            '  - cidr: 10.0.0.0/8',
            ': :',
            '\t',
            '---',
            '? a',
          ),
          { maxLength: 8 },
        )
        .map((l) => l.join('\n')),
    );
    fc.assert(
      fc.property(text, (t) => {
        try {
          load(t);
        } catch (e) {
          if (!(e instanceof ConfigError)) throw e;
          expect(e.pos?.file).toBeDefined();
          // ajv's own wording never reaches the user
          expect(e.message).not.toMatch(/must NOT|must match|must have required|must be equal to|must pass/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const t0 = Date.now();
    const e = refusal(lines.join('\n') + '\n');
    expect(e.message).toContain('expands to more than 1,000,000 values (too many aliases)');
    expect(e.pos?.line).toBe(6); // a5 stands for 1,111,111 values
    console.log(`alias expansion refused in ${Date.now() - t0} ms`);
  });

  it('refuses a document nested too deeply', () => {
    const e = refusal('a: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n');
    expect(e.message).toMatch(/nested/);
  });
});

describe('host keys compose: and engine-id:', () => {
  it('reads them, with their lines; compose defaults to v2 (absent)', () => {
    const inv = load(
      'hosts:\n  - name: a\n    engine: "28.5"\n    engine-id: " cfabfba2-9576-45e4-9c03-8fc8e1d308fb "\n    compose: v1\n  - name: b\n',
    );
    expect(inv.hosts[0].engineId).toMatchObject({ value: 'cfabfba2-9576-45e4-9c03-8fc8e1d308fb', pos: { line: 4 } });
    expect(inv.hosts[0].compose).toMatchObject({ value: 'v1', pos: { line: 5 } });
    expect(inv.hosts[1].compose).toBeUndefined();
    expect(inv.hosts[1].engineId).toBeUndefined();
  });

  it('refuses another Compose generation and a blank engine-id, at the line', () => {
    const e = refusal('hosts:\n  - name: a\n    compose: v3\n');
    expect(e.pos?.line).toBe(3);
    expect(e.message).toMatch(/compose/);
    const b = refusal('hosts:\n  - name: a\n    engine-id: "  "\n');
    expect(b.pos?.line).toBe(3);
    expect(b.message).toMatch(/engine-id/);
  });
});
