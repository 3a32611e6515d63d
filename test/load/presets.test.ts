import { describe, expect, it } from 'vitest';
import { parsePrefix } from '../../src/net/prefix.js';
import { expandPreset, PRESETS, presetNames, unknownPresetMessage } from '../../src/load/presets.js';

const cidrs = (name: string): string[] => (expandPreset(name) ?? []).map((r) => r.cidr);

describe('presets: the documented defaults', () => {
  // each row: preset, the ranges its documentation gives
  const documented: [string, string[]][] = [
    ['aws-default-vpc', ['172.31.0.0/16', '172.31.0.2/32']],
    ['aws-eks', ['10.100.0.0/16', '172.20.0.0/16']],
    ['gcp-auto-mode', ['10.128.0.0/9']],
    ['azure-aks', ['10.0.0.0/16', '10.244.0.0/16']],
    ['alibaba-cloud', ['100.100.0.0/16']],
    ['kubeadm', ['10.96.0.0/12', '10.244.0.0/16']],
    ['flannel', ['10.244.0.0/16']],
    ['calico', ['192.168.0.0/16']],
    ['kind', ['10.244.0.0/16', '10.96.0.0/16', 'fd00:10:244::/56', 'fd00:10:96::/112']],
    ['k3s', ['10.42.0.0/16', '10.43.0.0/16']],
    ['minikube', ['10.96.0.0/12', '10.244.0.0/16', '192.168.49.0/24', '192.168.59.0/24']],
    ['microk8s', ['10.1.0.0/16', '10.152.183.0/24']],
    ['docker-desktop', ['192.168.65.0/24']],
    ['swarm-ingress', ['10.0.0.0/24']],
    ['podman', ['10.88.0.0/16']],
    ['libvirt', ['192.168.122.0/24']],
    ['virtualbox', ['10.0.2.0/24', '192.168.56.0/24']],
    ['tailscale', ['100.64.0.0/10', 'fd7a:115c:a1e0::/48']],
    ['openvpn', ['10.8.0.0/24']],
    ['openvpn-access-server', ['172.27.224.0/20']],
    ['wireguard', ['10.13.13.0/24', '10.8.0.0/24', '10.6.0.0/24']],
  ];

  it.each(documented)('%s expands to its documented ranges', (name, expected) => {
    expect(cidrs(name)).toEqual(expected);
  });

  it('puts the AWS resolver at the VPC base + 2', () => {
    const [vpc, resolver] = expandPreset('aws-default-vpc')!;
    const base = parsePrefix(vpc.cidr);
    const dns = parsePrefix(resolver.cidr);
    if ('error' in base || 'error' in dns || base.prefix.family !== 4 || dns.prefix.family !== 4) throw new Error('unparsable');
    expect(dns.prefix.addr - base.prefix.addr).toBe(2);
    expect(dns.prefix.bits).toBe(32);
  });

  it('lists every preset in the table above or as an umbrella', () => {
    const covered = new Set([...documented.map(([n]) => n), 'kubernetes', 'vpn']);
    expect(presetNames().filter((n) => !covered.has(n))).toEqual([]);
  });

  it('gives every range a canonical CIDR, a name and a documentation source', () => {
    for (const name of presetNames()) {
      for (const r of expandPreset(name)!) {
        const p = parsePrefix(r.cidr);
        expect('error' in p ? p.error : p.canonical, `${name} ${r.cidr}`).toBe(true);
        expect(r.name.length).toBeGreaterThan(3);
        expect(r.source).toMatch(/^https:\/\//);
      }
    }
  });
});

describe('presets: umbrellas', () => {
  it('kubernetes is kubeadm, kind, k3s and minikube, each CIDR once', () => {
    const parts = ['kubeadm', 'kind', 'k3s', 'minikube'].flatMap(cidrs);
    expect(new Set(cidrs('kubernetes'))).toEqual(new Set(parts));
    expect(cidrs('kubernetes').length).toBe(new Set(parts).size);
  });

  it('vpn joins the names of a range two VPNs share', () => {
    const shared = expandPreset('vpn')!.find((r) => r.cidr === '10.8.0.0/24');
    expect(shared?.name).toBe('OpenVPN default client network / wg-easy default network');
    expect(cidrs('vpn')).toContain('100.64.0.0/10');
    expect(cidrs('vpn')).toContain('172.27.224.0/20');
  });

  it('does not change the preset table when expanding', () => {
    expandPreset('vpn');
    expect(PRESETS.get('openvpn')!.ranges[0].name).toBe('OpenVPN default client network');
  });
});

describe('presets: unknown names', () => {
  it('returns undefined and a message listing every known preset', () => {
    expect(expandPreset('aws')).toBeUndefined();
    const m = unknownPresetMessage('aws');
    expect(m).toContain('unknown preset "aws" — did you mean "aws-default-vpc"?');
    for (const n of presetNames()) expect(m).toContain(n);
  });

  it('suggests nothing when nothing is close', () => {
    expect(unknownPresetMessage('zzz')).toMatch(/^unknown preset "zzz"\. Known presets: aws-default-vpc, /);
  });
});
