// Engine ≤ 26 holds every candidate the host rejects (an on-link route, a nameserver) while it asks
// again, one ask per candidate (docker-ipam.md §2.1). skipRejected answers the whole loop in one step;
// these properties hold it to the loop itself, candidate by candidate: the same pick (or none) and the
// cursor left in the same place, over random pools (wrapped shifts, IPv6 entries in the list), taken
// subnets, routes and cursors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RoundRobinAllocator, disjoint4, holdLoop, skipRejected } from '../../src/engine/round-robin.js';
import { AddressSpace } from '../../src/engine/space.js';
import { overlaps, type Prefix } from '../../src/net/prefix.js';
import { listOrNull } from './lists.js';

const prefix4 = fc
  .integer({ min: 18, max: 28 })
  .chain((bits) =>
    fc.integer({ min: 0, max: 2 ** (bits - 18) - 1 }).map((i): Prefix => ({ family: 4, addr: 0x0a000000 + i * 2 ** (32 - bits), bits })),
  );
const spec = fc.oneof(
  fc.record({
    base: fc.constantFrom('10.0.0.0/20', '10.0.8.0/21', '10.0.0.0/24', '10.1.0.0/22', '10.0.0.0/18'),
    size: fc.constantFrom(20, 21, 22, 24, 26),
  }),
  fc.record({ base: fc.constantFrom('fd00:1::/62'), size: fc.constantFrom(64) }),
);

/** the loop as dockerd runs it: hold each rejected pick, ask again, release everything at the end */
function dockerdLoop(rr: RoundRobinAllocator, space: AddressSpace, host: Prefix[]): Prefix | null {
  return holdLoop(rr, 4, space, (p) => host.some((h) => overlaps(p, h)), rr.request(4, space), 'hold').pick;
}

describe('the ≤ 26 hold loop in one step', () => {
  it('picks what holding candidate after candidate picks, and leaves the cursor where it does', () => {
    let skipped = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(spec, { minLength: 1, maxLength: 4, selector: (s) => s.base }),
        fc.array(prefix4, { maxLength: 10 }),
        fc.array(prefix4, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.integer({ min: 1, max: 4 }),
        (specs, taken, routes, c, asks) => {
          const list = listOrNull(specs);
          if (!list || !disjoint4(list)) return;
          const slow = { rr: new RoundRobinAllocator(list), space: new AddressSpace() };
          const fast = { rr: new RoundRobinAllocator(list), space: new AddressSpace() };
          const host = new AddressSpace();
          for (const r of routes) host.add(r, 'host');
          for (const p of taken) {
            slow.space.add(p, 'x');
            fast.space.add(p, 'x');
          }
          slow.rr.cursor = fast.rr.cursor = c % list.length;
          // a few asks in a row, each pick kept (the cursor and the space carry over)
          for (let k = 0; k < asks; k++) {
            const want = dockerdLoop(slow.rr, slow.space, routes);
            const c0 = fast.rr.cursor >= list.length ? 0 : fast.rr.cursor;
            let got = fast.rr.request(4, fast.space);
            if (got && routes.some((h) => overlaps(got!, h))) {
              skipped++;
              got = skipRejected(fast.rr, c0, fast.space, host);
            }
            expect(got && { addr: got.addr, bits: got.bits }).toEqual(want && { addr: want.addr, bits: want.bits });
            expect(fast.rr.cursor).toBe(slow.rr.cursor);
            if (!want) break;
            slow.space.add(want, `n${k}`);
            fast.space.add(got!, `n${k}`);
          }
        },
      ),
      { numRuns: 3000, seed: 1103 },
    );
    // the property is about the skip: make sure it ran
    expect(skipped).toBeGreaterThan(300);
  });
});
