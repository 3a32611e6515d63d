import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FreeSpace4, freeBlocks4, PRIVATE_ORDER_V4 } from '../../src/fix/space.js';
import { formatPrefix, overlaps, prefixOf, type Prefix, type Prefix4 } from '../../src/net/prefix.js';

const blocks = (avoid: string[], bits: number, n: number) => freeBlocks4(avoid.map(prefixOf), bits, n).map(formatPrefix);

describe('free private space', () => {
  it('takes the top of 10.0.0.0/8 first, in order', () => {
    expect(blocks([], 16, 3)).toEqual(['10.200.0.0/16', '10.201.0.0/16', '10.202.0.0/16']);
  });

  it('skips a block any avoided prefix touches, however small', () => {
    expect(blocks(['10.200.7.9/32'], 16, 1)).toEqual(['10.201.0.0/16']);
    expect(blocks(['10.200.0.0/24'], 24, 2)).toEqual(['10.200.1.0/24', '10.200.2.0/24']);
  });

  it('jumps past a large avoided range', () => {
    expect(blocks(['10.200.0.0/13'], 16, 1)).toEqual(['10.208.0.0/16']);
  });

  it('moves on to 172.16.0.0/12, then 192.168.0.0/16, when 10.0.0.0/8 is taken', () => {
    expect(blocks(['10.0.0.0/8'], 16, 1)).toEqual(['172.16.0.0/16']);
    expect(blocks(['10.0.0.0/8', '172.16.0.0/12'], 16, 1)).toEqual(['192.168.0.0/16']);
  });

  it('returns nothing when all private space is avoided', () => {
    expect(blocks(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'], 24, 1)).toEqual([]);
  });

  it('never offers 100.64.0.0/10 or public space', () => {
    const all = blocks(['10.0.0.0/8', '172.16.0.0/12'], 16, 10);
    expect(all).toEqual(['192.168.0.0/16']);
  });
});

// ---------------------------------------------------------------------------------------------
// freeBlocks4 sorts the avoided prefixes once and sweeps (it was quadratic: each candidate block was
// checked against every avoided prefix). The old implementation is kept here as the reference.

function referenceFreeBlocks4(avoid: readonly Prefix[], bits: number, n: number): Prefix4[] {
  const out: Prefix4[] = [];
  const blockers = avoid.filter((p): p is Prefix4 => p.family === 4);
  const step = 2 ** (32 - bits);
  for (const region of PRIVATE_ORDER_V4) {
    if (region.bits > bits) continue;
    const end = region.addr + 2 ** (32 - region.bits);
    let addr = region.addr;
    while (addr < end && out.length < n) {
      const cand: Prefix4 = { family: 4, addr, bits };
      const hit = blockers.find((b) => overlaps(b, cand));
      if (!hit) {
        out.push(cand);
        addr += step;
        continue;
      }
      const past = hit.addr + 2 ** (32 - hit.bits);
      addr = Math.max(addr + step, Math.ceil(past / step) * step);
    }
    if (out.length >= n) break;
  }
  return out;
}

// prefixes near the edges of the private regions (and anywhere), of every length from /0 to /32, so
// that overlapping, nested, adjacent and duplicate prefixes are common
const ANCHORS = [
  0x0a000000, 0x0ac80000, 0x0ad00000, 0x0ae00000, 0x0a800000, 0x0ac00000, 0x0affff00, 0xac100000, 0xac1fff00, 0xc0a80000, 0xc0a8ff00,
  0x64400000, 0x00000000, 0xffffff00,
];
const prefix4 = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ANCHORS) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 2 ** 32 - 1 }) }),
    fc.oneof(fc.constant(0), fc.integer({ min: -3, max: 3 }), fc.integer({ min: -4096, max: 4096 })),
    fc.oneof(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 8, max: 26 }), fc.constantFrom(0, 32, 32, 24, 16)),
  )
  .map(([anchor, off, bits]): Prefix4 => {
    const size = 2 ** (32 - bits);
    const x = Math.min(2 ** 32 - 1, Math.max(0, anchor + off * Math.min(size, 256)));
    return { family: 4, addr: x - (x % size), bits };
  });
