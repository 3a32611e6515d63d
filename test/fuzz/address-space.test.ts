// The address space answers every probe of both allocators in O(log n) from a sorted index (a
// performance change); these properties hold it to the obvious linear scan over what it holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryAt, firstFree } from '../../src/engine/round-robin.js';
import { AddressSpace } from '../../src/engine/space.js';
import { expandRoundRobin } from '../../src/net/pools.js';
import { lastAddr4, lastAddr6, type Prefix } from '../../src/net/prefix.js';
import { params, property, slowInputsReport, SLOW_INPUT_MS } from './harness.js';

type Op =
  | { kind: 'add' | 'remove' | 'removeOwner'; prefix: Prefix; owner: string }
  | { kind: 'removeHeld'; nth: number }
  | { kind: 'holdMany'; from: number; count: number }
  | { kind: 'probe'; start: number; end: number }
  | { kind: 'probe6'; start: bigint; end: bigint };

const owners = fc.constantFrom('a', 'b', 'c', 'd', '\u0000held', 'bridge');
// small universes so that nesting, duplicates and exact repeats are common
const prefix4 = fc
  .integer({ min: 20, max: 28 })
  .chain((bits) =>
    fc.integer({ min: 0, max: 2 ** (bits - 20) - 1 }).map((i): Prefix => ({ family: 4, addr: 0x0a000000 + i * 2 ** (32 - bits), bits })),
  );
const prefix6 = fc
  .integer({ min: 60, max: 68 })
  .chain((bits) =>
    fc
      .integer({ min: 0, max: 2 ** (bits - 60) - 1 })
      .map((i): Prefix => ({ family: 6, addr: (0xfd00n << 112n) + (BigInt(i) << BigInt(128 - bits)), bits })),
  );
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('add' as const, 'add' as const, 'remove' as const, 'removeOwner' as const),
    prefix: fc.oneof(prefix4, prefix4, prefix6),
    owner: owners,
  }),
  fc.nat().map((nth): Op => ({ kind: 'removeHeld', nth })),
  // what the daemon does while it skips candidates on a host route: hold many, then release them all
  fc.record({ kind: fc.constant('holdMany' as const), from: fc.integer({ min: 0, max: 255 }), count: fc.integer({ min: 1, max: 80 }) }),
  // probes as the allocators make them (aligned blocks) and arbitrary ranges
  prefix4.map((p): Op => ({ kind: 'probe', start: p.addr as number, end: lastAddr4(p as Extract<Prefix, { family: 4 }>) })),
  fc
    .tuple(fc.integer({ min: 0x09ff0000, max: 0x0a100000 }), fc.integer({ min: 0, max: 2 ** 16 }))
    .map(([s, l]): Op => ({ kind: 'probe', start: s, end: s + l })),
  prefix6.map((p): Op => ({ kind: 'probe6', start: p.addr as bigint, end: lastAddr6(p as Extract<Prefix, { family: 6 }>) })),
);

/** the reference: a list and a linear scan */
class Naive {
  entries: { prefix: Prefix; owner: string }[] = [];
  add(prefix: Prefix, owner: string) {
    this.entries.push({ prefix, owner });
  }
  remove(prefix: Prefix, owner: string) {
    const i = this.entries.findIndex(
      (e) => e.owner === owner && e.prefix.family === prefix.family && e.prefix.addr === prefix.addr && e.prefix.bits === prefix.bits,
    );
    if (i >= 0) this.entries.splice(i, 1);
  }
  removeOwner(owner: string) {
    this.entries = this.entries.filter((e) => e.owner !== owner);
  }
  blockEnd4(start: number, end: number): number | undefined {
    let best: number | undefined;
    for (const { prefix: p } of this.entries) {
      if (p.family !== 4) continue;
      const pe = lastAddr4(p);
      if (p.addr <= end && start <= pe && (best === undefined || pe > best)) best = pe;
    }
    return best;
  }
  /** the end of the last run of the union intersecting [start, end] */
  coverEnd4(start: number, end: number): number | undefined {
    const iv = this.entries
      .filter((e) => e.prefix.family === 4)
      .map((e) => [e.prefix.addr as number, lastAddr4(e.prefix as Extract<Prefix, { family: 4 }>)])
      .sort((a, b) => a[0] - b[0]);
    const runs: number[][] = [];
    for (const [s, e] of iv) {
      const last = runs[runs.length - 1];
      if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
      else runs.push([s, e]);
    }
    const hit = runs.filter(([s, e]) => s <= end && e >= start).pop();
    return hit ? hit[1] : undefined;
  }
  /** the first covered address ≥ x, or -1 */
  firstCovered4(x: number): number {
    let best = -1;
    for (const { prefix: p } of this.entries) {
      if (p.family !== 4 || lastAddr4(p) < x) continue;
      const c = Math.max(p.addr, x);
      if (best < 0 || c < best) best = c;
    }
    return best;
  }
  blockEnd6(start: bigint, end: bigint): bigint | undefined {
    let best: bigint | undefined;
    for (const { prefix: p } of this.entries) {
      if (p.family !== 6) continue;
      const pe = lastAddr6(p);
      if (p.addr <= end && start <= pe && (best === undefined || pe > best)) best = pe;
    }
    return best;
  }
}

