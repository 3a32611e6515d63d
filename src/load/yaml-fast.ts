// A fast reader for the YAML that compose files are almost always written in: one document of block
// mappings and sequences, single-line plain and quoted scalars, single-line flow collections, comments,
// anchors, aliases and `<<` merges, `|` / `>` block scalars. It builds exactly the nodes (values and
// positions) that parseYamlDocuments builds through the `yaml` package, at a fraction of the cost
// (YAML parsing was a third of a large check). Anything outside that subset — tags, several documents,
// multi-line plain or quoted scalars, flow collections over several lines, complex keys, tabs, unusual
// escapes — and anything the full reader would refuse (duplicate keys, unknown aliases, too deep, too
// many nodes) makes it give up (undefined), and the `yaml` package reads the file as before, with its
// error messages. test/load/yaml-fast.test.ts compares both readers on every YAML file in the
// repository, the compose corpus and generated documents.
import type { SourcePos } from '../model.js';
import type { ScalarValue, YDocument, YEntry, YMap, YNode, YScalar, YSeq } from './yaml.js';

/** Give up on nesting deeper than this (the full reader refuses at 128, with its message). */
const MAX_FAST_DEPTH = 64;
/** Give up past this many nodes (aliases expanded): the full reader applies the real limits. */
const MAX_FAST_NODES = 100_000;

class GiveUp {}
const GIVE_UP = new GiveUp();

function giveUp(): never {
  // a sentinel, not an Error: giving up is control flow on the hot path and needs no stack trace
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw GIVE_UP;
}

// characters that cannot start a plain scalar (YAML 1.2 c-indicator), '-' '?' ':' handled apart
const INDICATORS = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);

