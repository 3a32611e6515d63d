// From the merged compose model (a YMap with positions) to the networks `docker compose up` would
// create or join (compose-networks.md §3 and §6): the implicit `default`, network_mode, provider
// services, profiles, external networks, `name:`, unused networks pruned, drivers, IPAM, MTU.
import type { ComposeGeneration, ComposeNetwork, ComposeSubnet, LoadWarning, Located, SourcePos, VariableOrigin } from '../model.js';
import { parsePrefix } from '../net/prefix.js';
import { networksAsMapping } from './merge.js';
import { errAt, get, isNull, type YEntry, type YMap, type YNode, type YScalar } from './yaml.js';
import { budgetOf, checkNameLength, type LoadBudget } from './budget.js';

export const NETWORK_KEY = /^[a-zA-Z0-9._-]+$/;
const KNOWN_TOP_LEVEL = new Set(['version', 'name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs', 'models']);
const MTU_OPTION = 'com.docker.network.driver.mtu';

/** A service as far as networks are concerned, with the positions rules may point at. */
export interface ComposeServiceRef {
  name: string;
  /** the service key */
  pos: SourcePos;
  /** false when its profiles are not enabled */
  active: boolean;
  networkMode?: Located<string>;
  /** the service's `networks:` entries (list items or mapping keys), in order */
  networks: { key: string; pos: SourcePos }[];
}

export interface BuiltModel {
  networks: ComposeNetwork[];
  publishedPorts: { service: string; pos?: SourcePos }[];
  services: ComposeServiceRef[];
}

interface ServiceInfo {
  name: string;
  keyPos: SourcePos;
  active: boolean;
  networkMode?: { value: string; pos: SourcePos };
  provider: boolean;
  /** service `networks` entries: network key → where it was written */
  networks: Map<string, SourcePos>;
  networksPos?: SourcePos;
  ports?: SourcePos;
  /** services this one needs started first, as Compose v1 sorts them (links, volumes_from, depends_on, service: modes) */
  needs: string[];
  /** `depends_on` entries that must exist (not `required: false`), where written */
  dependsOn: { name: string; pos: SourcePos }[];
}

function asMap(n: YNode | undefined, what: string): YMap | undefined {
  if (isNull(n)) return undefined;
  if (n!.kind !== 'map') throw errAt(`${what} must be a mapping`, n!.pos);
  return n as YMap;
}

function asString(n: YNode | undefined, what: string): YScalar | undefined {
  if (isNull(n)) return undefined;
  if (n!.kind !== 'scalar') throw errAt(`${what} must be a string`, n!.pos);
  return n as YScalar;
}

function stringList(n: YNode | undefined, what: string): string[] {
  if (isNull(n)) return [];
  if (n!.kind === 'scalar') return [String((n as YScalar).value)];
  if (n!.kind !== 'seq') throw errAt(`${what} must be a list of strings`, n!.pos);
  return n!.items.map((it) => {
    if (it.kind !== 'scalar' || it.value === null) throw errAt(`${what} must be a list of strings`, it.pos);
    return String(it.value);
  });
}

/** compose-go's toBoolean: true/false, and (with a warning) y/yes/on, n/no/off */
function toBoolean(n: YNode | undefined, what: string, warnings: LoadWarning[]): boolean | undefined {
  if (isNull(n)) return undefined;
  if (n!.kind !== 'scalar') throw errAt(`${what} must be a boolean`, n!.pos);
  const v = (n as YScalar).value;
  if (typeof v === 'boolean') return v;
  const s = String(v).toLowerCase();
  if (s === 'true') return true;
  if (s === 'false') return false;
  if (s === 'y' || s === 'yes' || s === 'on' || s === 'n' || s === 'no' || s === 'off') {
    warnings.push({
      code: 'deprecated-boolean',
      message: `${what}: ${JSON.stringify(String(v))} for boolean is not supported by YAML 1.2, please use \`${s === 'y' || s === 'yes' || s === 'on'}\``,
      pos: n!.pos,
    });
    return s === 'y' || s === 'yes' || s === 'on';
  }
  throw errAt(`${what}: invalid boolean: ${String(v)}`, n!.pos);
}

