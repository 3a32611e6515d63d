// The subnets allocated in one address space (local or global).
//
// Every candidate probe of both allocators asks one of two questions: "of the entries overlapping
// [start, end], what is the last address covered?" (blockEnd) and "where does the covered run reaching
// into [start, end] end?" (coverEnd, to jump past many adjacent subnets in one step). IPv4 answers both,
// and adds and removes entries, in at most 33 steps down a binary trie over the address bits, whatever the
// number of entries (Trie4); IPv6 the same in at most 129 steps (Trie6). Both used to be sorted arrays,
// whose adds and removes shifted every later entry and re-merged the runs: O(n) each.
import { formatPrefix, lastAddr4, lastAddr6, type Prefix } from '../net/prefix.js';

export interface Held {
  prefix: Prefix;
  /** who holds it: a network name, or "" for a temporary hold */
  owner: string;
}

const NO_NODES = new Int32Array(0);
const NO_FLAGS = new Uint8Array(0);
const V4_ADDRESSES = 2 ** 32;

/**
 * The nodes of a binary trie over address bits (Trie4, Trie6), in typed arrays numbered from 1 (0 is
 * "none"); freed nodes are reused. Each node counts the entries that are exactly its prefix, the entries
 * in its subtree (a node exists only while that is > 0) and whether its whole range is covered.
 */
class TrieNodes {
  protected left = NO_NODES;
  protected right = NO_NODES;
  /** entries that are exactly this node's prefix */
  protected count = NO_NODES;
  /** entries in this node's subtree, its own included */
  protected sub = NO_NODES;
  /** 1 when every address of the node's range is covered by entries at or below it */
  protected full = NO_FLAGS;
  /** the shortest prefix length of the entries at or below the node (a node exists only with entries) */
  protected shortest = NO_FLAGS;
  protected root = 0;
  /** the next node never used */
  private used = 1;
  /** freed nodes, linked through `left` */
  private freed = 0;
  /** the nodes on the path of the last add / remove, root first */
  protected readonly path: Int32Array;

  /** width: the number of address bits */
  constructor(width: number) {
    this.path = new Int32Array(width + 2);
  }

  private node(): number {
    if (this.freed !== 0) {
      const n = this.freed;
      this.freed = this.left[n];
      this.left[n] = 0;
      return n;
    }
    if (this.used >= this.left.length) this.grow(Math.max(64, this.left.length * 2));
    return this.used++;
  }

  private grow(cap: number): void {
    const copy = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.left = copy(this.left);
    this.right = copy(this.right);
    this.count = copy(this.count);
    this.sub = copy(this.sub);
    const f = new Uint8Array(cap);
    f.set(this.full);
    this.full = f;
    const m = new Uint8Array(cap);
    m.set(this.shortest);
    this.shortest = m;
  }

  /** the root, made when there is none (an add starts here) */
  protected rootForAdd(): number {
    if (this.root === 0) this.root = this.node();
    this.path[0] = this.root;
    return this.root;
  }

  /** n's child on that side, made when there is none */
  protected childForAdd(n: number, right: boolean): number {
    let c = right ? this.right[n] : this.left[n];
    if (c === 0) {
      c = this.node();
      if (right) this.right[n] = c;
      else this.left[n] = c;
    }
    return c;
  }

  /** recomputes the node's flags from its own count and its children (n is at depth d, a /d) */
  private refresh(n: number, d: number): void {
    const l = this.left[n];
    const r = this.right[n];
    this.full[n] = this.count[n] > 0 || (l !== 0 && r !== 0 && this.full[l] === 1 && this.full[r] === 1) ? 1 : 0;
    let m = this.count[n] > 0 ? d : 255;
    if (l !== 0 && this.shortest[l] < m) m = this.shortest[l];
    if (r !== 0 && this.shortest[r] < m) m = this.shortest[r];
    this.shortest[n] = m;
  }

  /** counts one more entry at path[depth] (the path from the root filled in) */
  protected counted(depth: number): void {
    const path = this.path;
    this.count[path[depth]]++;
    for (let d = depth; d >= 0; d--) {
      const m = path[d];
      this.sub[m]++;
      this.refresh(m, d);
    }
  }

