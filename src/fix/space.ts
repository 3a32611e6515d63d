// Free private address space: aligned blocks that overlap none of a set of prefixes. The order in which
// space is taken is fixed (so suggestions are stable): the top of 10.0.0.0/8 first (10.200–10.255, then
// 10.128–10.199, then 10.0–10.127), then 172.16.0.0/12, then 192.168.0.0/16 — the last two are where
// home routers, VPNs and Docker's own defaults live. 100.64.0.0/10 is never suggested.
import { contains, overlaps, parsePrefix, type Prefix, type Prefix4 } from '../net/prefix.js';

const ORDER_V4 = [
  '10.200.0.0/13', // 10.200–10.207
  '10.208.0.0/12', // 10.208–10.223
  '10.224.0.0/11', // 10.224–10.255
  '10.128.0.0/10', // 10.128–10.191
  '10.192.0.0/13', // 10.192–10.199
  '10.0.0.0/9', // 10.0–10.127
  '172.16.0.0/12',
  '192.168.0.0/16',
];

function v4(text: string): Prefix4 {
  const p = parsePrefix(text);
  if ('error' in p || p.prefix.family !== 4) throw new Error(`bad prefix ${text}`);
  return p.prefix;
}

/** The private IPv4 regions in the order space is taken from. */
export const PRIVATE_ORDER_V4: readonly Prefix4[] = ORDER_V4.map(v4);

/**
 * Up to `n` aligned IPv4 blocks of length `bits` in private space, overlapping nothing in `avoid` and
 * each other, in the fixed preference order.
 */
export function freeBlocks4(avoid: readonly Prefix[], bits: number, n: number): Prefix4[] {
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
      // jump past the blocker (aligned to the block size)
      const past = hit.addr + 2 ** (32 - hit.bits);
      addr = Math.max(addr + step, Math.ceil(past / step) * step);
    }
    if (out.length >= n) break;
  }
  return out;
}

/** The first free block of `bits` (see freeBlocks4), or null. */
export function freeBlock4(avoid: readonly Prefix[], bits: number): Prefix4 | null {
  return freeBlocks4(avoid, bits, 1)[0] ?? null;
}

/** true when p lies in one of the regions suggestions are taken from */
export function inSuggestedSpace(p: Prefix): boolean {
  return PRIVATE_ORDER_V4.some((r) => contains(r, p));
}
