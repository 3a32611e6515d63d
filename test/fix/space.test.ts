import { describe, expect, it } from 'vitest';
import { freeBlocks4 } from '../../src/fix/space.js';
import { formatPrefix, prefixOf } from '../../src/net/prefix.js';

const blocks = (avoid: string[], bits: number, n: number) => freeBlocks4(avoid.map(prefixOf), bits, n).map(formatPrefix);

describe('free private space', () => {
  it('takes the top of 10.0.0.0/8 first, in order', () => {
    expect(blocks([], 16, 3)).toEqual(['10.200.0.0/16', '10.201.0.0/16', '10.202.0.0/16']);
  });

  it('skips a block any avoided prefix touches, however small', () => {
    expect(blocks(['10.200.7.9/32'], 16, 1)).toEqual(['10.201.0.0/16']);
    expect(blocks(['10.200.0.0/24'], 24, 2)).toEqual(['10.200.1.0/24', '10.200.2.0/24']);
  });

  it('jumps past a large avoided range', () => {
    expect(blocks(['10.200.0.0/13'], 16, 1)).toEqual(['10.208.0.0/16']);
  });

  it('moves on to 172.16.0.0/12, then 192.168.0.0/16, when 10.0.0.0/8 is taken', () => {
    expect(blocks(['10.0.0.0/8'], 16, 1)).toEqual(['172.16.0.0/16']);
    expect(blocks(['10.0.0.0/8', '172.16.0.0/12'], 16, 1)).toEqual(['192.168.0.0/16']);
  });

  it('returns nothing when all private space is avoided', () => {
    expect(blocks(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'], 24, 1)).toEqual([]);
  });

  it('never offers 100.64.0.0/10 or public space', () => {
    const all = blocks(['10.0.0.0/8', '172.16.0.0/12'], 16, 10);
    expect(all).toEqual(['192.168.0.0/16']);
  });
});
