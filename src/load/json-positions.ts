// JSON and YAML documents as a small tree that remembers where every key and value was written.
//
// - parseJsonDoc: a strict RFC 8259 parser (what dockerd's Go encoding/json accepts), whose syntax errors
//   use Go's own wording ("invalid character '}' looking for beginning of object key string"), because that
//   is what dockerd prints for a broken daemon.json. Tabs, CRLF and a leading BOM are fine.
// - parseYamlDoc: the `yaml` package (YAML 1.2 core schema, which also reads JSON) converted to the same
//   tree, with anchors/aliases expanded under a budget, `<<` merge keys, and duplicate keys refused.
// Offsets are stored; line/column are computed on demand from a line index (1-based, endColumn one past).
import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import { ConfigError } from '../errors.js';
import type { SourcePos } from '../model.js';
import { groupDigits } from '../digits.js';
import { textEnd, type YNode } from './yaml.js';
import { readSimpleYaml } from './yaml-fast.js';

interface Span {
  /** offset of the first character */
  start: number;
  /** offset one past the last character */
  end: number;
}

export interface ObjectNode extends Span {
  kind: 'object';
  entries: Entry[];
}
export interface Entry {
  key: string;
  keySpan: Span;
  value: DocNode;
}
export interface ArrayNode extends Span {
  kind: 'array';
  items: DocNode[];
}
export interface StringNode extends Span {
  kind: 'string';
  value: string;
}
export interface NumberNode extends Span {
  kind: 'number';
  value: number;
  /** the number as written ("20.10", "1e3") */
  raw: string;
}
export interface BooleanNode extends Span {
  kind: 'boolean';
  value: boolean;
  raw: string;
}
export interface NullNode extends Span {
  kind: 'null';
  value: null;
}
export type ScalarNode = StringNode | NumberNode | BooleanNode | NullNode;
export type DocNode = ObjectNode | ArrayNode | ScalarNode;

/** Limits that keep hostile input bounded. */
export const MAX_DEPTH = 256;
/** values a YAML document may stand for, every alias counted as what it repeats (an alias bomb stops here) */
export const MAX_NODES = 1_000_000;

/** Offset → line/column for one text. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
    // a BOM is not a column
    if (text.charCodeAt(0) === 0xfeff) this.starts[0] = 1;
  }

  /** the offset of a 1-based line and column */
  offset(line: number, column: number): number {
    return this.starts[line - 1] + column - 1;
  }

  /** 1-based line and column of an offset */
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: Math.max(1, offset - this.starts[lo] + 1) };
  }
}

export class ParsedDoc {
  readonly lines: LineIndex;

  constructor(
    readonly file: string,
    readonly text: string,
    /** undefined for an empty document */
    readonly root: DocNode | undefined,
    lines?: LineIndex,
  ) {
    this.lines = lines ?? new LineIndex(text);
  }

  span(s: Span): SourcePos {
    const a = this.lines.at(s.start);
    const b = this.lines.at(Math.max(s.start, s.end));
    return { file: this.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  pos(node: DocNode): SourcePos {
    return this.span(node);
  }

  keyPos(entry: Entry): SourcePos {
    return this.span(entry.keySpan);
  }

  /** a ConfigError located at a node (or an entry's key) */
  error(message: string, at?: DocNode | Entry | Span): ConfigError {
    if (!at) return new ConfigError(message, { file: this.file });
    const s = 'keySpan' in at ? at.keySpan : at;
    return new ConfigError(message, this.span(s));
  }
}

// ---------------------------------------------------------------------------------------------
// Tree helpers

/** The entry for a key; the last one when a key repeats (what Go's encoding/json and most YAML readers do). */
export function entryOf(obj: ObjectNode, key: string): Entry | undefined {
  for (let i = obj.entries.length - 1; i >= 0; i--) if (obj.entries[i].key === key) return obj.entries[i];
  return undefined;
}

export function valueOf(obj: ObjectNode, key: string): DocNode | undefined {
  return entryOf(obj, key)?.value;
}

/** The first key that occurs twice, with both entries. */
export function firstDuplicateKey(obj: ObjectNode): { first: Entry; again: Entry } | undefined {
  const seen = new Map<string, Entry>();
  for (const e of obj.entries) {
    const prev = seen.get(e.key);
    if (prev) return { first: prev, again: e };
    seen.set(e.key, e);
  }
  return undefined;
}

/** "a string", "a number", "a list" … for messages */
export function describeKind(node: DocNode | undefined): string {
  if (!node) return 'nothing';
  switch (node.kind) {
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'string':
      return `the string ${JSON.stringify(node.value)}`;
    case 'number':
      return `the number ${node.raw}`;
    case 'boolean':
      return `the boolean ${node.raw}`;
    case 'null':
      return 'an empty value (null)';
  }
}

/** Plain JavaScript value of a node (for schema validation). "__proto__" keys stay ordinary keys. */
export function toPlain(node: DocNode | undefined): unknown {
  if (!node) return null;
  switch (node.kind) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const e of node.entries) {
        Object.defineProperty(o, e.key, { value: toPlain(e.value), enumerable: true, writable: true, configurable: true });
      }
      return o;
    }
    case 'array':
      return node.items.map(toPlain);
    default:
      return node.value;
  }
}

