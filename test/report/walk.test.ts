// The walk through the pools at scale: 3 hosts × 30 networks × 1,000 redeploys (fixtures/
// three-hosts-30-networks), checked for real and summarised as the action does (32 redeploys listed).
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { FsReader } from '../../src/load/reader.js';
import { WALK_TIMELINE, formatSummary } from '../../src/report/summary.js';

const DIR = path.resolve(__dirname, '../../fixtures/three-hosts-30-networks');

function summary(): string {
  const { report, context } = check(new FsReader(DIR), { timeline: WALK_TIMELINE });
  return formatSummary(report, { reserved: context.reserved.map((r) => ({ cidr: r.range.cidr, name: r.range.name })) });
}

/** each host's grid: its title, header cells and rows (cells per row) */
function grids(md: string) {
  const out: { title: string; header: string[]; rows: string[][]; after: string }[] = [];
  const lines = md.split('\n');
  let title = '';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.startsWith('#### ') || l.startsWith('<details><summary>')) title = l;
    if (!l.startsWith('| Pool')) continue;
    const split = (x: string) => x.slice(2, -2).split(' | ');
    const header = split(l);
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && lines[j]!.startsWith('|'); j++) rows.push(split(lines[j]!));
    out.push({ title, header, rows, after: lines.slice(j, j + 6).join('\n') });
  }
  return out;
}

describe('the walk through the pools at 3 hosts × 30 networks × 1,000 redeploys', () => {
  const md = summary();
  const g = grids(md);

  it('draws one grid per host, each at most one screen (≤ 34 rows, ≤ 19 columns)', () => {
    expect(g).toHaveLength(3);
    for (const x of g) {
      expect(x.rows.length).toBeLessThanOrEqual(34);
      expect(x.header.length).toBeLessThanOrEqual(19);
    }
  });

  it('keeps the colliding redeploy visible: a bold column with the network on the reserved row', () => {
    const app1 = g.find((x) => x.title.startsWith('#### app-1'))!;
    // app-1 hands out /24s from 10.0.0.0/8 round-robin: 30 per redeploy, 10.9.0.0 is pool 2,304 → redeploy 77
    const col = app1.header.indexOf('**77** 🛑');
    expect(col).toBeGreaterThan(0);
    const reservedRow = app1.rows.find((r) => r[0]!.startsWith('🛑 `10.9.0.0/24` office LAN'))!;
    expect(reservedRow[col]).toMatch(/^🛑\*\*[A-Za-z]\*\*$/);
    expect(md).toContain('🛑 Redeploy 77: `ops/ops_grafana` gets `10.9.0.0/24` on office LAN (site-to-site VPN)');
  });

  it('folds redeploys that allocate alike and says the period once', () => {
    const app2 = g.find((x) => x.title.includes('app-2'))!;
    expect(app2.header).toEqual(['Pool ↓ · redeploy →', 'start', '1–1,000']);
    expect(app2.rows).toHaveLength(31); // docker0 + 30 networks, one pool each
    expect(app2.after).toContain('Every redeploy after the first allocates the same subnets.');
    const app3 = g.find((x) => x.title.startsWith('#### app-3'))!;
    expect(app3.header).toEqual(['Pool ↓ · redeploy →', 'start', '**1** 🛑', '2–1,000']);
  });

  it('groups pools past the row budget and says so, reserved ranges keeping their own row', () => {
    const app1 = g.find((x) => x.title.startsWith('#### app-1'))!;
    expect(app1.rows.some((r) => /^`10\.\d+\.\d+\.0\/24` \+\d+$/.test(r[0]!))).toBe(true);
    expect(app1.after).toMatch(/Pools are grouped by \d+ to fit/);
  });

  it('says which hosts have no collision, and why, instead of a wall of 🛑', () => {
    expect(md).toContain(
      '<details><summary>app-2 — Engine 28.5.2, first-fit: no collision with a reserved range in 1,000 redeploys</summary>',
    );
    expect((md.match(/🛑/g) ?? []).length).toBeLessThan(40);
  });
});
