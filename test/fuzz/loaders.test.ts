// Every loader fed random and mutated input — real compose files, inventories, daemon.json files and
// exports from fixtures/ with random edits, wrong types at every key, invalid CIDRs and sizes, binary
// junk, invalid UTF-8, empty files — and whole check() runs over in-memory trees. Each input must end
// in a result or a ConfigError naming the file (and the line, when the input has lines); anything else
// is an internal error and fails with the shrunk input. The total is printed at the end:
//   fuzz: 104,000 inputs, 0 internal errors
// Replay a failure: FUZZ_SEED=<seed printed by fast-check> npx vitest run test/fuzz
// More (or fewer) inputs: FUZZ_SCALE=10 npx vitest run test/fuzz
// Every input is timed (CPU): one over FUZZ_SLOW_MS (10 s) fails the last test, naming it; one still
// running after FUZZ_HANG_MS (60 s) is printed and the worker killed (see harness.ts).
import fc from 'fast-check';
import { parse as parseYamlValue, stringify as toYaml } from 'yaml';
import { fixtureTree } from '../fixture-tree.js';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { ConfigError } from '../../src/errors.js';
import { loadProject } from '../../src/load/compose.js';
import { parseDaemonConfig } from '../../src/load/daemon.js';
import { discoverProjects, globToRegExp } from '../../src/load/discover.js';
import { parseEnvFile, readEnvFiles } from '../../src/load/envfile.js';
import { parseImport } from '../../src/load/importers.js';
import { substitute } from '../../src/load/interpolate.js';
import { loadInventory } from '../../src/load/inventory.js';
import { MemoryReader } from '../../src/load/reader.js';
import { parseYamlDocuments } from '../../src/load/yaml.js';
import {
  anyValue,
  cidrish,
  COMPOSE_SEEDS,
  DAEMON_SEEDS,
  ENV_SEEDS,
  FUZZ_SEED,
  IMPORT_SEEDS,
  INVENTORY_SEEDS,
  junk,
  mustEndWell,
  mutated,
  params,
  pathsOf,
  property,
  replaceAt,
  slowInputsReport,
  SLOW_INPUT_MS,
  tally,
  timing,
  TOKENS,
} from './harness.js';

const started = performance.now();
const perTest: string[] = [];
let before = { ...tally };
beforeEach(() => {
  before = { ...tally };
});
let failing = 0;
afterEach((ctx) => {
  if (tally.internal > before.internal) failing++;
  const n = tally.inputs - before.inputs;
  if (n > 0)
    perTest.push(
      `  ${String(n).padStart(7)} inputs, ${String(tally.results - before.results).padStart(6)} results, ${String(tally.configErrors - before.configErrors).padStart(6)} ConfigErrors — ${ctx.task.name}`,
    );
});
afterAll(() => {
  if (process.env.FUZZ_VERBOSE) console.log(perTest.join('\n'));
  const s = ((performance.now() - started) / 1000).toFixed(1);
  // the line CI shows (issue 6): how many inputs, and that none ended in an internal error
  console.log(
    `fuzz: ${tally.inputs.toLocaleString('en-US')} inputs, ${tally.internal} internal errors` +
      (failing > 0 ? ` (in ${failing} propert${failing === 1 ? 'y' : 'ies'}, counting the inputs tried while shrinking)` : '') +
      ' ' +
      `(${tally.results.toLocaleString('en-US')} results, ${tally.configErrors.toLocaleString('en-US')} located ConfigErrors, ${s} s, seed ${FUZZ_SEED}` +
      (timing.slowest ? `, slowest input ${(timing.slowest.ms / 1000).toFixed(2)} s of CPU in "${timing.slowest.test}"` : '') +
      ')',
  );
});

const hasLines = (t: string) => t.trim() !== '';