function origin(n: YScalar | undefined): { origin?: VariableOrigin[] } {
  return n?.origin && n.origin.length ? { origin: n.origin } : {};
}

// ---------------------------------------------------------------------------------------------

/** a top-level network as written: the ComposeNetwork fields it decides, plus where its key and name are */
type NetworkDecl = Pick<ComposeNetwork, 'key' | 'external' | 'driver' | 'ipamDriver' | 'subnets' | 'enableIpv4' | 'enableIpv6' | 'mtu'> & {
  keyPos: SourcePos;
  name?: YScalar;
};

function readNetwork(e: YEntry, warnings: LoadWarning[]): NetworkDecl {
  const where = `networks.${e.key}`;
  if (!NETWORK_KEY.test(e.key)) {
    throw errAt(`${where}: network names must match ^[a-zA-Z0-9._-]+$`, e.keyPos);
  }
  const m = asMap(e.value, where);
  const decl: NetworkDecl = { key: e.key, keyPos: e.keyPos, ...networkDefaults() };
  if (!m) return decl;

  const nameNode = asString(get(m, 'name'), `${where}.name`);
  if (nameNode && nameNode.value !== null && String(nameNode.value) !== '') decl.name = { ...nameNode, value: String(nameNode.value) };
  else if (nameNode && nameNode.origin?.length && String(nameNode.value ?? '') === '') {
    // Compose passes the empty name on and Docker refuses it (26.1.5, 28.5.2: "invalid name")
    throw errAt(
      `${where}.name interpolates to an empty string (${nameNode.origin.map((o) => '$' + o.variable).join(', ')} unset or empty): ` +
        'Docker refuses to create a network with an empty name ("invalid name"); set the variable or give it a default',
      nameNode.pos,
    );
  }

  const ext = get(m, 'external');
  if (ext && ext.kind === 'map') {
    // legacy `external: {name: x}`
    decl.external = true;
    const legacyName = asString(get(ext, 'name'), `${where}.external.name`);
    if (legacyName && legacyName.value !== null && String(legacyName.value) !== '') {
      if (decl.name) throw errAt(`${where}: can't use both 'networks.external.name' (deprecated) and 'networks.name'`, legacyName.pos);
      decl.name = { ...legacyName, value: String(legacyName.value) };
      warnings.push({
        code: 'other',
        message: `${where}: external.name is deprecated. Please set name and external: true`,
        pos: legacyName.pos,
      });
    }
  } else {
    decl.external = toBoolean(ext, `${where}.external`, warnings) ?? false;
  }
  toBoolean(get(m, 'internal'), `${where}.internal`, warnings);
  toBoolean(get(m, 'attachable'), `${where}.attachable`, warnings);
  decl.enableIpv6 = toBoolean(get(m, 'enable_ipv6'), `${where}.enable_ipv6`, warnings) ?? false;
  decl.enableIpv4 = toBoolean(get(m, 'enable_ipv4'), `${where}.enable_ipv4`, warnings) ?? true;

  const driver = asString(get(m, 'driver'), `${where}.driver`);
  if (driver && driver.value !== null && String(driver.value) !== '') decl.driver = String(driver.value);

  const opts = asMap(get(m, 'driver_opts'), `${where}.driver_opts`);
  const mtuNode = opts?.entries.get(MTU_OPTION)?.value;
  if (mtuNode && !isNull(mtuNode)) {
    if (mtuNode.kind !== 'scalar') throw errAt(`${where}.driver_opts.${MTU_OPTION} must be a number`, mtuNode.pos);
    const raw = String(mtuNode.value).trim();
    if (raw === '') {
      warnings.push({
        code: 'other',
        message: `${where}: the MTU option is empty; Docker would refuse to create the network`,
        pos: mtuNode.pos,
      });
    } else if (!/^\d+$/.test(raw) || Number(raw) > 65535) {
      throw errAt(`${where}.driver_opts.${MTU_OPTION}: ${JSON.stringify(raw)} is not a valid MTU`, mtuNode.pos);
    } else {
      decl.mtu = { value: Number(raw), pos: mtuNode.pos };
    }
  }

  const ipam = asMap(get(m, 'ipam'), `${where}.ipam`);
  if (ipam) {
    const idrv = asString(get(ipam, 'driver'), `${where}.ipam.driver`);
    if (idrv && idrv.value !== null && String(idrv.value) !== '') decl.ipamDriver = String(idrv.value);
    const cfg = get(ipam, 'config');
    if (!isNull(cfg)) {
      if (cfg!.kind !== 'seq') throw errAt(`${where}.ipam.config must be a list`, cfg!.pos);
      for (const item of cfg!.items) {
        const im = asMap(item, `${where}.ipam.config[]`);
        const sn = asString(get(im, 'subnet'), `${where}.ipam.config[].subnet`);
        if (!sn || sn.value === null) continue;
        const cidr = String(sn.value).trim();
        // an empty subnet (an unset variable) is an entry without a subnet: Docker allocates one
        if (cidr === '') continue;
        const parsed = parsePrefix(cidr);
        if ('error' in parsed) {
          const from = sn.origin?.length ? ` (from ${sn.origin.map((o) => '$' + o.variable).join(', ')})` : '';
          throw errAt(`${where}.ipam.config[].subnet: ${parsed.error}${from}`, sn.pos);
        }
        decl.subnets.push({ cidr, pos: sn.pos, ...origin(sn) });
      }
    }
  }
  return decl;
}

