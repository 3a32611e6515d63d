// Merging compose models the way compose-go's override package does (per document, in -f order),
// plus the `!reset` / `!override` tags:
//   - mappings merge key by key; sequences are appended (identical entries dropped); scalars are
//     replaced; a null override changes nothing;
//   - a service's `networks` merge as a mapping (list or map syntax), i.e. a union;
//   - a network's `ipam.config` is replaced entry by entry by the later file's list;
//   - `!reset` removes the inherited value, `!override` replaces it instead of merging.
// Every node keeps the position of the file that wrote it.
import type { SourcePos } from '../model.js';
import { errAt, mapNode, pathText, sameValue, withoutTag, type YEntry, type YMap, type YNode, type YScalar, type YSeq } from './yaml.js';

export type Path = readonly string[];

function matches(path: Path, pattern: readonly string[]): boolean {
  if (path.length !== pattern.length) return false;
  for (let i = 0; i < path.length; i++) if (pattern[i] !== '*' && pattern[i] !== path[i]) return false;
  return true;
}

function isNullNode(n: YNode | undefined): boolean {
  return !n || (n.kind === 'scalar' && n.value === null);
}

// ---------------------------------------------------------------------------------------------
// !reset and !override

export interface ResetInfo {
  /** the document without the `!reset` entries, tags stripped */
  root: YNode;
  /** paths to remove from the model merged so far before this document is merged in */
  paths: string[][];
}

/** true when some node of the tree carries a tag (a look without building anything) */
function anyTag(n: YNode): boolean {
  if (n.tag) return true;
  if (n.kind === 'map') {
    for (const e of n.entries.values()) if (anyTag(e.value)) return true;
  } else if (n.kind === 'seq') {
    for (const it of n.items) if (anyTag(it)) return true;
  }
  return false;
}

/** Records `!reset` and `!override` paths of one document and removes the `!reset` entries from it. */
export function extractResets(root: YNode): ResetInfo {
  // almost no compose file has a tag: then nothing changes, and the walk below would copy every path
  if (!anyTag(root)) return { root, paths: [] };
  const paths: string[][] = [];
  const walk = (n: YNode, path: string[]): YNode => {
    if (n.kind === 'map') {
      let changed = !!n.tag;
      const entries: YEntry[] = [];
      for (const e of n.entries.values()) {
        const p = [...path, e.key];
        if (e.value.tag === '!reset') {
          paths.push(p);
          changed = true;
          continue;
        }
        if (e.value.tag === '!override') {
          paths.push(p);
          entries.push({ ...e, value: stripTags(e.value) });
          changed = true;
          continue;
        }
        const v = walk(e.value, p);
        if (v !== e.value) changed = true;
        entries.push(v === e.value ? e : { ...e, value: v });
      }
      return changed ? mapNode(entries, n.pos) : n;
    }
    if (n.kind === 'seq') {
      let changed = !!n.tag;
      const items = n.items.map((it, i) => {
        const v = walk(it, [...path, `[${i}]`]);
        if (v !== it) changed = true;
        return v;
      });
      return changed ? { kind: 'seq', items, pos: n.pos } : n;
    }
    return withoutTag(n);
  };
  return { root: walk(root, []), paths };
}

function stripTags(n: YNode): YNode {
  if (n.kind === 'map') {
    const entries: YEntry[] = [];
    for (const e of n.entries.values()) entries.push({ ...e, value: stripTags(e.value) });
    return mapNode(entries, n.pos);
  }
  if (n.kind === 'seq') return { kind: 'seq', items: n.items.map(stripTags), pos: n.pos };
  return withoutTag(n);
}

/** Removes the given paths (mapping keys only) from a model. */
export function applyResets(root: YMap, paths: readonly (readonly string[])[]): YMap {
  if (paths.length === 0) return root;
  const remove = (n: YNode, path: readonly string[], depth: number): YNode => {
    if (n.kind !== 'map') return n;
    const key = path[depth];
    const e = n.entries.get(key);
    if (!e) return n;
    if (depth === path.length - 1) {
      const entries = [...n.entries.values()].filter((x) => x.key !== key);
      return mapNode(entries, n.pos);
    }
    const v = remove(e.value, path, depth + 1);
    if (v === e.value) return n;
    return mapNode(
      [...n.entries.values()].map((x) => (x.key === key ? { ...x, value: v } : x)),
      n.pos,
    );
  };
  let out: YNode = root;
  for (const p of paths) out = remove(out, p, 0);
  return out as YMap;
}

