// The subnets allocated in one address space (local or global). Small and linear on purpose:
// a host has tens of networks, and every lookup is a handful of integer comparisons.
import { formatPrefix, lastAddr4, lastAddr6, type Prefix } from '../net/prefix.js';

export interface Held {
  prefix: Prefix;
  /** who holds it: a network name, or "" for a temporary hold */
  owner: string;
}

export class AddressSpace {
  private entries: Held[] = [];

  add(prefix: Prefix, owner: string): void {
    this.entries.push({ prefix, owner });
  }

  /** removes one entry of this prefix held by owner */
  remove(prefix: Prefix, owner: string): void {
    const i = this.entries.findIndex((e) => e.owner === owner && e.prefix.family === prefix.family && e.prefix.addr === prefix.addr && e.prefix.bits === prefix.bits);
    if (i >= 0) this.entries.splice(i, 1);
  }

  removeOwner(owner: string): void {
    this.entries = this.entries.filter((e) => e.owner !== owner);
  }

  /** Of the entries overlapping p, the last address covered (to jump past), or undefined. */
  blockEnd4(start: number, end: number): number | undefined {
    let best: number | undefined;
    for (const e of this.entries) {
      const p = e.prefix;
      if (p.family !== 4) continue;
      const pe = lastAddr4(p);
      if (p.addr <= end && start <= pe && (best === undefined || pe > best)) best = pe;
    }
    return best;
  }

  blockEnd6(start: bigint, end: bigint): bigint | undefined {
    let best: bigint | undefined;
    for (const e of this.entries) {
      const p = e.prefix;
      if (p.family !== 6) continue;
      const pe = lastAddr6(p);
      if (p.addr <= end && start <= pe && (best === undefined || pe > best)) best = pe;
    }
    return best;
  }

  overlapsAny(p: Prefix): boolean {
    return p.family === 4 ? this.blockEnd4(p.addr, lastAddr4(p)) !== undefined : this.blockEnd6(p.addr, lastAddr6(p)) !== undefined;
  }

  all(): readonly Held[] {
    return this.entries;
  }

  get size(): number {
    return this.entries.length;
  }

  /** a canonical text of the contents (for detecting a repeating state) */
  key(): string {
    return this.entries
      .map((e) => `${e.owner}=${formatPrefix(e.prefix)}`)
      .sort()
      .join(',');
  }

  clone(): AddressSpace {
    const c = new AddressSpace();
    c.entries = this.entries.slice();
    return c;
  }
}