const prefix6: fc.Arbitrary<Prefix> = fc.constantFrom<Prefix>(
  { family: 6, addr: 0xfd00n << 112n, bits: 8 },
  { family: 6, addr: 0n, bits: 0 },
);
const avoidSet = fc.array(fc.oneof({ weight: 9, arbitrary: prefix4 }, { weight: 1, arbitrary: prefix6 }), { maxLength: 12 }).chain((ps) =>
  // and prefixes adjacent to / nested in the ones drawn
  fc
    .array(fc.tuple(fc.nat(Math.max(0, ps.length - 1)), fc.constantFrom('next', 'prev', 'half', 'quarter')), {
      maxLength: ps.length > 0 ? 6 : 0,
    })
    .map((rel) => {
      const out: Prefix[] = [...ps];
      for (const [i, how] of rel) {
        const p = ps[i];
        if (p.family !== 4) continue;
        const size = 2 ** (32 - p.bits);
        if (how === 'next' && p.addr + size < 2 ** 32) out.push({ family: 4, addr: p.addr + size, bits: p.bits });
        if (how === 'prev' && p.addr - size >= 0) out.push({ family: 4, addr: p.addr - size, bits: p.bits });
        if (how === 'half' && p.bits < 32) out.push({ family: 4, addr: p.addr + size / 2, bits: p.bits + 1 });
        if (how === 'quarter' && p.bits < 31) out.push({ family: 4, addr: p.addr, bits: p.bits + 2 });
      }
      return out;
    }),
);
const blockBits = fc.oneof(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 12, max: 24 }), fc.constantFrom(16, 22, 24, 32));

describe('free private space: the sweep answers as the old scan', () => {
  it('gives the same blocks, in the same order, for any avoided prefixes', () => {
    fc.assert(
      fc.property(avoidSet, blockBits, fc.integer({ min: 0, max: 40 }), (avoid, bits, n) => {
        expect(freeBlocks4(avoid, bits, n)).toEqual(referenceFreeBlocks4(avoid, bits, n));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes blocks one after another (and after prefixes added) as the old scan over the growing list does', () => {
    const op = fc.oneof(fc.record({ take: blockBits }), fc.record({ add: prefix4 }));
    fc.assert(
      fc.property(avoidSet, fc.array(op, { maxLength: 25 }), (avoid, ops) => {
        const space = new FreeSpace4(avoid);
        const list: Prefix[] = [...avoid];
        for (const o of ops) {
          if ('add' in o) {
            space.add(o.add);
            list.push(o.add);
            continue;
          }
          const want = referenceFreeBlocks4(list, o.take, 1)[0] ?? null;
          expect(space.take(o.take)).toEqual(want);
          if (want) list.push(want);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the first free /24 after 100,000 avoided /24s, and the one after that, as the scan does', () => {
    const avoid: Prefix4[] = [];
    // every /24 of 10.200.0.0/13 but one near the end, shuffled
    const hole = 0x0ac80000 + 2000 * 256;
    for (let a = 0x0ac80000; a < 0x0ad00000; a += 256) if (a !== hole) avoid.push({ family: 4, addr: a, bits: 24 });
    for (let i = avoid.length - 1; i > 0; i--) {
      const j = (i * 7919) % (i + 1);
      [avoid[i], avoid[j]] = [avoid[j], avoid[i]];
    }
    expect(freeBlocks4(avoid, 24, 2)).toEqual([
      { family: 4, addr: hole, bits: 24 },
      { family: 4, addr: 0x0ad00000, bits: 24 },
    ]);
    expect(freeBlocks4(avoid, 16, 1)).toEqual([{ family: 4, addr: 0x0ad00000, bits: 16 }]);
  });
});
