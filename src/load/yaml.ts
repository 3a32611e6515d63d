// YAML with positions, the way Compose reads it: several documents per file, anchors and aliases
// (expanded, each copy keeping the position of the text that defined it), `<<` merge keys, the
// custom tags `!reset` / `!override` kept on the node, duplicate keys refused, alias bombs and
// absurd nesting refused fast. The `yaml` package parses; this module turns its AST into small
// immutable nodes that carry a SourcePos each.
import {
  type Alias,
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { ConfigError } from '../errors.js';
import { readSimpleYaml } from './yaml-fast.js';
import type { SourcePos, VariableOrigin } from '../model.js';

export type YNode = YMap | YSeq | YScalar;
export type ScalarValue = string | number | boolean | null;

interface YBase {
  pos: SourcePos;
  /** "!reset" or "!override" when the node carried that tag */
  tag?: string;
}

export interface YScalar extends YBase {
  kind: 'scalar';
  value: ScalarValue;
  /** set when the value was produced by interpolation */
  origin?: VariableOrigin[];
}

export interface YEntry {
  key: string;
  keyPos: SourcePos;
  value: YNode;
}

export interface YMap extends YBase {
  kind: 'map';
  /** insertion-ordered; never mutated once built */
  entries: Map<string, YEntry>;
}

export interface YSeq extends YBase {
  kind: 'seq';
  items: YNode[];
}

export interface YDocument {
  file: string;
  /** null for an empty document */
  root: YNode | null;
}

/** Compose files larger than this are refused before parsing (the YAML parser runs at about 1 MB/s). */
export const MAX_COMPOSE_BYTES = 1024 * 1024;
/** Deepest nesting of mappings and sequences accepted. */
export const MAX_DEPTH = 128;
/** Hard cap on nodes produced for one document (aliases expanded). */
export const MAX_NODES = 300_000;

export function mkPos(file: string, lc: LineCounter, start: number, end: number): SourcePos {
  const a = lc.linePos(start);
  const b = lc.linePos(Math.max(start, end));
  return { file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

export function filePos(file: string, line = 1, column = 1): SourcePos {
  return { file, line, column, endLine: line, endColumn: column };
}

export function errAt(message: string, pos: SourcePos | undefined, file?: string): ConfigError {
  if (pos) return new ConfigError(message, { ...pos });
  return new ConfigError(message, { file: file ?? '<unknown>' });
}

/** go-yaml's rule for "excessive aliasing": the share of alias-produced nodes allowed at a given size */
function allowedAliasRatio(decoded: number): number {
  if (decoded <= 400_000) return 0.99;
  if (decoded >= 4_000_000) return 0.1;
  return 0.99 - (0.89 * (decoded - 400_000)) / 3_600_000;
}

interface Shape {
  /** nodes in the (alias-expanded) subtree */
  size: number;
  /** levels below and including this node */
  height: number;
}

class Converter {
  private decoded = 0;
  private aliased = 0;
  /** anchors seen so far in document order → the node that defined them */
  private readonly anchors = new Map<string, unknown>();
  /** converted anchored nodes: an alias reuses the converted (immutable) node */
  private readonly converted = new Map<unknown, YNode>();
  private readonly inProgress = new Set<unknown>();
  private readonly shapes = new WeakMap<YNode, Shape>();

  constructor(
    private readonly file: string,
    private readonly lc: LineCounter,
  ) {}

  private pos(node: { range?: [number, number, number] | null }, fallback?: SourcePos): SourcePos {
    const r = node.range;
    if (!r) return fallback ?? filePos(this.file);
    return mkPos(this.file, this.lc, r[0], isMap(node) || isSeq(node) ? textEnd(node as YamlNode) : r[1]);
  }

  private budget(nodes: number, viaAlias: boolean, at: SourcePos): void {
    this.decoded += nodes;
    if (viaAlias) this.aliased += nodes;
    if (this.decoded > MAX_NODES) {
      throw errAt(`document is too large: more than ${MAX_NODES} nodes after expanding aliases`, at);
    }
    if (this.aliased > 100 && this.decoded > 1000 && this.aliased / this.decoded > allowedAliasRatio(this.decoded)) {
      throw errAt('document contains excessive aliasing (a YAML alias bomb?)', at);
    }
  }

  private done(y: YNode, size: number, height: number, depth: number): YNode {
    if (depth + height > MAX_DEPTH + 1) throw errAt(`nesting deeper than ${MAX_DEPTH} levels`, y.pos);
    this.shapes.set(y, { size, height });
    return y;
  }

  private shape(y: YNode): Shape {
    return this.shapes.get(y) ?? { size: 1, height: 1 };
  }

  convert(node: unknown, depth: number, fallback?: SourcePos): YNode {
    if (depth > MAX_DEPTH) {
      const at = node && typeof node === 'object' && 'range' in node ? this.pos(node as YamlNode, fallback) : fallback;
      throw errAt(`nesting deeper than ${MAX_DEPTH} levels`, at, this.file);
    }
    if (isAlias(node)) {
      const alias = node as Alias;
      const at = this.pos(alias, fallback);
      const target = this.anchors.get(alias.source);
      if (target === undefined) throw errAt(`unknown alias *${alias.source}`, at);
      if (this.inProgress.has(target)) throw errAt(`alias *${alias.source} refers to the node that contains it (recursive alias)`, at);
      const y = this.converted.get(target);
      if (!y) throw errAt(`unknown alias *${alias.source}`, at);
      // an alias expands to a copy of what the anchor defined; positions stay those of the definition
      const sh = this.shape(y);
      this.budget(sh.size, true, at);
      if (depth + sh.height > MAX_DEPTH + 1) throw errAt(`nesting deeper than ${MAX_DEPTH} levels (through alias *${alias.source})`, at);
      return y;
    }
    const anchor = node && typeof node === 'object' ? (node as { anchor?: string }).anchor : undefined;
    if (anchor) {
      this.anchors.set(anchor, node);
      this.inProgress.add(node);
    }
    const y = this.convertNode(node, depth, fallback);
    if (anchor) {
      this.inProgress.delete(node);
      this.converted.set(node, y);
    }
    return y;
  }

  private convertNode(node: unknown, depth: number, fallback?: SourcePos): YNode {
    if (isScalar(node)) {
      const s = node as Scalar;
      const pos = this.pos(s, fallback);
      this.budget(1, false, pos);
      return this.done({ kind: 'scalar', value: scalarValue(s.value), pos, ...tagOf(s.tag) }, 1, 1, depth);
    }
    if (isSeq(node)) {
      const seq = node as YAMLSeq;
      const pos = this.pos(seq, fallback);
      this.budget(1, false, pos);
      const items: YNode[] = [];
      let size = 1;
      let height = 0;
      for (const item of seq.items) {
        const y = this.convert(item, depth + 1, pos);
        const sh = this.shape(y);
        size += sh.size;
        height = Math.max(height, sh.height);
        items.push(y);
      }
      return this.done({ kind: 'seq', items, pos, ...tagOf(seq.tag) }, size, height + 1, depth);
    }
    if (isMap(node)) return this.convertMap(node as YAMLMap, depth, fallback);
    if (node === null || node === undefined) {
      const pos = fallback ?? filePos(this.file);
      return { kind: 'scalar', value: null, pos };
    }
    throw errAt('unsupported YAML node', fallback, this.file);
  }

  private convertMap(map: YAMLMap, depth: number, fallback?: SourcePos): YMap {
    const pos = this.pos(map, fallback);
    this.budget(1, false, pos);
    const entries = new Map<string, YEntry>();
    const merged: YMap[] = [];
    let size = 1;
    let height = 0;
    const add = (y: YNode) => {
      const sh = this.shape(y);
      size += sh.size;
      height = Math.max(height, sh.height);
    };
    for (const pair of map.items) {
      if (!isPair(pair)) continue;
      const k = pair.key as unknown;
      const keyPos = k && typeof k === 'object' && 'range' in (k as object) ? this.pos(k as YamlNode, pos) : pos;
      if (isScalar(k) && (k as Scalar).value === '<<' && (k as Scalar).type === 'PLAIN') {
        merged.push(...this.mergeSources(pair.value, depth, keyPos));
        continue;
      }
      if (k !== null && k !== undefined && !isScalar(k)) {
        throw errAt('mapping keys must be strings (a complex key was found)', keyPos);
      }
      const raw = k === null || k === undefined ? null : (k as Scalar).value;
      if (raw === null || raw === undefined) throw errAt('mapping key must not be empty (null)', keyPos);
      const key = String(raw as string | number | boolean | bigint);
      if (entries.has(key)) {
        const first = entries.get(key)!.keyPos;
        throw errAt(`duplicate key "${key}" (already defined at line ${first.line})`, keyPos);
      }
      const value = this.convert(pair.value, depth + 1, keyPos);
      add(value);
      entries.set(key, { key, keyPos, value });
    }
    // merge keys: the mapping's own keys win, then earlier merged maps win over later ones
    for (const src of merged) {
      for (const [k, e] of src.entries) {
        if (entries.has(k)) continue;
        entries.set(k, e);
        add(e.value);
      }
    }
    return this.done({ kind: 'map', entries, pos, ...tagOf(map.tag) }, size, height + 1, depth) as YMap;
  }

  private mergeSources(value: unknown, depth: number, at: SourcePos): YMap[] {
    const one = (v: unknown, where: SourcePos): YMap => {
      const n = this.convert(v, depth + 1, where);
      if (n.kind !== 'map') throw errAt('a merge key (<<) must refer to a mapping or a list of mappings', n.pos);
      return n;
    };
    if (isSeq(value)) {
      const seq = value as YAMLSeq;
      return seq.items.map((it) => one(it, this.pos(seq, at)));
    }
    return [one(value, at)];
  }
}

/**
 * Where a node's text ends: a block mapping or sequence ends with the end of its last value as written
 * (an alias where one was written), a scalar or a flow collection at its last character. (The parser's
 * own end of a block collection is the start of a later line, which depends on the comments and blank
 * lines after it; src/load/yaml-fast.ts reads the common subset of YAML without it and must agree.)
 */
export function textEnd(node: YamlNode): number {
  let n: unknown = node;
  for (;;) {
    if ((isMap(n) || isSeq(n)) && !(n as YAMLMap).flow && (n as YAMLMap | YAMLSeq).items.length > 0) {
      const items = (n as YAMLMap | YAMLSeq).items as unknown[];
      const last = items[items.length - 1];
      n = isPair(last) ? (last.value ?? last.key) : last;
      continue;
    }
    const r = (n as { range?: [number, number, number] | null } | null)?.range;
    return r ? r[1] : (node.range?.[1] ?? 0);
  }
}

function tagOf(tag: string | undefined): { tag?: string } {
  return tag === '!reset' || tag === '!override' ? { tag } : {};
}

function scalarValue(v: unknown): ScalarValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  // any other tagged value the yaml package builds (a Set, a Map) shows as it stringifies
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return String(v);
}

/** More documents than this in one file are refused before parsing. */
export const MAX_DOCUMENTS = 1000;

function checkDocumentCount(text: string, file: string): void {
  let count = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 10) continue;
    line++;
    if (text.startsWith('---', i + 1) && ++count > MAX_DOCUMENTS) {
      throw errAt(`more than ${MAX_DOCUMENTS} YAML documents in one file`, filePos(file, line));
    }
  }
}

