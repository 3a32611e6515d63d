// Every fixture with errors: run the whole check, apply the fix it suggests the way a user would —
// merge `daemonJson` into the host's daemon.json, write the `compose` changes into the compose files — and run
// the check again on the changed files. No error may be left.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument, isMap, isSeq } from 'yaml';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { ConfigError } from '../../src/errors.js';
import { MemoryReader } from '../../src/load/reader.js';
import type { ComposeNetworkFix, HostFix, Report } from '../../src/model.js';

const ROOT = new URL('../../fixtures/', import.meta.url).pathname;

function readTree(dir: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, readTree(dir, r));
    else if (e.isFile()) out[r] = fs.readFileSync(path.join(dir, r), 'utf8');
  }
  return out;
}

/** fixture directories holding an inventory at their root */
function fixtures(dir = ROOT, rel = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (fs.existsSync(path.join(dir, r, 'network-inventory.yaml'))) out.push(r);
    else out.push(...fixtures(dir, r));
  }
  return out.sort();
}

const errorsOf = (r: Report) => r.findings.filter((f) => f.severity === 'error' && !f.suppressed);

/** Writes the change into the compose file: the subnet under networks.<key>.ipam.config, the MTU under driver_opts. */
function edit(text: string, p: ComposeNetworkFix): string {
  const doc = parseDocument(text);
  if (p.subnet !== undefined) {
    const config = doc.getIn(['networks', p.key, 'ipam', 'config']);
    if (p.replaces && isSeq(config)) {
      for (const item of config.items) {
        if (isMap(item) && String(item.get('subnet')).trim() === p.replaces) item.set('subnet', p.subnet);
      }
    } else {
      doc.setIn(['networks', p.key, 'ipam', 'config'], doc.createNode([{ subnet: p.subnet }]));
    }
  }
  if (p.mtu !== undefined) doc.setIn(['networks', p.key, 'driver_opts', 'com.docker.network.driver.mtu'], String(p.mtu));
  return doc.toString();
}

/** The tree with the fix applied to one host, as a user would apply it. */
function applyFix(
  tree: Record<string, string>,
  daemonFile: string,
  fix: { daemonJson: Record<string, unknown>; compose?: ComposeNetworkFix[] },
): Record<string, string> {
  const out = { ...tree };
  if (Object.keys(fix.daemonJson).length > 0) {
    const before = out[daemonFile] ? (JSON.parse(out[daemonFile]) as Record<string, unknown>) : {};
    out[daemonFile] = JSON.stringify({ ...before, ...fix.daemonJson }, null, 2) + '\n';
  }
  for (const p of fix.compose ?? []) {
    expect(p.file, `the change to ${p.network} says which file`).toBeDefined();
    out[p.file!] = edit(out[p.file!], p);
  }
  return out;
}

const FIELD_REPORTS = ['aws-peered-vpc', 'rds-192-168', 'openstack-geneve-mtu', 'ip-forward-disabled'];

describe('proven fixes on the fixtures', () => {
  it('has a fixture for every field report, each with errors', () => {
    const all = fixtures();
    for (const name of FIELD_REPORTS) {
      expect(all).toContain(name);
      expect(errorsOf(check(new MemoryReader(readTree(path.join(ROOT, name)))).report).length, name).toBeGreaterThan(0);
    }
  });

  for (const name of fixtures()) {
    it(`${name}: the suggested fix, applied to the files, leaves no error`, () => {
      const tree = readTree(path.join(ROOT, name));
      let result;
      try {
        result = check(new MemoryReader(tree));
      } catch (e) {
        if (e instanceof ConfigError) return; // a fixture of unusable input has no findings to fix
        throw e;
      }
      const { report, context } = result;
      if (errorsOf(report).length === 0) return;
      const hostsWithErrors = [...new Set(errorsOf(report).map((f) => f.host))];
      let fixed = tree;
      for (const host of hostsWithErrors) {
        const hr = report.hosts.find((h) => h.name === host);
        const fix: HostFix | null | undefined = hr?.fix;
        expect(fix, `a proven fix for host ${host}`).toBeTruthy();
        const daemonFile = context.hosts.find((hc) => hc.host.name === host)?.daemon.file ?? 'daemon.json';
        fixed = applyFix(fixed, daemonFile, fix!);
      }
      const after = check(new MemoryReader(fixed)).report;
      expect(errorsOf(after).map((f) => `${f.rule} ${f.file}:${f.line} ${f.message}`)).toEqual([]);
    });

    it(`${name}: the pinned-subnets alternative, applied alone, leaves no error`, () => {
      const tree = readTree(path.join(ROOT, name));
      const { report } = check(new MemoryReader(tree));
      const alternatives = report.hosts.filter((h) => h.fix?.alternative);
      if (alternatives.length === 0) return;
      let fixed = tree;
      const seen = new Set<string>();
      for (const h of alternatives) {
        if (seen.has(h.name)) continue;
        seen.add(h.name);
        fixed = applyFix(fixed, 'unused.json', { daemonJson: {}, compose: h.fix!.alternative!.compose });
      }
      const after = check(new MemoryReader(fixed)).report;
      const left = errorsOf(after).filter((f) => seen.has(f.host ?? ''));
      expect(left.map((f) => `${f.rule} ${f.file}:${f.line} ${f.message}`)).toEqual([]);
    });
  }

  it('suggests, for the peered VPC, a pool outside 172.31.0.0/16 and the host network 10.20.0.0/24', () => {
    const { report } = check(new MemoryReader(readTree(path.join(ROOT, 'aws-peered-vpc'))));
    expect(report.hosts[0].fix?.daemonJson).toEqual({ 'default-address-pools': [{ base: '10.200.0.0/16', size: 24 }] });
  });

  it('suggests, for the Geneve underlay, MTU 1442 for docker0 and every new bridge network', () => {
    const { report } = check(new MemoryReader(readTree(path.join(ROOT, 'openstack-geneve-mtu'))));
    expect(report.hosts[0].fix?.daemonJson).toEqual({
      mtu: 1442,
      'default-network-opts': { bridge: { 'com.docker.network.driver.mtu': '1442' } },
    });
  });

  it('suggests turning ip-forward back on where ports are published', () => {
    const { report } = check(new MemoryReader(readTree(path.join(ROOT, 'ip-forward-disabled'))));
    expect(report.hosts[0].fix?.daemonJson).toEqual({ 'ip-forward': true });
  });
});
