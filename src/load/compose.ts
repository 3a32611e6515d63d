// The compose loader: files in -f order → one merged model → the networks `docker compose up`
// would create or join. Compose v2 semantics (compose-networks.md), per document:
//   parse (anchors, merge keys, tags) → record !reset/!override → interpolate → extends →
//   apply resets to what was merged so far → include → merge.
// Pure: all file access goes through the Reader, the environment comes in as a plain object.
import path from 'node:path';
import { ConfigError } from '../errors.js';
import type { ComposeGeneration, ComposeProject, LoadWarning, SourcePos } from '../model.js';
import { buildNetworks, type ComposeServiceRef } from './compose-model.js';
import { readEnvFiles, type EnvWithOrigin } from './envfile.js';
import {
  checkPath,
  EMPTY_MAP,
  layeredEnv,
  loadCompose,
  makeEnv,
  readCompose,
  topLevelMap,
  type Env,
  type LoadCtx,
  type ProjectCtx,
} from './compose-files.js';
import { budgetOf, checkNameLength, type LoadBudget } from './budget.js';
import { applyExtends } from './extends.js';
import { InterpolationError, interpolateNode, interpolationError, substitute } from './interpolate.js';
import { applyResets, extractResets, mergeMappings } from './merge.js';
import { resolveProjectName } from './project-name.js';
import { dirOf, isAbsolutePath, joinRel, leavesRoot, type Reader } from './reader.js';
import { errAt, filePos, get, isNull, mapNode, sameValue, type YDocument, type YEntry, type YMap, type YNode } from './yaml.js';

export interface LoadProjectOptions {
  reader: Reader;
  /** repo-relative, in -f order */
  files: string[];
  /** acts as the process environment (wins over .env) */
  environment?: Record<string, string>;
  /** like --env-file (replaces the .env lookup) */
  envFiles?: string[];
  /** active profiles ("*" = all); when empty, COMPOSE_PROFILES from the environment / .env applies */
  profiles?: string[];
  /** like -p */
  projectName?: string;
  /** basename of the repository root, used as the project name of a project at the root (".") */
  rootName?: string;
  /** the check's budget (a fresh one when loading a project alone) */
  budget?: LoadBudget;
  /** the Compose generation that runs `up` (default v2): decides the networks' creation order */
  compose?: ComposeGeneration;
}

export type { ComposeServiceRef } from './compose-model.js';

/** A ComposeProject plus per-service detail (network_mode and `networks:` entries with positions). */
export interface LoadedComposeProject extends ComposeProject {
  services: ComposeServiceRef[];
}

// ---------------------------------------------------------------------------------------------
// include

function pathList(n: YNode | undefined, what: string): { value: string; pos: SourcePos }[] {
  if (isNull(n)) return [];
  if (n!.kind === 'scalar') return [{ value: String(n!.value), pos: n!.pos }];
  if (n!.kind !== 'seq') throw errAt(`${what} must be a path or a list of paths`, n!.pos);
  return n!.items.map((it) => {
    if (it.kind !== 'scalar' || it.value === null) throw errAt(`${what} must be a list of paths`, it.pos);
    return { value: String(it.value), pos: it.pos };
  });
}

