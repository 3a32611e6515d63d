// IP prefixes as integers: IPv4 as a number (0 … 2^32−1), IPv6 as a bigint. `ip-cidr` is used only
// here, at the parsing boundary; everything on the hot path is integer arithmetic.
import IPCIDR from 'ip-cidr';

export interface Prefix4 {
  readonly family: 4;
  /** network address (host bits cleared) */
  readonly addr: number;
  readonly bits: number;
}
export interface Prefix6 {
  readonly family: 6;
  readonly addr: bigint;
  readonly bits: number;
}
export type Prefix = Prefix4 | Prefix6;
export type Family = 4 | 6;

const TWO32 = 4294967296;
const V6_MAX = (1n << 128n) - 1n;

export interface ParsedPrefix {
  prefix: Prefix;
  /** false when host bits were set ("10.1.2.3/16"): Go's ParseCIDR accepts it, Engine ≥ 27 pools refuse it */
  canonical: boolean;
}

/**
 * Parsed texts, memoised: rules and the simulation parse the same few subnets once per cycle, and
 * ip-cidr costs tens of microseconds a call. Bounded (cleared when full); results are immutable.
 */
const parsed = new Map<string, Readonly<ParsedPrefix> | { readonly error: string }>();
const MAX_MEMO = 50_000;

/** Parses "a.b.c.d/n" or "x::/n". Returns an error text (what is wrong) instead of throwing. */
export function parsePrefix(text: string): ParsedPrefix | { error: string } {
  if (typeof text !== 'string') return { error: 'not a string' };
  const hit = parsed.get(text);
  if (hit) return 'error' in hit ? { error: hit.error } : { prefix: hit.prefix, canonical: hit.canonical };
  const r = parsePrefixUncached(text);
  if (parsed.size >= MAX_MEMO) parsed.clear();
  parsed.set(text, r);
  return 'error' in r ? { error: r.error } : { prefix: r.prefix, canonical: r.canonical };
}

/**
 * For tests only: parses as parsePrefix does but without the memo and without the IPv6 fast path,
 * i.e. every IPv6 text goes through ip-cidr. The fast path must answer exactly as this does.
 */
export function parsePrefixReference(text: string): ParsedPrefix | { error: string } {
  if (typeof text !== 'string') return { error: 'not a string' };
  return parsePrefixUncached(text, false);
}

function parsePrefixUncached(text: string, fast = true): ParsedPrefix | { error: string } {
  const s = text.trim();
  const slash = s.indexOf('/');
  if (slash < 0) return { error: `"${text}" is not a CIDR prefix (no /length)` };
  const lenText = s.slice(slash + 1);
  const isV6 = s.slice(0, slash).includes(':');
  const maxBits = isV6 ? 128 : 32;
  if (!/^\d{1,3}$/.test(lenText) || Number(lenText) > maxBits) {
    return { error: `"${text}": prefix length must be 0 to ${maxBits}` };
  }
  if (!isV6) {
    const octets = s.slice(0, slash).split('.');
    if (octets.length !== 4 || octets.some((o) => !/^(0|[1-9]\d{0,2})$/.test(o) || Number(o) > 255)) {
      return { error: `"${text}": ${s.slice(0, slash)} is not an IPv4 address (each of 4 parts must be 0 to 255)` };
    }
  }
  const bits = Number(lenText);
  if (!isV6) {
    // checked above: four decimal octets 0…255 and a length 0…32; ip-cidr accepts these when the length
    // has at most two digits ("/08" yes, "/032" no), and we answer as it would
    if (lenText.length > 2) return { error: `"${text}" is not a valid CIDR prefix` };
    const o = s.slice(0, slash).split('.');
    const given = ((+o[0] * 256 + +o[1]) * 256 + +o[2]) * 256 + +o[3];
    const size = 2 ** (32 - bits);
    const start = given - (given % size);
    return { prefix: { family: 4, addr: start, bits }, canonical: start === given };
  }
  if (fast) {
    const r = parseV6Fast(s.slice(0, slash), bits);
    if (r !== undefined) return r;
  }
  if (!IPCIDR.isValidCIDR(s)) return { error: `"${text}" is not a valid CIDR prefix` };
  let start: bigint;
  let given: bigint;
  try {
    const c = new IPCIDR(s);
    start = c.start<bigint>({ type: 'bigInteger' }) as unknown as bigint;
    given = BigInt((c as unknown as { address: { bigInteger(): bigint } }).address.bigInteger());
  } catch {
    return { error: `"${text}" is not a valid CIDR prefix` };
  }
  if (isV6) {
    return { prefix: { family: 6, addr: BigInt(start), bits }, canonical: BigInt(start) === given };
  }
  return { prefix: { family: 4, addr: Number(start), bits }, canonical: BigInt(start) === given };
}