  /** counts one entry fewer at path[depth] (the path filled in), when it has one; empty nodes are freed */
  protected uncounted(depth: number): void {
    const path = this.path;
    if (this.count[path[depth]] === 0) return;
    this.count[path[depth]]--;
    for (let d = depth; d >= 0; d--) {
      const m = path[d];
      if (--this.sub[m] > 0) {
        this.refresh(m, d);
        continue;
      }
      // empty: unlink it from its parent and free it
      if (d === 0) this.root = 0;
      else if (this.left[path[d - 1]] === m) this.left[path[d - 1]] = 0;
      else this.right[path[d - 1]] = 0;
      this.right[m] = 0;
      this.count[m] = 0;
      this.full[m] = 0;
      this.shortest[m] = 0;
      this.left[m] = this.freed;
      this.freed = m;
    }
  }

  /** whether node n's whole range is covered (an entry is its prefix, or its two halves are covered) */
  protected covered(n: number): boolean {
    return this.count[n] > 0 || this.full[n] === 1;
  }

  copyFrom(o: TrieNodes): void {
    this.left = o.left.slice();
    this.right = o.right.slice();
    this.count = o.count.slice();
    this.sub = o.sub.slice();
    this.full = o.full.slice();
    this.shortest = o.shortest.slice();
    this.root = o.root;
    this.used = o.used;
    this.freed = o.freed;
  }
}

/**
 * The IPv4 index: a binary trie over the address bits, one node per prefix on the way to an entry (a
 * node at depth d is a /d). Each node counts the entries that are exactly its prefix, the entries in its
 * subtree (a node exists only while that is > 0) and whether its whole range is covered by them. Adding
 * or removing an entry walks one path and back (at most 33 nodes); every question — the entry reaching
 * furthest over a range, the last covered address before a point, the first uncovered one after it — is
 * one or two walks down. So every operation costs O(32) whatever the number of entries n: a host with
 * 8,000 networks pays what one with 8 does, where the sorted arrays this replaces shifted n entries on
 * every add and remove and re-merged the runs after every remove.
 *
 * Entries are prefixes (aligned blocks), as everything an AddressSpace holds is. Nodes live in typed
 * arrays, numbered from 1 (0 is "none"), and freed nodes are reused: a simulation adds and removes the
 * same few subnets every cycle without making garbage.
 */
class Trie4 extends TrieNodes {
  constructor() {
    super(32);
  }

  /** the prefix length of [start, end], which must be an aligned block */
  private static depthOf(start: number, end: number): number {
    const size = end - start + 1;
    const bits = 32 - Math.round(Math.log2(size));
    if (!(size > 0) || 2 ** (32 - bits) !== size || start % size !== 0) throw new Error(`not a prefix: ${start}–${end}`);
    return bits;
  }

  add(start: number, end: number): void {
    const bits = Trie4.depthOf(start, end);
    const path = this.path;
    let n = this.rootForAdd();
    for (let d = 0; d < bits; d++) {
      n = this.childForAdd(n, ((start >>> (31 - d)) & 1) === 1);
      path[d + 1] = n;
    }
    this.counted(bits);
  }

  remove(start: number, end: number): void {
    const bits = Trie4.depthOf(start, end);
    const path = this.path;
    let n = this.root;
    if (n === 0) return;
    path[0] = n;
    for (let d = 0; d < bits; d++) {
      n = ((start >>> (31 - d)) & 1) === 1 ? this.right[n] : this.left[n];
      if (n === 0) return;
      path[d + 1] = n;
    }
    this.uncounted(bits);
  }

  /** the last covered address ≤ x in the subtree of n (range [from, from + size)), x ≥ from; -1 if none */
  private lastCovered(n: number, from: number, size: number, x: number): number {
    for (;;) {
      if (this.covered(n)) return Math.min(x, from + size - 1);
      const half = size / 2;
      const mid = from + half;
      if (x >= mid && this.right[n] !== 0) {
        const r = this.lastCovered(this.right[n], mid, half, x);
        if (r >= 0) return r;
      }
      const l = this.left[n];
      if (l === 0) return -1;
      n = l;
      size = half;
      if (x >= mid) x = mid - 1;
    }
  }