function readService(e: YEntry, profiles: readonly string[]): ServiceInfo {
  const where = `services.${e.key}`;
  const m = asMap(e.value, where);
  if (!m) throw errAt(`${where} must be a mapping`, e.keyPos);
  const svcProfiles = stringList(get(m, 'profiles'), `${where}.profiles`);
  const active = svcProfiles.length === 0 || profiles.includes('*') || svcProfiles.some((p) => profiles.includes(p));
  const info: ServiceInfo = {
    name: e.key,
    keyPos: e.keyPos,
    active,
    provider: !isNull(get(m, 'provider')),
    networks: new Map(),
    needs: needsOf(m),
    dependsOn: requiredDeps(get(m, 'depends_on')),
  };
  const nm = asString(get(m, 'network_mode'), `${where}.network_mode`);
  if (nm && nm.value !== null && String(nm.value) !== '') info.networkMode = { value: String(nm.value), pos: nm.pos };
  const netsEntry = m.entries.get('networks');
  if (netsEntry && !isNull(netsEntry.value)) {
    const nets = networksAsMapping(netsEntry.value, [`services`, e.key, 'networks']);
    for (const n of nets.entries.values()) {
      if (!isNull(n.value) && n.value.kind !== 'map') throw errAt(`${where}.networks.${n.key} must be a mapping or null`, n.value.pos);
      info.networks.set(n.key, n.keyPos);
    }
    info.networksPos = netsEntry.keyPos;
  }
  const ports = m.entries.get('ports');
  if (ports && ports.value.kind === 'seq' && ports.value.items.length > 0) info.ports = ports.keyPos;
  return info;
}

/** a scalar's text, or undefined */
function text(n: YNode | undefined): string | undefined {
  return n && n.kind === 'scalar' && n.value !== null ? String(n.value) : undefined;
}

/**
 * What docker-compose 1.x's sort_service_dicts counts as a dependency: `links` ("svc[:alias]"),
 * `volumes_from` ("svc[:mode]", not "container:…"), `depends_on` (list or mapping), and
 * `network_mode` / `pid` / `ipc` of the form "service:svc".
 */
function needsOf(m: YMap): string[] {
  const out: string[] = [];
  const list = (n: YNode | undefined): string[] =>
    n && n.kind === 'seq'
      ? n.items.map(text).filter((s): s is string => s !== undefined)
      : n && n.kind === 'map'
        ? [...n.entries.keys()]
        : [];
  for (const l of list(get(m, 'links'))) out.push(l.split(':')[0]);
  for (const v of list(get(m, 'volumes_from'))) if (!v.startsWith('container:')) out.push(v.split(':')[0]);
  out.push(...list(get(m, 'depends_on')));
  for (const k of ['network_mode', 'pid', 'ipc']) {
    const t = text(get(m, k));
    if (t?.startsWith('service:')) out.push(t.slice('service:'.length));
  }
  return out;
}