/** value of the hex digit with this char code (0-9, a-f, A-F), or -1 */
function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48; // 0-9
  if (c >= 97 && c <= 102) return c - 87; // a-f
  if (c >= 65 && c <= 70) return c - 55; // A-F
  return -1;
}

/**
 * The IPv6 fast path (parsePrefixUncached): the address part of a prefix whose length (0…128) is
 * already checked, in the plain text form only: 1–8 groups of 1–4 hex digits (either case) separated by
 * ':', at most one '::', which stands for one or more zero groups (so at most 7 groups written with it).
 * Every such text is one ip-cidr accepts, with the same value. Anything else — embedded IPv4, a zone,
 * other characters, and every malformed text (5 hex digits, ':::', two '::', a lone leading or trailing
 * ':', 9 groups, or 8 groups written with '::', which ip-cidr refuses) — gives undefined and is left to
 * ip-cidr, so refusals keep coming from it.
 */
function parseV6Fast(a: string, bits: number): ParsedPrefix | undefined {
  const n = a.length;
  if (n < 2 || n > 39) return undefined; // "::" … 8 groups of 4 digits and 7 colons
  const groups: number[] = [];
  let gap = -1; // number of groups written before '::', -1 without one
  let i = 0;
  if (a.charCodeAt(0) === 58 && a.charCodeAt(1) === 58) {
    gap = 0;
    i = 2;
  }
  while (i < n) {
    let v = 0;
    let digits = 0;
    for (; i < n; i++) {
      const d = hexDigit(a.charCodeAt(i));
      if (d < 0) break;
      if (++digits > 4) return undefined;
      v = v * 16 + d;
    }
    if (digits === 0 || groups.length === 8) return undefined; // an empty group (":::", ":x", "x:"), a 9th group
    groups.push(v);
    if (i === n) break;
    if (a.charCodeAt(i) !== 58) return undefined; // not ':' (a '.', '%', space …)
    i++;
    if (i < n && a.charCodeAt(i) === 58) {
      if (gap >= 0) return undefined; // a second '::'
      gap = groups.length;
      i++;
    } else if (i === n) {
      return undefined; // a trailing single ':'
    }
  }
  if (gap < 0 ? groups.length !== 8 : groups.length > 7) return undefined;
  let given = 0n;
  const zeros = 8 - groups.length; // groups that '::' stands for (0 without one)
  for (let k = 0; k < groups.length; k++) {
    if (k === gap) given <<= BigInt(16 * zeros);
    given = (given << 16n) | BigInt(groups[k]);
  }
  if (gap === groups.length) given <<= BigInt(16 * zeros); // '::' at the end
  const host = BigInt(128 - bits);
  const start = (given >> host) << host;
  return { prefix: { family: 6, addr: start, bits }, canonical: start === given };
}

/** Parses an address ("10.0.0.2", "fd00::1") as a host prefix (/32 or /128). */
export function parseAddress(text: string): Prefix | { error: string } {
  if (typeof text !== 'string') return { error: 'not a string' };
  const s = text.trim();
  if (s.includes('/')) {
    const p = parsePrefix(s);
    return 'error' in p ? p : p.prefix;
  }
  const r = parsePrefix(s + (s.includes(':') ? '/128' : '/32'));
  if ('error' in r) return { error: `"${text}" is not an IP address` };
  return r.prefix;
}

export function prefixOf(text: string): Prefix {
  const r = parsePrefix(text);
  if ('error' in r) throw new Error(r.error);
  return r.prefix;
}

