// A strict little XML well-formedness checker for the badge tests (elements, attributes, text, the five
// predefined entities); throws on anything malformed. Returns the root element.
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = /^[A-Za-z_][\w.:-]*/;

function decode(s: string, at: number): string {
  return s.replace(/&([^;]*);/g, (_, e: string) => {
    const map: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (e in map) return map[e]!;
    if (/^#\d+$/.test(e)) return String.fromCodePoint(Number(e.slice(1)));
    if (/^#x[0-9a-f]+$/i.test(e)) return String.fromCodePoint(parseInt(e.slice(2), 16));
    throw new Error(`unknown entity &${e}; near ${at}`);
  });
}

export const XMLParser = {
  parse(src: string): XmlElement {
    let i = 0;
    const stack: XmlElement[] = [];
    let root: XmlElement | null = null;
    const s = src.trim();
    while (i < s.length) {
      if (s.startsWith('<', i)) {
        if (s.startsWith('</', i)) {
          const m = NAME.exec(s.slice(i + 2));
          if (!m) throw new Error(`bad end tag at ${i}`);
          const top = stack.pop();
          if (!top || top.name !== m[0]) throw new Error(`mismatched </${m[0]}> at ${i}`);
          i += 2 + m[0].length;
          while (s[i] === ' ') i++;
          if (s[i] !== '>') throw new Error(`bad end tag at ${i}`);
          i++;
          continue;
        }
        const m = NAME.exec(s.slice(i + 1));
        if (!m) throw new Error(`bad tag at ${i}`);
        const el: XmlElement = { name: m[0], attrs: {}, children: [] };
        i += 1 + m[0].length;
        for (;;) {
          while (/\s/.test(s[i] ?? '')) i++;
          if (s.startsWith('/>', i)) {
            i += 2;
            if (stack.length) stack[stack.length - 1]!.children.push(el);
            else if (!root) root = el;
            else throw new Error('two roots');
            break;
          }
          if (s[i] === '>') {
            i++;
            if (stack.length) stack[stack.length - 1]!.children.push(el);
            else if (!root) root = el;
            else throw new Error('two roots');
            stack.push(el);
            break;
          }
          const a = NAME.exec(s.slice(i));
          if (!a) throw new Error(`bad attribute at ${i}`);
          i += a[0].length;
          if (s[i] !== '=' || s[i + 1] !== '"') throw new Error(`attribute without ="…" at ${i}`);
          const end = s.indexOf('"', i + 2);
          if (end < 0) throw new Error('unterminated attribute');
          const raw = s.slice(i + 2, end);
          if (raw.includes('<')) throw new Error(`< in attribute at ${i}`);
          if (a[0] in el.attrs) throw new Error(`duplicate attribute ${a[0]}`);
          el.attrs[a[0]] = decode(raw, i);
          i = end + 1;
        }
      } else {
        const end = s.indexOf('<', i);
        const t = s.slice(i, end < 0 ? s.length : end);
        if (!stack.length) {
          if (t.trim()) throw new Error(`text outside the root at ${i}`);
        } else stack[stack.length - 1]!.children.push(decode(t, i));
        i = end < 0 ? s.length : end;
      }
    }
    if (stack.length || !root) throw new Error('unclosed element');
    return root;
  },
};