/** a structured variant: the seed as data, one value anywhere replaced by a value of any type (or a key added) */
function retyped(seeds: readonly string[], json: boolean): fc.Arbitrary<string> {
  const docs = seeds.map((s) => {
    try {
      return parseYamlValue(s, { uniqueKeys: false, merge: true }) as unknown;
    } catch {
      return {};
    }
  });
  const paths = docs.map((d) => pathsOf(d));
  return fc
    .tuple(
      fc.nat(docs.length - 1),
      fc.nat(),
      anyValue,
      fc.option(fc.constantFrom('x-extra', 'name', 'networks', 'subnet', 'size', 'base', 'external', 'hosts', 'reserved', 'mtu', 'bip')),
    )
    .map(([d, p, v, key]) => {
      const at = paths[d][p % paths[d].length];
      const out = replaceAt(docs[d], at, v, key ?? undefined);
      return json ? (JSON.stringify(out, null, 2) ?? 'null') : toYaml(out, { aliasDuplicateObjects: false });
    });
}

/** mostly a valid value, sometimes a value of any type */
function mostly<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: anyValue });
}

/** compose files built from the network-relevant grammar, with valid and invalid values mixed */
const netName = fc.constantFrom('default', 'front', 'back', 'edge', 'v6', 'x y', 'Ünï', '');
const subnet = fc.oneof(
  { weight: 1, arbitrary: cidrish },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '10.1.0.0/24',
      '172.18.0.0/16',
      '172.31.5.0/24',
      '192.168.0.0/20',
      'fd00:1::/64',
      '10.0.0.0/8',
      '${NET:-10.9.0.0/24}',
      '172.20.0.0/24',
    ),
  },
);
const networkDef = fc.record(
  {
    driver: mostly(fc.constantFrom('bridge', 'overlay', 'macvlan', 'ipvlan', 'host', 'none', 'weird')),
    external: mostly(fc.boolean()),
    name: mostly(fc.constantFrom('edge', 'shared_net', '${NAME}', '')),
    enable_ipv6: mostly(fc.boolean()),
    enable_ipv4: fc.boolean(),
    internal: fc.boolean(),
    ipam: fc.oneof(
      fc.record(
        {
          driver: fc.constantFrom('default', 'default', 'default', 'custom'),
          config: mostly(
            fc.array(fc.record({ subnet, gateway: cidrish, ip_range: subnet }, { requiredKeys: ['subnet'] }), { maxLength: 3 }),
          ),
        },
        { requiredKeys: [] },
      ),
      anyValue,
    ),
  },
  { requiredKeys: [] },
);
const service = fc.record(
  {
    image: fc.constantFrom('nginx', '${IMAGE:-nginx}'),
    networks: fc.oneof(
      fc.array(netName, { maxLength: 3 }),
      fc.dictionary(
        netName,
        fc.oneof(
          fc.constant(null),
          fc.record(
            { aliases: fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }), ipv4_address: cidrish, priority: fc.integer() },
            { requiredKeys: [] },
          ),
        ),
        { maxKeys: 3 },
      ),
      anyValue,
    ),
    network_mode: mostly(fc.constantFrom('host', 'none', 'bridge', 'service:web', 'container:x', 'default')),
    profiles: mostly(fc.array(fc.constantFrom('debug', 'x'), { maxLength: 2 })),
    // rare: extends often refers to what is not there
    extends: fc.oneof(
      { weight: 10, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom('web', 'nope', 'db') },
      {
        weight: 1,
        arbitrary: fc.record(
          { service: fc.constantFrom('web', 'db'), file: fc.constantFrom('other.yaml', '../x.yaml', 'compose.prod.yaml') },
          { requiredKeys: [] },
        ),
      },
    ),
    ports: fc.array(fc.constantFrom('80:80', '8080', '127.0.0.1:53:53/udp', '${PORT}:80'), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);
const composeGrammar = fc
  .record(
    {
      name: mostly(fc.constantFrom('app', 'My App', '${COMPOSE_PROJECT_NAME}', '_x', '')),
      services: mostly(fc.dictionary(fc.constantFrom('web', 'db', 'worker', 'proxy'), service, { minKeys: 1, maxKeys: 4 })),
      networks: mostly(fc.dictionary(netName, fc.option(networkDef), { maxKeys: 4 })),
    },
    { requiredKeys: ['services'] },
  )
  .map((v) => toYaml(v));