  /** the first covered address ≥ x in the subtree of n (range [from, from + size)), x in it; -1 if none */
  private firstCovered(n: number, from: number, size: number, x: number): number {
    for (;;) {
      if (this.covered(n)) return x;
      const half = size / 2;
      const mid = from + half;
      if (x < mid && this.left[n] !== 0) {
        const r = this.firstCovered(this.left[n], from, half, x);
        if (r >= 0) return r;
      }
      const r = this.right[n];
      if (r === 0) return -1;
      n = r;
      from = mid;
      size = half;
      if (x < mid) x = mid;
    }
  }

  /** the first uncovered address ≥ x in the subtree of n (range [from, from + size)), x in it; -1 if none */
  private firstUncovered(n: number, from: number, size: number, x: number): number {
    for (;;) {
      if (n === 0) return x;
      if (this.covered(n)) return -1;
      const half = size / 2;
      const mid = from + half;
      if (x < mid) {
        const r = this.firstUncovered(this.left[n], from, half, x);
        if (r >= 0) return r;
        x = mid;
      }
      n = this.right[n];
      from = mid;
      size = half;
    }
  }

  /** the last uncovered address ≤ x in the subtree of n (range [from, from + size)), x in it; -1 if none */
  private lastUncovered(n: number, from: number, size: number, x: number): number {
    for (;;) {
      if (n === 0) return x;
      if (this.covered(n)) return -1;
      const half = size / 2;
      const mid = from + half;
      if (x >= mid) {
        const r = this.lastUncovered(this.right[n], mid, half, x);
        if (r >= 0) return r;
        x = mid - 1;
      }
      n = this.left[n];
      size = half;
    }
  }

  /** the last covered address ≤ x, or -1 */
  lastCoveredAt(x: number): number {
    return this.root === 0 ? -1 : this.lastCovered(this.root, 0, V4_ADDRESSES, x);
  }

  /** the first covered address ≥ x, or -1 */
  firstCoveredAt(x: number): number {
    return this.root === 0 ? -1 : this.firstCovered(this.root, 0, V4_ADDRESSES, x);
  }

  /** the last uncovered address ≤ x, or -1 */
  lastUncoveredAt(x: number): number {
    return this.root === 0 ? x : this.lastUncovered(this.root, 0, V4_ADDRESSES, x);
  }

  /**
   * Of the entries overlapping [start, end], the last address covered, or undefined: an allocator jumps
   * past it (every entry overlapping the range ends there or before).
   */
  blockEnd(start: number, end: number): number | undefined {
    let n = this.root;
    if (n === 0) return undefined;
    // an entry holding `end`: the shortest prefix on end's path reaches furthest
    let from = 0;
    let size = V4_ADDRESSES;
    for (let d = 0; ; d++) {
      if (this.count[n] > 0) return from + size - 1;
      if (d === 32) break;
      size /= 2;
      const right = ((end >>> (31 - d)) & 1) === 1;
      const c = right ? this.right[n] : this.left[n];
      if (c === 0) break;
      if (right) from += size;
      n = c;
    }
    // none holds `end`: every entry overlapping the range ends before it, the last one at the last
    // covered address
    const y = this.lastCovered(this.root, 0, V4_ADDRESSES, end);
    return y >= start ? y : undefined;
  }

  /**
   * The end of the covered run reaching furthest into [start, end] — every address from `start` (or the
   * run's start) to it is covered — or undefined when nothing covers any of [start, end]. An allocator
   * jumps past it in one step where blockEnd would stop at each of the adjacent subnets in it.
   */
  coverEnd(start: number, end: number): number | undefined {
    if (this.root === 0) return undefined;
    const y = this.lastCovered(this.root, 0, V4_ADDRESSES, end);
    if (y < start) return undefined;
    if (y === V4_ADDRESSES - 1) return y;
    const u = this.firstUncovered(this.root, 0, V4_ADDRESSES, y + 1);
    return u < 0 ? V4_ADDRESSES - 1 : u - 1;
  }

  /** the node of prefix addr/bits, or 0 when no entry lies inside it */
  private nodeOf(addr: number, bits: number): number {
    let n = this.root;
    for (let d = 0; d < bits && n !== 0; d++) n = ((addr >>> (31 - d)) & 1) === 1 ? this.right[n] : this.left[n];
    return n;
  }

  /** the shortest prefix length of the entries inside addr/bits (itself included), or 255 when none */
  shortestInside(addr: number, bits: number): number {
    const n = this.nodeOf(addr, bits);
    return n === 0 ? 255 : this.shortest[n];
  }

