// The walk through the pools, for the job summary: one compact grid per host, pools down the side and
// redeploys across, each cell the network (a letter) that holds the pool on that redeploy. It stays one
// screen whatever the repository: redeploys that allocate alike are folded into one column ("2–1,000"),
// the repeating pattern is shown once and its period said once, rows beyond the budget are grouped into
// ranges of pools, reserved ranges always keep a row of their own (🛑), and the colliding redeploy
// always has a column, bold, near the left.
import type { Allocation, HostReport, Report } from '../model.js';
import { comparePrefix, overlaps, parsePrefix, type Prefix } from '../net/prefix.js';
import { code, knownReserved, table, text } from './markdown.js';
import { plural, thousands } from './order.js';

export interface GridOptions {
  /** most redeploy columns (the colliding one included) */
  maxColumns?: number;
  /** most pool rows (ranges of pools count as one) */
  maxRows?: number;
  /** reserved ranges to mark, besides the ones the report names */
  reserved?: { cidr: string; name: string }[];
}

const KEYS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** the key of every network past the 62nd */
const OVERFLOW_KEY = '+';

interface Column {
  /** header: "start", "14", "2–1,000" */
  label: string;
  /** first and last redeploy it stands for (0 = daemon start) */
  from: number;
  to: number;
  /** pool (canonical text) → network keys holding it */
  cells: Map<string, string[]>;
  collision: boolean;
}

interface Row {
  pools: string[];
  reserved: string | null;
}

function networkName(a: Allocation): string {
  return a.project === null ? `${a.network} (docker0)` : `${a.project}/${a.network}`;
}

function parse(subnet: string): Prefix | null {
  const p = parsePrefix(subnet);
  return 'error' in p ? null : p.prefix;
}

