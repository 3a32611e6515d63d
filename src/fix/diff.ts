// A unified diff of two texts (what `--fix --dry-run` prints), line based, three lines of context.
// The longest common subsequence is found by dynamic programming, bounded: files past the bound are
// shown as one hunk replacing the whole text.

const MAX_CELLS = 16_000_000;

/** the lines; the last one of a text without a final newline carries a NUL, so it equals no line that has one */
function lines(text: string): string[] {
  if (text === '') return [];
  const l = text.split('\n');
  if (l[l.length - 1] === '') l.pop();
  else l[l.length - 1] += '\0';
  return l;
}

type Op = { kind: ' ' | '-' | '+'; text: string; a: number; b: number };

function ops(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) {
    return [
      ...a.map((t, i) => ({ kind: '-' as const, text: t, a: i, b: 0 })),
      ...b.map((t, j) => ({ kind: '+' as const, text: t, a: n, b: j })),
    ];
  }
  // lcs[i][j] = LCS length of a[i..] and b[j..], in one flat array
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  const out: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) out.push({ kind: ' ', text: a[i]!, a: i++, b: j++ });
    else if (i < n && (j >= m || lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!)) out.push({ kind: '-', text: a[i]!, a: i++, b: j });
    else out.push({ kind: '+', text: b[j]!, a: i, b: j++ });
  }
  return out;
}

/** `--- a/file` / `+++ b/file` and the hunks; '' when the texts are equal */
export function unifiedDiff(file: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const a = lines(before);
  const b = lines(after);
  const aNoEol = before !== '' && !before.endsWith('\n');
  const bNoEol = after !== '' && !after.endsWith('\n');
  const all = ops(a, b);
  const changed = all.map((o, k) => (o.kind !== ' ' ? k : -1)).filter((k) => k >= 0);
  const out = [`--- a/${file}`, `+++ b/${file}`];
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k]! - context);
    let end = changed[k]! + context;
    while (k + 1 < changed.length && changed[k + 1]! - context <= end + 1) end = changed[++k]! + context;
    end = Math.min(all.length - 1, end);
    k++;
    const hunk = all.slice(start, end + 1);
    const aLen = hunk.filter((o) => o.kind !== '+').length;
    const bLen = hunk.filter((o) => o.kind !== '-').length;
    const aStart = aLen === 0 ? hunk[0]!.a : hunk.find((o) => o.kind !== '+')!.a + 1;
    const bStart = bLen === 0 ? hunk[0]!.b : hunk.find((o) => o.kind !== '-')!.b + 1;
    out.push(`@@ -${aStart},${aLen} +${bStart},${bLen} @@`);
    for (const o of hunk) {
      out.push(`${o.kind}${o.text.replace(/\0$/, '')}`);
      // the last line of a text without a final newline says so, as diff(1) does
      const lastOfA = o.kind !== '+' && o.a === a.length - 1 && aNoEol;
      const lastOfB = o.kind !== '-' && o.b === b.length - 1 && bNoEol;
      if (o.kind === ' ' ? lastOfA && lastOfB : lastOfA || lastOfB) out.push('\\ No newline at end of file');
    }
  }
  return out.join('\n') + '\n';
}