  /**
   * The entries of two tries that overlap addr/bits, in Go's PrefixCompare order (by address, then the
   * shorter prefix first), handed to `visit` as [start, end] until it returns true. The entries holding
   * the range come first; inside it, everything within one /blockBits comes as that whole block, once.
   */
  static inOrder(a: Trie4, b: Trie4, addr: number, bits: number, blockBits: number, visit: (start: number, end: number) => boolean): void {
    let na = a.root;
    let nb = b.root;
    let from = 0;
    let size = V4_ADDRESSES;
    for (let d = 0; d < bits; d++) {
      if (na === 0 && nb === 0) return;
      if ((na !== 0 && a.count[na] > 0) || (nb !== 0 && b.count[nb] > 0)) if (visit(from, from + size - 1)) return;
      size /= 2;
      const right = ((addr >>> (31 - d)) & 1) === 1;
      if (right) from += size;
      na = na === 0 ? 0 : right ? a.right[na] : a.left[na];
      nb = nb === 0 ? 0 : right ? b.right[nb] : b.left[nb];
    }
    if (na !== 0 || nb !== 0) Trie4.preorder(a, b, na, nb, from, size, bits, blockBits, visit);
  }

  /** inOrder below one node pair (at least one non-zero) at depth d; true when visit stopped it */
  private static preorder(
    a: Trie4,
    b: Trie4,
    na: number,
    nb: number,
    from: number,
    size: number,
    d: number,
    blockBits: number,
    visit: (start: number, end: number) => boolean,
  ): boolean {
    if (d >= blockBits) return visit(from, from + size - 1);
    if ((na !== 0 && a.count[na] > 0) || (nb !== 0 && b.count[nb] > 0)) if (visit(from, from + size - 1)) return true;
    const half = size / 2;
    const la = na === 0 ? 0 : a.left[na];
    const lb = nb === 0 ? 0 : b.left[nb];
    if ((la !== 0 || lb !== 0) && Trie4.preorder(a, b, la, lb, from, half, d + 1, blockBits, visit)) return true;
    const ra = na === 0 ? 0 : a.right[na];
    const rb = nb === 0 ? 0 : b.right[nb];
    return (ra !== 0 || rb !== 0) && Trie4.preorder(a, b, ra, rb, from + half, half, d + 1, blockBits, visit);
  }
}

const V6_MAX = (1n << 128n) - 1n;
const M32 = 0xffffffffn;
/** what follows the path bits in an answer: the walked address's own bits, all ones, or all zeros */
const TAIL_X = 0;
const TAIL_ONES = 1;
const TAIL_ZEROS = 2;

/** bit d (0 = most significant) of a 128-bit address held as four 32-bit words */
function bitAt(w: Uint32Array, d: number): number {
  return (w[d >>> 5] >>> (31 - (d & 31))) & 1;
}

function setBit(w: Uint32Array, d: number, b: number): void {
  const m = (1 << (31 - (d & 31))) >>> 0;
  const i = d >>> 5;
  w[i] = b === 1 ? w[i] | m : w[i] & ~m;
}

function loadWords(x: bigint, w: Uint32Array): void {
  w[0] = Number(x >> 96n);
  w[1] = Number((x >> 64n) & M32);
  w[2] = Number((x >> 32n) & M32);
  w[3] = Number(x & M32);
}

/**
 * The IPv6 index: Trie4 over 128 address bits (see there), each operation at most 129 nodes down and
 * back whatever the number of entries. Addresses are walked as four 32-bit words, so a walk tests bits
 * of numbers; a question's answer is made into a bigint once, at the end: it is always the bits of the
 * path walked, then either the asked address's own bits, or all ones, or all zeros.
 */
export class Trie6 extends TrieNodes {
  /** the address asked about, as words */
  private readonly xw = new Uint32Array(4);
  /** the branches taken by the current walk: bit d is the one taken at depth d */
  private readonly pw = new Uint32Array(4);
  /** an answer, as words */
  private readonly rw = new Uint32Array(4);

  constructor() {
    super(128);
  }