function applyInclude(ctx: LoadCtx, proj: ProjectCtx, cfg: YMap, file: string): YMap {
  const inc = cfg.entries.get('include');
  if (!inc) return cfg;
  let out = mapNode(
    [...cfg.entries.values()].filter((e) => e.key !== 'include'),
    cfg.pos,
  );
  if (isNull(inc.value)) return out;
  if (inc.value.kind !== 'seq') throw errAt('`include` must be a list', inc.value.pos);
  for (const item of inc.value.items) {
    let paths: { value: string; pos: SourcePos }[];
    let projectDirectory: { value: string; pos: SourcePos } | undefined;
    let envFiles: { value: string; pos: SourcePos }[] = [];
    if (item.kind === 'scalar') {
      paths = pathList(item, 'include');
    } else if (item.kind === 'map') {
      paths = pathList(get(item, 'path'), 'include.path');
      const pd = get(item, 'project_directory');
      if (!isNull(pd)) {
        if (pd!.kind !== 'scalar') throw errAt('include.project_directory must be a path', pd!.pos);
        projectDirectory = { value: String(pd!.value), pos: pd!.pos };
      }
      envFiles = pathList(get(item, 'env_file'), 'include.env_file');
    } else {
      throw errAt('include entries must be a path or a mapping', item.pos);
    }
    if (paths.length === 0) throw errAt('include: path is required', item.pos);
    // relative to the including project's directory; an absolute path would silently become relative
    // to it when joined, so it is refused as written
    const inRepo = (p: { value: string; pos: SourcePos }, what: string): string => {
      if (isAbsolutePath(p.value)) {
        throw errAt(
          `${what} ${JSON.stringify(p.value)} is an absolute path: include paths must be relative and stay inside the repository`,
          p.pos,
          file,
        );
      }
      return checkPath(joinRel(proj.workingDir, p.value), p.pos, what, file);
    };
    const files = paths.map((p) => inRepo(p, 'included file'));
    const projectDir = projectDirectory ? inRepo(projectDirectory, 'include project_directory') : dirOf(files[0]);
    if (proj.includeChain.includes(files[0])) {
      throw errAt(`include cycle detected:\n${[...proj.includeChain, files[0]].join('\n include ')}`, paths[0].pos);
    }
    for (let i = 0; i < files.length; i++) {
      if (!ctx.reader.exists(files[i]) || ctx.reader.isDir(files[i])) throw errAt(`included file not found: ${files[i]}`, paths[i].pos);
    }
    // the included project's env files: given ones (relative to the including project), else its .env
    let envPaths: string[];
    if (envFiles.length > 0) {
      envPaths = envFiles.map((f) => {
        const p = inRepo(f, 'include env_file');
        if (!ctx.reader.exists(p) || ctx.reader.isDir(p)) throw errAt(`env file not found: ${p}`, f.pos);
        return p;
      });
    } else {
      const dotenv = joinRel(projectDir, '.env');
      envPaths = ctx.reader.exists(dotenv) && !ctx.reader.isDir(dotenv) ? [dotenv] : [];
    }
    // the same files, from the same directory, with the same environment and env files, load to the same
    // model: an include graph with no cycle but many paths (each file including the next four times) is
    // loaded once per distinct context, not once per path
    const key = includeKey(proj.env, projectDir, envPaths, files);
    const known = ctx.includes.get(key);
    if (known) {
      ctx.budget.spend('files', 1, item.pos, `including ${files[0]}`);
      out = importResources(known, out, files[0]);
      continue;
    }
    const parentValues = Object.fromEntries(proj.env.values());
    const fromFiles = readEnvFiles(ctx.reader, envPaths, parentValues, ctx.budget);
    // the including project's environment wins over the included env files
    const values = new Map(proj.env.values());
    for (const [k, v] of fromFiles) if (!values.has(k)) values.set(k, v.value);
    const sub: ProjectCtx = { workingDir: projectDir, env: makeEnv(values), includeChain: [...proj.includeChain, files[0]] };
    const imported = loadModel(ctx, sub, files, item.pos);
    ctx.includes.set(key, imported);
    out = importResources(imported, out, files[0]);
  }
  return out;
}

/** each environment object, numbered (an include's key names its parent's environment by number) */
const envIds = new WeakMap<Env, number>();
let nextEnvId = 0;

function includeKey(env: Env, projectDir: string, envPaths: string[], files: string[]): string {
  let id = envIds.get(env);
  if (id === undefined) envIds.set(env, (id = nextEnvId++));
  return [id, projectDir, envPaths.length, ...envPaths, ...files].join('\u0000');
}

