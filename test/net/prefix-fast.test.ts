// The IPv6 fast path of parsePrefix (src/net/prefix.ts) against the ip-cidr path it stands in for
// (parsePrefixReference): for every input the answer — prefix, host bits cleared, canonical flag, or
// the error text — must be the reference's. Where the fast path answers is observed through ip-cidr:
// a text it answers never reaches IPCIDR.isValidCIDR. For texts of hex digits and colons only, it must
// answer exactly those the reference accepts (it leaves every refusal to ip-cidr). Inputs: hand-picked
// forms, random texts built from hex groups, colons and '::' placements, and random addresses printed
// in random valid forms (also checked against the value they were printed from).
import IPCIDR from 'ip-cidr';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { formatPrefix, parsePrefix, parsePrefixReference } from '../../src/net/prefix.js';

let spy: MockInstance;
beforeAll(() => {
  spy = vi.spyOn(IPCIDR, 'isValidCIDR');
});
afterAll(() => {
  spy.mockRestore();
});

let answered = 0;
let leftToIpCidr = 0;
const seen = new Set<string>();

/** parsePrefix agrees with the reference on `text`; returns whether the fast path answered (first sight) */
function agrees(text: string): boolean | undefined {
  const calls = spy.mock.calls.length;
  const got = parsePrefix(text);
  const fresh = !seen.has(text); // a second sight is answered from the memo
  seen.add(text);
  const fast = fresh && spy.mock.calls.length === calls;
  const ref = parsePrefixReference(text);
  expect(got, text).toEqual(ref);
  if (!fresh) return undefined;
  if (fast) answered++;
  else leftToIpCidr++;
  // only IPv6 texts with a well-formed length can reach ip-cidr at all
  const slash = text.trim().indexOf('/');
  const v6Checked = slash >= 0 && text.trim().slice(0, slash).includes(':') && !('error' in ref && /prefix length must be/.test(ref.error));
  // a plain text (hex digits and colons, then /length): answered by the fast path iff ip-cidr accepts it
  if (v6Checked && /^[0-9a-fA-F:]+\/\d{1,3}$/.test(text.trim())) {
    expect({ text, fast }).toEqual({ text, fast: !('error' in ref) });
  }
  return fast;
}

const mask = (bits: number): bigint => ((1n << 128n) - 1n) ^ ((1n << BigInt(128 - bits)) - 1n);