  /** adds the prefix addr/bits (addr without host bits) */
  add(addr: bigint, bits: number): void {
    const xw = this.xw;
    loadWords(addr, xw);
    const path = this.path;
    let n = this.rootForAdd();
    for (let d = 0; d < bits; d++) {
      n = this.childForAdd(n, bitAt(xw, d) === 1);
      path[d + 1] = n;
    }
    this.counted(bits);
  }

  /** removes one entry of the prefix addr/bits, if there is one */
  remove(addr: bigint, bits: number): void {
    const xw = this.xw;
    loadWords(addr, xw);
    const path = this.path;
    let n = this.root;
    if (n === 0) return;
    path[0] = n;
    for (let d = 0; d < bits; d++) {
      n = bitAt(xw, d) === 1 ? this.right[n] : this.left[n];
      if (n === 0) return;
      path[d + 1] = n;
    }
    this.uncounted(bits);
  }

  /** writes to rw the path's first d bits followed by `tail`, and returns it as a bigint */
  private answer(d: number, tail: number): bigint {
    const { pw, xw, rw } = this;
    for (let i = 0; i < 4; i++) {
      const k = Math.min(32, Math.max(0, d - 32 * i));
      const mask = k === 0 ? 0 : (-1 << (32 - k)) >>> 0;
      const t = tail === TAIL_X ? xw[i] : tail === TAIL_ONES ? 0xffffffff : 0;
      rw[i] = ((pw[i] & mask) | (t & ~mask)) >>> 0;
    }
    return (BigInt(rw[0]) << 96n) | (BigInt(rw[1]) << 64n) | (BigInt(rw[2]) << 32n) | BigInt(rw[3]);
  }

  /**
   * The last covered address ≤ x in the subtree of n at depth d (x in xw; `ones`: x's bits from d on are
   * taken as all ones), or -1n. Trie4.lastCovered with the range implied by the depth and the path.
   */
  private lastCovered(n: number, d: number, ones: boolean): bigint {
    const { xw, pw } = this;
    for (;;) {
      if (this.covered(n)) return this.answer(d, ones ? TAIL_ONES : TAIL_X);
      if (d === 128) return -1n;
      const xb = ones ? 1 : bitAt(xw, d);
      if (xb === 1 && this.right[n] !== 0) {
        setBit(pw, d, 1);
        const r = this.lastCovered(this.right[n], d + 1, ones);
        if (r >= 0n) return r;
      }
      const l = this.left[n];
      if (l === 0) return -1n;
      setBit(pw, d, 0);
      if (xb === 1) ones = true;
      n = l;
      d++;
    }
  }

  /** the first uncovered address ≥ x in the subtree of n at depth d (`zeros`: x's bits from d on taken as zeros), or -1n */
  private firstUncovered(n: number, d: number, zeros: boolean): bigint {
    const { xw, pw } = this;
    for (;;) {
      if (n === 0) return this.answer(d, zeros ? TAIL_ZEROS : TAIL_X);
      if (this.covered(n)) return -1n;
      const xb = zeros ? 0 : bitAt(xw, d);
      if (xb === 0) {
        setBit(pw, d, 0);
        const r = this.firstUncovered(this.left[n], d + 1, zeros);
        if (r >= 0n) return r;
        zeros = true;
      }
      setBit(pw, d, 1);
      n = this.right[n];
      d++;
    }
  }

  /** Of the entries overlapping [start, end], the last address covered, or undefined (see Trie4.blockEnd). */
  blockEnd(start: bigint, end: bigint): bigint | undefined {
    let n = this.root;
    if (n === 0) return undefined;
    const xw = this.xw;
    loadWords(end, xw);
    this.pw.set(xw);
    for (let d = 0; ; d++) {
      if (this.count[n] > 0) return this.answer(d, TAIL_ONES);
      if (d === 128) break;
      const c = bitAt(xw, d) === 1 ? this.right[n] : this.left[n];
      if (c === 0) break;
      n = c;
    }
    const y = this.lastCovered(this.root, 0, false);
    return y >= start ? y : undefined;
  }

  /** the shortest prefix length of the entries inside addr/bits (itself included), or 255 when none */
  shortestInside(addr: bigint, bits: number): number {
    const xw = this.xw;
    loadWords(addr, xw);
    let n = this.root;
    for (let d = 0; d < bits && n !== 0; d++) n = bitAt(xw, d) === 1 ? this.right[n] : this.left[n];
    return n === 0 ? 255 : this.shortest[n];
  }