/** the grid of one host (as markdown), with its legend and the sentence about the period */
export function walkGrid(report: Report, h: HostReport, opts: GridOptions = {}): string {
  const maxColumns = Math.max(4, opts.maxColumns ?? 16);
  const maxRows = Math.max(6, opts.maxRows ?? 32);
  const reserved = knownReserved(report, opts.reserved);
  const reservedOf = (subnet: string): string | null => {
    const p = parse(subnet);
    if (!p) return null;
    for (const r of reserved) if (overlaps(p, r.prefix)) return r.name || r.cidr;
    return null;
  };

  // keys: networks in the order they first appear (boot, then redeploys)
  const keys = new Map<string, string>();
  const keyOf = (a: Allocation): string => {
    const name = networkName(a);
    let k = keys.get(name);
    if (k === undefined) {
      k = keys.size < KEYS.length ? KEYS[keys.size]! : OVERFLOW_KEY;
      keys.set(name, k);
    }
    return k;
  };
  const cellsOf = (allocs: Allocation[]): Map<string, string[]> => {
    const m = new Map<string, string[]>();
    for (const a of allocs) {
      const k = keyOf(a);
      const list = m.get(a.subnet);
      if (list) {
        if (!list.includes(k)) list.push(k);
      } else m.set(a.subnet, [k]);
    }
    return m;
  };

  // boot networks stay for every redeploy: each column shows them too
  const boot = h.boot;
  const fc = h.firstCollision;
  const columns: Column[] = [];
  if (boot.length > 0) columns.push({ label: 'start', from: 0, to: 0, cells: cellsOf(boot), collision: fc?.cycle === 0 });
  // the repeating pattern is shown once: cycles past preamble + period add nothing
  const patternEnd = h.period ? h.period.preamble + h.period.length : Infinity;
  const cycles = h.cycles.filter((c) => c.cycle <= patternEnd);
  const signature = (m: Map<string, string[]>) =>
    [...m.entries()]
      .map(([s, k]) => `${s}=${k.join('')}`)
      .sort()
      .join(' ');
  let last: { sig: string; col: Column } | null = null;
  for (const c of cycles) {
    const cells = cellsOf([...boot, ...c.allocations]);
    const sig = signature(cells);
    const collision = fc?.cycle === c.cycle;
    if (last && last.sig === sig && !collision && !last.col.collision) {
      last.col.to = c.cycle;
      continue;
    }
    const col: Column = { label: '', from: c.cycle, to: c.cycle, cells, collision };
    columns.push(col);
    last = { sig, col };
  }
  // a pattern that repeats from its start with period 1: every redeploy alike through the last one
  const lastShown = cycles.length ? cycles[cycles.length - 1]!.cycle : 0;
  const redeployCols = columns.filter((c) => c.from > 0);
  if (h.period && h.period.length === 1 && redeployCols.length > 0 && lastShown >= patternEnd) {
    redeployCols[redeployCols.length - 1]!.to = Math.max(redeployCols[redeployCols.length - 1]!.to, report.cycles);
  }
  // the colliding redeploy past the listed ones: a column of its own with what is known of it
  if (fc && fc.cycle > 0 && !columns.some((c) => c.collision)) {
    const cells = new Map<string, string[]>([[fc.subnet, [keyOf({ project: fc.project, network: fc.network, subnet: fc.subnet })]]]);
    columns.push({ label: '', from: fc.cycle, to: fc.cycle, cells, collision: true });
  }
  for (const c of columns) {
    if (c.from === 0) continue;
    c.label = c.from === c.to ? thousands(c.from) : `${thousands(c.from)}–${thousands(c.to)}`;
  }

  // at most maxColumns: the first ones, a gap, and the colliding one with its neighbour
  let shown = columns;
  let gapAfter = -1;
  if (columns.length > maxColumns) {
    const hit = columns.findIndex((c) => c.collision);
    const tail = hit >= maxColumns - 1 ? columns.slice(hit - 1, hit + 1) : [];
    const head = columns.slice(0, maxColumns - tail.length);
    gapAfter = head.length - 1;
    shown = [...head, ...tail];
  }

  // rows: every pool shown, by address; reserved ones keep their own row, the others are grouped to fit
  const pools = new Map<string, Prefix>();
  for (const c of shown)
    for (const s of c.cells.keys()) if (!pools.has(s)) pools.set(s, parse(s) ?? ({ family: 4, addr: 0, bits: 0 } as Prefix));
  const sorted = [...pools.entries()].sort((a, b) => comparePrefix(a[1], b[1])).map(([s]) => s);
  const rows: Row[] = [];
  const reservedRows = sorted.filter((s) => reservedOf(s) !== null).length;
  const plainBudget = Math.max(1, maxRows - reservedRows);
  const plain = sorted.length - reservedRows;
  const perRow = plain <= plainBudget ? 1 : Math.ceil(plain / plainBudget);
  let run: string[] = [];
  const flush = () => {
    for (let i = 0; i < run.length; i += perRow) rows.push({ pools: run.slice(i, i + perRow), reserved: null });
    run = [];
  };
  for (const s of sorted) {
    const r = reservedOf(s);
    if (r === null) {
      run.push(s);
      continue;
    }
    flush();
    rows.push({ pools: [s], reserved: r });
  }
  flush();

  const cell = (col: Column, row: Row): string => {
    const held: string[] = [];
    for (const p of row.pools) for (const k of col.cells.get(p) ?? []) if (!held.includes(k)) held.push(k);
    if (held.length === 0) return '·';
    // a group of pools counts its networks; a single pool names its network
    const body = row.pools.length > 1 || held.length > 2 ? `${held.length}×` : held.join('');
    return row.reserved !== null ? `🛑**${body}**` : body;
  };
  const rowLabel = (row: Row): string => {
    if (row.reserved !== null) return `🛑 ${code(row.pools[0]!)} ${text(row.reserved, 60)}`;
    if (row.pools.length === 1) return code(row.pools[0]!);
    // one line: the first pool of the group and how many follow it
    return `${code(row.pools[0]!)} +${thousands(row.pools.length - 1)}`;
  };
  const header = ['Pool ↓ · redeploy →'];
  shown.forEach((c, i) => {
    header.push(c.collision ? `**${c.label}** 🛑` : c.label);
    if (i === gapAfter) header.push('⋯');
  });
  const body = rows.map((row) => {
    const cells = [rowLabel(row)];
    shown.forEach((c, i) => {
      cells.push(cell(c, row));
      if (i === gapAfter) cells.push('');
    });
    return cells;
  });

  const out: string[] = [];
  if (shown.length > 0 && rows.length > 0) out.push(table(header, body));
  const legend = [...keys.entries()]
    .filter(([, k]) => k !== OVERFLOW_KEY)
    .slice(0, KEYS.length)
    .map(([name, k]) => `**${k}** ${code(name, 60)}`);
  const overflow = [...keys.values()].filter((k) => k === OVERFLOW_KEY).length;
  if (legend.length) out.push(legend.join(' · ') + (overflow ? ` · **${OVERFLOW_KEY}** ${plural(overflow, 'more network')}` : ''));
  const notes: string[] = [];
  if (h.period) {
    const p = h.period.preamble;
    const after = p === 0 ? '' : p === 1 ? ' after the first' : ` after the first ${thousands(p)}`;
    notes.push(
      h.period.length === 1
        ? `Every redeploy${after} allocates the same subnets.`
        : `The walk repeats every ${plural(h.period.length, 'redeploy')}${after}: shown once.`,
    );
  }
  if (gapAfter >= 0) notes.push('⋯ marks redeploys left out (see the JSON report with `--timeline`).');
  if (perRow > 1)
    notes.push(
      `Pools are grouped by ${perRow} to fit (\`10.0.0.0/24\` +${perRow - 1}: that pool and the next ${perRow - 1}); a cell counts the networks in the group.`,
    );
  if (notes.length) out.push(notes.join(' '));
  return out.join('\n\n');
}