/** compose files Compose accepts, varied in what decides the networks (names, pins, drivers, IPv6, sharing) */
const validNet = fc.constantFrom('default', 'front', 'back', 'edge', 'v6');
const composeValid = fc
  .record({
    name: fc.option(fc.constantFrom('app', 'shop', '${COMPOSE_PROJECT_NAME}')),
    services: fc.dictionary(
      fc.constantFrom('web', 'db', 'worker', 'proxy'),
      fc.oneof(
        {
          weight: 6,
          arbitrary: fc.record({
            image: fc.constant('nginx'),
            networks: fc.option(fc.uniqueArray(validNet, { maxLength: 3 })),
            profiles: fc.option(fc.constantFrom(['debug'], ['x'])),
          }),
        },
        { weight: 1, arbitrary: fc.record({ image: fc.constant('nginx'), network_mode: fc.constantFrom('host', 'none', 'service:web') }) },
      ),
      { minKeys: 1, maxKeys: 4 },
    ),
    networks: fc.dictionary(
      validNet,
      fc.option(
        fc.record(
          {
            driver: fc.constantFrom('bridge', 'bridge', 'overlay', 'macvlan', 'host'),
            external: fc.constantFrom(false, false, false, true),
            name: fc.constantFrom('edge', 'shared', '${NAME:-named}'),
            enable_ipv6: fc.boolean(),
            ipam: fc.record({
              driver: fc.constantFrom('default', 'default', 'custom'),
              config: fc.array(
                fc.record({
                  subnet: fc.constantFrom(
                    '10.1.0.0/24',
                    '172.18.0.0/16',
                    '172.31.5.0/24',
                    '192.168.0.0/20',
                    'fd00:1::/64',
                    '10.0.0.0/8',
                    '${NET:-10.9.0.0/24}',
                    '172.20.0.0/24',
                    '10.10.1.0/24',
                  ),
                }),
                { maxLength: 2 },
              ),
            }),
          },
          { requiredKeys: [] },
        ),
      ),
      { maxKeys: 4 },
    ),
  })
  .map((v) => {
    // network_mode services never list networks; every listed network is declared (or is default)
    const declared = new Set(['default', ...Object.keys(v.networks)]);
    const services = Object.fromEntries(
      Object.entries(v.services).map(([k, svc]) => [
        k,
        'networks' in svc && svc.networks ? { ...svc, networks: svc.networks.filter((n) => declared.has(n)) } : svc,
      ]),
    );
    return toYaml({ ...(v.name ? { name: v.name } : {}), services, ...(Object.keys(v.networks).length ? { networks: v.networks } : {}) });
  });

const composeText = fc.oneof(
  { weight: 3, arbitrary: composeGrammar },
  { weight: 2, arbitrary: composeValid },
  { weight: 5, arbitrary: mutated(COMPOSE_SEEDS) },
  { weight: 3, arbitrary: retyped(COMPOSE_SEEDS, false) },
  { weight: 1, arbitrary: junk },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((t) => t.join('')) },
);

describe('fuzz: YAML', () => {
  it('parses any text into documents with positions, or refuses it at a line', () => {
    fc.assert(
      property(composeText, (text) => {
        mustEndWell(() => parseYamlDocuments(text, 'f.yaml'), { line: hasLines(text), files: ['f.yaml'] });
      }),
      params(18_000),
    );
  });
});