const canon = (xs: readonly { prefix: Prefix; owner: string }[]) =>
  xs
    .map((e) => `${e.owner}=${e.prefix.family}:${e.prefix.addr}/${e.prefix.bits}`)
    .sort()
    .join(',');

describe('address space', () => {
  it('answers every overlap probe, after any adds and removes, as a linear scan over its entries does', () => {
    fc.assert(
      property(fc.array(op, { minLength: 20, maxLength: 150, size: 'max' }), (ops) => {
        const fast = new AddressSpace();
        const slow = new Naive();
        for (const o of ops) {
          switch (o.kind) {
            case 'add':
              fast.add(o.prefix, o.owner);
              slow.add(o.prefix, o.owner);
              break;
            case 'remove':
              fast.remove(o.prefix, o.owner);
              slow.remove(o.prefix, o.owner);
              break;
            case 'holdMany':
              for (let i = 0; i < o.count; i++) {
                const p: Prefix = { family: 4, addr: 0x0a000000 + ((o.from + i) % 256) * 16, bits: 28 };
                fast.add(p, 'hold');
                slow.add(p, 'hold');
              }
              expect(fast.blockEnd4(0x0a000000, 0x0a000fff)).toBe(slow.blockEnd4(0x0a000000, 0x0a000fff));
              fast.removeOwner('hold');
              slow.removeOwner('hold');
              break;
            case 'removeHeld': {
              // an entry that is there (random prefixes rarely are)
              if (slow.entries.length === 0) break;
              const e = slow.entries[o.nth % slow.entries.length];
              fast.remove(e.prefix, e.owner);
              slow.remove(e.prefix, e.owner);
              break;
            }
            case 'removeOwner':
              fast.removeOwner(o.owner);
              slow.removeOwner(o.owner);
              break;
            case 'probe':
              expect(fast.blockEnd4(o.start, o.end)).toBe(slow.blockEnd4(o.start, o.end));
              expect(fast.coverEnd4(o.start, o.end)).toBe(slow.coverEnd4(o.start, o.end));
              expect(fast.firstCovered4(o.start)).toBe(slow.firstCovered4(o.start));
              break;
            case 'probe6':
              expect(fast.blockEnd6(o.start, o.end)).toBe(slow.blockEnd6(o.start, o.end));
              break;
          }
        }
        expect(fast.size).toBe(slow.entries.length);
        expect(canon(fast.all())).toBe(canon(slow.entries));
        const copy = fast.clone();
        for (const e of slow.entries) {
          expect(copy.overlapsAny(e.prefix)).toBe(true);
        }
      }),
      params(1500),
    );
  });
});

describe('candidate lists', () => {
  it('finds the first free candidate in any index range as a scan over every entry does', () => {
    const spec = fc.oneof(
      fc.record({
        base: fc.constantFrom('10.0.0.0/20', '10.0.8.0/21', '10.0.0.0/24', '172.17.0.0/16', '10.0.0.0/16'),
        size: fc.constantFrom(20, 21, 22, 24, 26),
      }),
      fc.record({ base: fc.constantFrom('fd00:1::/62', 'fd00::/60'), size: fc.constantFrom(62, 64, 66) }),
    );
    fc.assert(
      property(
        fc.array(spec, { minLength: 1, maxLength: 12 }),
        fc.array(prefix4, { maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(4 as const, 6 as const),
        (specs, taken, a, b, family) => {
          let list;
          try {
            list = expandRoundRobin(specs.filter((s) => Number(s.base.split('/')[1]) <= s.size));
          } catch {
            return;
          }
          if (list.length === 0) return;
          const space = new AddressSpace();
          for (const p of taken) space.add(p, 'x');
          const from = a % list.length;
          const to = from + (b % (list.length - from + 1));
          let want = -1;
          for (let g = from; g < to; g++) {
            const p = entryAt(list, g);
            if (p.family === family && !space.overlapsAny(p)) {
              want = g;
              break;
            }
          }
          expect(firstFree(list, from, to, family, space)).toBe(want);
        },
      ),
      params(1500),
    );
  });
});

describe('address space: cost', () => {
  it(`took at most ${SLOW_INPUT_MS / 1000} s of CPU time for every input above`, () => {
    expect(slowInputsReport()).toBe('');
  });
});
