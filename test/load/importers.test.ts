import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ConfigError } from '../../src/errors.js';
import { detectImportFormat, loadImport, parseImport } from '../../src/load/importers.js';
import { parseJsonDoc } from '../../src/load/json-positions.js';
import { FsReader } from '../../src/load/reader.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/load/inventory-two-hosts/infra/', import.meta.url));
const reader = new FsReader(FIXTURES);
const fixture = (name: string): string => readFileSync(FIXTURES + name, 'utf8');

function refusal(text: string, file = 'infra/export.json'): ConfigError {
  try {
    parseImport(text, file);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('import: NetBox /api/ipam/prefixes/', () => {
  const { format, ranges } = loadImport(reader, 'netbox-prefixes.json');

  it('recognises the export and reads every prefix but the deprecated one', () => {
    expect(format).toBe('netbox');
    expect(ranges.map((r) => r.cidr)).toEqual(['10.20.0.0/16', '192.168.100.0/24', '172.29.0.0/16', '2001:db8:100::/48']);
  });

  it('names ranges by description, then VLAN, then role, adding the VRF', () => {
    expect(ranges.map((r) => r.name)).toEqual([
      'prod VPC (peered) [VRF prod]',
      'VLAN 100 office-lan',
      'Managed databases',
      'NetBox prefix 2001:db8:100::/48 (#15)',
    ]);
  });

  it('locates each range at its "prefix" value in the export', () => {
    expect(ranges[0].pos).toEqual({ file: 'netbox-prefixes.json', line: 15, column: 23, endLine: 15, endColumn: 37 });
    expect(ranges[0].source).toBe('import:netbox-prefixes.json');
    for (const r of ranges) {
      const line = fixture('netbox-prefixes.json').split('\n')[r.pos!.line - 1];
      expect(line.slice(r.pos!.column - 1, r.pos!.endColumn - 1)).toBe(JSON.stringify(r.cidr));
    }
  });

  it('refuses one page of a paginated export, since the other pages would be missing', () => {
    const e = (() => {
      try {
        loadImport(reader, 'netbox-prefixes-page1.json');
      } catch (err) {
        return err as ConfigError;
      }
      throw new Error('expected a refusal');
    })();
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.message).toContain('one page (2 of 137 prefixes');
    expect(e.message).toContain('?limit=0');
    expect(e.pos).toMatchObject({ file: 'netbox-prefixes-page1.json', line: 3 });
  });

  it('accepts the results of several pages merged into one array', () => {
    const pages = JSON.parse(fixture('netbox-prefixes.json')).results;
    const merged = JSON.stringify(pages, null, 2);
    expect(parseImport(merged, 'netbox-all.json').ranges).toHaveLength(4);
  });
});

describe('import: aws ec2 describe-vpcs', () => {
  const { format, ranges } = loadImport(reader, 'aws-describe-vpcs.json');

  it('reads every associated IPv4 and IPv6 CIDR block, not the disassociated one', () => {
    expect(format).toBe('aws-describe-vpcs');
    expect(ranges.map((r) => r.cidr)).toEqual(['172.31.0.0/16', '10.50.0.0/16', '100.68.0.0/16', '2600:1f14:abc:de00::/56']);
  });

  it('names ranges by the Name tag and the VPC id, marking the default VPC', () => {
    expect(ranges.map((r) => r.name)).toEqual([
      'vpc-0c5d2f1e9a8b70001, default VPC',
      'ops (vpc-0f3e4d5c6b7a80002)',
      'ops (vpc-0f3e4d5c6b7a80002)',
      'ops (vpc-0f3e4d5c6b7a80002)',
    ]);
  });

  it('locates each range at its CidrBlock value', () => {
    expect(ranges[0].pos).toEqual({ file: 'aws-describe-vpcs.json', line: 9, column: 34, endLine: 9, endColumn: 49 });
    expect(ranges[3].pos).toMatchObject({ line: 30, column: 38 });
    const lines = fixture('aws-describe-vpcs.json').split('\n');
    for (const r of ranges) expect(lines[r.pos!.line - 1].slice(r.pos!.column - 1, r.pos!.endColumn - 1)).toBe(JSON.stringify(r.cidr));
  });

  it('falls back to CidrBlock when the association set is missing', () => {
    const r = parseImport('{"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.9.0.0/16"}]}', 'vpcs.json');
    expect(r.ranges).toEqual([
      {
        cidr: '10.9.0.0/16',
        name: 'vpc-1',
        pos: { file: 'vpcs.json', line: 1, column: 43, endLine: 1, endColumn: 56 },
        source: 'import:vpcs.json',
      },
    ]);
  });
});

describe('import: terraform output -json', () => {
  const { format, ranges } = loadImport(reader, 'terraform-output.json');

  it('takes every output string that is a CIDR, in lists and maps too', () => {
    expect(format).toBe('terraform-output');
    expect(ranges.map((r) => [r.name, r.cidr])).toEqual([
      ['bastion_interface', '10.60.1.0/24'],
      ['database_subnets[0]', '10.60.21.0/24'],
      ['database_subnets[1]', '10.60.22.0/24'],
      ['peered_vpcs.analytics', '10.70.0.0/16'],
      ['peered_vpcs.ops', '172.31.0.0/16'],
      ['vpc_cidr_block', '10.60.0.0/16'],
      ['vpn_client_cidr', '10.99.0.0/22'],
    ]);
  });

  it('skips default routes, bare addresses and ids', () => {
    const all = ranges.map((r) => r.cidr);
    expect(all).not.toContain('0.0.0.0/0');
    expect(all.some((c) => c.startsWith('52.10.20.30'))).toBe(false);
  });

  it('locates each range at its string in the output', () => {
    const db = ranges.find((r) => r.name === 'database_subnets[1]')!;
    expect(db.pos).toEqual({ file: 'terraform-output.json', line: 30, column: 7, endLine: 30, endColumn: 22 });
    const iface = ranges.find((r) => r.name === 'bastion_interface')!;
    const line = fixture('terraform-output.json').split('\n')[iface.pos!.line - 1];
    expect(line.slice(iface.pos!.column - 1, iface.pos!.endColumn - 1)).toBe('"10.60.1.10/24"');
  });
});

describe('import: format detection and refusals', () => {
  it('detects the format from the content alone', () => {
    const kinds = ['netbox-prefixes.json', 'aws-describe-vpcs.json', 'terraform-output.json'].map((f) =>
      detectImportFormat(parseJsonDoc(fixture(f), f).root),
    );
    expect(kinds).toEqual(['netbox', 'aws-describe-vpcs', 'terraform-output']);
    expect(detectImportFormat(parseJsonDoc('{"count": 0, "next": null, "results": []}', 'x').root)).toBe('netbox');
    expect(detectImportFormat(parseJsonDoc('{"Subnets": []}', 'x').root)).toBeUndefined();
  });

  // [what, text, line, column, message fragment]
  const cases: [string, string, number, number, string][] = [
    ['a file in no known format', '{\n  "Subnets": [{"CidrBlock": "10.0.0.0/24"}]\n}', 1, 1, 'found an object with the keys Subnets'],
    ['a list of strings', '["10.0.0.0/8"]', 1, 1, 'found a list'],
    [
      'broken JSON',
      '{"Vpcs": [\n  {"CidrBlock": "10.0.0.0/16",}\n]}',
      2,
      31,
      "not valid JSON: invalid character '}' looking for beginning of object key string",
    ],
    ['an empty file', '', 1, 1, 'found nothing'],
    [
      'an invalid NetBox prefix',
      '{"count": 1, "next": null, "results": [\n  {"id": 1, "prefix": "10.300.0.0/16"}\n]}',
      2,
      23,
      'results[0].prefix: "10.300.0.0/16": 10.300.0.0 is not an IPv4 address',
    ],
    [
      'an invalid AWS CIDR',
      '{"Vpcs": [{"VpcId": "vpc-1", "CidrBlockAssociationSet": [\n  {"CidrBlock": "10.0.0.0", "CidrBlockState": {"State": "associated"}}]}]}',
      2,
      17,
      'Vpcs[0].CidrBlockAssociationSet[0].CidrBlock: "10.0.0.0" is not a CIDR prefix',
    ],
    ['a VPC that is not an object', '{"Vpcs": ["vpc-1"]}', 1, 11, 'Vpcs[0] must be a VPC object'],
    ['a NetBox export without prefixes', '{"count": 0, "next": null, "results": []}', 1, 1, 'lists no prefix'],
    ['an AWS account without VPCs', '{"Vpcs": []}', 1, 1, 'no associated CIDR block'],
    [
      'terraform outputs without a CIDR',
      '{"vpc_id": {"sensitive": false, "type": "string", "value": "vpc-1"}}',
      1,
      1,
      'no terraform output holds a CIDR prefix',
    ],
  ];

  it.each(cases)('refuses %s, naming file and line', (_what, text, line, column, fragment) => {
    const e = refusal(text);
    expect(e.pos).toMatchObject({ file: 'infra/export.json', line, column });
    expect(e.message).toContain(fragment);
  });

  it('never fails with an internal error, whatever the JSON', () => {
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom('10.0.0.0/8', '10.1.2.3/16', 'fd00::/8', '0.0.0.0/0', 'x/y', '1.2.3.4', 'associated', 'deprecated'),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('v'), { maxLength: 3 }),
        fc.dictionary(
          fc.constantFrom(
            'Vpcs',
            'results',
            'count',
            'next',
            'prefix',
            'CidrBlock',
            'CidrBlockAssociationSet',
            'Ipv6CidrBlockAssociationSet',
            'value',
            'type',
            'sensitive',
            'status',
            'vlan',
            'Tags',
            'Key',
            'Value',
          ),
          tie('v'),
          { maxKeys: 4 },
        ),
      ),
    })).v;
    fc.assert(
      fc.property(value, (v) => {
        try {
          parseImport(JSON.stringify(v) ?? '', 'x.json');
        } catch (e) {
          if (!(e instanceof ConfigError)) throw e;
          expect(e.pos?.file).toBe('x.json');
        }
      }),
      { numRuns: 3000 },
    );
  });
});
