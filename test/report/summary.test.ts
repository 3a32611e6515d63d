import { describe, expect, it } from 'vitest';
import { formatSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import { code, text, verdict, capMarkdown } from '../../src/report/markdown.js';
import { cleanReport, hostileReport, manyFindingsReport, peeredVpcReport, HOSTILE } from './reports.js';
import { expectGolden } from './golden.js';
import { stripCodeSpans } from './md-helpers.js';

describe('the verdict', () => {
  it('says which host loses which reserved network on which redeploy', () => {
    expect(verdict(peeredVpcReport()).text).toBe('app-1 loses 172.31.0.0/16 (ops VPC (peered, bastion SSH)) on redeploy 14');
  });

  it('says how many redeploys on how many hosts are safe', () => {
    expect(verdict(cleanReport())).toEqual({ level: 'clean', text: 'Safe for 1,000 redeploys on 3 hosts' });
  });

  it('names the model when an unknown engine gives the host twice', () => {
    const r = peeredVpcReport();
    r.hosts.push({ ...r.hosts[0]!, model: 'first-fit', firstCollision: null, engine: 'unknown' });
    r.hosts[0]!.engine = 'unknown';
    expect(verdict(r).text).toMatch(/^app-1 \(round-robin\) loses/);
  });

  it('says in one sentence what fails, where and from when when nothing collides', () => {
    const r = cleanReport();
    r.findings = [{ rule: 'pool-exhaustion', severity: 'error', message: 'x'.repeat(500), host: 'app-1', cycle: 3 }];
    expect(verdict(r)).toEqual({ level: 'error', text: '1 error in 1,000 redeploys on 3 hosts: pool exhaustion on app-1 from redeploy 3' });
    r.findings.push({ rule: 'pinned-conflict', severity: 'error', message: 'y', host: 'app-2', cycle: 0 });
    expect(verdict(r).text).toBe('2 errors in 1,000 redeploys on 3 hosts; the first: pinned conflict on app-2 at daemon start');
  });
});

/** the first walk grid of a summary: its header and a cell by row label and column header */
function grid(md: string) {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| Pool'));
  const split = (l: string) => l.slice(2, -2).split(' | ');
  const header = split(lines[start]!);
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(split(lines[i]!));
  return {
    header,
    cell(row: string, column: string): string | undefined {
      const c = header.indexOf(column);
      return rows.find((r) => r[0] === row)?.[c];
    },
  };
}

describe('markdown escaping', () => {
  it('renders repository text as text: no HTML, no emphasis, no links, no mentions, no table breaks', () => {
    const t = text(HOSTILE);
    expect(t).not.toMatch(/(?<!\\)[<>|`*[\]]/);
    expect(t).not.toMatch(/[\r\n]/);
    expect(t).not.toMatch(/@octocat/);
    expect(t).not.toMatch(/http:\/\//);
  });

  it('makes code spans that survive backticks and pipes', () => {
    expect(code('a`b|c')).toBe('``a`b\\|c``');
    expect(code('`x')).toBe('`` `x ``');
  });

  it('keeps a hostile report from injecting markup into the summary', () => {
    const md = formatSummary(hostileReport());
    const prose = stripCodeSpans(md);
    expect(prose).not.toMatch(/(?<!\\)<img/);
    expect(prose).toContain('\\<img');
    expect(prose).not.toContain('@octocat');
    expect(prose).not.toMatch(/(?<!\\)\]\(http/);
    expect(md).not.toMatch(/\r/);
    // every table row has the same number of unescaped pipes as its header
    const tables = md.split('\n').filter((l) => l.startsWith('|'));
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    let expected = -1;
    for (const l of tables) {
      if (/^\| (Host|Pool|Redeploy| \| Rule)/.test(l) || l.startsWith('|  | Rule')) expected = cells(l);
      if (expected > 0) expect(cells(l)).toBe(expected);
    }
  });
});

describe('the job summary', () => {
  it('shows the verdict, the hosts, the walk with the reserved range marked, the findings and the fix', () => {
    const md = formatSummary(peeredVpcReport(), { failOn: 'error' });
    expect(md).toContain('❌ **app-1 loses 172.31.0.0/16 (ops VPC (peered, bastion SSH)) on redeploy 14**');
    expect(md).toContain('| Host | Engine | Model | Networks alive (peak) | Pools left | First collision |');
    // the grid: the network (B) on the reserved row in the bold column of redeploy 14, and on 172.30 in redeploy 13
    const g = grid(md);
    expect(g.cell('🛑 `172.31.0.0/16` ops VPC (peered, bastion SSH)', '**14** 🛑')).toBe('🛑**B**');
    expect(g.cell('`172.30.0.0/16`', '13')).toBe('B');
    expect(g.cell('`172.30.0.0/16`', '**14** 🛑')).toBe('·');
    expect(md).toContain('**B** `app/app_default`');
    expect(md).toContain('```json\n{\n  "default-address-pools": [');
  });

  it('shows the first collision even when it lies beyond the timeline', () => {
    const r = peeredVpcReport();
    r.hosts[0]!.cycles = r.hosts[0]!.cycles.slice(0, 5);
    const md = formatSummary(r);
    const g = grid(md);
    expect(g.header.slice(-2)).toEqual(['5', '**14** 🛑']);
    expect(g.cell('🛑 `172.31.0.0/16` ops VPC (peered, bastion SSH)', '**14** 🛑')).toBe('🛑**B**');
  });

  it('is short and green when clean', () => {
    const md = formatSummary(cleanReport());
    expect(md).toContain('✅ **Safe for 1,000 redeploys on 3 hosts**');
    expect(md).not.toContain('### Findings');
  });

  it('stays under 1 MiB with 200,000 findings and says where the rest is', () => {
    const r = manyFindingsReport(150_000, 50_000);
    const md = formatSummary(r, { blobUrl: 'https://github.com/o/r/blob/abc/' });
    expect(Buffer.byteLength(md)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(md).toMatch(/more findings not shown here: see the step log/);
  });

  it('stays under 1 MiB however long the repository text is', () => {
    const r = manyFindingsReport(2000, 0);
    for (const f of r.findings) f.message = 'x'.repeat(100_000);
    r.hosts = Array.from({ length: 3000 }, (_, i) => ({ ...r.hosts[0]!, name: `h${i}`.repeat(500) }));
    const md = formatSummary(r);
    expect(Buffer.byteLength(md)).toBeLessThan(SUMMARY_LIMIT_BYTES);
  });

  it('cuts at a line and closes an open code block when it must', () => {
    const md = '# t\n```json\n' + '{"a": 1}\n'.repeat(1000) + '```\n';
    const cut = capMarkdown(md, 2000, 'cut');
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(2000);
    expect(cut.match(/```/g)!.length % 2).toBe(0);
    expect(cut).toContain('> cut');
  });

  it('links findings to the file and line when given the blob URL', () => {
    const md = formatSummary(peeredVpcReport(), { blobUrl: 'https://github.com/o/r/blob/abc', pathPrefix: 'deploy' });
    expect(md).toContain('[`deploy/app/compose.yaml:4`](https://github.com/o/r/blob/abc/deploy/app/compose.yaml#L4)');
  });

  it('golden: the peered-VPC story', () => {
    expectGolden('report/peered-vpc.summary.md', formatSummary(peeredVpcReport(), { failOn: 'error' }));
  });

  it('golden: clean on three hosts', () => {
    expectGolden('report/clean.summary.md', formatSummary(cleanReport(), { failOn: 'error' }));
  });
});

describe('suppressed collisions', () => {
  it('do not make the verdict, the badge or the first collision', async () => {
    const { badgeFor } = await import('../../src/report/badge.js');
    const { earliestCollision } = await import('../../src/report/order.js');
    const r = peeredVpcReport();
    r.findings = [{ ...r.findings[0]!, suppressed: true, suppressionReason: 'VPC peering removed in Q3' }];
    expect(earliestCollision(r)).toBeNull();
    expect(verdict(r)).toEqual({ level: 'clean', text: 'Safe for 1,000 redeploys on 1 host' });
    expect(badgeFor(r).color).toBe('brightgreen');
    const md = formatSummary(r);
    expect(md).toContain('(ops VPC (peered, bastion SSH)) (suppressed)');
    expect(md).toContain('1 suppressed finding');
  });
});

describe('the proven fix', () => {
  it('shows daemon.json, compose changes and the pinned-subnet alternative as snippets to paste', () => {
    const r = peeredVpcReport();
    r.hosts[0]!.fix = {
      daemonJson: { mtu: 1392 },
      compose: [{ project: 'app', network: 'app_default', key: 'default', file: 'app/compose.yaml', line: 3, mtu: 1392 }],
      alternative: {
        compose: [
          {
            project: 'app',
            network: 'app_default',
            key: 'default',
            file: 'app/compose.yaml',
            line: 3,
            subnet: '10.200.0.0/24',
            replaces: '172.31.0.0/16',
          },
        ],
      },
    };
    const md = formatSummary(r, { pathPrefix: 'deploy' });
    expect(md).toContain('merge this into `/etc/docker/daemon.json` and restart dockerd and change the compose files as below');
    expect(md).toContain('```json\n{\n  "mtu": 1392\n}\n```');
    expect(md).toContain(
      '```yaml\n# deploy/app/compose.yaml: merge into the top-level networks:\nnetworks:\n  default:\n    driver_opts:\n      com.docker.network.driver.mtu: "1392"\n```',
    );
    expect(md).toContain('<details><summary>Or, leaving daemon.json alone, pin this subnet (also proven)</summary>');
    expect(md).toContain('        - subnet: 10.200.0.0/24  # was 172.31.0.0/16');
  });

  it('shows one snippet for hosts with the same fix', () => {
    const r = peeredVpcReport();
    r.hosts.push({ ...r.hosts[0]!, name: 'app-2' });
    r.findings.push({ ...r.findings[0]!, host: 'app-2' });
    const md = formatSummary(r);
    expect(md).toContain('Proven fix for app-1, app-2: merge');
    expect(md.match(/```json/g)).toHaveLength(1);
  });

  it('offers no fix to a host where nothing fails', () => {
    const r = peeredVpcReport();
    r.hosts.push({ ...r.hosts[0]!, name: 'app-2', firstCollision: null });
    const md = formatSummary(r);
    expect(md).toContain('Proven fix for app-1: merge');
    expect(md).not.toMatch(/Proven fix for [^\n]*app-2/);
  });
});