describe('fuzz: compose', () => {
  it('loads any single compose file into networks, or refuses it at a line', () => {
    fc.assert(
      property(composeText, (text) => {
        const reader = new MemoryReader({ 'app/compose.yaml': text });
        mustEndWell(() => loadProject({ reader, files: ['app/compose.yaml'] }), { line: hasLines(text), files: ['app/compose.yaml'] });
      }),
      params(18_000),
    );
  });

  it('loads -f a -f b, include:, extends: and .env together, or refuses one of them at its line', () => {
    const includeLine = fc.constantFrom(
      '',
      'include: [inc.yaml]\n',
      'include:\n  - path: inc.yaml\n    env_file: inc.env\n',
      'include:\n  - ../outside.yaml\n',
      'include:\n  - /etc/compose.yaml\n',
      'include: [app/compose.yaml]\n',
      'include: [inc.yaml, inc.yaml]\n',
    );
    fc.assert(
      property(
        composeText,
        fc.option(composeText),
        fc.option(composeText),
        fc.option(fc.oneof(mutated(ENV_SEEDS), junk)),
        includeLine,
        fc.dictionary(
          fc.constantFrom('A', 'NET', 'COMPOSE_PROJECT_NAME', 'COMPOSE_PROFILES', 'X'),
          fc.oneof(cidrish, fc.string({ maxLength: 6 })),
          { maxKeys: 3 },
        ),
        (base, override, inc, env, including, environment) => {
          const tree: Record<string, string> = { 'app/compose.yaml': including + base };
          const files = ['app/compose.yaml'];
          if (override !== null) {
            tree['app/compose.override.yaml'] = override;
            files.push('app/compose.override.yaml');
          }
          if (inc !== null) tree['app/inc.yaml'] = inc;
          if (env !== null) {
            tree['app/.env'] = env;
            tree['app/inc.env'] = env;
          }
          const reader = new MemoryReader(tree);
          // every file is non-empty or may be refused as a whole; the line is asserted where it is there
          const r = mustEndWell(() => loadProject({ reader, files, environment }), { line: false });
          if (r instanceof ConfigError && r.pos?.line === undefined) {
            // a refusal without a line must be about a file as a whole (missing, empty, outside)
            expect(r.message).toMatch(/not found|empty|outside|leaves|larger|MiB|no compose file|project name|cycle/i);
          }
        },
      ),
      params(8_000),
    );
  });
});

describe('fuzz: .env', () => {
  const envText = fc.oneof(
    { weight: 4, arbitrary: mutated(ENV_SEEDS) },
    {
      weight: 3,
      arbitrary: fc
        .array(
          fc.oneof(
            fc.constantFrom(
              'A',
              'export ',
              '=',
              ': ',
              ' ',
              '"',
              "'",
              '\\',
              '$',
              '${',
              '}',
              ':-',
              ':?',
              '#',
              '\n',
              '\r\n',
              '\t',
              'é',
              '\u0000',
              '\ud800',
              'KEY',
              '.',
              '-',
              '[',
              ']',
            ),
            fc.string({ maxLength: 4 }),
          ),
          { maxLength: 40 },
        )
        .map((x) => x.join('')),
    },
    { weight: 1, arbitrary: junk },
  );
  it('reads any env file, or refuses it at a line', () => {
    fc.assert(
      property(envText, fc.dictionary(fc.constantFrom('A', 'B', 'KEY', 'X'), fc.string({ maxLength: 4 }), { maxKeys: 2 }), (text, env) => {
        mustEndWell(() => parseEnvFile(text, 'app/.env', (k) => env[k]), { line: hasLines(text), files: ['app/.env'] });
      }),
      params(14_000),
    );
  });

  it('reads env files through a reader (missing, directories, several files)', () => {
    fc.assert(
      property(envText, fc.constantFrom(['a.env'], ['a.env', 'b.env'], ['missing.env'], ['dir'], ['a.env', 'a.env']), (text, files) => {
        const reader = new MemoryReader({ 'a.env': text, 'b.env': 'B=${A:-x}\n', 'dir/x': '' });
        mustEndWell(() => readEnvFiles(reader, [...files], {}), { line: false, files });
      }),
      params(2_000),
    );
  });
});

describe('fuzz: interpolation', () => {
  it('substitutes any template, or says what is wrong with it', () => {
    const template = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            '$',
            '$$',
            '${',
            '}',
            '{',
            ':',
            '-',
            '?',
            '+',
            'A',
            'B',
            '_',
            '1',
            ' ',
            '\n',
            '\\',
            '${A}',
            '${A:-${B}}',
            '${A:?e}',
            'é',
          ),
          fc.string({ maxLength: 3 }),
        ),
        { maxLength: 30 },
      )
      .map((x) => x.join(''));
    fc.assert(
      property(template, fc.dictionary(fc.constantFrom('A', 'B'), fc.string({ maxLength: 4 }), { maxKeys: 2 }), (t, env) => {
        tally.inputs++;
        try {
          substitute(t, (k) => env[k]);
          tally.results++;
        } catch (e) {
          // substitute reports with its own error class; loaders turn it into a located ConfigError
          if (!(e instanceof Error) || e.name === 'TypeError' || e.name === 'RangeError' || e.name === 'ReferenceError') {
            tally.internal++;
            throw e;
          }
          tally.configErrors++;
        }
      }),
      params(8_000),
    );
  });
});