// ---------------------------------------------------------------------------------------------
// merging

/** Merges `over` onto `base` (both already interpolated); returns a new node. */
export function mergeNodes(base: YNode | undefined, over: YNode, path: Path): YNode {
  if (!base) return over;
  if (matches(path, ['services', '*', 'networks'])) return mergeAsMapping(base, over, path);
  if (matches(path, ['networks', '*', 'ipam', 'config'])) return mergeIpamConfig(base, over, path);
  if (isNullNode(over)) return base;
  if (base.kind === 'map' && over.kind === 'map') return mergeMappings(base, over, path);
  if (base.kind === 'seq' && over.kind === 'seq') {
    const items = [...base.items];
    for (const it of over.items) if (!items.some((x) => sameValue(x, it))) items.push(it);
    return { kind: 'seq', items, pos: base.pos };
  }
  // scalars, and shapes that differ (Compose has per-key rules for those we do not read): the
  // later value wins
  return over;
}

export function mergeMappings(base: YMap, over: YMap, path: Path): YMap {
  const entries = new Map(base.entries);
  for (const [k, e] of over.entries) {
    const prev = entries.get(k);
    if (!prev) {
      entries.set(k, e);
      continue;
    }
    const merged = mergeNodes(prev.value, e.value, [...path, k]);
    entries.set(k, merged === prev.value ? prev : { key: k, keyPos: prev.keyPos, value: merged });
  }
  return { kind: 'map', entries, pos: base.pos };
}

/** A service's `networks` in list form ([a, b]) or mapping form ({a: {...}, b: null}) as a mapping. */
export function networksAsMapping(n: YNode, path: Path): YMap {
  if (n.kind === 'map') return n;
  if (n.kind === 'scalar' && n.value === null) return { kind: 'map', entries: new Map(), pos: n.pos };
  if (n.kind === 'scalar' && typeof n.value === 'string') {
    return mapNode([{ key: n.value, keyPos: n.pos, value: nullAt(n.pos) }], n.pos);
  }
  if (n.kind === 'seq') {
    const entries: YEntry[] = [];
    for (const it of n.items) {
      if (it.kind !== 'scalar' || typeof it.value !== 'string') {
        throw errAt(`${pathText(path)} must be a list of network names or a mapping`, it.pos);
      }
      entries.push({ key: it.value, keyPos: it.pos, value: nullAt(it.pos) });
    }
    return mapNode(entries, n.pos);
  }
  throw errAt(`${pathText(path)} must be a list of network names or a mapping`, n.pos);
}

function nullAt(pos: SourcePos): YScalar {
  return { kind: 'scalar', value: null, pos };
}

function mergeAsMapping(base: YNode, over: YNode, path: Path): YNode {
  return mergeMappings(networksAsMapping(base, path), networksAsMapping(over, path), path);
}

function subnetOf(m: YMap): string | number | boolean | null | undefined {
  const s = m.entries.get('subnet')?.value;
  return s && s.kind === 'scalar' ? s.value : s ? '<complex>' : undefined;
}

/** compose-go's mergeIPAMConfig: the later list wins, entries with the same subnet are merged. */
function mergeIpamConfig(base: YNode, over: YNode, path: Path): YNode {
  if (isNullNode(over)) return base;
  if (base.kind !== 'seq' || over.kind !== 'seq') {
    throw errAt(`${pathText(path)} must be a list`, base.kind !== 'seq' ? base.pos : over.pos);
  }
  if (base.items.length === 0) return over;
  const asMap = (n: YNode): YMap => {
    if (n.kind !== 'map') throw errAt(`${pathText(path)} entries must be mappings`, n.pos);
    return n;
  };
  const out: YMap[] = [];
  for (const original of base.items) {
    const right = asMap(original);
    for (const o of over.items) {
      const left = asMap(o);
      if (subnetOf(left) !== subnetOf(right) && !out.some((a) => subnetOf(a) === subnetOf(left))) {
        out.push(left);
        continue;
      }
      const merged = mergeMappings(right, left, path);
      const idx = out.findIndex((a) => subnetOf(a) === subnetOf(merged));
      if (idx >= 0) out[idx] = merged;
      else out.push(merged);
    }
  }
  const seq: YSeq = { kind: 'seq', items: out, pos: over.pos };
  return seq;
}