/** The node at a JSON pointer ("/hosts/0/name"), or the deepest node on the way. */
export function nodeAtPointer(root: DocNode | undefined, pointer: string): { node: DocNode | undefined; entry?: Entry } {
  if (!root || pointer === '') return { node: root };
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: DocNode = root;
  let entry: Entry | undefined;
  for (const part of parts) {
    if (node.kind === 'object') {
      const e = entryOf(node, part);
      if (!e) break;
      entry = e;
      node = e.value;
    } else if (node.kind === 'array') {
      const item: DocNode | undefined = node.items[Number(part)];
      if (!item) break;
      entry = undefined;
      node = item;
    } else break;
  }
  return { node, entry };
}

// ---------------------------------------------------------------------------------------------
// JSON

/** Go's quoteChar: how encoding/json shows a character in an error */
function quoteChar(c: string): string {
  if (c === "'") return `'\\''`;
  if (c === '"') return `'"'`;
  const q = JSON.stringify(c).slice(1, -1);
  return `'${q}'`;
}

class JsonSyntax extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Strict JSON with positions. Throws ConfigError("… <Go's message>") located at the offending character.
 * An empty (or whitespace-only) text gives a document without a root.
 */
export function parseJsonDoc(text: string, file: string): ParsedDoc {
  const lines = new LineIndex(text);
  const p = new JsonParser(text);
  try {
    const root = p.document();
    return new ParsedDoc(file, text, root, lines);
  } catch (e) {
    if (e instanceof JsonSyntax) {
      const at = lines.at(e.offset);
      throw new ConfigError(e.message, { file, line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1 });
    }
    throw e;
  }
}