export function v4(addr: number, bits: number): Prefix4 {
  return { family: 4, addr, bits };
}
export function v6(addr: bigint, bits: number): Prefix6 {
  return { family: 6, addr, bits };
}

/** 2^(32 − bits) for bits 0…32: the number of addresses in an IPv4 prefix (a table: this is on every probe) */
const V4_SIZE: readonly number[] = Array.from({ length: 33 }, (_, bits) => 2 ** (32 - bits));

/** addresses in an IPv4 prefix of this length; `2 ** (32 − bits)` with a variable exponent is a slow call */
export function v4Size(bits: number): number {
  return V4_SIZE[bits] ?? 2 ** (32 - bits);
}

/** last address of the prefix */
export function lastAddr4(p: Prefix4): number {
  return p.addr + v4Size(p.bits) - 1;
}
export function lastAddr6(p: Prefix6): bigint {
  return p.addr | (V6_MAX >> BigInt(p.bits));
}

export function overlaps(a: Prefix, b: Prefix): boolean {
  if (a.family === 4) {
    if (b.family !== 4) return false;
    return a.addr <= lastAddr4(b) && b.addr <= lastAddr4(a);
  }
  if (b.family !== 6) return false;
  return a.addr <= lastAddr6(b) && b.addr <= lastAddr6(a);
}

/** outer contains inner (equal counts) */
export function contains(outer: Prefix, inner: Prefix): boolean {
  if (outer.family !== inner.family || outer.bits > inner.bits) return false;
  return overlaps(outer, inner);
}

export function equal(a: Prefix, b: Prefix): boolean {
  return a.family === b.family && a.bits === b.bits && a.addr === b.addr;
}

/** Number of subnets of length `size` in `base` (as a bigint: fd00::/8 at 128 is 2^120). */
export function subnetCount(base: Prefix, size: number): bigint {
  if (size < base.bits) return 0n;
  return 1n << BigInt(size - base.bits);
}

/** The i-th subnet (0-based, ascending) of length `size` inside `base`. */
export function nthSubnet(base: Prefix, size: number, i: bigint | number): Prefix {
  if (base.family === 4) {
    return { family: 4, addr: base.addr + Number(i) * v4Size(size), bits: size };
  }
  return { family: 6, addr: base.addr + (BigInt(i) << BigInt(128 - size)), bits: size };
}

/** Index of the subnet of length `size` in `base` that contains address-prefix p's start. */
export function subnetIndex(base: Prefix, size: number, p: Prefix): bigint {
  if (base.family === 4 && p.family === 4) return BigInt(Math.floor((p.addr - base.addr) / v4Size(size)));
  if (base.family === 6 && p.family === 6) return (p.addr - base.addr) >> BigInt(128 - size);
  throw new Error('family mismatch');
}

export function formatAddress(family: Family, addr: number | bigint): string {
  if (family === 4) {
    const n = Number(addr);
    return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
  }
  let a = BigInt(addr);
  const groups: number[] = [];
  for (let i = 0; i < 8; i++) {
    groups.unshift(Number(a & 0xffffn));
    a >>= 16n;
  }
  // RFC 5952: compress the longest run (length ≥ 2) of zero groups, the first one on a tie
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  const left = hex.slice(0, bestStart).join(':');
  const right = hex.slice(bestStart + bestLen).join(':');
  return `${left}::${right}`;
}

export function formatPrefix(p: Prefix): string {
  return `${formatAddress(p.family, p.addr)}/${p.bits}`;
}

/** Compares by family, then address, then prefix length (the order Engine ≥ 27 sorts pools in). */
export function comparePrefix(a: Prefix, b: Prefix): number {
  if (a.family !== b.family) return a.family - b.family;
  if (a.addr !== b.addr) return a.addr < b.addr ? -1 : 1;
  return a.bits - b.bits;
}

/** The start of the next aligned block of length `size` at or after `addr`. */
export function alignUp4(addr: number, size: number): number {
  const step = v4Size(size);
  return Math.ceil(addr / step) * step;
}
export function alignUp6(addr: bigint, size: number): bigint {
  const step = 1n << BigInt(128 - size);
  return ((addr + step - 1n) / step) * step;
}

export const MAX_V4 = TWO32 - 1;
export const MAX_V6 = V6_MAX;
