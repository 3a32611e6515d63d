// How many local candidates a host's engine offers, and how many are still free with a given set of
// subnets taken. Counting stops at a cap so that a 2^24-candidate pool costs nothing.
import { firstFreeInSegment } from '../engine/round-robin.js';
import { AddressSpace } from '../engine/space.js';
import type { EngineBehaviour } from '../engine/versions.js';
import { BUILTIN_LOCAL_POOLS, expandFirstFit, expandRoundRobin, type CandidateList, type PoolSpec } from '../net/pools.js';
import { nthSubnet, type Prefix } from '../net/prefix.js';
import { groupDigits } from '../digits.js';

export const COUNT_CAP = 100_000;

/** The IPv4 local candidates as a list of unique segments (first-fit pools become one segment each). */
export function localCandidates(behaviour: EngineBehaviour, pools: PoolSpec[] | undefined): CandidateList {
  const specs = pools && pools.length > 0 ? pools : BUILTIN_LOCAL_POOLS;
  if (behaviour.model === 'round-robin') {
    const l = expandRoundRobin(specs);
    const segments = l.segments.filter((s) => s.family === 4).map((s) => ({ ...s, count: s.unique }));
    return { segments, length: segments.reduce((n, s) => n + s.count, 0) };
  }
  const segments = expandFirstFit(specs)
    .pools.filter((p) => p.base.family === 4)
    .map((p) => {
      const count = 2 ** (p.size - p.base.bits);
      return { family: 4 as const, base: p.base, size: p.size, count, unique: count };
    });
  return { segments, length: segments.reduce((n, s) => n + s.count, 0) };
}

/** Free candidates (at most COUNT_CAP) once `taken` are allocated. Duplicates count once. */
export function freeCandidates(list: CandidateList, taken: readonly Prefix[]): number {
  const space = new AddressSpace();
  for (const p of taken) space.add(p, 't');
  let n = 0;
  // segment by segment, in list order (a daemon.json may list a hundred thousand pools)
  for (const s of list.segments) {
    if (s.family !== 4) continue;
    let from = 0;
    const found: Prefix[] = [];
    while (n < COUNT_CAP) {
      const j = firstFreeInSegment(s, from, s.count, space);
      if (j < 0) break;
      n++;
      found.push(nthSubnet(s.base, s.size, j));
      from = j + 1;
    }
    // mark them taken so that overlapping candidates of later segments are not counted again (the
    // candidates of one segment never overlap each other, so this can wait for the segment's end)
    for (const p of found) space.add(p, 't');
    if (n >= COUNT_CAP) break;
  }
  return n;
}

export function formatCount(n: number): string {
  return n >= COUNT_CAP ? `≥${groupDigits(COUNT_CAP)}` : String(n);
}
