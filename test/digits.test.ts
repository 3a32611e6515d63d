import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupDigits } from '../src/digits.js';

// Intl is the oracle: groupDigits exists only to avoid its start-up cost
describe('groupDigits', () => {
  it('matches toLocaleString("en-US") for safe integers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        (n) => groupDigits(n) === n.toLocaleString('en-US'),
      ),
      { numRuns: 5000 },
    );
  });
  it('matches toLocaleString("en-US") for bigints of any size', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 130n), max: 2n ** 130n }), (n) => groupDigits(n) === n.toLocaleString('en-US')),
      { numRuns: 5000 },
    );
  });
  it('groups the edges of each length', () => {
    for (let k = 0; k <= 16; k++)
      for (const n of [10 ** k - 1, 10 ** k, -(10 ** k)]) expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
  });
});