describe('IPv6 fast path of parsePrefix', () => {
  it('answers the common forms with the values ip-cidr gives', () => {
    const cases: Array<[string, bigint, number, boolean]> = [
      ['::/0', 0n, 0, true],
      ['::1/128', 1n, 128, true],
      ['::1/127', 0n, 127, false],
      ['fd00::/8', 0xfdn << 120n, 8, true],
      ['fd00:1::/64', (0xfd00n << 112n) | (1n << 96n), 64, true],
      ['fd00:1::5/64', (0xfd00n << 112n) | (1n << 96n), 64, false],
      ['2001:db8::/32', 0x20010db8n << 96n, 32, true],
      ['2001:DB8:ABCD:12::/64', 0x20010db8abcd0012n << 64n, 64, true],
      ['1:2:3:4:5:6:7:8/128', 0x00010002000300040005000600070008n, 128, true],
      ['1:2:3:4:5:6:7:8/0', 0n, 0, false],
      ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/1', 1n << 127n, 1, false],
      ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128', (1n << 128n) - 1n, 128, true],
      ['1::8/16', 1n << 112n, 16, false],
      ['::2:3:4:5:6:7:8/128', 0x00000002000300040005000600070008n, 128, true],
      ['1:2:3:4:5:6:7::/112', 0x00010002000300040005000600070000n, 112, true],
      ['0001:0db8:0000::/48', 0x00010db8n << 96n, 48, true],
      [' fd00::/8 ', 0xfdn << 120n, 8, true],
      ['fd00::/08', 0xfdn << 120n, 8, true],
      ['fd00::/008', 0xfdn << 120n, 8, true],
      ['fd12:3456:789a:1::/61', 0xfd123456789a0000n << 64n, 61, false],
    ];
    for (const [text, addr, bits, canonical] of cases) {
      expect(agrees(text), text).toBe(true);
      expect(parsePrefix(text), text).toEqual({ prefix: { family: 6, addr, bits }, canonical });
    }
  });

  it('gives what ip-cidr gives for odd and malformed forms', () => {
    const texts = [
      // '::' with all 8 groups written: ip-cidr refuses
      '1:2:3:4::5:6:7:8/64',
      '::1:2:3:4:5:6:7:8/64',
      '1:2:3:4:5:6:7:8::/64',
      // 9 groups, 7 without '::'
      '1:2:3:4:5:6:7:8:9/64',
      '1:2:3:4:5:6:7/64',
      '1:2:3:4:5:6:7:8:9::/64',
      // lone leading / trailing ':', ':::', two '::', empty
      ':1:2:3:4:5:6:7:8/64',
      '1:2:3:4:5:6:7:8:/64',
      ':1::/64',
      '1::2:/64',
      ':/64',
      ':::/64',
      '1:::2/64',
      '::::/0',
      '1::2::3/64',
      '::1::/64',
      '1::2::/64',
      '/64',
      ':/0',
      ':: /0',
      'fd00::/',
      // 5 hex digits, even when zeros
      '00000::/64',
      'fd000::/8',
      '::00001/128',
      '1:2:3:4:5:6:7:00008/128',
      // lengths
      'fd00::/129',
      'fd00::/0129',
      'fd00::/-1',
      'fd00::/1.5',
      'fd00::/ 8',
      'fd00::/8/8',
      'fd00::/a',
      'fd00::',
      // forms left to ip-cidr: embedded IPv4, zones, brackets, whitespace, other characters
      '::ffff:1.2.3.4/96',
      '::1.2.3.4/128',
      '::ffff:01.2.3.4/96',
      '64:ff9b::192.0.2.33/96',
      'fe80::1%eth0/64',
      'fe80::%1/64',
      '[fd00::]/64',
      'fd00: :1/64',
      'fd00 ::/8',
      'fd00::\t/8',
      'g::/8',
      'fd00::-1/64',
      '+fd00::/8',
      'fd00::1/64%eth0',
      '0x1::/8',
      'fd００::/8',
      'FD00::1/128',
      'Fd00:aBcD::/32',
      // the characters next to the hex digits and ':' in ASCII
      'G::/8',
      'fd0G::/16',
      '@::/8',
      '`::/8',
      'fd0/::/8',
      'fd;0::/8',
      'fd00:;:/8',
      'fd00::;/8',
    ];
    for (const t of texts) agrees(t);
  });

  // random texts: hex groups of 0–5 digits, joined by ':', '::' or ':::', with a leading/trailing
  // colon or '::' sometimes, a stray character now and then, and a length mostly 0–128
  const hexChar = fc.constantFrom(...'0123456789abcdefABCDEF0000');
  const group = fc.oneof(
    { weight: 8, arbitrary: fc.string({ unit: hexChar, minLength: 1, maxLength: 4 }) },
    { weight: 1, arbitrary: fc.string({ unit: hexChar, minLength: 5, maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constant('') },
  );
  const sep = fc.oneof(
    { weight: 12, arbitrary: fc.constant(':') },
    { weight: 3, arbitrary: fc.constant('::') },
    { weight: 1, arbitrary: fc.constant(':::') },
  );
  const edge = fc.oneof(
    { weight: 8, arbitrary: fc.constant('') },
    { weight: 3, arbitrary: fc.constant('::') },
    { weight: 1, arbitrary: fc.constant(':') },
  );
  const stray = fc.oneof(
    { weight: 12, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.constantFrom('.', '%', ' ', 'g', 'G', '@', '`', ';', '[', ']', '1.2.3.4', '/', '%eth0', 'x') },
  );
  const len = fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 0, max: 128 }).map(String) },
    { weight: 1, arbitrary: fc.constantFrom('129', '255', '999', '1000', '', '064', '0128', '-0', 'x', '00') },
  );
  const randomText = fc
    .tuple(edge, fc.array(fc.tuple(group, sep), { minLength: 0, maxLength: 9 }), group, edge, stray, fc.nat(), len)
    .map(([lead, pairs, last, trail, odd, at, l]) => {
      const a = lead + pairs.map(([g, s]) => g + s).join('') + last + trail;
      const p = at % (a.length + 1);
      return `${a.slice(0, p)}${odd}${a.slice(p)}/${l}`;
    });

  it('agrees on random texts of hex groups, colons and "::"', () => {
    fc.assert(
      fc.property(randomText, (t) => {
        agrees(t);
      }),
      { numRuns: 5000, seed: 20261130 },
    );
  });

  // random addresses, printed in a random valid form: full or with one run of zero groups elided,
  // groups padded or not, either case; the value and the prefix are known independently of ip-cidr
  const address = fc.tuple(
    fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff })), { minLength: 8, maxLength: 8 }),
    fc.nat(),
    fc.nat(),
    fc.integer({ min: 0, max: 128 }),
    fc.constantFrom('lower', 'upper', 'mixed'),
    fc.boolean(),
  );

  it('agrees on random addresses in random valid forms, with the right values', () => {
    fc.assert(
      fc.property(address, ([groups, from, span, bits, caseStyle, pad]) => {
        const value = groups.reduce((v, g) => (v << 16n) | BigInt(g), 0n);
        let hex = groups.map((g) => (pad ? g.toString(16).padStart(4, '0') : g.toString(16)));
        hex = hex.map((h, i) => (caseStyle === 'upper' || (caseStyle === 'mixed' && i % 2 === 1) ? h.toUpperCase() : h));
        // elide groups [s, e) when they are all zero and fewer than 8 are left written
        const s = from % 8;
        const e = Math.min(8, s + 1 + (span % 8));
        let text = hex.join(':');
        if (groups.slice(s, e).every((g) => g === 0)) text = `${hex.slice(0, s).join(':')}::${hex.slice(e).join(':')}`;
        text += `/${bits}`;
        expect(agrees(text), text).not.toBe(false);
        const start = value & mask(bits);
        expect(parsePrefix(text), text).toEqual({ prefix: { family: 6, addr: start, bits }, canonical: start === value });
        // and the printed form of the result reads back to itself
        const back = formatPrefix({ family: 6, addr: start, bits });
        expect(agrees(back), back).not.toBe(false);
        expect(parsePrefix(back), back).toEqual({ prefix: { family: 6, addr: start, bits }, canonical: true });
      }),
      { numRuns: 3000, seed: 20261130 },
    );
  });

  it('answered for most inputs and left some to ip-cidr (both paths are exercised)', () => {
    expect(answered).toBeGreaterThan(3000);
    expect(leftToIpCidr).toBeGreaterThan(1000);
  });
});
