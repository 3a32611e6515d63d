// The IPv6 side of the address space is a binary trie over the 128 address bits (Trie6): adds, removes
// and every probe walk at most 129 nodes. These properties hold it to a list and a linear scan, over
// random sequences of adds, removes and probes with prefixes of every length /0 … /128, drawn around a
// few addresses so that nested, equal and adjacent prefixes are common, and the edges of the address
// space (::/0, ::, ffff:…:ffff) come up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AddressSpace } from '../../src/engine/space.js';
import type { Prefix } from '../../src/net/prefix.js';

const MAX = (1n << 128n) - 1n;
const mask = (bits: number) => (bits === 0 ? 0n : (MAX >> BigInt(128 - bits)) << BigInt(128 - bits));
const last = (p: { addr: bigint; bits: number }) => p.addr + (1n << BigInt(128 - p.bits)) - 1n;

type Op =
  | { kind: 'add' | 'remove'; at: number; flip: number; bits: number; owner: string }
  | { kind: 'removeNth'; nth: number }
  | { kind: 'removeOwner'; owner: string }
  | { kind: 'probePrefix'; at: number; flip: number; bits: number }
  | { kind: 'probeRange'; at: number; flip: number; delta: bigint; len: bigint }
  | { kind: 'clone' };

const owners = fc.constantFrom('a', 'b', '\u0000held');
/** an address: one of the bases (`at`), with bit `flip` flipped (-1: none) */
const place = { at: fc.nat(3), flip: fc.integer({ min: -1, max: 127 }) };
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('add' as const), ...place, bits: fc.integer({ min: 0, max: 128 }), owner: owners }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('remove' as const), ...place, bits: fc.integer({ min: 0, max: 128 }), owner: owners }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('removeNth' as const), nth: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeOwner' as const), owner: owners }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('probePrefix' as const), ...place, bits: fc.integer({ min: 0, max: 128 }) }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('probeRange' as const),
      ...place,
      delta: fc.oneof(fc.bigInt({ min: -4n, max: 4n }), fc.bigInt({ min: -(1n << 70n), max: 1n << 70n })),
      len: fc.oneof(fc.bigInt({ min: 0n, max: 4n }), fc.bigInt({ min: 0n, max: 1n << 80n }), fc.constant(MAX)),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clone' as const) }) },
);
// bases: random addresses, the two ends of the space, and one sharing a long prefix with the first
const bases = fc
  .tuple(fc.bigInt({ min: 0n, max: MAX }), fc.bigInt({ min: 0n, max: MAX }), fc.integer({ min: 1, max: 127 }))
  .map(([a, b, k]) => [a, b, a ^ (1n << BigInt(k)), MAX, 0n]);

/** the reference: a list of entries and linear scans */
class Model {
  entries: { p: Prefix & { family: 6 }; owner: string }[] = [];
  blockEnd(start: bigint, end: bigint): bigint | undefined {
    let best: bigint | undefined;
    for (const { p } of this.entries) if (p.addr <= end && last(p) >= start && (best === undefined || last(p) > best)) best = last(p);
    return best;
  }
  /** the union of the entries as sorted, non-adjacent runs; the end of the last run meeting [start, end] */
  coverEnd(start: bigint, end: bigint): bigint | undefined {
    const iv = this.entries.map(({ p }) => [p.addr, last(p)]).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    const runs: bigint[][] = [];
    for (const [s, e] of iv) {
      const r = runs[runs.length - 1];
      if (r && s <= r[1] + 1n) r[1] = e > r[1] ? e : r[1];
      else runs.push([s, e]);
    }
    const hit = runs.filter(([s, e]) => s <= end && e >= start).pop();
    return hit?.[1];
  }
}