/** `depends_on` as a list or a mapping; entries with `required: false` may name a missing service */
function requiredDeps(n: YNode | undefined): { name: string; pos: SourcePos }[] {
  if (!n) return [];
  if (n.kind === 'seq') return n.items.filter((i) => text(i) !== undefined).map((i) => ({ name: text(i)!, pos: i.pos }));
  if (n.kind !== 'map') return [];
  const out: { name: string; pos: SourcePos }[] = [];
  for (const e of n.entries.values()) {
    const req = e.value.kind === 'map' ? get(e.value, 'required') : undefined;
    if (req && req.kind === 'scalar' && (req.value === false || String(req.value).toLowerCase() === 'false')) continue;
    out.push({ name: e.key, pos: e.keyPos });
  }
  return out;
}

/**
 * docker-compose 1.x's service order (compose/config/sort_services.py): a depth-first topological sort
 * that visits the last unvisited service first and puts each service before the ones it is visited
 * from, so that services without dependencies keep their file order and dependencies come first.
 * A cycle (which v1 refuses) leaves the remaining services in file order.
 */
export function v1ServiceOrder<T extends { name: string; needs: string[] }>(services: readonly T[]): T[] {
  const unmarked = new Set(services);
  const inProgress = new Set<T>();
  const sorted: T[] = [];
  const visit = (n: T): void => {
    if (inProgress.has(n) || !unmarked.has(n)) return;
    inProgress.add(n);
    for (const m of services) if (m.needs.includes(n.name)) visit(m);
    inProgress.delete(n);
    unmarked.delete(n);
    sorted.unshift(n);
  };
  while (unmarked.size > 0) visit([...unmarked][unmarked.size - 1]);
  return sorted;
}

/**
 * Builds the network model. `profiles` are the active profiles ("*" = all). Throws ConfigError for
 * what Compose refuses (undefined networks, network_mode together with networks, bad values).
 */
/** what a network is when its definition says nothing (Docker's and Compose's defaults) */
function networkDefaults() {
  return { external: false, driver: 'bridge', ipamDriver: 'default', subnets: [] as ComposeSubnet[], enableIpv4: true, enableIpv6: false };
}