const ESCAPES = new Map([
  ['"', '"'],
  ['\\', '\\'],
  ['/', '/'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
]);

class JsonParser {
  private i = 0;

  constructor(private readonly s: string) {
    if (s.charCodeAt(0) === 0xfeff) this.i = 1;
  }

  private ws(): void {
    const s = this.s;
    let i = this.i;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
    this.i = i;
  }

  private fail(context: string): never {
    if (this.i >= this.s.length) throw new JsonSyntax('unexpected end of JSON input', this.s.length);
    throw new JsonSyntax(`invalid character ${quoteChar(this.s[this.i])} ${context}`, this.i);
  }

  document(): DocNode | undefined {
    this.ws();
    if (this.i >= this.s.length) return undefined;
    const v = this.value(0);
    this.ws();
    if (this.i < this.s.length) this.fail('after top-level value');
    return v;
  }

  private value(depth: number): DocNode {
    if (depth > MAX_DEPTH) throw new JsonSyntax(`exceeded max depth (nested deeper than ${MAX_DEPTH} levels)`, this.i);
    const c = this.s[this.i];
    switch (c) {
      case '{':
        return this.object(depth);
      case '[':
        return this.array(depth);
      case '"': {
        const start = this.i;
        const value = this.string();
        return { kind: 'string', value, start, end: this.i };
      }
      case 't':
        return this.literal('true', true);
      case 'f':
        return this.literal('false', false);
      case 'n': {
        const start = this.i;
        this.word('null');
        return { kind: 'null', value: null, start, end: this.i };
      }
      default:
        if (c === '-' || (c >= '0' && c <= '9')) return this.number();
        return this.fail('looking for beginning of value');
    }
  }

  private word(w: string): void {
    for (let k = 0; k < w.length; k++, this.i++) {
      if (this.s[this.i] !== w[k]) {
        if (this.i >= this.s.length) this.fail('');
        this.fail(`in literal ${w} (expecting ${quoteChar(w[k])})`);
      }
    }
  }

  private literal(w: string, value: boolean): BooleanNode {
    const start = this.i;
    this.word(w);
    return { kind: 'boolean', value, raw: w, start, end: this.i };
  }

  private number(): NumberNode {
    const s = this.s;
    const start = this.i;
    const digit = (): boolean => this.i < s.length && s[this.i] >= '0' && s[this.i] <= '9';
    if (s[this.i] === '-') {
      this.i++;
      if (!digit()) this.fail('in numeric literal');
    }
    if (s[this.i] === '0') this.i++;
    else while (digit()) this.i++;
    if (s[this.i] === '.') {
      this.i++;
      if (!digit()) this.fail('after decimal point in numeric literal');
      while (digit()) this.i++;
    }
    if (s[this.i] === 'e' || s[this.i] === 'E') {
      this.i++;
      if (s[this.i] === '+' || s[this.i] === '-') this.i++;
      if (!digit()) this.fail('in exponent of numeric literal');
      while (digit()) this.i++;
    }
    const raw = s.slice(start, this.i);
    return { kind: 'number', value: Number(raw), raw, start, end: this.i };
  }

  private string(): string {
    const s = this.s;
    this.i++; // opening quote
    let out = '';
    let chunk = this.i;
    for (;;) {
      if (this.i >= s.length) this.fail('');
      const c = s.charCodeAt(this.i);
      if (c === 34) {
        out += s.slice(chunk, this.i);
        this.i++;
        return out;
      }
      if (c < 0x20) this.fail('in string literal');
      if (c !== 92) {
        this.i++;
        continue;
      }
      out += s.slice(chunk, this.i);
      this.i++;
      const e = s[this.i];
      const simple = e === undefined ? undefined : ESCAPES.get(e);
      if (simple !== undefined) {
        out += simple;
        this.i++;
      } else if (e === 'u') {
        this.i++;
        for (let k = 0; k < 4; k++) {
          if (!/[0-9a-fA-F]/.test(s[this.i + k] ?? '')) {
            this.i += k;
            this.fail('in \\u hexadecimal character escape');
          }
        }
        out += String.fromCharCode(parseInt(s.slice(this.i, this.i + 4), 16));
        this.i += 4;
      } else {
        this.fail('in string escape code');
      }
      chunk = this.i;
    }
  }

  private object(depth: number): ObjectNode {
    const start = this.i;
    this.i++;
    const entries: Entry[] = [];
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return { kind: 'object', entries, start, end: this.i };
    }
    for (;;) {
      if (this.s[this.i] !== '"') this.fail('looking for beginning of object key string');
      const ks = this.i;
      const key = this.string();
      const keySpan = { start: ks, end: this.i };
      this.ws();
      if (this.s[this.i] !== ':') this.fail('after object key');
      this.i++;
      this.ws();
      const value = this.value(depth + 1);
      entries.push({ key, keySpan, value });
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        this.ws();
        continue;
      }
      if (this.s[this.i] === '}') {
        this.i++;
        return { kind: 'object', entries, start, end: this.i };
      }
      this.fail('after object key:value pair');
    }
  }

  private array(depth: number): ArrayNode {
    const start = this.i;
    this.i++;
    const items: DocNode[] = [];
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return { kind: 'array', items, start, end: this.i };
    }
    for (;;) {
      items.push(this.value(depth + 1));
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        this.ws();
        continue;
      }
      if (this.s[this.i] === ']') {
        this.i++;
        return { kind: 'array', items, start, end: this.i };
      }
      this.fail('after array element');
    }
  }
}

// ---------------------------------------------------------------------------------------------
// YAML

/**
 * YAML 1.2 (core schema) with positions. Syntax errors, several documents in one file, duplicate keys,
 * non-scalar keys, alias bombs and documents nested deeper than MAX_DEPTH become ConfigErrors.
 */
export function parseYamlDoc(text: string, file: string): ParsedDoc {
  const fast = readSimpleYaml(text, file);
  if (fast && fast.length === 1 && fast[0].root) {
    const lines = new LineIndex(text);
    const root = fromFastNode(fast[0].root, text, lines);
    if (root) return new ParsedDoc(file, text, root, lines);
  }
  return parseYamlDocFully(text, file);
}