  /** the entries overlapping [start, end] as [start, end], by start and, for one start, the longer one first */
  overlapping(start: bigint, end: bigint): [bigint, bigint][] {
    const out: [bigint, bigint][] = [];
    if (this.root !== 0) this.collect(this.root, 0n, 0, start, end, out);
    return out;
  }

  /** overlapping below node n (range from /d): in preorder, which is that order */
  private collect(n: number, from: bigint, d: number, start: bigint, end: bigint, out: [bigint, bigint][]): void {
    const last = from + (1n << BigInt(128 - d)) - 1n;
    if (last < start || from > end) return;
    for (let k = 0; k < this.count[n]; k++) out.push([from, last]);
    if (d === 128) return;
    if (this.left[n] !== 0) this.collect(this.left[n], from, d + 1, start, end, out);
    if (this.right[n] !== 0) this.collect(this.right[n], from + (1n << BigInt(127 - d)), d + 1, start, end, out);
  }

  /** see Trie4.coverEnd */
  coverEnd(start: bigint, end: bigint): bigint | undefined {
    if (this.root === 0) return undefined;
    loadWords(end, this.xw);
    const y = this.lastCovered(this.root, 0, false);
    if (y < start) return undefined;
    if (y === V6_MAX) return y;
    loadWords(y + 1n, this.xw);
    const u = this.firstUncovered(this.root, 0, false);
    return u < 0n ? V6_MAX : u - 1n;
  }
}

function samePrefix(a: Prefix, b: Prefix): boolean {
  return a === b || (a.family === b.family && a.addr === b.addr && a.bits === b.bits);
}

export class AddressSpace {
  /**
   * Owners by number, in the order they first added a prefix; a number is never reused. A simulation
   * adds and removes the same few owners (network names) every cycle: array slots instead of a Map
   * keyed by name spare the Map's insert, delete and rehash on each of those (a sixth of a simulation).
   */
  private readonly ownerIds: Map<string, number>;
  private readonly owners: string[];
  /** by owner number: the prefix it holds, or its prefixes (in the order added) when it holds several */
  private readonly held: (Prefix | Prefix[] | undefined)[];
  private count = 0;
  private readonly v4 = new Trie4();
  private readonly v6 = new Trie6();

  constructor(from?: AddressSpace) {
    this.ownerIds = new Map(from?.ownerIds);
    this.owners = from ? from.owners.slice() : [];
    this.held = from ? from.held.map((h) => (Array.isArray(h) ? h.slice() : h)) : [];
  }

  private index(p: Prefix, add: boolean): void {
    if (p.family === 4) {
      if (add) this.v4.add(p.addr, lastAddr4(p));
      else this.v4.remove(p.addr, lastAddr4(p));
    } else if (add) this.v6.add(p.addr, p.bits);
    else this.v6.remove(p.addr, p.bits);
  }

  add(prefix: Prefix, owner: string): void {
    let id = this.ownerIds.get(owner);
    if (id === undefined) {
      id = this.owners.length;
      this.ownerIds.set(owner, id);
      this.owners.push(owner);
      this.held.push(undefined);
    }
    const had = this.held[id];
    // one prefix is kept as itself: a network holds one subnet, and a simulation adds and removes
    // one per network per cycle
    if (had === undefined) this.held[id] = prefix;
    else if (Array.isArray(had)) had.push(prefix);
    else this.held[id] = [had, prefix];
    this.count++;
    this.index(prefix, true);
  }

  /** removes one entry of this prefix held by owner (the first one added) */
  remove(prefix: Prefix, owner: string): void {
    const id = this.ownerIds.get(owner);
    if (id === undefined) return;
    const had = this.held[id];
    if (had === undefined) return;
    if (!Array.isArray(had)) {
      if (!samePrefix(had, prefix)) return;
      this.held[id] = undefined;
    } else {
      let i = 0;
      while (i < had.length && !samePrefix(had[i], prefix)) i++;
      if (i === had.length) return;
      if (had.length === 1) this.held[id] = undefined;
      else had.splice(i, 1);
    }
    this.count--;
    this.index(prefix, false);
  }