function importResources(source: YMap, target: YMap, from: string): YMap {
  let out = target;
  for (const section of ['services', 'networks', 'volumes', 'secrets', 'configs']) {
    const src = get(source, section);
    if (!src || src.kind !== 'map' || src.entries.size === 0) continue;
    const existingEntry = out.entries.get(section);
    const existing = existingEntry && existingEntry.value.kind === 'map' ? existingEntry.value : undefined;
    const entries = new Map(existing?.entries ?? []);
    for (const [k, e] of src.entries) {
      const local = entries.get(k);
      if (local) {
        if (!sameValue(local.value, e.value)) {
          throw errAt(
            `${section}.${k} conflicts with imported resource: it is defined here and, differently, in the included ${from}; ` +
              'Compose up to v2.40 refuses the project (Compose 5 keeps the local definition). Define it in one file only',
            local.keyPos,
          );
        }
        continue;
      }
      entries.set(k, e);
    }
    const pos = existing?.pos ?? src.pos;
    const sectionEntry: YEntry = { key: section, keyPos: existingEntry?.keyPos ?? src.pos, value: { kind: 'map', entries, pos } };
    const all = new Map(out.entries);
    all.set(section, sectionEntry);
    out = { kind: 'map', entries: all, pos: out.pos };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// one (sub)project's files → merged model

function loadModel(ctx: LoadCtx, proj: ProjectCtx, files: string[], from?: SourcePos): YMap {
  let dict: YMap = EMPTY_MAP(filePos(files[0]));
  for (const file of files) {
    const docs = loadCompose(ctx, file, from);
    for (const doc of docs) {
      if (!doc.root) continue;
      const { root, paths } = extractResets(topLevelMap(doc));
      let cfg = interpolateNode(root, { lookup: proj.env.lookup, warnings: ctx.warnings }) as YMap;
      // `extends.file` is relative to the file that holds it (Compose documentation, "extends")
      cfg = applyExtends(ctx, proj.env, cfg, file, dirOf(file), paths);
      dict = applyResets(dict, paths);
      cfg = applyInclude(ctx, proj, cfg, file);
      dict = mergeMappings(dict, cfg, []);
    }
  }
  return dict;
}

// ---------------------------------------------------------------------------------------------

function lastName(docsByFile: Map<string, YDocument[]>, files: string[]): { raw: string; pos: SourcePos } | undefined {
  let found: { raw: string; pos: SourcePos } | undefined;
  for (const f of files) {
    for (const d of docsByFile.get(f) ?? []) {
      if (!d.root || d.root.kind !== 'map') continue;
      const n = get(d.root, 'name');
      if (n && n.kind === 'scalar' && n.value !== null && String(n.value) !== '') found = { raw: String(n.value), pos: n.pos };
    }
  }
  return found;
}

function splitProfiles(v: string | undefined): string[] {
  return (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Loads one compose project. Throws ConfigError (file + line) for input Compose would refuse. */
/** the environment as a map, made once per environment object (a host's projects share one) */
const envMaps = new WeakMap<Record<string, string>, Map<string, string>>();
function envMapOf(env: Record<string, string>): Map<string, string> {
  let m = envMaps.get(env);
  if (!m) {
    m = new Map(Object.entries(env));
    envMaps.set(env, m);
  }
  return m;
}

export function loadProject(opts: LoadProjectOptions): LoadedComposeProject {
  const { reader } = opts;
  if (opts.files.length === 0) throw new ConfigError('no compose file given', { file: '.' });
  const files = opts.files.map((f) => {
    if (path.posix.isAbsolute(f) || leavesRoot(f)) throw new ConfigError('compose file is outside the repository', { file: f });
    return joinRel(f);
  });
  const dir = dirOf(files[0]);
  const warnings: LoadWarning[] = [];
  const processEnv = opts.environment ?? {};

  let envPaths: string[];
  if (opts.envFiles && opts.envFiles.length > 0) {
    envPaths = opts.envFiles.map((f) => {
      if (path.posix.isAbsolute(f) || leavesRoot(f)) throw new ConfigError('env file is outside the repository', { file: f });
      return joinRel(f);
    });
  } else {
    const dotenv = joinRel(dir, '.env');
    envPaths = reader.exists(dotenv) && !reader.isDir(dotenv) ? [dotenv] : [];
  }
  const budget = budgetOf(opts.budget);
  const fromFiles: EnvWithOrigin = readEnvFiles(reader, envPaths, processEnv, budget);
  // the environment wins over the env files; the project's name, once resolved, over both
  const fileValues = new Map<string, string>();
  for (const [k, v] of fromFiles) fileValues.set(k, v.value);
  const own = new Map<string, string>();
  const env = layeredEnv([own, envMapOf(processEnv), fileValues]);

  const parsed = new Map<string, YDocument[]>();
  // parsed once here for the name (each load below spends the file's size from the budget)
  for (const f of files) if (!parsed.has(f)) parsed.set(f, readCompose(reader, f));

  // project name
  const envName = Object.prototype.hasOwnProperty.call(processEnv, 'COMPOSE_PROJECT_NAME')
    ? { value: processEnv.COMPOSE_PROJECT_NAME }
    : fromFiles.has('COMPOSE_PROJECT_NAME')
      ? {
          value: fromFiles.get('COMPOSE_PROJECT_NAME')!.value,
          pos: { file: fromFiles.get('COMPOSE_PROJECT_NAME')!.file, line: fromFiles.get('COMPOSE_PROJECT_NAME')!.line },
        }
      : undefined;
  let fileName: { value: string; pos: SourcePos } | undefined;
  const rawName = lastName(parsed, files);
  if (rawName) {
    try {
      fileName = { value: substitute(rawName.raw, env.lookup).value, pos: rawName.pos };
    } catch (e) {
      if (e instanceof InterpolationError) throw interpolationError(e, ['name'], rawName.raw, rawName.pos);
      throw e;
    }
  }
  let dirName = dir === '.' ? opts.rootName : path.posix.basename(dir);
  const needDir = !(opts.projectName || envName?.value || (fileName && fileName.value));
  if (dirName === undefined) {
    dirName = 'root';
    if (needDir) {
      warnings.push({
        code: 'other',
        message:
          'the project at the repository root is named after the checkout directory, which is unknown here; assuming "root" (set name: or COMPOSE_PROJECT_NAME)',
        pos: filePos(files[0]),
      });
    }
  }
  const resolved = resolveProjectName({ explicit: opts.projectName, fromEnv: envName, fromFiles: fileName, dirName, firstFile: files[0] });
  own.set('COMPOSE_PROJECT_NAME', resolved.name);

  checkNameLength('the project name', resolved.name, rawName?.pos ?? { file: files[0], line: 1, column: 1 });
  const ctx: LoadCtx = { reader, warnings, extendsCache: new Map(), budget, parsed, includes: new Map() };
  const proj: ProjectCtx = { workingDir: dir, env, includeChain: [files[0]] };
  const dict = loadModel(ctx, proj, files);
  if (dict.entries.size === 0) throw new ConfigError('empty compose file', { file: files[0], line: 1, column: 1 });

  const profiles = opts.profiles && opts.profiles.length > 0 ? opts.profiles : splitProfiles(env.lookup('COMPOSE_PROFILES'));
  const generation = opts.compose ?? 'v2';
  const built = buildNetworks(dict, resolved.name, profiles, warnings, generation, budget);
  const netsEntry = dict.entries.get('networks');
  return {
    name: resolved.name,
    // docker-compose 1.x merges several files' services through a Python set: its order is random then too
    creationOrder: generation === 'v1' && files.length === 1 ? 'first-use' : 'random',
    ...(netsEntry ? { networksPos: netsEntry.keyPos } : {}),
    dir,
    files,
    networks: built.networks,
    publishedPorts: built.publishedPorts,
    warnings,
    services: built.services,
  };
}