describe('IPv6 address space (Trie6)', () => {
  it('answers blockEnd6, coverEnd6, overlapping6 and overlapsAny as a linear scan does, after any adds and removes', () => {
    let hits = 0;
    let nested = 0;
    fc.assert(
      fc.property(bases, fc.array(op, { minLength: 10, maxLength: 120 }), (bs, ops) => {
        let space = new AddressSpace();
        const model = new Model();
        const addr = (at: number, flip: number) => (flip < 0 ? bs[at % bs.length] : bs[at % bs.length] ^ (1n << BigInt(flip)));
        const prefix = (at: number, flip: number, bits: number): Prefix & { family: 6 } => ({
          family: 6,
          addr: addr(at, flip) & mask(bits),
          bits,
        });
        const check = (start: bigint, end: bigint) => {
          const want = model.blockEnd(start, end);
          expect(space.blockEnd6(start, end)).toBe(want);
          expect(space.coverEnd6(start, end)).toBe(model.coverEnd(start, end));
          // every entry overlapping the range, by start and, for one start, the longer first
          const list = model.entries
            .filter(({ p }) => p.addr <= end && last(p) >= start)
            .map(({ p }): [bigint, bigint] => [p.addr, last(p)])
            .sort((x, y) => (x[0] !== y[0] ? (x[0] < y[0] ? -1 : 1) : x[1] === y[1] ? 0 : x[1] > y[1] ? -1 : 1));
          expect(space.overlapping6(start, end)).toEqual(list);
          if (want !== undefined) hits++;
        };
        for (const o of ops) {
          switch (o.kind) {
            case 'add': {
              const p = prefix(o.at, o.flip, o.bits);
              if (model.entries.some((e) => e.p.addr <= p.addr && last(p) <= last(e.p) && e.p.bits !== p.bits)) nested++;
              space.add(p, o.owner);
              model.entries.push({ p, owner: o.owner });
              break;
            }
            case 'remove': {
              const p = prefix(o.at, o.flip, o.bits);
              space.remove(p, o.owner);
              const i = model.entries.findIndex((e) => e.owner === o.owner && e.p.addr === p.addr && e.p.bits === p.bits);
              if (i >= 0) model.entries.splice(i, 1);
              break;
            }
            case 'removeNth': {
              if (model.entries.length === 0) break;
              const i = o.nth % model.entries.length;
              const e = model.entries[i];
              space.remove({ ...e.p }, e.owner);
              // the first entry of that prefix and owner goes, as AddressSpace.remove says
              const j = model.entries.findIndex((f) => f.owner === e.owner && f.p.addr === e.p.addr && f.p.bits === e.p.bits);
              model.entries.splice(j, 1);
              break;
            }
            case 'removeOwner':
              space.removeOwner(o.owner);
              model.entries = model.entries.filter((e) => e.owner !== o.owner);
              break;
            case 'probePrefix': {
              const p = prefix(o.at, o.flip, o.bits);
              check(p.addr, last(p));
              expect(space.overlapsAny(p)).toBe(model.blockEnd(p.addr, last(p)) !== undefined);
              break;
            }
            case 'probeRange': {
              let s = addr(o.at, o.flip) + o.delta;
              if (s < 0n) s = 0n;
              if (s > MAX) s = MAX;
              const e = s + o.len > MAX ? MAX : s + o.len;
              check(s, e);
              break;
            }
            case 'clone':
              // a clone answers the same, and the original is not changed by changes to the clone
              space = space.clone();
              break;
          }
        }
        expect(space.size).toBe(model.entries.length);
        // everything removed: nothing is left behind in the trie
        for (const e of model.entries.slice()) space.remove(e.p, e.owner);
        expect(space.blockEnd6(0n, MAX)).toBeUndefined();
        expect(space.coverEnd6(0n, MAX)).toBeUndefined();
      }),
      { numRuns: 1500, seed: 611 },
    );
    // the properties are about answers: make sure there were many, over nested entries
    expect(hits).toBeGreaterThan(3000);
    expect(nested).toBeGreaterThan(500);
  });

  it('keeps a clone apart from its original', () => {
    const a = new AddressSpace();
    const p: Prefix = { family: 6, addr: 0xfd00n << 112n, bits: 64 };
    a.add(p, 'x');
    const b = a.clone();
    b.remove(p, 'x');
    b.add({ family: 6, addr: 0xfe80n << 112n, bits: 10 }, 'y');
    expect(a.blockEnd6(p.addr, last(p as Prefix & { family: 6 }))).toBe(last(p as Prefix & { family: 6 }));
    expect(a.overlapsAny({ family: 6, addr: 0xfe80n << 112n, bits: 64 })).toBe(false);
    expect(b.overlapsAny(p)).toBe(false);
  });

  it('answers at the edges of the address space', () => {
    const s = new AddressSpace();
    s.add({ family: 6, addr: MAX, bits: 128 }, 'x');
    s.add({ family: 6, addr: MAX - 1n, bits: 128 }, 'x');
    expect(s.coverEnd6(MAX - 5n, MAX - 1n)).toBe(MAX);
    expect(s.blockEnd6(0n, MAX - 2n)).toBeUndefined();
    s.add({ family: 6, addr: 0n, bits: 1 }, 'y');
    expect(s.coverEnd6(0n, 0n)).toBe(MAX >> 1n);
    s.add({ family: 6, addr: 1n << 127n, bits: 2 }, 'y');
    expect(s.coverEnd6(5n, 6n)).toBe((MAX >> 1n) + (1n << 126n));
    s.add({ family: 6, addr: 0n, bits: 0 }, 'z');
    expect(s.coverEnd6(5n, 6n)).toBe(MAX);
    expect(s.blockEnd6(5n, 6n)).toBe(MAX);
  });
});
