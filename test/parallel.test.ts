// Threads that split a repository's hosts (src/parallel.ts) must produce exactly the report of one
// check over all hosts. These tests split the hosts in many ways in one thread (CheckOptions.takeHost)
// and compare mergeReports of the parts with the serial report; test/cli checks the real threads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, mergeReports, HostConfigError } from '../src/check.js';
import { FsReader, MemoryReader, type Reader } from '../src/load/reader.js';
import { buildBaseline, formatBaseline } from '../src/rules/suppress.js';
import { monorepoFiles } from '../bench/monorepo.mjs';
import { ConfigError } from '../src/errors.js';

function hostNamesOf(reader: Reader): string[] {
  return check(reader, { cycles: 0, takeHost: () => false }).context.inventory.hosts.map((h) => h.name);
}

function splitCheck(reader: Reader, owner: (i: number) => number, parts: number, cycles?: number) {
  const reports = Array.from({ length: parts }, (_, k) => check(reader, { cycles, takeHost: (i) => owner(i) === k }).report);
  return mergeReports(reports, hostNamesOf(reader));
}

/** a generated monorepo with suppression comments (valid, without a reason, naming no rule) and a baseline */
function monorepo(projects: number): Record<string, string> {
  const files = monorepoFiles(projects, 5000) as Record<string, string>;
  const composeFiles = Object.keys(files).filter((f) => f.endsWith('compose.yaml')).sort();
  for (const [j, f] of composeFiles.entries()) {
    if (j % 7 === 0) files[f] = files[f].replace('\nservices:', '\n# subnet-guard-ignore reserved-collision\nservices:');
    if (j % 11 === 0) files[f] = files[f].replace('\nservices:', '\n# subnet-guard-ignore no-such-rule: because\nservices:');
    // more rules: a pinned public subnet, an image tag set nowhere
    if (j % 5 === 1) {
      const net = '  pinned:\n    ipam:\n      config:\n        - subnet: 8.8.' + j + '.0/24\n';
      let text = files[f].replace('\nservices:\n', '\nservices:\n  pinned-svc:\n    image: alpine:${ALPINE_TAG}\n    networks: [pinned]\n');
      text = text.includes('\nnetworks:\n') ? text.replace('\nnetworks:\n', '\nnetworks:\n' + net) : text + '\nnetworks:\n' + net;
      files[f] = text;
    }
  }
  files['network-inventory.yaml'] = files['network-inventory.yaml'].replace('\nhosts:', '\n# subnet-guard-ignore\nhosts:');
  return files;
}

describe('checking hosts in parts', () => {
  const trees: [string, Reader][] = [
    ['fixtures/aws-peered-vpc', new FsReader('fixtures/aws-peered-vpc')],
    ['fixtures/rds-192-168', new FsReader('fixtures/rds-192-168')],
    ['fixtures/openstack-geneve-mtu', new FsReader('fixtures/openstack-geneve-mtu')],
    ['fixtures/ip-forward-disabled', new FsReader('fixtures/ip-forward-disabled')],
    ['fixtures/load/inventory-two-hosts', new FsReader('fixtures/load/inventory-two-hosts')],
    ['generated monorepo, 60 projects on 6 hosts', new MemoryReader(monorepo(60))],
  ];

  for (const [name, reader] of trees) {
    it(`${name}: any split of the hosts merges into the serial report`, () => {
      const serial = check(reader).report;
      const n = serial.hosts.length;
      expect(n).toBeGreaterThan(0);
      expect(splitCheck(reader, (i) => i % 2, 2)).toEqual(serial);
      expect(splitCheck(reader, () => 0, 1)).toEqual(serial);
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 64, maxLength: 64 }), (owners) => {
          expect(splitCheck(reader, (i) => owners[i % 64], 3)).toEqual(serial);
        }),
        { numRuns: 4, seed: 7 },
      );
    });
  }

  it('keeps the findings that a baseline accepts suppressed, whichever part finds them', () => {
    const files = monorepo(60);
    const serialBefore = check(new MemoryReader(files)).report;
    expect(serialBefore.findings.filter((f) => !f.suppressed).length).toBeGreaterThan(2);
    // accept half of the findings
    const accepted = serialBefore.findings.filter((_, i) => i % 2 === 0);
    files['.subnet-guard-baseline.json'] = formatBaseline(buildBaseline(accepted, new MemoryReader(files)));
    const reader = new MemoryReader(files);
    const serial = check(reader).report;
    expect(serial.findings.some((f) => f.suppressed && f.suppressionReason?.includes('baseline'))).toBe(true);
    expect(splitCheck(reader, (i) => (i * 7) % 3, 3)).toEqual(serial);
  });

  it('the generated monorepo has findings of several rules on several hosts, and invalid suppressions', () => {
    const r = check(new MemoryReader(monorepo(60))).report;
    expect(new Set(r.findings.map((f) => f.rule)).size).toBeGreaterThan(2);
    expect(new Set(r.findings.map((f) => f.host)).size).toBeGreaterThan(2);
    expect(r.findings.filter((f) => f.rule === 'invalid-suppression').length).toBeGreaterThanOrEqual(2);
  });

  it('an error in one host names that host index, so the first one in inventory order can be reported', () => {
    const files = monorepo(60);
    const broken = Object.keys(files).filter((f) => f.endsWith('compose.yaml')).sort()[25];
    files[broken] = 'services: [\n';
    const reader = new MemoryReader(files);
    let serialError: ConfigError | undefined;
    try {
      check(reader);
    } catch (e) {
      serialError = e as ConfigError;
    }
    expect(serialError).toBeInstanceOf(ConfigError);
    let partError: unknown;
    try {
      check(reader, { takeHost: () => true });
    } catch (e) {
      partError = e;
    }
    expect(partError).toBeInstanceOf(HostConfigError);
    expect((partError as HostConfigError).hostIndex).toBe(2);
    expect((partError as HostConfigError).describe()).toBe(serialError!.describe());
  });
});
