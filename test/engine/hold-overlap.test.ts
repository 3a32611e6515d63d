// Engine ≤ 26 with overlapping pools (default-address-pools such as 10.0.0.0/8 at /24 and 10.0.0.0/16
// at /28): a candidate held while the host rejects it also blocks the later candidates inside it and
// those containing it. holdRejected answers the hold loop a run of rejected candidates at a time; these
// properties hold it to the loop itself (holdLoop, one candidate at a time, as dockerd runs it): the
// same pick (or none) and the cursor left in the same place, over random overlapping pool lists (repeated
// bases, nested ones, wrapped shifts, IPv6 entries), taken subnets, routes and cursors, several asks in
// a row.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RoundRobinAllocator, holdLoop, holdRejected } from '../../src/engine/round-robin.js';
import { AddressSpace } from '../../src/engine/space.js';
import { overlaps, type Prefix } from '../../src/net/prefix.js';
import { expandRoundRobin } from '../../src/net/pools.js';
import { listOrNull } from './lists.js';

const prefix4 = (minBits: number) =>
  fc
    .integer({ min: minBits, max: 28 })
    .chain((bits) =>
      fc
        .integer({ min: 0, max: 2 ** Math.max(0, bits - 18) - 1 })
        .map((i): Prefix => ({ family: 4, addr: 0x0a000000 + i * 2 ** (32 - bits), bits })),
    );
const spec = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      base: fc.constantFrom('10.0.0.0/18', '10.0.0.0/20', '10.0.4.0/22', '10.0.0.0/24', '10.0.8.0/21', '10.0.1.0/24'),
      size: fc.constantFrom(20, 22, 24, 26, 27, 28),
    }),
  },
  // a base that does not sit on its own boundary (Go's wrapped shift repeats its entries)
  { weight: 1, arbitrary: fc.record({ base: fc.constantFrom('10.0.2.0/23'), size: fc.constantFrom(24, 25) }) },
  { weight: 1, arbitrary: fc.record({ base: fc.constantFrom('fd00:1::/62'), size: fc.constantFrom(64) }) },
);

const same = (p: Prefix | null) => p && { addr: p.addr, bits: p.bits };

describe('the ≤ 26 hold loop over overlapping pools, a run at a time', () => {
  it('picks what holding candidate after candidate picks, and leaves the cursor where it does', () => {
    let runsHeld = 0;
    let manyRuns = 0;
    let overlapping = 0;
    let none = 0;
    fc.assert(
      fc.property(
        fc.array(spec, { minLength: 1, maxLength: 5 }),
        fc.array(prefix4(18), { maxLength: 10 }),
        fc.array(prefix4(16), { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.integer({ min: 1, max: 4 }),
        (specs, taken, routes, c, asks) => {
          const list = listOrNull(specs);
          if (!list) return;
          const slow = { rr: new RoundRobinAllocator(list), space: new AddressSpace() };
          const fast = { rr: new RoundRobinAllocator(list), space: new AddressSpace() };
          const host = new AddressSpace();
          for (const r of routes) host.add(r, 'host');
          const rejects = (p: Prefix) => routes.some((h) => overlaps(p, h));
          for (const p of taken) {
            slow.space.add(p, 'x');
            fast.space.add(p, 'x');
          }
          slow.rr.cursor = fast.rr.cursor = c % list.length;
          if (list.segments.filter((s) => s.family === 4).length > 1) overlapping++;
          for (let k = 0; k < asks; k++) {
            const want = holdLoop(slow.rr, 4, slow.space, rejects, slow.rr.request(4, slow.space), 'hold').pick;
            const c0 = fast.rr.cursor >= list.length ? 0 : fast.rr.cursor;
            let got = fast.rr.request(4, fast.space);
            if (got && rejects(got)) {
              const r = holdRejected(fast.rr, c0, fast.space, host, 'hold', 1_000_000);
              expect(r.gaveUp).toBe(false);
              runsHeld += r.runs;
              if (r.runs > 1) manyRuns++;
              got = r.pick;
            }
            expect(same(got)).toEqual(same(want));
            expect(fast.rr.cursor).toBe(slow.rr.cursor);
            // the holds are gone
            expect(fast.space.size).toBe(slow.space.size);
            if (!want) {
              none++;
              break;
            }
            slow.space.add(want, `n${k}`);
            fast.space.add(got!, `n${k}`);
          }
        },
      ),
      { numRuns: 3000, seed: 1111 },
    );
    // the property is about holding runs over overlapping lists: make sure they came up, and exhaustion too
    expect(overlapping).toBeGreaterThan(1000);
    expect(runsHeld).toBeGreaterThan(1000);
    expect(manyRuns).toBeGreaterThan(200);
    expect(none).toBeGreaterThan(20);
  });

  it('gives up past its limit of runs, and leaves no hold behind', () => {
    // 10.0.0.0/16 at /24 (256 candidates) then 10.0.0.0/16 at /28; every other /24 taken, and a route over
    // the whole /16: 128 runs of one free /24 each
    const list = expandRoundRobin([
      { base: '10.0.0.0/16', size: 24 },
      { base: '10.0.0.0/16', size: 28 },
    ]);
    const rr = new RoundRobinAllocator(list);
    const space = new AddressSpace();
    for (let i = 0; i < 256; i += 2) space.add({ family: 4, addr: 0x0a000000 + i * 256, bits: 24 }, 'x');
    const host = new AddressSpace();
    host.add({ family: 4, addr: 0x0a000000, bits: 16 }, 'host');
    expect(holdRejected(rr, 0, space, host, 'hold', 127)).toMatchObject({ pick: null, gaveUp: true });
    expect(space.size).toBe(128);
    const r = holdRejected(rr, 0, space, host, 'hold', 128);
    expect(r).toMatchObject({ pick: null, runs: 128, gaveUp: false });
    expect(space.size).toBe(128);
  });
});
