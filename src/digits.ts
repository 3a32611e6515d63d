// Thousands separators without Intl: the first `toLocaleString` of a process initialises ICU, which
// costs 20–30 ms — a tenth of a whole check on a small repository. Same output as
// `n.toLocaleString('en-US')` for integers (test/digits.test.ts compares the two).

/** 1234567 → "1,234,567"; -1000 → "-1,000"; bigints too. Non-integers are printed as String(n). */
export function groupDigits(n: number | bigint): string {
  if (typeof n === 'number' && (!Number.isInteger(n) || !Number.isFinite(n))) return String(n);
  const text = (typeof n === 'bigint' ? n : BigInt(n)).toString();
  const sign = text.startsWith('-') ? '-' : '';
  const digits = sign ? text.slice(1) : text;
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return sign + out;
}
