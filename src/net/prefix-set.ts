// A set of prefixes reduced to the question "does this prefix overlap any of them?", answered in
// O(log n): each family's prefixes sorted once and merged into disjoint runs. For lists that can be
// long (an inventory may reserve 100,000 ranges) where a scan per probe would be quadratic.
import { lastAddr4, lastAddr6, type Prefix } from './prefix.js';

class Runs<T extends number | bigint> {
  private readonly starts: T[] = [];
  private readonly ends: T[] = [];

  constructor(pairs: [T, T][]) {
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [s, e] of pairs) {
      const last = this.ends.length - 1;
      if (last >= 0 && s <= this.ends[last]) {
        if (e > this.ends[last]) this.ends[last] = e;
      } else {
        this.starts.push(s);
        this.ends.push(e);
      }
    }
  }

  /** true when some run shares an address with [start, end] */
  overlaps(start: T, end: T): boolean {
    // the last run starting at or before `end` is the only one that can reach `start`
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] <= end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.ends[lo - 1] >= start;
  }
}

export class PrefixSet {
  private readonly v4: Runs<number>;
  private readonly v6: Runs<bigint>;

  constructor(prefixes: Iterable<Prefix>) {
    const p4: [number, number][] = [];
    const p6: [bigint, bigint][] = [];
    for (const p of prefixes) {
      if (p.family === 4) p4.push([p.addr, lastAddr4(p)]);
      else p6.push([p.addr, lastAddr6(p)]);
    }
    this.v4 = new Runs(p4);
    this.v6 = new Runs(p6);
  }

  /** true when p overlaps (contains, is contained in, or equals) one of the prefixes */
  overlapsAny(p: Prefix): boolean {
    return p.family === 4 ? this.v4.overlaps(p.addr, lastAddr4(p)) : this.v6.overlaps(p.addr, lastAddr6(p));
  }
}