/** YAML 1.2 core schema, as the `yaml` package resolves plain scalars */
function resolvePlain(s: string): ScalarValue {
  const c = s.charCodeAt(0);
  // fast exit for the common case: text starting with a letter other than those of null/true/false
  if (s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL') return null;
  if (s === 'true' || s === 'True' || s === 'TRUE') return true;
  if (s === 'false' || s === 'False' || s === 'FALSE') return false;
  const maybeNumber = (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46; // 0-9 + - .
  if (!maybeNumber) return s;
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) {
    return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

const ESCAPES: Record<string, string> = {
  '\\': '\\',
  '"': '"',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  b: '\b',
  f: '\f',
  e: '\x1b',
  a: '\x07',
  v: '\v',
  ' ': ' ',
};

interface Shape {
  size: number;
  height: number;
}

class FastReader {
  private readonly lines: string[];
  /** offset of each line's first character; one more entry when the text ends with a newline */
  private readonly starts: number[];
  /** the next line to read */
  private li = 0;
  private readonly anchors = new Map<string, YNode>();
  private readonly inProgress = new Set<string>();
  /** size and height of the collections read so far (a Map: it lives only as long as this reader) */
  private readonly shapes = new Map<YNode, Shape>();
  private decoded = 0;

  constructor(
    text: string,
    private readonly file: string,
  ) {
    this.lines = text.split('\n');
    this.starts = new Array<number>(this.lines.length);
    let o = 0;
    for (let i = 0; i < this.lines.length; i++) {
      this.starts[i] = o;
      o += this.lines[i].length + 1;
    }
  }

  // ---- positions

  private lineOf(offset: number): number {
    const { starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private pos(start: number, end: number): SourcePos {
    const a = this.lineOf(start);
    const b = end === start ? a : this.lineOf(end);
    return { file: this.file, line: a + 1, column: start - this.starts[a] + 1, endLine: b + 1, endColumn: end - this.starts[b] + 1 };
  }

  // ---- budget (the full reader's limits are applied there: here we only stay well inside them)

  private count(nodes: number): void {
    this.decoded += nodes;
    if (this.decoded > MAX_FAST_NODES) giveUp();
  }

  private shaped<T extends YNode>(y: T, size: number, height: number, depth: number): T {
    if (depth + height > MAX_FAST_DEPTH) giveUp();
    // a scalar's shape is the default: only collections are recorded (most nodes are scalars)
    if (size !== 1 || height !== 1) this.shapes.set(y, { size, height });
    return y;
  }

  private shape(y: YNode): Shape {
    return this.shapes.get(y) ?? { size: 1, height: 1 };
  }

  // ---- lines

  private indentOf(line: string): number {
    let i = 0;
    while (i < line.length && line.charCodeAt(i) === 32) i++;
    return i;
  }

  /** true for a line that holds nothing but spaces and perhaps a comment */
  private isBlank(line: string): boolean {
    const i = this.indentOf(line);
    return i === line.length || line.charCodeAt(i) === 35;
  }

  /** moves past blank and comment lines; the indentation of the next content line, or -1 at the end */
  private nextContent(): number {
    while (this.li < this.lines.length && this.isBlank(this.lines[this.li])) this.li++;
    return this.li < this.lines.length ? this.indentOf(this.lines[this.li]) : -1;
  }

  /** after a value that ended at column `col` of the current line: only spaces and a comment may follow */
  private endOfLine(line: string, col: number): void {
    let i = col;
    while (i < line.length && line.charCodeAt(i) === 32) i++;
    if (i < line.length) {
      if (line.charCodeAt(i) !== 35 || i === col) giveUp(); // "#" must follow a space
    }
    this.li++;
  }

  // ---- document

  read(): YDocument[] {
    const first = this.lines[0];
    if (first === '---' || first.startsWith('--- #')) this.li = 1;
    for (let i = this.li; i < this.lines.length; i++) {
      const l = this.lines[i];
      if (l.startsWith('---') || l.startsWith('...') || l.startsWith('%')) giveUp();
    }
    const indent = this.nextContent();
    if (indent < 0) giveUp(); // an empty document: rare, left to the full reader
    const root = this.block(indent, 0, false);
    if (this.nextContent() >= 0) giveUp();
    if (root.kind === 'scalar') giveUp();
    return [{ file: this.file, root }];
  }

  /** a block mapping or sequence starting at the current line, indented by `indent` */
  private block(indent: number, depth: number, seqAtKeyIndent: boolean): YNode {
    if (depth > MAX_FAST_DEPTH) giveUp();
    const line = this.lines[this.li];
    const c = line.charCodeAt(indent);
    if (c === 45 && (indent + 1 === line.length || line.charCodeAt(indent + 1) === 32)) return this.seq(indent, depth);
    if (seqAtKeyIndent) giveUp();
    return this.map(indent, indent, depth);
  }

  private seq(indent: number, depth: number): YSeq {
    const items: YNode[] = [];
    const start = this.starts[this.li] + indent;
    const y: YSeq = { kind: 'seq', items, pos: undefined as unknown as SourcePos };
    this.count(1);
    let size = 1;
    let height = 0;
    let end: number;
    for (;;) {
      const line = this.lines[this.li];
      let col = indent + 1;
      while (col < line.length && line.charCodeAt(col) === 32) col++;
      const item = this.inlineOrNested(line, col, indent, depth + 1, true);
      items.push(item.node);
      end = item.end;
      const sh = this.shape(item.node);
      size += sh.size;
      height = Math.max(height, sh.height);
      const next = this.nextContent();
      if (next < indent) break;
      if (next > indent) giveUp();
      const l = this.lines[this.li];
      if (!(l.charCodeAt(indent) === 45 && (indent + 1 === l.length || l.charCodeAt(indent + 1) === 32))) break;
    }
    y.pos = this.pos(start, end);
    return this.shaped(y, size, height + 1, depth);
  }

  /**
   * A mapping whose first key starts at column `col` of the current line; its later keys start at
   * column `indent` of later lines (col > indent for a mapping that starts after "- ").
   */
  private map(indent: number, col: number, depth: number): YMap {
    const entries = new Map<string, YEntry>();
    const start = this.starts[this.li] + col;
    const y: YMap = { kind: 'map', entries, pos: undefined as unknown as SourcePos };
    this.count(1);
    const merged: YMap[] = [];
    let size = 1;
    let height = 0;
    // eslint-disable-next-line no-useless-assignment -- set inside `add`; TypeScript cannot see that it runs before the read
    let end = start;
    const add = (v: YNode) => {
      const sh = this.shape(v);
      size += sh.size;
      height = Math.max(height, sh.height);
    };
    for (;;) {
      const line = this.lines[this.li];
      const key = this.key(line, col);
      let vcol = key.colonEnd;
      while (vcol < line.length && line.charCodeAt(vcol) === 32) vcol++;
      if (key.merge) {
        const v = this.inlineOrNested(line, vcol, indent, depth + 1, false);
        end = v.end;
        if (v.node.kind === 'map') merged.push(v.node);
        else if (v.node.kind === 'seq' && v.viaFlow && v.node.items.every((m) => m.kind === 'map'))
          merged.push(...(v.node.items as YMap[]));
        else giveUp();
      } else {
        if (entries.has(key.text)) giveUp();
        const v = this.inlineOrNested(line, vcol, indent, depth + 1, false);
        end = v.end;
        add(v.node);
        entries.set(key.text, { key: key.text, keyPos: key.pos, value: v.node });
      }
      const next = this.nextContent();
      if (next < indent) break;
      if (next > indent) giveUp();
      col = indent;
      const l = this.lines[this.li];
      if (l.charCodeAt(indent) === 45 && (indent + 1 === l.length || l.charCodeAt(indent + 1) === 32)) {
        // a sequence item at the mapping's indentation: it belongs to an outer sequence
        break;
      }
    }
    for (const src of merged) {
      for (const [k, e] of src.entries) {
        if (entries.has(k)) continue;
        entries.set(k, e);
        add(e.value);
      }
    }
    y.pos = this.pos(start, end);
    return this.shaped(y, size, height + 1, depth);
  }

  /** a block mapping key at `col`: plain or quoted, then ':' and a space or the end of the line */
  private key(line: string, col: number): { text: string; pos: SourcePos; colonEnd: number; merge: boolean } {
    const base = this.starts[this.li];
    const c = line[col];
    if (c === '"' || c === "'") {
      const q = this.quoted(line, col);
      if (line.charCodeAt(q.end) !== 58) giveUp();
      const after = q.end + 1;
      if (after < line.length && line.charCodeAt(after) !== 32) giveUp();
      return { text: q.value, pos: this.pos(base + col, base + q.end), colonEnd: after, merge: false };
    }
    if (c === undefined || INDICATORS.has(c)) giveUp();
    // the first ': ' (or ':' at the end) ends a plain key; " #" before it would start a comment
    let i = col;
    for (;;) {
      i = line.indexOf(':', i);
      if (i < 0) giveUp();
      if (i + 1 === line.length || line.charCodeAt(i + 1) === 32) break;
      i++;
    }
    const raw = line.slice(col, i);
    if (raw.includes(' #') || raw.endsWith(' ')) giveUp();
    const value = resolvePlain(raw);
    if (value === null) giveUp();
    return { text: String(value), pos: this.pos(base + col, base + i), colonEnd: i + 1, merge: raw === '<<' };
  }

  /**
   * The value starting at column `col` of the current line (after "key:" or "- " and spaces), or on
   * the following lines when nothing but a comment follows there. `indent` is the indentation of the
   * mapping or sequence it belongs to. `end` is the offset where its text ends.
   */
  private inlineOrNested(
    line: string,
    col: number,
    indent: number,
    depth: number,
    inSeq: boolean,
  ): { node: YNode; end: number; viaFlow?: boolean } {
    if (depth > MAX_FAST_DEPTH) giveUp();
    const base = this.starts[this.li];
    let anchor: string | undefined;
    if (line.charCodeAt(col) === 38) {
      // &anchor
      let j = col + 1;
      while (j < line.length && line.charCodeAt(j) !== 32) j++;
      anchor = line.slice(col + 1, j);
      if (!/^[A-Za-z0-9_.-]+$/.test(anchor)) giveUp();
      col = j;
      while (col < line.length && line.charCodeAt(col) === 32) col++;
    }
    return this.value(line, col, indent, depth, inSeq, base, anchor);
  }

  /** the value at `col` after its anchor, if any (registered under that name once built) */
  private value(
    line: string,
    col: number,
    indent: number,
    depth: number,
    inSeq: boolean,
    base: number,
    anchor: string | undefined,
  ): { node: YNode; end: number; viaFlow?: boolean } {
    const register = (n: YNode) => {
      if (anchor !== undefined) {
        this.inProgress.delete(anchor);
        this.anchors.set(anchor, n);
      }
      return n;
    };
    if (anchor !== undefined) {
      if (this.anchors.has(anchor)) giveUp(); // redefinition: left to the full reader
      this.inProgress.add(anchor);
    }
    const c = col < line.length ? line[col] : '';
    if (c === '' || c === '#') {
      if (c === '#' && col > 0 && line.charCodeAt(col - 1) !== 32) giveUp();
      // nothing on this line: a nested block, or an empty value
      const at = base + col;
      this.li++;
      const next = this.nextContent();
      if (next > indent) {
        const n = this.block(next, depth, false);
        return { node: register(n), end: this.endOf(n) };
      }
      if (next === indent && !inSeq) {
        const l = this.lines[this.li];
        if (l.charCodeAt(indent) === 45 && (indent + 1 === l.length || l.charCodeAt(indent + 1) === 32)) {
          const n = this.seq(indent, depth);
          return { node: register(n), end: this.endOf(n) };
        }
      }
      if (anchor !== undefined) giveUp();
      this.count(1);
      const n: YScalar = { kind: 'scalar', value: null, pos: this.pos(at, at) };
      return { node: this.shaped(n, 1, 1, depth), end: at };
    }
    if (c === '*') {
      if (anchor !== undefined) giveUp();
      let j = col + 1;
      while (j < line.length && line.charCodeAt(j) !== 32) j++;
      const name = line.slice(col + 1, j);
      const target = this.anchors.get(name);
      if (!target || this.inProgress.has(name)) giveUp();
      const sh = this.shape(target);
      this.count(sh.size);
      if (depth + sh.height > MAX_FAST_DEPTH) giveUp();
      this.endOfLine(line, j);
      return { node: target, end: base + j };
    }
    if (c === '|' || c === '>') {
      const n = this.blockScalar(line, col, indent, depth, base);
      return { node: register(n.node), end: n.end };
    }
    if (c === '[' || c === '{') {
      const f = this.flow(line, col, depth, base);
      this.endOfLine(line, f.next);
      return { node: register(f.node), end: base + f.next, viaFlow: true };
    }
    if (c === '"' || c === "'") {
      const q = this.quoted(line, col);
      if (line.charCodeAt(q.end) === 58) {
        // "key": value — a mapping inside a sequence item
        if (!inSeq) giveUp();
        const n = this.map(col, col, depth);
        return { node: register(n), end: this.endOf(n) };
      }
      this.count(1);
      const n: YScalar = { kind: 'scalar', value: q.value, pos: this.pos(base + col, base + q.end) };
      this.endOfLine(line, q.end);
      this.noContinuation(indent);
      return { node: register(this.shaped(n, 1, 1, depth)), end: base + q.end };
    }
    if (INDICATORS.has(c) && !(c === '-' && col + 1 < line.length && line.charCodeAt(col + 1) !== 32)) giveUp();
    // a plain scalar, or "key: value" starting a mapping in a sequence item
    let stop = line.indexOf(' #', col);
    if (stop < 0) stop = line.length;
    let k = col;
    for (;;) {
      k = line.indexOf(':', k);
      if (k < 0 || k >= stop) break;
      if (k + 1 === line.length || line.charCodeAt(k + 1) === 32) {
        if (!inSeq) giveUp(); // "a: b: c"
        const n = this.map(col, col, depth);
        return { node: register(n), end: this.endOf(n) };
      }
      k++;
    }
    let e = stop;
    while (e > col && line.charCodeAt(e - 1) === 32) e--;
    const raw = line.slice(col, e);
    this.count(1);
    const n: YScalar = { kind: 'scalar', value: resolvePlain(raw), pos: this.pos(base + col, base + e) };
    this.endOfLine(line, e);
    this.noContinuation(indent);
    return { node: register(this.shaped(n, 1, 1, depth)), end: base + e };
  }

  /** a line more indented than the collection after a one-line scalar would continue it: not read here */
  private noContinuation(indent: number): void {
    const save = this.li;
    const next = this.nextContent();
    this.li = save;
    if (next > indent) giveUp();
  }

  private endOf(n: YNode): number {
    // the collection's own position holds its end (line/column): back to an offset
    const p = n.pos;
    return this.starts[(p.endLine ?? p.line) - 1] + (p.endColumn ?? p.column) - 1;
  }

  // ---- scalars

  private quoted(line: string, col: number): { value: string; end: number } {
    const q = line[col];
    let out = '';
    let i = col + 1;
    if (q === "'") {
      for (;;) {
        const j = line.indexOf("'", i);
        if (j < 0) giveUp(); // spans lines
        out += line.slice(i, j);
        if (line.charCodeAt(j + 1) === 39) {
          out += "'";
          i = j + 2;
          continue;
        }
        return { value: out, end: j + 1 };
      }
    }
    for (;;) {
      let j = i;
      while (j < line.length && line.charCodeAt(j) !== 34 && line.charCodeAt(j) !== 92) j++;
      if (j >= line.length) giveUp();
      out += line.slice(i, j);
      if (line.charCodeAt(j) === 34) return { value: out, end: j + 1 };
      const e = line[j + 1];
      if (e === undefined) giveUp();
      if (e === 'u' || e === 'x') {
        const len = e === 'u' ? 4 : 2;
        const hex = line.slice(j + 2, j + 2 + len);
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) giveUp();
        const code = parseInt(hex, 16);
        if (code >= 0xd800 && code <= 0xdfff) giveUp();
        out += String.fromCharCode(code);
        i = j + 2 + len;
        continue;
      }
      const r = ESCAPES[e];
      if (r === undefined) giveUp();
      out += r;
      i = j + 2;
    }
  }

  /** `|` or `>` with an optional `-`, then the more indented lines below */
  private blockScalar(line: string, col: number, indent: number, depth: number, base: number): { node: YScalar; end: number } {
    const folded = line[col] === '>';
    let h = col + 1;
    let strip = false;
    if (line[h] === '-') {
      strip = true;
      h++;
    }
    if (h < line.length && line.charCodeAt(h) !== 32) giveUp(); // "+", an indentation digit, anything else
    this.endOfLine(line, h);
    const first = this.li;
    // the first line with text sets the indentation
    let k = first;
    while (k < this.lines.length && this.indentOf(this.lines[k]) === this.lines[k].length) k++;
    if (k >= this.lines.length) giveUp();
    const ci = this.indentOf(this.lines[k]);
    if (ci <= indent) giveUp(); // empty block scalar
    for (let b = first; b < k; b++) if (this.lines[b].length > ci) giveUp();
    let last = k;
    let i = k;
    for (; i < this.lines.length; i++) {
      const l = this.lines[i];
      const ind = this.indentOf(l);
      if (ind === l.length) continue; // blank
      if (ind < ci) break;
      last = i;
    }
    if (last + 1 >= this.lines.length) giveUp(); // no newline after the last line: left to the full reader
    const content = this.lines.slice(first, last + 1).map((l) => (l.length > ci ? l.slice(ci) : ''));
    let value: string;
    if (!folded) value = content.join('\n');
    else {
      if (content.some((l) => l.startsWith(' '))) giveUp(); // more-indented lines keep their breaks
      value = '';
      let pendingBreaks = 0;
      let started = false;
      for (const l of content) {
        if (l === '') {
          pendingBreaks++;
          continue;
        }
        if (started) value += pendingBreaks > 0 ? '\n'.repeat(pendingBreaks) : ' ';
        else if (pendingBreaks > 0) value += '\n'.repeat(pendingBreaks);
        value += l;
        started = true;
        pendingBreaks = 0;
      }
    }
    if (!strip) value += '\n';
    this.li = last + 1;
    const end = this.starts[last + 1];
    this.count(1);
    const n: YScalar = { kind: 'scalar', value, pos: this.pos(base + col, end) };
    return { node: this.shaped(n, 1, 1, depth), end };
  }

  // ---- flow collections on one line

  private flow(line: string, col: number, depth: number, base: number): { node: YNode; next: number } {
    if (depth > MAX_FAST_DEPTH) giveUp();
    const isMap = line[col] === '{';
    const close = isMap ? '}' : ']';
    this.count(1);
    const items: YNode[] = [];
    const entries = new Map<string, YEntry>();
    let size = 1;
    let height = 0;
    const add = (v: YNode) => {
      const sh = this.shape(v);
      size += sh.size;
      height = Math.max(height, sh.height);
    };
    let i = col + 1;
    const skip = () => {
      while (i < line.length && line.charCodeAt(i) === 32) i++;
    };
    skip();
    while (line[i] !== close) {
      if (isMap) {
        const k = this.flowScalar(line, i, base, true);
        if (k.node.value === null) giveUp();
        i = k.next;
        if (line[i] !== ':') giveUp();
        i++;
        if (line[i] !== ' ') giveUp();
        skip();
        if (line[i] === ',' || line[i] === '}') giveUp(); // an empty value
        const v = this.flowItem(line, i, depth + 1, base);
        i = v.next;
        const key = String(k.node.value);
        if (key === '<<' || entries.has(key)) giveUp();
        add(v.node);
        entries.set(key, { key, keyPos: k.node.pos, value: v.node });
      } else {
        const v = this.flowItem(line, i, depth + 1, base);
        i = v.next;
        if (line[i] === ':') giveUp(); // a single-pair mapping
        add(v.node);
        items.push(v.node);
      }
      skip();
      if (line[i] === ',') {
        i++;
        skip();
        continue;
      }
      if (line[i] !== close) giveUp();
    }
    const pos = this.pos(base + col, base + i + 1);
    const node: YNode = isMap ? { kind: 'map', entries, pos } : { kind: 'seq', items, pos };
    return { node: this.shaped(node, size, height + 1, depth), next: i + 1 };
  }

  private flowItem(line: string, i: number, depth: number, base: number): { node: YNode; next: number } {
    const c = line[i];
    if (c === '[' || c === '{') return this.flow(line, i, depth, base);
    if (c === '*') {
      let j = i + 1;
      while (j < line.length && !' ,]}'.includes(line[j])) j++;
      const target = this.anchors.get(line.slice(i + 1, j));
      if (!target || this.inProgress.has(line.slice(i + 1, j))) giveUp();
      const sh = this.shape(target);
      this.count(sh.size);
      if (depth + sh.height > MAX_FAST_DEPTH) giveUp();
      return { node: target, next: j };
    }
    const s = this.flowScalar(line, i, base, false);
    return s;
  }

  private flowScalar(line: string, i: number, base: number, isKey: boolean): { node: YScalar; next: number } {
    const c = line[i];
    if (c === '"' || c === "'") {
      const q = this.quoted(line, i);
      this.count(isKey ? 0 : 1);
      const n: YScalar = { kind: 'scalar', value: q.value, pos: this.pos(base + i, base + q.end) };
      let j = q.end;
      while (j < line.length && line.charCodeAt(j) === 32) j++;
      if (isKey && line[j] === ':' && j !== q.end) giveUp();
      return { node: isKey ? n : this.shaped(n, 1, 1, 0), next: j };
    }
    if (c === undefined || (INDICATORS.has(c) && !(c === '-' && i + 1 < line.length && !' ,]}'.includes(line[i + 1])))) giveUp();
    let j = i;
    for (; j < line.length; j++) {
      const d = line[j];
      if (d === ',' || d === ']' || d === '}' || d === '[' || d === '{') break;
      if (d === ':' && (j + 1 === line.length || ' ,]}'.includes(line[j + 1]))) break;
      if (d === '#' && line[j - 1] === ' ') giveUp();
    }
    let e = j;
    while (e > i && line.charCodeAt(e - 1) === 32) e--;
    if (e === i) giveUp();
    this.count(isKey ? 0 : 1);
    const n: YScalar = { kind: 'scalar', value: resolvePlain(line.slice(i, e)), pos: this.pos(base + i, base + e) };
    return { node: isKey ? n : this.shaped(n, 1, 1, 0), next: j };
  }
}

/** Characters this reader leaves to the full one: tabs, CR, BOM, control characters, lone surrogates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNUSUAL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff]/;

/**
 * The documents of `text` as parseYamlDocuments would return them, or undefined when the text is not
 * in the subset this reader knows (then the full reader must read it).
 */
export function readSimpleYaml(text: string, file: string): YDocument[] | undefined {
  if (text.length === 0 || UNUSUAL.test(text)) return undefined;
  try {
    return new FastReader(text, file).read();
  } catch (e) {
    if (e === GIVE_UP || e instanceof RangeError) return undefined;
    throw e;
  }
}
