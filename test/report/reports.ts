// Hand-built reports in the shape check() produces, for the report formats' tests.
import type { CycleRecord, Finding, HostReport, Report } from '../../src/model.js';

/** the default local pools in Engine ≤ 26 order: 172.17–172.31 /16, then 192.168.0.0/16 in /20s */
export function defaultCandidates(): string[] {
  const out: string[] = [];
  for (let b = 17; b <= 31; b++) out.push(`172.${b}.0.0/16`);
  for (let c = 0; c < 256; c += 16) out.push(`192.168.${c}.0/20`);
  return out;
}

/** the round-robin walk of one cycling project next to docker0 on 172.17 */
export function roundRobinCycles(n: number, project = 'app', network = 'app_default'): CycleRecord[] {
  const cand = defaultCandidates();
  const free = cand.slice(1); // docker0 holds 172.17
  const cycles: CycleRecord[] = [];
  for (let c = 1; c <= n; c++) {
    cycles.push({ cycle: c, allocations: [{ project, network, subnet: free[(c - 1) % free.length]! }] });
  }
  return cycles;
}

const OPS_VPC = { cidr: '172.31.0.0/16', name: 'ops VPC (peered, bastion SSH)' };

export function peeredHost(timeline = 20): HostReport {
  return {
    name: 'app-1',
    engine: '26.1',
    model: 'round-robin',
    boot: [{ project: null, network: 'bridge', subnet: '172.17.0.0/16' }],
    cycles: roundRobinCycles(timeline),
    firstCollision: { cycle: 14, project: 'app', network: 'app_default', subnet: '172.31.0.0/16', reserved: OPS_VPC },
    fix: { daemonJson: { 'default-address-pools': [{ base: '10.203.0.0/16', size: 24 }] } },
    peakNetworks: 2,
    poolCandidates: '31',
    poolsLeft: '29',
    cyclesSimulated: 1000,
    period: { preamble: 0, length: 30 },
  };
}

export function collisionFinding(): Finding {
  return {
    rule: 'reserved-collision',
    severity: 'error',
    message:
      'On redeploy 14 Docker gives app_default 172.31.0.0/16, which is ops VPC (peered, bastion SSH) (172.31.0.0/16): ' +
      'the host then routes that network to the bridge and loses it (Engine 26.1, round-robin model).',
    file: 'app/compose.yaml',
    line: 4,
    column: 3,
    endLine: 4,
    endColumn: 6,
    host: 'app-1',
    model: 'round-robin',
    cycle: 14,
  };
}

/** the aws-peered-vpc story: one host, Engine 26.1, the ops VPC lost on redeploy 14 */
export function peeredVpcReport(): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'subnet-guard', version: '0.1.0' },
    cycles: 1000,
    hosts: [peeredHost()],
    findings: [
      collisionFinding(),
      {
        rule: 'unset-variable',
        severity: 'warning',
        message: 'The subnet of network "backend" depends on ${BACKEND_SUBNET}, which is unset here; Compose substitutes "".',
        file: 'app/compose.yaml',
        line: 9,
        column: 17,
        endLine: 9,
        endColumn: 34,
        host: 'app-1',
      },
    ],
  };
}

function cleanHost(name: string): HostReport {
  return {
    name,
    engine: '27.3',
    model: 'first-fit',
    boot: [{ project: null, network: 'bridge', subnet: '10.203.0.1/24' }],
    cycles: [],
    firstCollision: null,
    fix: null,
    peakNetworks: 4,
    poolCandidates: '256',
    poolsLeft: '252',
    cyclesSimulated: 1000,
    period: { preamble: 0, length: 1 },
  };
}

/** three hosts, nothing collides in 1,000 redeploys */
export function cleanReport(): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'subnet-guard', version: '0.1.0' },
    cycles: 1000,
    hosts: [cleanHost('app-1'), cleanHost('app-2'), cleanHost('proxy-1')],
    findings: [],
  };
}

/** n errors and m warnings spread over files and cycles (in no particular order) */
export function manyFindingsReport(errors: number, warnings: number, notes = 0): Report {
  const r = peeredVpcReport();
  const findings: Finding[] = [];
  for (let i = 0; i < errors; i++) {
    findings.push({
      rule: 'reserved-collision',
      severity: 'error',
      message: `network net${i} lands on a reserved range on redeploy ${100 - (i % 90)}`,
      file: `svc${i % 7}/compose.yaml`,
      line: 3 + i,
      column: 3,
      endLine: 3 + i,
      endColumn: 9,
      host: 'app-1',
      model: 'round-robin',
      cycle: 100 - (i % 90),
    });
  }
  for (let i = 0; i < warnings; i++) {
    findings.push({
      rule: 'pinned-pool-race',
      severity: 'warning',
      message: `w${i}`,
      file: 'a/compose.yaml',
      line: i + 1,
      column: 1,
      endLine: i + 1,
      endColumn: 5,
    });
  }
  for (let i = 0; i < notes; i++) {
    findings.push({ rule: 'unset-variable', severity: 'note', message: `n${i}`, file: 'a/compose.yaml', line: i + 1 });
  }
  // shuffle deterministically
  for (let i = findings.length - 1; i > 0; i--) {
    const j = (i * 7919) % (i + 1);
    [findings[i], findings[j]] = [findings[j]!, findings[i]!];
  }
  r.findings = findings;
  return r;
}

/** text from a hostile repository in every field that reaches a report */
export const HOSTILE =
  'x|y <img src=x onerror=alert(1)> `tick` **b** @octocat #1 %0A 100% a:b,c\r\n::error::pwned ${{ secrets.X }} [l](http://e.vil)';

export function hostileReport(): Report {
  const r = peeredVpcReport();
  const h = r.hosts[0]!;
  h.name = `host ${HOSTILE}`;
  h.firstCollision = { ...h.firstCollision!, network: `net${HOSTILE}`, reserved: { cidr: '172.31.0.0/16', name: `vpc ${HOSTILE}` } };
  h.cycles = h.cycles.map((c) => ({ ...c, allocations: c.allocations.map((a) => ({ ...a, network: `net${HOSTILE}` })) }));
  r.findings = [
    { ...collisionFinding(), host: h.name, message: `msg ${HOSTILE}`, file: 'dir with space/comp,ose:1.yaml' },
    { rule: `rule${HOSTILE}`, severity: 'warning', message: `warn ${HOSTILE}`, suppressed: false },
  ];
  return r;
}
