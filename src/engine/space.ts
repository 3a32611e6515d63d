// The subnets allocated in one address space (local or global).
//
// Every candidate probe of both allocators asks one question: "of the entries overlapping [start, end],
// what is the last address covered?" (blockEnd). It is answered in O(log n) from an index kept sorted by
// start address with a running maximum of end addresses: among the entries starting at or before `end`,
// the one reaching furthest either overlaps [start, end] — and then it is the furthest-reaching
// overlapping entry — or nothing overlaps. Adding or removing an entry costs O(n) (a splice), which is
// cheap next to the probes: a cycle makes a few mutations and many probes.
import { formatPrefix, lastAddr4, lastAddr6, type Prefix } from '../net/prefix.js';

export interface Held {
  prefix: Prefix;
  /** who holds it: a network name, or "" for a temporary hold */
  owner: string;
}

/** One family's index: starts ascending, ends in the same order, and the running maximum of ends. */
class Index<T extends number | bigint> {
  starts: T[] = [];
  ends: T[] = [];
  maxEnd: T[] = [];

  /** number of entries whose start is ≤ x */
  private upTo(x: T): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private refresh(from: number): void {
    const { ends, maxEnd } = this;
    maxEnd.length = ends.length;
    for (let i = from; i < ends.length; i++) {
      const e = ends[i];
      maxEnd[i] = i > 0 && maxEnd[i - 1] > e ? maxEnd[i - 1] : e;
    }
  }

  add(start: T, end: T): void {
    const i = this.upTo(start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
    this.maxEnd.splice(i, 0, end);
    this.refresh(i);
  }

  remove(start: T, end: T): void {
    // entries with this start sit just before upTo(start)
    for (let i = this.upTo(start) - 1; i >= 0 && this.starts[i] === start; i--) {
      if (this.ends[i] !== end) continue;
      this.starts.splice(i, 1);
      this.ends.splice(i, 1);
      this.maxEnd.splice(i, 1);
      this.refresh(i);
      return;
    }
  }

  blockEnd(start: T, end: T): T | undefined {
    const n = this.upTo(end);
    if (n === 0) return undefined;
    const m = this.maxEnd[n - 1];
    return m >= start ? m : undefined;
  }

  copyFrom(o: Index<T>): void {
    this.starts = o.starts.slice();
    this.ends = o.ends.slice();
    this.maxEnd = o.maxEnd.slice();
  }
}

export class AddressSpace {
  /** the entries, in the order they were added: prefixes[i] is held by owners[i] */
  private prefixes: Prefix[] = [];
  private owners: string[] = [];
  private readonly v4 = new Index<number>();
  private readonly v6 = new Index<bigint>();

  private index(p: Prefix, add: boolean): void {
    if (p.family === 4) {
      if (add) this.v4.add(p.addr, lastAddr4(p));
      else this.v4.remove(p.addr, lastAddr4(p));
    } else if (add) this.v6.add(p.addr, lastAddr6(p));
    else this.v6.remove(p.addr, lastAddr6(p));
  }

  add(prefix: Prefix, owner: string): void {
    this.prefixes.push(prefix);
    this.owners.push(owner);
    this.index(prefix, true);
  }

  /** removes one entry of this prefix held by owner (the first one added) */
  remove(prefix: Prefix, owner: string): void {
    const { prefixes, owners } = this;
    for (let i = 0; i < prefixes.length; i++) {
      const e = prefixes[i];
      if (owners[i] === owner && e.family === prefix.family && e.addr === prefix.addr && e.bits === prefix.bits) {
        prefixes.splice(i, 1);
        owners.splice(i, 1);
        this.index(prefix, false);
        return;
      }
    }
  }

  removeOwner(owner: string): void {
    const kept: Prefix[] = [];
    const keptOwners: string[] = [];
    for (let i = 0; i < this.prefixes.length; i++) {
      if (this.owners[i] === owner) this.index(this.prefixes[i], false);
      else {
        kept.push(this.prefixes[i]);
        keptOwners.push(this.owners[i]);
      }
    }
    this.prefixes = kept;
    this.owners = keptOwners;
  }

  /** Of the entries overlapping [start, end], the last address covered (to jump past), or undefined. */
  blockEnd4(start: number, end: number): number | undefined {
    return this.v4.blockEnd(start, end);
  }

  blockEnd6(start: bigint, end: bigint): bigint | undefined {
    return this.v6.blockEnd(start, end);
  }

  overlapsAny(p: Prefix): boolean {
    return p.family === 4 ? this.blockEnd4(p.addr, lastAddr4(p)) !== undefined : this.blockEnd6(p.addr, lastAddr6(p)) !== undefined;
  }

  /** the entries, in the order they were added */
  all(): readonly Held[] {
    return this.prefixes.map((prefix, i) => ({ prefix, owner: this.owners[i] }));
  }

  get size(): number {
    return this.prefixes.length;
  }

  /**
   * A canonical text of the contents (for detecting a repeating state): equal texts ⇔ equal multisets
   * of (owner, prefix). Addresses are written as integers, which is cheaper than formatting them.
   */
  key(): string {
    const parts: string[] = new Array(this.prefixes.length);
    for (let i = 0; i < this.prefixes.length; i++) {
      const p = this.prefixes[i];
      // "4:" / "6:" keep the families apart; JSON.stringify keeps owner names unambiguous
      parts[i] = `${JSON.stringify(this.owners[i])}=${p.family}:${p.addr.toString(36)}/${p.bits}`;
    }
    return parts.sort().join(',');
  }

  /** the contents as text, for messages and debugging */
  toString(): string {
    return this.prefixes.map((p, i) => `${this.owners[i]}=${formatPrefix(p)}`).join(', ');
  }

  clone(): AddressSpace {
    const c = new AddressSpace();
    c.prefixes = this.prefixes.slice();
    c.owners = this.owners.slice();
    c.v4.copyFrom(this.v4);
    c.v6.copyFrom(this.v6);
    return c;
  }
}