/** parseYamlDoc through the `yaml` package alone (the fast reader's reference in tests). */
export function parseYamlDocFully(text: string, file: string): ParsedDoc {
  const lines = new LineIndex(text);
  const at = (offset: number): ConfigError['pos'] => {
    const p = lines.at(offset);
    return { file, line: p.line, column: p.column, endLine: p.line, endColumn: p.column + 1 };
  };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: true, version: '1.2', merge: false });
  } catch (e) {
    if (e instanceof RangeError) throw new ConfigError(`the document is nested too deeply to read`, { file });
    throw e;
  }
  const err = doc.errors[0];
  if (err) {
    if (/Maximum call stack/i.test(err.message)) throw new ConfigError(`the document is nested too deeply to read`, at(err.pos[0]));
    const msg =
      err.code === 'MULTIPLE_DOCS'
        ? 'the file holds more than one YAML document (a second "---"); it must be a single document'
        : err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(`not valid YAML: ${msg}`, at(err.pos[0]));
  }
  const conv = new YamlConverter(doc, file, text, lines);
  const root = doc.contents === null ? undefined : conv.node(doc.contents as YamlNode, 0);
  return new ParsedDoc(file, text, root, lines);
}

class YamlConverter {
  /** values produced so far, counting every alias as the size of what it stands for */
  private count = 0;
  /** deepest level reached (for the height of an anchored subtree) */
  private deepest = 0;
  /** each alias → the node it names (the nearest anchor before it), resolved in one pass */
  private readonly targets = new Map<YamlNode, YamlNode>();
  /** anchored nodes already converted: shared, never copied, so an alias costs O(1) */
  private readonly done = new Map<YamlNode, { node: DocNode; size: number; height: number }>();
  private readonly converting = new Set<YamlNode>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly file: string,
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {
    const anchors = new Map<string, YamlNode>();
    visit(doc, {
      Node: (_k, node) => {
        if (isAlias(node)) {
          const t = anchors.get(node.source);
          if (t) this.targets.set(node as YamlNode, t);
        } else if (node.anchor) anchors.set(node.anchor, node as YamlNode);
      },
    });
  }

  private err(message: string, start: number, end: number): ConfigError {
    const a = this.lines.at(start);
    const b = this.lines.at(Math.max(start, end));
    return new ConfigError(message, { file: this.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column });
  }

  private spanOf(n: YamlNode): Span {
    const r = n.range ?? [0, 0, 0];
    return { start: r[0], end: isMap(n) || isSeq(n) ? textEnd(n) : r[1] };
  }

  private tooMany(sp: Span): ConfigError {
    return this.err(`the document expands to more than ${groupDigits(MAX_NODES)} values (too many aliases)`, sp.start, sp.end);
  }

  node(n: YamlNode, depth: number): DocNode {
    const sp = this.spanOf(n);
    if (depth > MAX_DEPTH) throw this.err(`the document is nested deeper than ${MAX_DEPTH} levels`, sp.start, sp.end);
    if (isAlias(n)) {
      const target = this.targets.get(n);
      if (!target) throw this.err(`unknown alias *${n.source}`, sp.start, sp.end);
      if (this.converting.has(target)) throw this.err(`the alias *${n.source} refers to a node that contains it`, sp.start, sp.end);
      const made = this.done.get(target);
      if (!made) return this.node(target, depth);
      this.count += made.size;
      if (this.count > MAX_NODES) throw this.tooMany(sp);
      if (depth + made.height > MAX_DEPTH) throw this.err(`the document is nested deeper than ${MAX_DEPTH} levels`, sp.start, sp.end);
      this.deepest = Math.max(this.deepest, depth + made.height);
      return made.node;
    }
    if (!n.anchor) return this.convert(n, sp, depth);
    const before = this.count;
    const deepestBefore = this.deepest;
    this.deepest = depth;
    this.converting.add(n);
    const node = this.convert(n, sp, depth);
    this.converting.delete(n);
    this.done.set(n, { node, size: this.count - before, height: this.deepest - depth });
    this.deepest = Math.max(this.deepest, deepestBefore);
    return node;
  }

