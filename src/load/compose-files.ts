// Shared by the compose loader's modules: reading one compose file (size limit, YAML with
// positions), the per-load context and the interpolation environment.
import path from 'node:path';
import { ConfigError } from '../errors.js';
import type { LoadWarning, SourcePos } from '../model.js';
import type { Lookup } from './interpolate.js';
import { budgetOf, type LoadBudget } from './budget.js';
import { joinRel, leavesRoot, type Reader } from './reader.js';
import { errAt, MAX_COMPOSE_BYTES, parseYamlDocuments, type YDocument, type YMap } from './yaml.js';

export interface Env {
  /** every variable with its value, as one map (made when asked) */
  values(): Map<string, string>;
  lookup: Lookup;
}

export interface LoadCtx {
  reader: Reader;
  warnings: LoadWarning[];
  /** extended files already loaded, by path (shared by the whole load) */
  extendsCache: Map<string, YMap>;
  /** the check's budget: every file loaded spends from it */
  budget: LoadBudget;
  /** parsed compose files, by path (documents are never changed once parsed) */
  parsed: Map<string, YDocument[]>;
  /** included (sub)projects already loaded, by their inputs (see compose.ts, includeKey) */
  includes: Map<string, YMap>;
}

/** per (sub)project: the main project, or an included one */
export interface ProjectCtx {
  workingDir: string;
  env: Env;
  /** main files of the include chain, for cycle detection */
  includeChain: string[];
}

export const EMPTY_MAP = (pos: SourcePos): YMap => ({ kind: 'map', entries: new Map(), pos });

export function makeEnv(values: Map<string, string>): Env {
  return { values: () => values, lookup: (k) => values.get(k) };
}

/**
 * An environment of layers, the first layer holding a variable wins. A project's environment is the
 * process environment over its env files: layered, the process environment's map is shared by every
 * project instead of copied into each.
 */
export function layeredEnv(layers: readonly Map<string, string>[]): Env {
  return {
    lookup: (k) => {
      for (const l of layers) {
        const v = l.get(k);
        if (v !== undefined) return v;
      }
      return undefined;
    },
    values: () => {
      const all = new Map<string, string>();
      for (let i = layers.length - 1; i >= 0; i--) for (const [k, v] of layers[i]) all.set(k, v);
      return all;
    },
  };
}

export function checkPath(p: string, pos: SourcePos | undefined, what: string, file: string): string {
  if (p === '' || path.posix.isAbsolute(p) || leavesRoot(p)) {
    throw errAt(`${what} ${JSON.stringify(p)} is outside the repository`, pos, file);
  }
  return joinRel(p);
}

/**
 * One more load of a compose file: its size is spent from the budget every time it is loaded (each load
 * interpolates and merges the whole file again), its text parsed only the first time.
 */
export function loadCompose(ctx: Pick<LoadCtx, 'reader' | 'budget' | 'parsed'>, file: string, from?: SourcePos): YDocument[] {
  const at = from ?? { file, line: 1, column: 1 };
  let docs = ctx.parsed.get(file);
  const size = docs ? ctx.reader.size(file) : -1;
  ctx.budget.spend('files', 1, at, `loading ${file}`);
  if (!docs) {
    docs = readCompose(ctx.reader, file, from, ctx.budget);
    ctx.parsed.set(file, docs);
  } else {
    ctx.budget.spend('bytes', Math.max(0, size), at, `loading ${file}`);
  }
  return docs;
}

/** Reads and parses one compose file; refuses files that are missing or too large. */
export function readCompose(reader: Reader, file: string, from?: SourcePos, budget?: LoadBudget): YDocument[] {
  const size = reader.size(file);
  if (size < 0 || reader.isDir(file)) {
    if (from) throw errAt(`file not found: ${file}`, from);
    throw new ConfigError('file not found', { file });
  }
  if (size > MAX_COMPOSE_BYTES) {
    throw new ConfigError(
      `compose file is ${(size / 1048576).toFixed(1)} MiB; files larger than ${MAX_COMPOSE_BYTES / 1048576} MiB are refused`,
      { file, line: 1, column: 1 },
    );
  }
  budgetOf(budget).spend('bytes', size, from ?? { file, line: 1, column: 1 }, `loading ${file}`);
  const text = reader.read(file);
  if (text.length > MAX_COMPOSE_BYTES) {
    throw new ConfigError(`compose file is larger than ${MAX_COMPOSE_BYTES / 1048576} MiB and is refused`, { file, line: 1, column: 1 });
  }
  return parseYamlDocuments(text, file);
}

export function topLevelMap(doc: YDocument): YMap {
  const root = doc.root!;
  if (root.kind !== 'map') throw errAt('top-level object must be a mapping', root.pos);
  return root;
}
