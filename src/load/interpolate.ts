// Compose variable interpolation (compose-networks.md §7), with the origin of every substituted
// value recorded so that a finding can say "this subnet came from ${IPV4_NETWORK:-172.22.1}".
//   $VAR  ${VAR}  ${VAR:-d} ${VAR-d}  ${VAR:?msg} ${VAR?msg}  ${VAR:+alt} ${VAR+alt}  nesting  $$
// Only string values are interpolated, never keys; an unset variable without default becomes ""
// and a warning; anything else after a `$` is "invalid interpolation format".
import type { LoadWarning, SourcePos, VariableOrigin } from '../model.js';
import { MAX_INTERPOLATED_LENGTH } from './budget.js';
import { groupDigits } from '../digits.js';
import { errAt, type YEntry, type YMap, type YNode, type YScalar, type YSeq } from './yaml.js';

export type Lookup = (name: string) => string | undefined;

export interface SubstitutionResult {
  value: string;
  /** variables the result depends on, in order of appearance */
  origins: VariableOrigin[];
  /** variables that were unset and had no default (Compose warns about each) */
  unset: string[];
}

export class InterpolationError extends Error {
  constructor(
    readonly kind: 'invalid' | 'required' | 'too-long',
    message: string,
  ) {
    super(message);
  }
}

const NAME_START = /[_a-zA-Z]/;
const NAME_CHAR = /[_a-zA-Z0-9]/;
type Op = ':-' | '-' | ':?' | '?' | ':+' | '+';

/** Index of the `}` closing the `${` at `start` (braces counted as Compose counts them), or -1. */
function closingBrace(s: string, start: number): number {
  let open = 0;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === '}') {
      open--;
      if (open === 0) return i;
    } else if (c === '{') {
      open++;
    }
  }
  return -1;
}

/** Deepest `${A:-${B:-…}}` nesting accepted (real files nest two or three levels). */
export const MAX_NESTING = 32;

/** Substitutes every variable reference in `template`. Throws InterpolationError. */
export function substitute(template: string, lookup: Lookup, depth = 0): SubstitutionResult {
  if (depth > MAX_NESTING) {
    throw new InterpolationError('invalid', `invalid interpolation format: variables nested more than ${MAX_NESTING} levels deep`);
  }
  const res: SubstitutionResult = { value: '', origins: [], unset: [] };
  let out = '';
  let i = 0;
  while (i < template.length) {
    const dollar = template.indexOf('$', i);
    if (out.length > MAX_INTERPOLATED_LENGTH) throw tooLong(out.length);
    if (dollar < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, dollar);
    const next = template[dollar + 1];
    if (next === '$') {
      out += '$';
      i = dollar + 2;
      continue;
    }
    if (next !== undefined && NAME_START.test(next)) {
      let j = dollar + 2;
      while (j < template.length && NAME_CHAR.test(template[j])) j++;
      const name = template.slice(dollar + 1, j);
      out += plain(name, lookup, res);
      i = j;
      continue;
    }
    if (next === '{') {
      const parsed = braced(template, dollar);
      if (!parsed) throw invalid(template);
      out += resolveBraced(parsed, lookup, res, template, depth);
      i = parsed.end + 1;
      continue;
    }
    throw invalid(template);
  }
  if (out.length > MAX_INTERPOLATED_LENGTH) throw tooLong(out.length);
  res.value = out;
  return res;
}

function tooLong(n: number): InterpolationError {
  return new InterpolationError(
    'too-long',
    `the interpolated value is more than ${groupDigits(MAX_INTERPOLATED_LENGTH)} characters long (${groupDigits(n)} so far); longer values are refused`,
  );
}

function invalid(template: string): InterpolationError {
  return new InterpolationError('invalid', `invalid interpolation format: ${quoted(template)}`);
}

function plain(name: string, lookup: Lookup, res: SubstitutionResult): string {
  const v = lookup(name);
  if (v === undefined) {
    res.unset.push(name);
    res.origins.push({ variable: name, usedDefault: false, unset: true });
    return '';
  }
  res.origins.push({ variable: name, usedDefault: false, unset: false });
  return v;
}

interface Braced {
  name: string;
  op?: Op;
  arg: string;
  /** index of the closing brace */
  end: number;
}

/** Parses `${NAME}` or `${NAME<op>arg}` starting at `start` (the `$`); null when invalid. */
function braced(s: string, start: number): Braced | null {
  let j = start + 2;
  if (j >= s.length || !NAME_START.test(s[j])) return null;
  while (j < s.length && NAME_CHAR.test(s[j])) j++;
  const name = s.slice(start + 2, j);
  if (s[j] === '}') return { name, arg: '', end: j };
  let op: Op;
  if (s[j] === ':' && (s[j + 1] === '-' || s[j + 1] === '?' || s[j + 1] === '+')) {
    op = (':' + s[j + 1]) as Op;
    j += 2;
  } else if (s[j] === '-' || s[j] === '?' || s[j] === '+') {
    op = s[j] as Op;
    j += 1;
  } else {
    return null;
  }
  // Compose's pattern needs a `}` somewhere after the operator; the value ends at the brace that
  // balances the opening one, or at the last `}` when the braces never balance
  const last = s.lastIndexOf('}');
  if (last < j) return null;
  let end = closingBrace(s, start);
  if (end < 0) end = last;
  return { name, op, arg: s.slice(j, end), end };
}

