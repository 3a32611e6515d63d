// Candidate lists for property tests: the round-robin list of random pool specs, or null when the specs
// are not a valid daemon.json (a base longer than its size, or one expandRoundRobin refuses) or empty.
import { expandRoundRobin, type CandidateList, type PoolSpec } from '../../src/net/pools.js';

export function listOrNull(specs: PoolSpec[]): CandidateList | null {
  try {
    const list = expandRoundRobin(specs.filter((s) => Number(s.base.split('/')[1]) <= s.size));
    return list.length === 0 ? null : list;
  } catch {
    return null;
  }
}