describe('fuzz: daemon.json', () => {
  const daemonValue = fc.dictionary(
    fc.constantFrom(
      'default-address-pools',
      'bip',
      'fixed-cidr',
      'bridge',
      'mtu',
      'default-network-opts',
      'ip-forward',
      'iptables',
      'default-address-pool',
      'MTU',
      'log-driver',
      'dns',
      'Bip',
    ),
    fc.oneof(
      anyValue,
      fc.array(
        fc.record({ base: fc.oneof(cidrish, anyValue), size: fc.oneof(fc.integer({ min: -2, max: 130 }), anyValue) }, { requiredKeys: [] }),
        { maxLength: 3 },
      ),
      fc.dictionary(
        fc.constantFrom('bridge', 'overlay'),
        fc.dictionary(fc.constantFrom('com.docker.network.driver.mtu', 'x'), anyValue, { maxKeys: 2 }),
        { maxKeys: 2 },
      ),
    ),
    { maxKeys: 5 },
  );
  const daemonText = fc.oneof(
    { weight: 3, arbitrary: daemonValue.map((v) => JSON.stringify(v, null, 2) ?? '') },
    { weight: 3, arbitrary: mutated(DAEMON_SEEDS) },
    { weight: 2, arbitrary: retyped(DAEMON_SEEDS, true) },
    { weight: 1, arbitrary: junk },
  );
  it('reads any daemon.json into pools and options, or refuses it at a line as dockerd would', () => {
    fc.assert(
      property(daemonText, (text) => {
        mustEndWell(() => parseDaemonConfig(text, 'etc/daemon.json'), { line: hasLines(text), files: ['etc/daemon.json'] });
      }),
      params(14_000),
    );
  });
});

describe('fuzz: importers', () => {
  const exportText = fc.oneof(
    { weight: 3, arbitrary: mutated(IMPORT_SEEDS) },
    { weight: 3, arbitrary: retyped(IMPORT_SEEDS, true) },
    {
      weight: 2,
      arbitrary: fc
        .oneof(
          fc.record(
            {
              count: fc.option(fc.integer()),
              next: fc.option(fc.string({ maxLength: 5 })),
              results: fc.array(
                fc.record({ prefix: fc.oneof(cidrish, anyValue), description: anyValue, status: anyValue }, { requiredKeys: [] }),
                { maxLength: 3 },
              ),
            },
            { requiredKeys: [] },
          ),
          fc.record({
            Vpcs: fc.array(
              fc.record(
                {
                  VpcId: anyValue,
                  CidrBlock: fc.oneof(cidrish, anyValue),
                  CidrBlockAssociationSet: fc.array(
                    fc.record({
                      CidrBlock: fc.oneof(cidrish, anyValue),
                      CidrBlockState: fc.record({ State: fc.constantFrom('associated', 'disassociated', 'x') }),
                    }),
                    { maxLength: 2 },
                  ),
                  Tags: anyValue,
                },
                { requiredKeys: [] },
              ),
              { maxLength: 3 },
            ),
          }),
          fc.dictionary(
            fc.string({ maxLength: 6 }),
            fc.record({ value: anyValue, type: anyValue, sensitive: fc.boolean() }, { requiredKeys: [] }),
            { maxKeys: 3 },
          ),
        )
        .map((v) => JSON.stringify(v)),
    },
    { weight: 1, arbitrary: junk },
  );
  it('imports any NetBox, AWS or terraform export, or refuses it at a line', () => {
    fc.assert(
      property(exportText, (text) => {
        mustEndWell(() => parseImport(text, 'infra/export.json'), { line: hasLines(text), files: ['infra/export.json'] });
      }),
      params(10_000),
    );
  });
});

/** the repository an inventory is checked against: compose files, a daemon.json, exports, an env file */
function repoTree(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'app/compose.yaml': COMPOSE_SEEDS[0] ?? 'services:\n  web:\n    image: nginx\n',
    'proxy/compose.yaml': 'services:\n  traefik:\n    image: traefik\n    networks: [edge]\nnetworks:\n  edge:\n    name: edge\n',
    'deploy/daemon.json': DAEMON_SEEDS[0] ?? '{}',
    'infra/netbox.json': IMPORT_SEEDS[0] ?? '[]',
    'deploy/host.env': 'A=1\n',
    ...extra,
  };
}