function resolveBraced(b: Braced, lookup: Lookup, res: SubstitutionResult, template: string, depth: number): string {
  const value = lookup(b.name);
  if (!b.op) return plain(b.name, lookup, res);
  // Compose interpolates the argument whatever the variable's state (errors in it always surface)
  const inner = substitute(b.arg, lookup, depth + 1);
  switch (b.op) {
    case ':-':
    case '-': {
      const useDefault = value === undefined || (b.op === ':-' && value === '');
      if (useDefault) {
        res.origins.push({ variable: b.name, usedDefault: true, unset: false });
        res.origins.push(...inner.origins);
        res.unset.push(...inner.unset);
        return inner.value;
      }
      res.origins.push({ variable: b.name, usedDefault: false, unset: false });
      return value;
    }
    case ':?':
    case '?': {
      const missing = value === undefined || (b.op === ':?' && value === '');
      if (missing) {
        const why = inner.value ? `: ${inner.value}` : '';
        throw new InterpolationError('required', `required variable ${b.name} is missing a value${why}`);
      }
      res.origins.push({ variable: b.name, usedDefault: false, unset: false });
      return value as string;
    }
    case ':+':
    case '+': {
      const present = value !== undefined && (b.op === '+' || value !== '');
      if (present) {
        res.origins.push({ variable: b.name, usedDefault: false, unset: false });
        res.origins.push(...inner.origins);
        res.unset.push(...inner.unset);
        return inner.value;
      }
      res.origins.push({ variable: b.name, usedDefault: false, unset: value === undefined });
      return value ?? '';
    }
  }
  throw invalid(template);
}

// ---------------------------------------------------------------------------------------------
// Over a whole document

export interface InterpolateContext {
  lookup: Lookup;
  warnings: LoadWarning[];
}

/**
 * Interpolates every string value of a document (keys untouched). Errors become ConfigError at
 * the value's position with Compose's wording; unset variables become 'unset-variable' warnings.
 */
export function interpolateNode(node: YNode, ctx: InterpolateContext, path: string[] = []): YNode {
  return interpolateAt(node, ctx, path.length === 0 ? null : path.reduce<PathLink>((parent, key) => ({ parent, key }), null));
}

/**
 * Where a node sits, as a chain from the node up to the root: built one link per level while walking,
 * and turned into the key list only for a message (a copied array per entry was most of the walk).
 */
type PathLink = { parent: PathLink; key: string } | null;

function pathOf(link: PathLink): string[] {
  const out: string[] = [];
  for (let l = link; l; l = l.parent) out.push(l.key);
  return out.reverse();
}

function interpolateAt(node: YNode, ctx: InterpolateContext, path: PathLink): YNode {
  switch (node.kind) {
    case 'scalar':
      return interpolateScalar(node, ctx, path);
    case 'seq': {
      let items: YNode[] | null = null;
      const here = { parent: path, key: '[]' };
      for (let i = 0; i < node.items.length; i++) {
        const it = node.items[i];
        const n = interpolateAt(it, ctx, here);
        if (n !== it && !items) items = node.items.slice(0, i);
        if (items) items.push(n);
      }
      return items ? ({ ...node, items } as YSeq) : node;
    }
    case 'map': {
      // a new map only from the first entry that changed (most mappings have no `$` anywhere)
      let entries: Map<string, YEntry> | null = null;
      for (const [k, e] of node.entries) {
        const v = interpolateAt(e.value, ctx, { parent: path, key: k });
        if (v !== e.value && !entries) {
          entries = new Map();
          for (const [k2, e2] of node.entries) {
            if (k2 === k) break;
            entries.set(k2, e2);
          }
        }
        if (entries) entries.set(k, v === e.value ? e : { ...e, value: v });
      }
      return entries ? ({ ...node, entries } as YMap) : node;
    }
  }
}

function interpolateScalar(node: YScalar, ctx: InterpolateContext, path: PathLink): YScalar {
  if (typeof node.value !== 'string' || !node.value.includes('$')) return node;
  let r: SubstitutionResult;
  try {
    r = substitute(node.value, ctx.lookup);
  } catch (e) {
    if (e instanceof InterpolationError) throw interpolationError(e, pathOf(path), node.value, node.pos);
    throw e;
  }
  const seen = new Set<string>();
  for (const v of r.unset) {
    if (seen.has(v)) continue;
    seen.add(v);
    ctx.warnings.push({
      code: 'unset-variable',
      message: `The "${v}" variable is not set. Defaulting to a blank string.`,
      pos: node.pos,
      variable: v,
    });
  }
  if (r.origins.length === 0) return r.value === node.value ? node : { ...node, value: r.value };
  return { ...node, value: r.value, origin: r.origins };
}

/** A template as quoted in a message, cut to a readable length. */
function quoted(template: string): string {
  return JSON.stringify(template.length > 120 ? `${template.slice(0, 117)}...` : template);
}

export function interpolationError(e: InterpolationError, path: string[], template: string, pos: SourcePos) {
  const where = path.length ? path.join('.').replace(/\.\[\]/g, '[]') : 'value';
  if (e.kind === 'invalid') {
    return errAt(`invalid interpolation format for ${where}: ${quoted(template)}. You may need to escape any $ with another $.`, pos);
  }
  if (e.kind === 'too-long') return errAt(`${where}: ${e.message}`, pos);
  return errAt(`error while interpolating ${where}: ${e.message}`, pos);
}
