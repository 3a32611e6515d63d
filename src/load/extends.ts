// `extends` (compose-networks.md §1): a service copies another service, of the same document or of
// another file, and merges its own keys on top. Only the service is copied: the other file's
// top-level networks are not imported. `extends.file` is relative to the file that holds it.
import type { SourcePos } from '../model.js';
import { checkPath, EMPTY_MAP, loadCompose, topLevelMap, type Env, type LoadCtx } from './compose-files.js';
import { interpolateNode } from './interpolate.js';
import { applyResets, extractResets, mergeMappings, mergeNodes } from './merge.js';
import { dirOf, isAbsolutePath, joinRel } from './reader.js';
import { errAt, filePos, get, isNull, mapNode, type YEntry, type YMap, type YNode } from './yaml.js';

interface ServiceScope {
  services: YMap;
  file: string;
  /** base directory for `extends.file` */
  dir: string;
  resets: string[][];
  /** services of this scope already resolved */
  resolved: Map<string, YNode>;
}

/** Longest extends chain followed (Compose has no limit; real files chain two or three). */
export const MAX_EXTENDS_DEPTH = 64;

/** resolved base services of extended files, by file (shared by the whole load) */
const baseScopes = new WeakMap<YMap, ServiceScope>();

function loadExtendedFile(ctx: LoadCtx, file: string, env: Env, from: SourcePos): YMap {
  const cached = ctx.extendsCache.get(file);
  if (cached) return cached;
  let dict: YMap = EMPTY_MAP(filePos(file));
  for (const doc of loadCompose(ctx, file, from)) {
    if (!doc.root) continue;
    const { root, paths } = extractResets(topLevelMap(doc));
    const cfg = interpolateNode(root, { lookup: env.lookup, warnings: ctx.warnings }) as YMap;
    dict = mergeMappings(applyResets(dict, paths), cfg, []);
  }
  ctx.extendsCache.set(file, dict);
  return dict;
}

function resolveService(ctx: LoadCtx, env: Env, name: string, scope: ServiceScope, chain: string[]): YNode {
  const done = scope.resolved.get(name);
  if (done) return done;
  const r = resolveServiceOnce(ctx, env, name, scope, chain);
  scope.resolved.set(name, r);
  return r;
}

function resolveServiceOnce(ctx: LoadCtx, env: Env, name: string, scope: ServiceScope, chain: string[]): YNode {
  const entry = scope.services.entries.get(name)!;
  const svc = entry.value;
  if (svc.kind !== 'map') return svc;
  const ext = svc.entries.get('extends');
  if (!ext || isNull(ext.value)) return svc;
  const where = `services.${name}.extends`;
  let ref: string;
  let fileNode: YNode | undefined;
  if (ext.value.kind === 'scalar') {
    ref = String(ext.value.value);
  } else if (ext.value.kind === 'map') {
    const s = get(ext.value, 'service');
    if (!s || s.kind !== 'scalar' || s.value === null) throw errAt(`${where}.service is required`, ext.value.pos);
    ref = String(s.value);
    fileNode = get(ext.value, 'file');
  } else {
    throw errAt(`${where} must be a service name or a mapping`, ext.value.pos);
  }
  const key = `${scope.file}\u0000${name}`;
  if (chain.length >= MAX_EXTENDS_DEPTH) throw errAt(`extends chain longer than ${MAX_EXTENDS_DEPTH} services`, ext.keyPos);
  if (chain.includes(key)) {
    const steps = [...chain, key].map((k) => k.split('\u0000')).map(([f, s]) => `${s} in ${f}`);
    throw errAt(`circular reference in extends: ${steps.join(' extends ')}`, ext.keyPos);
  }
  let base: ServiceScope;
  if (fileNode && !isNull(fileNode)) {
    if (fileNode.kind !== 'scalar') throw errAt(`${where}.file must be a path`, fileNode.pos);
    const written = String(fileNode.value);
    // joined to the directory, an absolute path would quietly name a file inside the repository instead
    if (isAbsolutePath(written)) {
      throw errAt(
        `extends file ${JSON.stringify(written)} is an absolute path: extends paths must be relative and stay inside the repository`,
        fileNode.pos,
      );
    }
    const refFile = checkPath(joinRel(scope.dir, written), fileNode.pos, 'extends file', scope.file);
    const model = loadExtendedFile(ctx, refFile, env, fileNode.pos);
    const services = get(model, 'services');
    if (!services || services.kind !== 'map') {
      throw errAt(`cannot extend service "${name}" in ${scope.file}: no services section in ${refFile}`, fileNode.pos);
    }
    if (!services.entries.has(ref)) {
      throw errAt(`cannot extend service "${name}" in ${scope.file}: service "${ref}" not found in ${refFile}`, ext.value.pos);
    }
    let known = baseScopes.get(services);
    if (!known) {
      known = { services, file: refFile, dir: dirOf(refFile), resets: [], resolved: new Map() };
      baseScopes.set(services, known);
    }
    base = known;
  } else {
    if (!scope.services.entries.has(ref)) {
      throw errAt(`cannot extend service "${name}" in ${scope.file}: service "${ref}" not found`, ext.value.pos);
    }
    base = scope;
  }
  const resolvedBase = resolveService(ctx, env, ref, base, [...chain, key]);
  if (resolvedBase.kind !== 'map') return svc;
  // the extending document's !reset / !override paths apply to the inherited copy
  const wrapped = applyResets(
    mapNode(
      [
        {
          key: 'services',
          keyPos: entry.keyPos,
          value: mapNode([{ key: name, keyPos: entry.keyPos, value: resolvedBase }], resolvedBase.pos),
        },
      ],
      resolvedBase.pos,
    ),
    scope.resets.filter((p) => p[0] === 'services' && p[1] === name),
  );
  const source = (get(get(wrapped, 'services') as YMap, name) as YMap | undefined) ?? EMPTY_MAP(resolvedBase.pos);
  const merged = mergeNodes(source, svc, ['services', name]) as YMap;
  return mapNode(
    [...merged.entries.values()].filter((e) => e.key !== 'extends'),
    svc.pos,
  );
}

export function applyExtends(ctx: LoadCtx, env: Env, cfg: YMap, file: string, dir: string, resets: string[][]): YMap {
  const services = get(cfg, 'services');
  if (!services || isNull(services)) return cfg;
  if (services.kind !== 'map') throw errAt('services must be a mapping', services.pos);
  let changed = false;
  const entries: YEntry[] = [];
  const scope: ServiceScope = { services, file, dir, resets, resolved: new Map() };
  for (const e of services.entries.values()) {
    const v = resolveService(ctx, env, e.key, scope, []);
    if (v !== e.value) changed = true;
    entries.push(v === e.value ? e : { ...e, value: v });
  }
  if (!changed) return cfg;
  const svcEntry = cfg.entries.get('services')!;
  return mapNode(
    [...cfg.entries.values()].map((e) => (e.key === 'services' ? { ...svcEntry, value: mapNode(entries, services.pos) } : e)),
    cfg.pos,
  );
}