describe('fuzz: inventory', () => {
  const host = fc.record(
    {
      name: fc.oneof(fc.constantFrom('app-1', 'app-2', '', ' '), anyValue),
      engine: fc.oneof(fc.constantFrom('26.1', '20.10.24', '27.3', 'unknown', '28', 'latest', '', '1.2.3.4'), anyValue),
      daemon: fc.oneof(
        fc.constantFrom(
          'deploy/daemon.json',
          'missing.json',
          '../daemon.json',
          '/etc/docker/daemon.json',
          'deploy',
          'deploy/../deploy/daemon.json',
          'C:\\x',
        ),
        anyValue,
      ),
      routes: fc.oneof(fc.array(cidrish, { maxLength: 3 }), anyValue),
      nameservers: fc.oneof(fc.array(fc.oneof(cidrish, fc.constantFrom('10.0.0.2', 'fd00::53', '1.1.1')), { maxLength: 2 }), anyValue),
      'underlay-mtu': fc.oneof(fc.integer({ min: 0, max: 70000 }), anyValue),
      'restart-every': fc.oneof(fc.integer({ min: -1, max: 100 }), anyValue),
      'env-file': fc.oneof(fc.constantFrom('deploy/host.env', 'nope.env', '../x.env'), anyValue),
      env: fc.oneof(fc.dictionary(fc.string({ maxLength: 4 }), anyValue, { maxKeys: 2 }), anyValue),
      projects: fc.oneof(
        fc.array(
          fc.record(
            {
              path: fc.oneof(
                fc.constantFrom('app', 'proxy', 'app/compose.yaml', 'nope', '../app', '/app', '.', 'deploy'),
                fc.array(fc.constantFrom('app/compose.yaml', 'proxy/compose.yaml', 'x.yaml'), { maxLength: 2 }),
                anyValue,
              ),
              lifecycle: fc.oneof(fc.constantFrom('persistent', 'cycling', 'sometimes'), anyValue),
              profiles: fc.oneof(fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }), anyValue),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 3 },
        ),
        anyValue,
      ),
    },
    { requiredKeys: [] },
  );
  const inventoryValue = fc.record(
    {
      version: fc.oneof(fc.constant(1), anyValue),
      reserved: fc.oneof(
        fc.array(
          fc.oneof(
            fc.record({ cidr: fc.oneof(cidrish, anyValue), name: anyValue }, { requiredKeys: [] }),
            fc.record(
              { preset: fc.oneof(fc.constantFrom('aws-default-vpc', 'tailscale', 'kubernetes', 'nope'), anyValue), name: anyValue },
              { requiredKeys: [] },
            ),
            fc.record(
              { import: fc.oneof(fc.constantFrom('infra/netbox.json', 'missing.json', '../etc/x.json', 'app/compose.yaml'), anyValue) },
              { requiredKeys: [] },
            ),
          ),
          { maxLength: 4 },
        ),
        anyValue,
      ),
      hosts: fc.oneof(fc.array(host, { maxLength: 3 }), anyValue),
      cycles: fc.oneof(fc.integer({ min: -1, max: 10_000 }), anyValue),
      'cgnat-is-private': anyValue,
    },
    { requiredKeys: [] },
  );
  const inventoryText = fc.oneof(
    { weight: 3, arbitrary: inventoryValue.map((v) => toYaml(v)) },
    { weight: 1, arbitrary: inventoryValue.map((v) => JSON.stringify(v)) },
    { weight: 3, arbitrary: mutated(INVENTORY_SEEDS) },
    { weight: 2, arbitrary: retyped(INVENTORY_SEEDS, false) },
    { weight: 1, arbitrary: junk },
  );
  it('reads any inventory (YAML or JSON) against a repository, or refuses it at a line', () => {
    fc.assert(
      property(inventoryText, fc.boolean(), (text, json) => {
        const file = json ? 'network-inventory.json' : 'network-inventory.yaml';
        const reader = new MemoryReader(repoTree({ [file]: text }));
        const r = mustEndWell(() => loadInventory(reader, file), { line: false });
        if (r instanceof ConfigError && hasLines(text) && r.pos?.file === file) expect(r.pos.line, r.message).toBeGreaterThanOrEqual(1);
      }),
      params(10_000),
    );
  });
});