  private convert(n: YamlNode, sp: Span, depth: number): DocNode {
    if (++this.count > MAX_NODES) throw this.tooMany(sp);
    this.deepest = Math.max(this.deepest, depth);
    if (isScalar(n)) return this.scalar(n.value, sp, n.type);
    if (isSeq(n)) {
      const items: DocNode[] = [];
      for (const it of n.items) {
        items.push(it === null || it === undefined ? { kind: 'null', value: null, ...sp } : this.node(it as YamlNode, depth + 1));
      }
      return { kind: 'array', items, ...sp };
    }
    if (isMap(n)) {
      const entries: Entry[] = [];
      const merged: Entry[] = [];
      const mergedKeys = new Set<string>();
      const firstAt = new Map<string, Entry>();
      for (const pair of n.items) {
        const k = pair.key as YamlNode | null;
        const kSpan = k ? this.spanOf(k) : sp;
        if (k && !isScalar(k)) throw this.err('keys must be plain strings, not lists or mappings', kSpan.start, kSpan.end);
        const keyText =
          !k || k.value === null || k.value === undefined
            ? ''
            : typeof k.value === 'string'
              ? k.value
              : this.text.slice(kSpan.start, kSpan.end);
        const v = pair.value as YamlNode | null;
        // `<<: *base` or `<<: [*a, *b]` merges the keys the mapping does not set itself
        if (keyText === '<<' && k && isScalar(k) && k.type === 'PLAIN') {
          const srcs = v && isSeq(v) ? (v.items as YamlNode[]) : v ? [v] : [];
          for (const src of srcs) {
            const m = this.node(src, depth + 1);
            if (m.kind !== 'object') throw this.err('a << merge key takes a mapping or a list of mappings', kSpan.start, kSpan.end);
            for (const e of m.entries) {
              if (mergedKeys.has(e.key)) continue;
              mergedKeys.add(e.key);
              merged.push(e);
            }
          }
          continue;
        }
        const prev = firstAt.get(keyText);
        if (prev) {
          const line = this.lines.at(prev.keySpan.start).line;
          throw this.err(`duplicate key "${keyText}" (first defined on line ${line})`, kSpan.start, kSpan.end);
        }
        const value: DocNode = v ? this.node(v, depth + 1) : { kind: 'null', value: null, start: kSpan.end, end: kSpan.end };
        const entry: Entry = { key: keyText, keySpan: kSpan, value };
        firstAt.set(keyText, entry);
        entries.push(entry);
      }
      for (const e of merged) if (!firstAt.has(e.key)) entries.push(e);
      return { kind: 'object', entries, ...sp };
    }
    throw this.err('unsupported YAML node', sp.start, sp.end);
  }

  private scalar(value: unknown, sp: Span, type: string | undefined): ScalarNode {
    const raw = this.sourceText(sp);
    if (value === null || value === undefined) return { kind: 'null', value: null, ...sp };
    if (typeof value === 'boolean') return { kind: 'boolean', value, raw, ...sp };
    if (typeof value === 'number' || typeof value === 'bigint') {
      return { kind: 'number', value: Number(value), raw: type === 'PLAIN' ? raw : String(value), ...sp };
    }
    if (typeof value === 'string') return { kind: 'string', value, ...sp };
    return { kind: 'string', value: raw, ...sp };
  }

  private sourceText(sp: Span): string {
    return this.text.slice(sp.start, sp.end);
  }
}

/**
 * The fast reader's nodes (src/load/yaml-fast.ts) as this module's tree: the same values, spans and
 * source texts the yaml-package path produces (test/load/yaml-fast.test.ts compares them), or
 * undefined for what this tree spells differently (keys that are not strings in the source: `1.0:`).
 */
function fromFastNode(root: YNode, text: string, lines: LineIndex): DocNode | undefined {
  const span = (p: SourcePos): Span => ({
    start: lines.offset(p.line, p.column),
    end: lines.offset(p.endLine ?? p.line, p.endColumn ?? p.column),
  });
  const made = new Map<YNode, DocNode>();
  let ok = true;
  const conv = (n: YNode): DocNode => {
    const known = made.get(n);
    if (known) return known;
    const sp = span(n.pos);
    let d: DocNode;
    if (n.kind === 'scalar') {
      const v = n.value;
      const raw = text.slice(sp.start, sp.end);
      if (v === null) d = { kind: 'null', value: null, ...sp };
      else if (typeof v === 'boolean') d = { kind: 'boolean', value: v, raw, ...sp };
      else if (typeof v === 'number') d = { kind: 'number', value: v, raw, ...sp };
      else d = { kind: 'string', value: v, ...sp };
    } else if (n.kind === 'seq') {
      d = { kind: 'array', items: n.items.map(conv), ...sp };
    } else {
      const entries: Entry[] = [];
      for (const e of n.entries.values()) {
        const keySpan = span(e.keyPos);
        // a key written as a number or boolean keeps its source text here (the compose reader uses String(value))
        const src = text.slice(keySpan.start, keySpan.end);
        if (src[0] !== '"' && src[0] !== "'" && src !== e.key) ok = false;
        entries.push({ key: e.key, keySpan, value: conv(e.value) });
      }
      d = { kind: 'object', entries, ...sp };
    }
    made.set(n, d);
    return d;
  };
  const out = conv(root);
  return ok ? out : undefined;
}
