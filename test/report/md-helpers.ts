// Helpers for checking rendered markdown in tests.

/** the text outside code spans (code spans render literally: no HTML, no mentions) */
export function stripCodeSpans(md: string): string {
  let out = '';
  for (let i = 0; i < md.length;) {
    const c = md[i]!;
    if (c === '\\') {
      out += md.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      let n = 0;
      while (md[i + n] === '`') n++;
      const fence = '`'.repeat(n);
      let j = i + n;
      for (;;) {
        j = md.indexOf(fence, j);
        if (j < 0 || md[j + n] !== '`') break;
        while (md[j] === '`') j++;
      }
      if (j < 0) {
        out += fence;
        i += n;
      } else {
        i = j + n;
      }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