describe('fuzz: discovery', () => {
  it('turns any glob into a matcher and walks any tree', () => {
    const glob = fc
      .array(
        fc.constantFrom(
          '*',
          '**',
          '/',
          '?',
          '[',
          ']',
          '!',
          '{',
          '}',
          ',',
          'a',
          'compose',
          '.yaml',
          '\\',
          '.',
          '-',
          '^',
          '$',
          '(',
          ')',
          '+',
          '|',
        ),
        { maxLength: 12 },
      )
      .map((x) => x.join(''));
    fc.assert(
      property(
        fc.array(glob, { maxLength: 3 }),
        fc.array(
          fc.constantFrom(
            'a/compose.yaml',
            'a/b/docker-compose.yml',
            'compose.override.yml',
            'x/.env',
            'node_modules/p/compose.yaml',
            'c/compose.yml',
          ),
          { maxLength: 5 },
        ),
        (globs, files) => {
          const reader = new MemoryReader(
            Object.fromEntries(files.map((f) => [f, f.endsWith('.env') ? 'COMPOSE_FILE=a.yaml:b.yaml\n' : 'services: {}\n'])),
          );
          mustEndWell(
            () => {
              for (const g of globs) globToRegExp(g);
              return discoverProjects(reader, { globs });
            },
            // globs come from --compose / compose-files: a bad one is a ConfigError naming no file
            { line: false, file: false },
          );
        },
      ),
      params(3_000),
    );
  });
});

/** the fixture repository the inventory seeds were written for (fixtures/load/inventory-two-hosts) */
const TWO_HOSTS = fixtureTree('load/inventory-two-hosts', ['network-inventory.yaml']);

/** inventories that are mostly right about this repository, so that most checks get to simulate */
const inventoryForRepo = fc
  .record({
    reserved: fc.array(
      fc.oneof(
        fc.record(
          {
            cidr: fc.constantFrom('172.31.0.0/16', '192.168.0.0/16', '10.10.0.0/24', '172.20.0.0/14', 'fd00:1::/48', '10.0.0.5'),
            name: fc.constantFrom('ops VPC', 'db'),
          },
          { requiredKeys: ['cidr'] },
        ),
        fc.record({ preset: fc.constantFrom('aws-default-vpc', 'tailscale') }),
        fc.record({ import: fc.constantFrom('infra/netbox-prefixes.json', 'infra/aws-describe-vpcs.json', 'infra/terraform-output.json') }),
      ),
      { maxLength: 4 },
    ),
    hosts: fc.array(
      fc.record(
        {
          engine: fc.constantFrom('26.1', '20.10.24', '20.10.10', '27.3', '28.1', 'unknown'),
          daemon: fc.constantFrom('deploy/daemon.json'),
          routes: fc.array(fc.constantFrom('10.0.0.0/24', '172.18.0.0/16', '192.168.0.0/20', '172.31.0.0/16'), { maxLength: 2 }),
          nameservers: fc.array(fc.constantFrom('10.0.0.2', '172.19.0.53'), { maxLength: 1 }),
          'underlay-mtu': fc.constantFrom(1500, 1442, 9001),
          'restart-every': fc.constantFrom(0, 1, 3, 50),
          projects: fc.array(
            fc.record({
              path: fc.constantFrom('app', 'proxy', 'app/compose.yaml'),
              lifecycle: fc.constantFrom('persistent', 'cycling', 'cycling'),
            }),
            { minLength: 1, maxLength: 3 },
          ),
        },
        { requiredKeys: ['engine', 'projects'] },
      ),
      { minLength: 1, maxLength: 2 },
    ),
    cycles: fc.constantFrom(1, 14, 100, 1000, 1_000_000_000),
  })
  .map((inv) =>
    toYaml({ version: 1, ...inv, hosts: inv.hosts.map((h, i) => ({ name: `host-${i}`, ...h, projects: dedupe(h.projects) })) }),
  );

