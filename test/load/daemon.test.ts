import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ConfigError } from '../../src/errors.js';
import { loadDaemonConfig, parseDaemonConfig } from '../../src/load/daemon.js';
import { MemoryReader } from '../../src/load/reader.js';

const FILE = 'deploy/daemon.json';

function refusal(text: string): ConfigError {
  try {
    parseDaemonConfig(text, FILE);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error(`expected a ConfigError for ${text}`);
}

describe('daemon.json: values and where they were written', () => {
  const text = [
    '{',
    '  "log-driver": "json-file",',
    '  "default-address-pools": [',
    '    {"base": "10.201.0.0/16", "size": 24},',
    '    {"base": "fd00:dead:beef::/48", "size": 64}',
    '  ],',
    '  "bip": "172.26.0.1/16",',
    '  "fixed-cidr": "172.26.5.0/24",',
    '  "mtu": 1442,',
    '  "default-network-opts": {"bridge": {"com.docker.network.driver.mtu": "1442"}},',
    '  "ip-forward": false,',
    '  "iptables": true',
    '}',
  ].join('\n');
  const cfg = loadDaemonConfig(new MemoryReader({ [FILE]: text }), FILE);

  it('reads every key that decides where networks go', () => {
    expect(cfg.file).toBe(FILE);
    expect(cfg.defaultAddressPools?.value.map((p) => [p.base.value, p.size.value])).toEqual([
      ['10.201.0.0/16', 24],
      ['fd00:dead:beef::/48', 64],
    ]);
    expect(cfg.bip?.value).toBe('172.26.0.1/16');
    expect(cfg.fixedCidr?.value).toBe('172.26.5.0/24');
    expect(cfg.mtu?.value).toBe(1442);
    expect(cfg.defaultNetworkOpts?.bridge['com.docker.network.driver.mtu'].value).toBe('1442');
    expect(cfg.ipForward?.value).toBe(false);
    expect(cfg.iptables?.value).toBe(true);
    expect(cfg.bridgeNone).toBeUndefined();
  });

  it('locates every value: line, column and the column one past its end', () => {
    expect(cfg.defaultAddressPools?.pos).toEqual({ file: FILE, line: 3, column: 28, endLine: 6, endColumn: 4 });
    const [first, second] = cfg.defaultAddressPools!.value;
    expect(first.pos).toEqual({ file: FILE, line: 4, column: 5, endLine: 4, endColumn: 42 });
    expect(first.base.pos).toEqual({ file: FILE, line: 4, column: 14, endLine: 4, endColumn: 29 });
    expect(first.size.pos).toEqual({ file: FILE, line: 4, column: 39, endLine: 4, endColumn: 41 });
    expect(second.base.pos?.line).toBe(5);
    expect(cfg.bip?.pos).toEqual({ file: FILE, line: 7, column: 10, endLine: 7, endColumn: 25 });
    expect(cfg.fixedCidr?.pos).toMatchObject({ line: 8, column: 17 });
    expect(cfg.mtu?.pos).toEqual({ file: FILE, line: 9, column: 10, endLine: 9, endColumn: 14 });
    expect(cfg.defaultNetworkOpts?.bridge['com.docker.network.driver.mtu'].pos).toMatchObject({ line: 10, column: 72 });
    expect(cfg.ipForward?.pos).toMatchObject({ line: 11, column: 17, endColumn: 22 });
    expect(cfg.iptables?.pos).toMatchObject({ line: 12, column: 15 });
  });

  it('counts a tab as one column and a CRLF as one line break', () => {
    const c = parseDaemonConfig('{\r\n\t"bip":\t"172.26.0.1/16"\r\n}\r\n', FILE);
    expect(c.bip?.pos).toEqual({ file: FILE, line: 2, column: 9, endLine: 2, endColumn: 24 });
  });

  it('ignores a UTF-8 byte order mark', () => {
    const c = parseDaemonConfig('\uFEFF{"mtu": 1400}', FILE);
    expect(c.mtu).toEqual({ value: 1400, pos: { file: FILE, line: 1, column: 9, endLine: 1, endColumn: 13 } });
  });
});

describe('daemon.json: what dockerd accepts', () => {
  it('treats an empty file as Docker defaults, as dockerd does', () => {
    expect(parseDaemonConfig('', FILE)).toEqual({ file: FILE });
    expect(parseDaemonConfig('  \n', FILE)).toEqual({ file: FILE });
    expect(parseDaemonConfig('{}', FILE)).toEqual({ file: FILE });
  });

  it('leaves keys it does not read alone, including real neighbours of ours', () => {
    const c = parseDaemonConfig(
      '{"log-opts": {"max-size": "10m"}, "bip6": "fd00::1/64", "ip6tables": true, "fixed-cidr-v6": "fd00::/64", "live-restore": true}',
      FILE,
    );
    expect(c).toEqual({ file: FILE });
  });

  it('reads "bridge": "none" as no docker0', () => {
    expect(parseDaemonConfig('{"bridge": "none"}', FILE).bridgeNone).toMatchObject({ value: true, pos: { line: 1, column: 12 } });
    expect(parseDaemonConfig('{"bridge": "br-lan"}', FILE).bridgeNone?.value).toBe(false);
    expect(parseDaemonConfig('{"bridge": ""}', FILE).bridgeNone).toBeUndefined();
  });

  it('takes the last of two equal keys, like Go encoding/json', () => {
    expect(parseDaemonConfig('{"mtu": 1500,\n "mtu": 1400}', FILE).mtu).toMatchObject({ value: 1400, pos: { line: 2, column: 9 } });
  });

  it('matches pool fields without regard to case, like Go struct decoding', () => {
    const c = parseDaemonConfig('{"default-address-pools": [{"Base": "10.10.0.0/16", "SIZE": 24}]}', FILE);
    expect(c.defaultAddressPools?.value[0].base.value).toBe('10.10.0.0/16');
    expect(c.defaultAddressPools?.value[0].size.value).toBe(24);
  });

  it('treats null and an empty pool list as unset (Docker keeps its built-in pools)', () => {
    expect(parseDaemonConfig('{"default-address-pools": [], "bip": null, "mtu": null}', FILE)).toEqual({ file: FILE });
  });

  it('keeps a pool base with host bits as written (Engine ≤ 26 masks it; the engine model decides)', () => {
    const c = parseDaemonConfig('{"default-address-pools": [{"base": "10.10.3.0/16", "size": 24}]}', FILE);
    expect(c.defaultAddressPools?.value[0].base.value).toBe('10.10.3.0/16');
  });

  it('accepts a pool size equal to the base length and up to 32 / 128', () => {
    expect(
      parseDaemonConfig(
        '{"default-address-pools": [{"base": "10.10.0.0/16", "size": 16}, {"base": "10.11.0.0/16", "size": 32}, {"base": "fd00::/8", "size": 128}]}',
        FILE,
      ).defaultAddressPools?.value.map((p) => p.size.value),
    ).toEqual([16, 32, 128]);
  });
});

describe('daemon.json: every refusal names the line and says what dockerd does', () => {
  // [what, text, line, column, message fragments]
  const cases: [string, string, number, number, string[]][] = [
    [
      'a trailing comma',
      '{\n  "mtu": 1400,\n}',
      3,
      1,
      ["dockerd refuses to start: invalid character '}' looking for beginning of object key string", 'trailing comma'],
    ],
    [
      'a trailing comma in a list',
      '{"default-address-pools": [\n {"base": "10.10.0.0/16", "size": 24},\n]}',
      3,
      1,
      ["invalid character ']' looking for beginning of value", 'trailing comma'],
    ],
    [
      'a comment',
      '{\n  // pools\n  "mtu": 1400\n}',
      2,
      3,
      ["invalid character '/' looking for beginning of object key string", 'comments are not allowed'],
    ],
    ['single quotes', "{'mtu': 1400}", 1, 2, ["invalid character '\\'' looking for beginning of object key string", 'double quotes']],
    [
      'an unquoted key',
      '{mtu: 1400}',
      1,
      2,
      ["invalid character 'm' looking for beginning of object key string", 'keys need double quotes'],
    ],
    ['a missing colon', '{"mtu" 1400}', 1, 8, ["invalid character '1' after object key"]],
    ['a missing comma', '{"mtu": 1400\n "bip": "172.26.0.1/16"}', 2, 2, ["invalid character '\"' after object key:value pair"]],
    ['a truncated file', '{"mtu": 1400', 1, 13, ['unexpected end of JSON input']],
    ['a misspelt literal', '{"iptables": flase}', 1, 15, ["invalid character 'l' in literal false (expecting 'a')"]],
    ['a leading zero', '{"mtu": 01400}', 1, 10, ["invalid character '1' after object key:value pair"]],
    ['a raw newline in a string', '{"bip": "172.26.0.1\n/16"}', 1, 20, ["invalid character '\\n' in string literal"]],
    ['a bad escape', '{"bip": "172.26.0.1\\q"}', 1, 21, ["invalid character 'q' in string escape code"]],
    ['text after the object', '{"mtu": 1400}\n{"bip": "x"}', 2, 1, ["invalid character '{' after top-level value"]],
    ['a list at the top', '[{"mtu": 1400}]', 1, 1, ['cannot unmarshal array into Go value of type map[string]interface {}']],
    [
      'a pool size smaller than the base',
      '{\n  "default-address-pools": [\n    {"base": "10.10.0.0/16", "size": 8}\n  ]\n}',
      3,
      38,
      ['dockerd refuses to start: invalid pools size: 8', 'from 16 to 32'],
    ],
    ['a pool size above 32', '{"default-address-pools": [{"base": "10.10.0.0/16", "size": 33}]}', 1, 61, ['invalid pools size: 33']],
    [
      'an IPv6 pool size above 128',
      '{"default-address-pools": [{"base": "fd00::/48", "size": 129}]}',
      1,
      58,
      ['invalid pools size: 129', 'from 48 to 128'],
    ],
    ['a pool size of 0', '{"default-address-pools": [{"base": "10.0.0.0/8", "size": 0}]}', 1, 59, ['invalid pools size: 0']],
    ['a pool without size', '{"default-address-pools": [{"base": "10.0.0.0/8"}]}', 1, 28, ['invalid pools size: 0', 'no "size"']],
    [
      'a pool size as a string',
      '{"default-address-pools": [{"base": "10.0.0.0/8", "size": "24"}]}',
      1,
      59,
      ['"size" must be a whole number, found the string "24"'],
    ],
    [
      'a pool size with a fraction',
      '{"default-address-pools": [{"base": "10.0.0.0/8", "size": 24.0}]}',
      1,
      59,
      ['"size" must be a whole number, found the number 24.0'],
    ],
    [
      'an invalid pool base',
      '{"default-address-pools": [\n  {"base": "172.300.0.0/16", "size": 24}\n]}',
      2,
      12,
      [
        'dockerd refuses to start: invalid base pool "172.300.0.0/16": invalid CIDR address: 172.300.0.0/16',
        '172.300.0.0 is not an IPv4 address',
      ],
    ],
    [
      'a pool base without a length',
      '{"default-address-pools": [{"base": "10.10.0.0", "size": 24}]}',
      1,
      37,
      ['invalid base pool "10.10.0.0": invalid CIDR address: 10.10.0.0'],
    ],
    [
      'a pool without base',
      '{"default-address-pools": [{"size": 24}]}',
      1,
      28,
      ['invalid base pool "": invalid CIDR address', 'no "base"'],
    ],
    [
      'a pool that is not an object',
      '{"default-address-pools": ["10.10.0.0/16"]}',
      1,
      28,
      ['each "default-address-pools" entry must be an object'],
    ],
    [
      'pools that are not a list',
      '{"default-address-pools": {"base": "10.10.0.0/16", "size": 24}}',
      1,
      27,
      ['"default-address-pools" must be a list, found a mapping'],
    ],
    ['an invalid bip', '{\n  "bip": "172.300.0.1/16"\n}', 2, 10, ['dockerd refuses to start: invalid CIDR address: 172.300.0.1/16']],
    ['a bip without a length', '{"bip": "172.26.0.1"}', 1, 9, ['invalid CIDR address: 172.26.0.1', 'no /length']],
    ['an IPv6 bip', '{"bip": "fd00::1/64"}', 1, 9, ['"bip" must be an IPv4 address']],
    ['a bip that is a number', '{"bip": 172}', 1, 9, ['"bip" must be a string, found the number 172']],
    [
      'bip together with bridge',
      '{"bridge": "none",\n "bip": "172.26.0.1/16"}',
      2,
      9,
      ['You specified -b & --bip, mutually exclusive options. Please specify only one'],
    ],
    [
      'an invalid fixed-cidr',
      '{"fixed-cidr": "10.0.0.0/40"}',
      1,
      16,
      ['invalid CIDR address: 10.0.0.0/40', 'prefix length must be 0 to 32'],
    ],
    ['an IPv6 fixed-cidr', '{"fixed-cidr": "fd00::/64"}', 1, 16, ['"fixed-cidr" must be an IPv4 address']],
    ['a negative mtu', '{"mtu": -1}', 1, 9, ['dockerd refuses to start: invalid default MTU: -1']],
    ['an mtu as a string', '{"mtu": "1442"}', 1, 9, ['"mtu" must be a whole number, found the string "1442"']],
    ['an mtu the kernel refuses', '{"mtu": 70000}', 1, 9, ['68 to 65535']],
    [
      'ip-forward as a string',
      '{"ip-forward": "false"}',
      1,
      16,
      ['"ip-forward" must be true or false (no quotes), found the string "false"'],
    ],
    ['iptables as a number', '{"iptables": 0}', 1, 14, ['"iptables" must be true or false']],
    [
      'a driver option as a number',
      '{"default-network-opts": {"bridge": {"com.docker.network.driver.mtu": 1442}}}',
      1,
      71,
      ['must be a string', 'write "1442", not 1442'],
    ],
    ['default-network-opts as a list', '{"default-network-opts": []}', 1, 26, ['"default-network-opts" must be an object of drivers']],
    [
      'the flag name instead of the key',
      '{\n  "default-address-pool": [{"base": "10.10.0.0/16", "size": 24}]\n}',
      2,
      3,
      ['unknown key "default-address-pool" — did you mean "default-address-pools"?', 'not applied'],
    ],
    ['a key in capitals', '{"MTU": 1400}', 1, 2, ['unknown key "MTU" — did you mean "mtu"?']],
  ];

  it.each(cases)('refuses %s', (_what, text, line, column, fragments) => {
    const e = refusal(text);
    expect(e.pos?.file).toBe(FILE);
    expect({ line: e.pos?.line, column: e.pos?.column }).toEqual({ line, column });
    for (const f of fragments) expect(e.message).toContain(f);
    expect(e.describe()).toMatch(new RegExp(`^deploy/daemon\\.json:${line}:${column}: `));
  });

  it('says the file is missing when the reader has no such file', () => {
    expect(() => loadDaemonConfig(new MemoryReader({}), FILE)).toThrow(ConfigError);
  });
});

describe('daemon.json: hostile input', () => {
  it('ends every input either in a config or in a located ConfigError, never an internal error', () => {
    const keys = [
      'default-address-pools',
      'bip',
      'fixed-cidr',
      'bridge',
      'mtu',
      'default-network-opts',
      'ip-forward',
      'iptables',
      'base',
      'size',
    ];
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom('10.0.0.0/8', '172.300.0.0/16', 'fd00::/48', 'none', '', '1.2.3.4/33', '::/0'),
        fc.integer({ min: -5, max: 200 }),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom(...keys), tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    const text = fc.oneof(
      json.map((v) => JSON.stringify(v)),
      json.chain((v) => {
        const s = JSON.stringify(v) ?? '';
        return fc
          .tuple(fc.nat(s.length), fc.nat(3), fc.string({ maxLength: 3 }))
          .map(([at, del, ins]) => s.slice(0, at) + ins + s.slice(at + del));
      }),
      fc.string({ unit: 'binary', maxLength: 60 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        try {
          parseDaemonConfig(t, FILE);
        } catch (e) {
          if (!(e instanceof ConfigError)) throw e;
          expect(e.pos?.file).toBe(FILE);
          expect(e.pos?.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a document nested thousands of levels deep instead of overflowing the stack', () => {
    const e = refusal('['.repeat(100_000) + ']'.repeat(100_000));
    expect(e.message).toContain('nested deeper than');
  });
});