/** Flow nesting beyond this is refused before parsing (the parser's own recursion would overflow). */
const MAX_FLOW_DEPTH = 512;

/**
 * A linear pre-scan for absurd flow nesting (`[[[[…` / `{{{{…`), skipping quoted strings and
 * comments, so that such input fails in milliseconds with a position instead of deep inside the parser.
 */
function checkFlowDepth(text: string, file: string): void {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_FLOW_DEPTH) {
        throw errAt(`more than ${MAX_FLOW_DEPTH} nested flow collections`, filePos(file, line, i - lineStart + 1));
      }
    } else if (c === 93 || c === 125) {
      if (depth > 0) depth--;
    } else if (c === 34 || c === 39) {
      // skip a quoted string ("…" with \ escapes, '…' with '' escapes)
      const q = c;
      let j = i + 1;
      for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (d === 10) {
          line++;
          lineStart = j + 1;
        } else if (q === 34 && d === 92) {
          j++;
        } else if (d === q) {
          if (q === 39 && text.charCodeAt(j + 1) === 39) j++;
          else break;
        }
      }
      i = j;
    } else if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9 || text.charCodeAt(i - 1) === 10)) {
      const nl = text.indexOf('\n', i);
      i = (nl < 0 ? text.length : nl) - 1;
    }
  }
}