function dedupe<T extends { path: string }>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = x.path.split('/')[0];
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** daemon.json files whose pools the simulation has to walk: small, overlapping, IPv6, out of private space */
const daemonForRepo = fc
  .record({
    pools: fc.option(
      fc.array(
        fc
          .tuple(
            fc.constantFrom(
              '10.10.0.0/16',
              '10.10.0.0/20',
              '172.31.0.0/16',
              '192.168.0.0/16',
              '10.1.2.0/16',
              'fd00:1::/48',
              'fd00::/8',
              '8.8.0.0/16',
              '172.17.0.0/16',
            ),
            fc.constantFrom(0, 4, 8, 12, 56, 72),
          )
          // sizes from the base's own length on (smaller ones are refused, which other inputs cover)
          .map(([base, k]) => {
            const bits = Number(base.split('/')[1]);
            const max = base.includes(':') ? 128 : 32;
            return { base, size: Math.min(max, bits + (base.includes(':') ? Math.max(k, 16) : Math.min(k, 12))) };
          }),
        { minLength: 1, maxLength: 3 },
      ),
    ),
    bip: fc.constantFrom(undefined, '172.26.0.1/16', '10.10.0.1/24', '172.18.0.1/16'),
    bridge: fc.constantFrom(undefined, undefined, 'none'),
    mtu: fc.constantFrom(undefined, 1500, 9000),
  })
  .map(({ pools, bip, bridge, mtu }) =>
    JSON.stringify({ 'default-address-pools': pools ?? undefined, bip: bridge ? undefined : bip, bridge, mtu }),
  );

describe('fuzz: the whole check', () => {
  const run = (files: Record<string, string>, opts: { cycles?: number; engine?: string; timeline: number }) => {
    const reader = new MemoryReader(files);
    mustEndWell(() => check(reader, { ...opts, environment: { HOME: '/root' } }), { line: false });
  };

  it('ends every check over a random repository in a report or a located ConfigError', () => {
    const tree = fc.record(
      {
        app: fc.oneof(composeGrammar, composeText),
        prod: fc.option(composeText),
        proxy: fc.option(fc.oneof(composeGrammar, composeText)),
        env: fc.option(mutated(ENV_SEEDS)),
        daemon: fc.option(fc.oneof(mutated(DAEMON_SEEDS), retyped(DAEMON_SEEDS, true), daemonForRepo)),
        inventory: fc.option(
          fc.oneof(mutated(INVENTORY_SEEDS), fc.constantFrom(...INVENTORY_SEEDS), retyped(INVENTORY_SEEDS, false), inventoryForRepo),
        ),
      },
      { requiredKeys: ['app'] },
    );
    fc.assert(
      property(
        tree,
        fc.constantFrom(undefined, 0, 1, 14, 200),
        fc.constantFrom(undefined, '26.1', '20.10.10', '27.3', 'unknown'),
        fc.nat(3),
        (t, cycles, engine, timeline) => {
          const files: Record<string, string> = { ...TWO_HOSTS, 'app/compose.yaml': t.app };
          if (t.prod != null) files['app/compose.prod.yaml'] = t.prod;
          if (t.proxy != null) files['proxy/compose.yaml'] = t.proxy;
          if (t.env != null) files['app/.env'] = t.env;
          if (t.daemon != null) files['deploy/daemon.json'] = t.daemon;
          if (t.inventory != null) files['network-inventory.yaml'] = t.inventory;
          run(files, { cycles, engine, timeline });
        },
      ),
      params(3_000),
    );
  });

  it('simulates and checks every mostly valid repository to a report or a located ConfigError', () => {
    fc.assert(
      property(
        composeValid,
        fc.option(composeValid),
        daemonForRepo,
        inventoryForRepo,
        fc.nat(3),
        (app, proxy, daemon, inventory, timeline) => {
          const files: Record<string, string> = {
            ...TWO_HOSTS,
            'app/compose.yaml': app,
            'deploy/daemon.json': daemon,
            'network-inventory.yaml': inventory,
          };
          if (proxy !== null) files['proxy/compose.yaml'] = proxy;
          run(files, { timeline });
        },
      ),
      params(2_000),
    );
  });
});

describe('fuzz: cost', () => {
  it(`took at most ${SLOW_INPUT_MS / 1000} s of CPU time for every input above`, () => {
    expect(slowInputsReport()).toBe('');
  });
});