export function buildNetworks(
  dict: YMap,
  projectName: string,
  profiles: readonly string[],
  warnings: LoadWarning[],
  generation: ComposeGeneration = 'v2',
  budget?: LoadBudget,
): BuiltModel {
  const spend = budgetOf(budget);
  for (const e of dict.entries.values()) {
    if (!KNOWN_TOP_LEVEL.has(e.key) && !e.key.startsWith('x-')) {
      warnings.push({
        code: 'other',
        message: `unknown top-level key "${e.key}" (Compose refuses it: additional properties are not allowed)`,
        pos: e.keyPos,
      });
    }
  }
  const declared = new Map<string, NetworkDecl>();
  const netsMap = asMap(get(dict, 'networks'), 'networks');
  if (netsMap) {
    for (const e of netsMap.entries.values()) {
      spend.spend('networks', 1, e.keyPos, `networks.${e.key.length > 40 ? `${e.key.slice(0, 40)}…` : e.key}`);
      // Compose v2: an `x-…` key under networks: is an extension field, not a network (a service naming
      // it refers to an undefined network); docker-compose 1.x took it for a network
      if (generation === 'v2' && e.key.startsWith('x-')) continue;
      declared.set(e.key, readNetwork(e, warnings));
    }
  }

  const services: ServiceInfo[] = [];
  const svcMap = asMap(get(dict, 'services'), 'services');
  if (svcMap) for (const e of svcMap.entries.values()) services.push(readService(e, profiles));
  const activeNames = new Set(services.filter((s) => s.active).map((s) => s.name));

  const users = new Map<string, { services: string[]; firstPos: SourcePos }>();
  const publishedPorts: BuiltModel['publishedPorts'] = [];
  // docker-compose 1.x creates networks in first-use order over its sorted services (inactive ones
  // included: 1.29 creates their networks too); v2's order is random, so file order serves here
  const v1 = generation === 'v1';
  for (const s of v1 ? v1ServiceOrder(services) : services) {
    if (!s.active && !v1) continue;
    if (s.ports && s.active) publishedPorts.push({ service: s.name, pos: s.ports });
    if (!v1 && s.active) {
      for (const dep of s.dependsOn) {
        if (activeNames.has(dep.name)) continue;
        const inactive = services.some((o) => o.name === dep.name);
        throw errAt(
          `service "${s.name}" depends on undefined service "${dep.name}": invalid compose project` +
            (inactive
              ? ` ("${dep.name}" runs only with a profile that is not enabled; enable it, or write \`required: false\` under depends_on.${dep.name})`
              : ''),
          dep.pos,
        );
      }
    }
    if (s.networkMode) {
      if (s.networks.size > 0) {
        throw errAt(
          `service "${s.name}" declares mutually exclusive \`network_mode\` and \`networks\``,
          s.networksPos ?? s.networkMode.pos,
        );
      }
      const ref = /^service:(.*)$/.exec(s.networkMode.value);
      if (ref && s.active && !activeNames.has(ref[1])) {
        throw errAt(`service "${ref[1]}" not found for network_mode 'service:${ref[1]}' of service "${s.name}"`, s.networkMode.pos);
      }
      continue;
    }
    if (s.provider) continue;
    const joins: [string, SourcePos][] = s.networks.size > 0 ? [...s.networks] : [['default', s.keyPos]];
    for (const [key, pos] of joins) {
      if (key !== 'default' && !declared.has(key)) {
        const ext = !v1 && key.startsWith('x-') && netsMap?.entries.has(key);
        throw errAt(
          `service "${s.name}" refers to undefined network ${key}: invalid compose project` +
            (ext
              ? ` (an x-… key under networks: is an extension field, not a network; Compose says "refers to undefined network #extensions")`
              : ''),
          pos,
        );
      }
      const u = users.get(key);
      if (u) u.services.push(s.name);
      else users.set(key, { services: [s.name], firstPos: s.keyPos });
    }
  }

  // two created networks with one name: Compose creates it for the first key and `up` fails on the second
  const byName = new Map<string, string>();
  for (const [key, d] of declared) {
    if (d.external || !users.has(key)) continue;
    const name = d.name ? String(d.name.value) : `${projectName}_${key}`;
    const other = byName.get(name);
    if (other !== undefined) {
      throw errAt(
        `networks.${key}: name "${name}" is also the name of networks.${other}: \`docker compose up\` fails ` +
          `("network ${name} was found but has incorrect label com.docker.compose.network"); give each network its own name`,
        d.name?.pos ?? d.keyPos,
      );
    }
    byName.set(name, key);
  }

  const networks: ComposeNetwork[] = [];
  for (const [key, u] of users) {
    const d = declared.get(key);
    if (!d) {
      // the implicit default network
      spend.spend('networks', 1, u.firstPos, 'the default network');
      networks.push({
        key,
        name: `${projectName}_${key}`,
        ...networkDefaults(),
        pos: u.firstPos,
        usedBy: u.services,
        implicit: true,
      });
      continue;
    }
    const name = d.name ? String(d.name.value) : d.external ? key : `${projectName}_${key}`;
    checkNameLength(`the name of network "${key.length > 40 ? `${key.slice(0, 40)}…` : key}"`, name, d.name?.pos ?? d.keyPos);
    const net: ComposeNetwork = {
      key,
      name,
      external: d.external,
      driver: d.driver,
      ipamDriver: d.ipamDriver,
      subnets: d.subnets,
      enableIpv4: d.enableIpv4,
      enableIpv6: d.enableIpv6,
      pos: d.keyPos,
      usedBy: u.services,
    };
    if (d.mtu) net.mtu = d.mtu;
    if (d.name) {
      net.namePos = d.name.pos;
      if (d.name.origin?.length) net.nameOrigin = d.name.origin;
    }
    networks.push(net);
  }
  // v2: sorted by key (Compose's order is random, and the set of dynamic subnets does not depend on it);
  // v1: the first-use order docker-compose 1.x creates them in
  if (!v1) networks.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const refs: ComposeServiceRef[] = services.map((s) => ({
    name: s.name,
    pos: s.keyPos,
    active: s.active,
    ...(s.networkMode ? { networkMode: { value: s.networkMode.value, pos: s.networkMode.pos } } : {}),
    networks: [...s.networks].map(([key, pos]) => ({ key, pos })),
  }));
  return { networks, publishedPorts, services: refs };
}