  removeOwner(owner: string): void {
    const id = this.ownerIds.get(owner);
    if (id === undefined) return;
    const had = this.held[id];
    if (had === undefined) return;
    const list = Array.isArray(had) ? had : [had];
    this.held[id] = undefined;
    this.count -= list.length;
    // one walk each
    for (const p of list) this.index(p, false);
  }

  /** Of the entries overlapping [start, end], the last address covered (to jump past), or undefined. */
  blockEnd4(start: number, end: number): number | undefined {
    return this.v4.blockEnd(start, end);
  }

  blockEnd6(start: bigint, end: bigint): bigint | undefined {
    return this.v6.blockEnd(start, end);
  }

  /** the end of the covered run reaching furthest into [start, end] (see Trie4.coverEnd), or undefined */
  coverEnd4(start: number, end: number): number | undefined {
    return this.v4.coverEnd(start, end);
  }

  coverEnd6(start: bigint, end: bigint): bigint | undefined {
    return this.v6.coverEnd(start, end);
  }

  /** the last IPv4 address ≤ x covered by an entry, or -1 */
  lastCovered4(x: number): number {
    return this.v4.lastCoveredAt(x);
  }

  /** the first IPv4 address ≥ x covered by an entry, or -1 */
  firstCovered4(x: number): number {
    return this.v4.firstCoveredAt(x);
  }

  /** the first address of the covered IPv4 run holding x (x must be covered) */
  coverStart4(x: number): number {
    return this.v4.lastUncoveredAt(x) + 1;
  }

  /** the shortest prefix length of the IPv6 entries inside addr/bits (itself included), or 255 when none */
  shortestInside6(addr: bigint, bits: number): number {
    return this.v6.shortestInside(addr, bits);
  }

  /** the shortest prefix length of the IPv4 entries inside addr/bits (itself included), or 255 when none */
  shortestInside4(addr: number, bits: number): number {
    return this.v4.shortestInside(addr, bits);
  }

  /**
   * The IPv4 entries of two address spaces overlapping addr/bits, in Go's PrefixCompare order (by
   * address, then the shorter prefix first), as [start, end] until visit returns true: first those
   * holding the range, then those inside it, where everything within one /blockBits comes as that block.
   */
  static inOrder4(
    a: AddressSpace,
    b: AddressSpace,
    addr: number,
    bits: number,
    blockBits: number,
    visit: (start: number, end: number) => boolean,
  ): void {
    Trie4.inOrder(a.v4, b.v4, addr, bits, blockBits, visit);
  }

  /** the IPv6 entries overlapping [start, end] as [start, end], by start and then the longer one first */
  overlapping6(start: bigint, end: bigint): [bigint, bigint][] {
    return this.v6.overlapping(start, end);
  }

  overlapsAny(p: Prefix): boolean {
    return p.family === 4 ? this.blockEnd4(p.addr, lastAddr4(p)) !== undefined : this.blockEnd6(p.addr, lastAddr6(p)) !== undefined;
  }

  /** the entries, by owner (owners in the order they first ever added a prefix) */
  all(): readonly Held[] {
    const out: Held[] = [];
    for (let id = 0; id < this.held.length; id++) {
      const had = this.held[id];
      if (had === undefined) continue;
      const owner = this.owners[id];
      if (Array.isArray(had)) for (const prefix of had) out.push({ prefix, owner });
      else out.push({ prefix: had, owner });
    }
    return out;
  }

  get size(): number {
    return this.count;
  }

  /**
   * A canonical text of the contents (for detecting a repeating state): equal texts ⇔ equal multisets
   * of (owner, prefix). Addresses are written as integers, which is cheaper than formatting them.
   */
  key(): string {
    const parts: string[] = [];
    // "4:" / "6:" keep the families apart; JSON.stringify keeps owner names unambiguous
    for (const { owner, prefix: p } of this.all()) parts.push(`${JSON.stringify(owner)}=${p.family}:${p.addr.toString(36)}/${p.bits}`);
    return parts.sort().join(',');
  }

  /** the contents as text, for messages and debugging */
  toString(): string {
    return this.all()
      .map((e) => `${e.owner}=${formatPrefix(e.prefix)}`)
      .join(', ');
  }

  clone(): AddressSpace {
    const c = new AddressSpace(this);
    c.count = this.count;
    c.v4.copyFrom(this.v4);
    c.v6.copyFrom(this.v6);
    return c;
  }
}