/**
 * Parses every document of a YAML file. Throws ConfigError (file, line, column) for broken YAML,
 * duplicate keys, alias bombs and nesting deeper than MAX_DEPTH.
 */
export function parseYamlDocuments(text: string, file: string): YDocument[] {
  return readSimpleYaml(text, file) ?? parseYamlDocumentsFully(text, file);
}

/** parseYamlDocuments through the `yaml` package alone (the fast reader's reference in tests). */
export function parseYamlDocumentsFully(text: string, file: string): YDocument[] {
  checkFlowDepth(text, file);
  checkDocumentCount(text, file);
  const lc = new LineCounter();
  let docs: Document.Parsed[];
  try {
    // uniqueKeys is checked here (O(n) with a Map) instead of by the parser (O(n²) per mapping)
    docs = parseAllDocuments(text, { lineCounter: lc, uniqueKeys: false, prettyErrors: false, strict: false }) as Document.Parsed[];
  } catch (e) {
    if (e instanceof RangeError) throw errAt('YAML is nested too deeply to be read', filePos(file), file);
    throw errAt(`cannot parse YAML: ${(e as Error).message}`, filePos(file), file);
  }
  if (!Array.isArray(docs)) docs = [docs as unknown as Document.Parsed];
  const out: YDocument[] = [];
  for (const doc of docs) {
    const err = doc.errors[0];
    if (err) {
      const at = err.pos ? mkPos(file, lc, err.pos[0], err.pos[1]) : filePos(file);
      throw errAt(yamlMessage(err.code, err.message), at);
    }
    if (doc.contents === null || doc.contents === undefined) {
      out.push({ file, root: null });
      continue;
    }
    const conv = new Converter(file, lc);
    let root: YNode;
    try {
      root = conv.convert(doc.contents, 0);
    } catch (e) {
      if (e instanceof RangeError) throw errAt('YAML is nested too deeply to be read', filePos(file), file);
      throw e;
    }
    if (root.kind === 'scalar' && root.value === null && !root.tag) out.push({ file, root: null });
    else out.push({ file, root });
  }
  return out;
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return `invalid YAML: ${first}${code ? ` (${code})` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// small helpers over nodes

export function get(map: YMap | undefined, key: string): YNode | undefined {
  return map?.entries.get(key)?.value;
}

export function entry(map: YMap | undefined, key: string): YEntry | undefined {
  return map?.entries.get(key);
}

export function isNull(n: YNode | undefined): boolean {
  return n === undefined || (n.kind === 'scalar' && n.value === null);
}

export function mapNode(entries: Iterable<YEntry>, pos: SourcePos, tag?: string): YMap {
  const m = new Map<string, YEntry>();
  for (const e of entries) m.set(e.key, e);
  return tag ? { kind: 'map', entries: m, pos, tag } : { kind: 'map', entries: m, pos };
}

export function withoutTag<T extends YNode>(n: T): T {
  if (!n.tag) return n;
  const { tag: _tag, ...rest } = n;
  return rest as T;
}

/** A printable dotted path ("services.web.networks") for messages. */
export function pathText(path: readonly string[]): string {
  return path.join('.');
}

/** Structural equality, ignoring positions and origins (used to accept identical re-definitions). */
export function sameValue(a: YNode | undefined, b: YNode | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.kind !== b.kind) return false;
  if (a.kind === 'scalar') return a.value === (b as YScalar).value;
  if (a.kind === 'seq') {
    const bs = b as YSeq;
    return a.items.length === bs.items.length && a.items.every((x, i) => sameValue(x, bs.items[i]));
  }
  const bm = b as YMap;
  if (a.entries.size !== bm.entries.size) return false;
  for (const [k, e] of a.entries) if (!sameValue(e.value, bm.entries.get(k)?.value)) return false;
  return true;
}
