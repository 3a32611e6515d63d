// network-inventory.yaml → Inventory (format: design.md "Inventory"; schema: inventory-schema.ts).
//
// Steps: YAML (or JSON) with positions → JSON Schema validation (ajv) with errors turned into located,
// human messages → typed model with every value's position → checks the schema cannot express: CIDRs and
// addresses that parse, unique host names, paths that stay inside the repository and exist, presets
// expanded, imports read.
// Paths are written relative to the inventory's folder and come out relative to the repository root.
import type { ErrorObject } from 'ajv';
import { ConfigError } from '../errors.js';
import type {
  HostNetwork,
  HostSpec,
  HostState,
  Inventory,
  Lifecycle,
  Located,
  ProjectRef,
  ReservedRange,
  Severity,
  SwarmSpec,
} from '../model.js';
import { formatAddress, formatPrefix, parseAddress, parsePrefix, type Prefix } from '../net/prefix.js';
import { cidrProblem, refuseLarge } from './daemon.js';
import { groupDigits } from '../digits.js';
import { budgetOf, type LoadBudget } from './budget.js';
import { MAX_IMPORT_BYTES, parseImport, type ImportResult } from './importers.js';
import { validateInventoryShape } from './inventory-validate.generated.js';
import {
  describeKind,
  entryOf,
  nodeAtPointer,
  parseJsonDoc,
  parseYamlDoc,
  toPlain,
  valueOf,
  type DocNode,
  type Entry,
  type ObjectNode,
  type ParsedDoc,
} from './json-positions.js';
import { expandPreset, presetNames, unknownPresetMessage } from './presets.js';
import { dirOf, joinRel, leavesRoot, type Reader } from './reader.js';

export const DEFAULT_HOST_NAME = 'local';

const COMPOSE_NAMES = new Set(['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml']);

/** No inventory file: one host running every project found, Engine unknown, nothing reserved. */
export function defaultInventory(): Inventory {
  return { reserved: [], hosts: [defaultHost()] };
}

function defaultHost(): HostSpec {
  return {
    name: DEFAULT_HOST_NAME,
    engine: { value: 'unknown' },
    routes: [],
    nameservers: [],
    restartEvery: 0,
    env: {},
    reserved: [],
    networks: [],
  };
}

/**
 * 2 MiB holds ~80,000 inline reserved ranges; larger inventories are refused before parsing (a YAML file
 * the fast reader cannot read costs the `yaml` package ~130 bytes of memory per byte). Longer lists
 * belong in `import:` files (JSON, up to 8 MiB each).
 */
export const MAX_INVENTORY_BYTES = 2 * 1024 * 1024;

export function loadInventory(reader: Reader, file: string, budget?: LoadBudget): Inventory {
  refuseLarge(reader, file, MAX_INVENTORY_BYTES, 'the inventory');
  const spend = budgetOf(budget);
  spend.spend('bytes', Math.max(0, reader.size(file)), { file, line: 1, column: 1 }, 'reading the inventory');
  const text = reader.read(file);
  const doc = /\.json$/i.test(file) ? parseJson(text, file) : parseYamlDoc(text, file);
  validate(doc);
  return new Builder(doc, reader, spend).build();
}

function parseJson(text: string, file: string): ParsedDoc {
  try {
    return parseJsonDoc(text, file);
  } catch (e) {
    if (e instanceof ConfigError) throw new ConfigError(`not valid JSON: ${e.message}`, e.pos);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Schema validation

/**
 * The schema compiled ahead of time by ajv (src/load/inventory-validate.generated.ts, checked against a
 * fresh compile by test/load/inventory-validator.test.ts): no schema compile and no ajv at run time.
 */
const validator = validateInventoryShape as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** Validates against the schema; the first problem (in file order) becomes a located ConfigError. */
export function validate(doc: ParsedDoc): void {
  const value = doc.root === undefined ? {} : toPlain(doc.root);
  const check = validator;
  if (check(value)) return;
  const problems = explainAll(doc, check.errors ?? []);
  if (problems.length === 0) throw new ConfigError('the inventory does not match its schema', { file: doc.file });
  problems.sort((a, b) => a.offset - b.offset || a.rank - b.rank);
  const first = problems[0];
  const more = new Set(problems.map((p) => p.message)).size - 1;
  const suffix = more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'} in this file)` : '';
  throw new ConfigError(first.message + suffix, first.at ? doc.span(first.at) : { file: doc.file, line: 1, column: 1 });
}

interface Problem {
  message: string;
  at?: { start: number; end: number };
  offset: number;
  /** tie-break at one position: the more specific message first */
  rank: number;
}

const RANK: Record<string, number> = { additionalProperties: 0, type: 1, enum: 2, const: 2, pattern: 3, oneOf: 4, required: 5 };

function explainAll(doc: ParsedDoc, errors: ErrorObject[]): Problem[] {
  // errors inside a oneOf branch only say why that branch did not match; the oneOf error says it better
  const kept = errors.filter((e) => !/\/oneOf\/\d+\//.test(e.schemaPath) && !(e.keyword === 'pattern' && e.propertyName !== undefined));
  return kept.map((e) => explain(doc, e));
}

function typeName(t: string): string {
  const names: Record<string, string> = {
    string: 'a string',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping (key: value)',
    null: 'empty',
  };
  return names[t] ?? t;
}

/** "hosts[0].projects[1].path" for "/hosts/0/projects/1/path" */
export function pointerLabel(pointer: string): string {
  if (pointer === '') return 'the inventory';
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(part) ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out;
}

export function closest(word: string, options: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length >= 3) {
    const started = options.filter((o) => o.toLowerCase().startsWith(lower));
    if (started.length === 1) return started[0];
  }
  let best: string | undefined;
  let bestD = 3;
  for (const o of options) {
    const d = editDistance(word.toLowerCase(), o.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = o;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return row[b.length];
}

function explain(doc: ParsedDoc, e: ErrorObject): Problem {
  const { node, entry } = nodeAtPointer(doc.root, e.instancePath);
  const label = pointerLabel(e.instancePath);
  const parent = (e.parentSchema ?? {}) as Record<string, unknown>;
  const title = typeof parent.title === 'string' ? parent.title : undefined;
  const p = e.params as Record<string, unknown>;
  const at = (n: DocNode | Entry | undefined): Problem['at'] => (n ? ('keySpan' in n ? n.keySpan : n) : undefined);
  const make = (message: string, where: DocNode | Entry | undefined = node): Problem => {
    const span = at(where);
    return { message, at: span, offset: span?.start ?? 0, rank: RANK[e.keyword] ?? 9 };
  };
  const shown = node && node.kind !== 'object' && node.kind !== 'array' ? JSON.stringify(toPlain(node)) : describeKind(node);

  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const allowed = Object.keys((parent.properties ?? {}) as object);
      const obj = node?.kind === 'object' ? node : undefined;
      const keyEntry = obj ? entryOf(obj, key) : undefined;
      const guess = closest(key, allowed);
      const where = label === 'the inventory' ? 'at the top level' : `in ${label}`;
      return make(
        `unknown key "${key}" ${where}${guess ? ` — did you mean "${guess}"?` : ''} (${title ? `a ${title} has` : 'allowed keys are'}: ${allowed.join(', ')})`,
        keyEntry ?? node,
      );
    }
    case 'required': {
      const missing = String(p.missingProperty);
      return make(`${label} has no "${missing}"${title ? ` (every ${title} needs one)` : ''}`, entry ?? node);
    }
    case 'type': {
      const want = String(p.type).split(',').map(typeName).join(' or ');
      return make(`${label} must be ${want}, found ${describeKind(node)}`);
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => String(v));
      if (e.instancePath.endsWith('/preset')) return make(`${label}: ${unknownPresetMessage(String(toPlain(node)))}`);
      const guess = node?.kind === 'string' ? closest(node.value, allowed) : undefined;
      return make(`${label}: ${shown} is not one of: ${allowed.join(', ')}${guess ? ` — did you mean "${guess}"?` : ''}`);
    }
    case 'const':
      if (e.instancePath === '/version') {
        return make(`version: this file says ${shown}; this subnet-guard reads inventory version ${String(p.allowedValue)}`);
      }
      return make(`${label} must be ${JSON.stringify(p.allowedValue)}, found ${shown}`);
    case 'pattern':
      return make(
        `${label}: ${shown} ${typeof parent.patternErrorMessage === 'string' ? parent.patternErrorMessage : `does not match ${String(p.pattern)}`}`,
      );
    case 'propertyNames': {
      const name = String(p.propertyName);
      const obj = node?.kind === 'object' ? node : undefined;
      const keyEntry = obj ? entryOf(obj, name) : undefined;
      const msg = ((parent.propertyNames ?? {}) as Record<string, unknown>).patternErrorMessage;
      return make(`${label}: "${name}" ${typeof msg === 'string' ? msg : 'is not an allowed key'}`, keyEntry ?? node);
    }
    case 'oneOf':
      return make(
        `${label} ${typeof parent.errorMessage === 'string' ? parent.errorMessage : 'matches none or several of the allowed forms'}`,
      );
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const cmp =
        e.keyword === 'minimum'
          ? 'at least'
          : e.keyword === 'maximum'
            ? 'at most'
            : e.keyword === 'exclusiveMinimum'
              ? 'more than'
              : 'less than';
      return make(`${label} must be ${cmp} ${String(p.limit)}, found ${node?.kind === 'number' ? node.raw : shown}`);
    }
    case 'minLength':
      return make(`${label} must not be empty`);
    case 'minItems':
      return make(
        e.instancePath === '/hosts'
          ? 'hosts must list at least one host (or leave "hosts" out: one host running every project found)'
          : `${label} must list at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`,
      );
    default:
      return make(`${label} ${e.message ?? 'is not valid'}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Model

class Builder {
  private readonly dir: string;

  /** imports already read, by path: an export listed twice is read once */
  private readonly imports = new Map<string, ImportResult>();

  constructor(
    private readonly doc: ParsedDoc,
    private readonly reader: Reader,
    private readonly budget: LoadBudget,
  ) {
    // paths are relative to the inventory's folder; an inventory named on the command line from outside
    // the checked directory (a shared ops repository) names the checked repository's files from its root
    this.dir = leavesRoot(doc.file) ? '.' : dirOf(doc.file);
  }

  build(): Inventory {
    const doc = this.doc;
    const root = doc.root?.kind === 'object' ? doc.root : undefined;
    const inv: Inventory = { file: doc.file, reserved: [], hosts: [] };
    if (!root) {
      inv.hosts.push(defaultHost());
      return inv;
    }
    const reserved = valueOf(root, 'reserved');
    if (reserved?.kind === 'array') reserved.items.forEach((item, i) => this.reserved(item as ObjectNode, i, inv.reserved));

    const hosts = valueOf(root, 'hosts');
    if (hosts?.kind === 'array') {
      const seen = new Map<string, DocNode>();
      hosts.items.forEach((item, i) => {
        const h = this.host(item as ObjectNode, i);
        const nameNode = valueOf(item as ObjectNode, 'name')!;
        const prev = seen.get(h.name);
        if (prev) {
          throw doc.error(
            `hosts[${i}].name: duplicate host name "${h.name}" (already used on line ${doc.pos(prev).line}); host names must be unique`,
            nameNode,
          );
        }
        seen.set(h.name, nameNode);
        inv.hosts.push(h);
      });
    } else {
      inv.hosts.push(defaultHost());
    }

    const cycles = valueOf(root, 'cycles');
    if (cycles?.kind === 'number') inv.cycles = { value: cycles.value, pos: doc.pos(cycles) };
    const cgnat = valueOf(root, 'cgnat-is-private');
    if (cgnat?.kind === 'boolean') inv.allowCgnat = cgnat.value;
    const rules = valueOf(root, 'rules');
    if (rules?.kind === 'object') {
      inv.rules = {};
      for (const e of rules.entries) {
        // the schema admits only known ids and off | note | warning | error
        if (e.value.kind === 'string') {
          Object.defineProperty(inv.rules, e.key, {
            value: { value: e.value.value as Severity | 'off', pos: doc.pos(e.value) },
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
      }
    }
    return inv;
  }

  // ---- reserved

  private reserved(item: ObjectNode, i: number, out: ReservedRange[], where = ''): void {
    const doc = this.doc;
    const label = `${where}reserved[${i}]`;
    const nameNode = valueOf(item, 'name');
    const given = nameNode?.kind === 'string' && nameNode.value.trim() !== '' ? nameNode.value.trim() : undefined;

    const cidrNode = valueOf(item, 'cidr');
    if (cidrNode?.kind === 'string') {
      const p = this.reservedPrefix(cidrNode, `${label}.cidr`);
      const cidr = formatPrefix(p);
      this.budget.spend('reserved', 1, doc.pos(cidrNode), `${label}.cidr`);
      out.push({ cidr, name: given ?? cidr, pos: doc.pos(cidrNode) });
      return;
    }

    const presetNode = valueOf(item, 'preset');
    if (presetNode?.kind === 'string') {
      const ranges = expandPreset(presetNode.value);
      if (!ranges) throw doc.error(`${label}.preset: ${unknownPresetMessage(presetNode.value)}`, presetNode);
      this.budget.spend('reserved', ranges.length, doc.pos(presetNode), `${label}.preset`);
      for (const r of ranges) {
        out.push({
          cidr: r.cidr,
          name: given ? `${given}: ${r.name}` : r.name,
          pos: doc.pos(presetNode),
          source: `preset:${presetNode.value}`,
        });
      }
      return;
    }

    const importNode = valueOf(item, 'import');
    if (importNode?.kind === 'string') {
      const rel = this.file(importNode, `${label}.import`, 'import', MAX_IMPORT_BYTES);
      let imported = this.imports.get(rel);
      if (!imported) {
        this.budget.spend('bytes', Math.max(0, this.reader.size(rel)), doc.pos(importNode), `${label}.import`);
        imported = parseImport(this.reader.read(rel), rel);
        this.imports.set(rel, imported);
      }
      this.budget.spend(
        'reserved',
        imported.ranges.length,
        doc.pos(importNode),
        `${label}.import (${groupDigits(imported.ranges.length)} ranges)`,
      );
      for (const r of imported.ranges) out.push(given ? { ...r, name: `${given}: ${r.name}` } : r);
    }
  }

  private reservedPrefix(node: DocNode & { kind: 'string' }, label: string): Prefix {
    const text = node.value.trim();
    if (!text.includes('/')) {
      const a = parseAddress(text);
      if ('error' in a) throw this.doc.error(`${label}: ${a.error}`, node);
      return a;
    }
    const p = parsePrefix(text);
    if ('error' in p) throw this.doc.error(`${label}: ${JSON.stringify(text)} is not a CIDR prefix: ${cidrProblem(text, p.error)}`, node);
    if (p.prefix.bits === 0) {
      throw this.doc.error(
        `${label}: ${text} would reserve every address, so every Docker network would collide; list the ranges that are really in use`,
        node,
      );
    }
    if (!p.canonical) {
      const net = formatPrefix(p.prefix);
      const one = `${text.slice(0, text.indexOf('/'))}/${p.prefix.family === 4 ? 32 : 128}`;
      throw this.doc.error(`${label}: ${text} has host bits set — write the network ${net}, or ${one} for that one address`, node);
    }
    return p.prefix;
  }

  // ---- hosts

  private host(item: ObjectNode, i: number): HostSpec {
    const doc = this.doc;
    const label = `hosts[${i}]`;
    const nameNode = valueOf(item, 'name') as DocNode & { kind: 'string' };
    const h: HostSpec = {
      name: nameNode.value.trim(),
      engine: { value: 'unknown' },
      routes: [],
      nameservers: [],
      restartEvery: 0,
      env: {},
      pos: doc.pos(item),
      reserved: [],
      networks: [],
    };
    if (h.name === '') throw doc.error(`${label}.name must not be blank`, nameNode);

    const engine = valueOf(item, 'engine');
    if (engine?.kind === 'string') h.engine = { value: engine.value.trim(), pos: doc.pos(engine) };
    else if (engine?.kind === 'number') {
      // `engine: 20.10` is the number 20.1 to YAML; the text as written is what the user meant
      if (!/^\d+(\.\d+){0,2}$/.test(engine.raw)) {
        throw doc.error(`${label}.engine: ${engine.raw} is not a Docker Engine version such as "26.1" or "27.3.1" (or "unknown")`, engine);
      }
      h.engine = { value: engine.raw, pos: doc.pos(engine) };
    }

    const engineId = valueOf(item, 'engine-id');
    if (engineId?.kind === 'string') {
      if (engineId.value.trim() === '') throw doc.error(`${label}.engine-id must not be blank (it is \`docker info\`'s ID)`, engineId);
      h.engineId = { value: engineId.value.trim(), pos: doc.pos(engineId) };
    }
    const compose = valueOf(item, 'compose');
    if (compose?.kind === 'string') h.compose = { value: compose.value as 'v1' | 'v2', pos: doc.pos(compose) };

    const daemon = valueOf(item, 'daemon');
    if (daemon?.kind === 'string') h.daemon = { value: this.file(daemon, `${label}.daemon`, 'daemon.json'), pos: doc.pos(daemon) };

    const routes = valueOf(item, 'routes');
    if (routes?.kind === 'array') {
      routes.items.forEach((r, j) => h.routes.push(this.route(r as DocNode & { kind: 'string' }, `${label}.routes[${j}]`)));
    }
    const ns = valueOf(item, 'nameservers');
    if (ns?.kind === 'array') {
      ns.items.forEach((n, j) => h.nameservers.push(this.nameserver(n as DocNode & { kind: 'string' }, `${label}.nameservers[${j}]`)));
    }

    const mtu = valueOf(item, 'underlay-mtu');
    if (mtu?.kind === 'number') h.underlayMtu = { value: mtu.value, pos: doc.pos(mtu) };
    const restart = valueOf(item, 'restart-every');
    if (restart?.kind === 'number') h.restartEvery = restart.value;

    const swarm = valueOf(item, 'swarm');
    if (swarm?.kind === 'object') h.swarm = this.swarm(swarm, `${label}.swarm`);

    const projects = valueOf(item, 'projects');
    if (projects?.kind === 'array') {
      h.projects = projects.items.map((p, j) => this.project(p as ObjectNode, `${label}.projects[${j}]`));
    }

    const env = valueOf(item, 'env');
    if (env?.kind === 'object') {
      for (const e of env.entries) {
        const v = e.value;
        const text = v.kind === 'string' ? v.value : v.kind === 'number' || v.kind === 'boolean' ? v.raw : '';
        Object.defineProperty(h.env, e.key, { value: text, enumerable: true, writable: true, configurable: true });
      }
    }
    const envFile = valueOf(item, 'env-file');
    if (envFile?.kind === 'string') h.envFile = { value: this.file(envFile, `${label}.env-file`, 'env file'), pos: doc.pos(envFile) };

    const reserved = valueOf(item, 'reserved');
    if (reserved?.kind === 'array') reserved.items.forEach((r, j) => this.reserved(r as ObjectNode, j, h.reserved, `${label}.`));
    const networks = valueOf(item, 'networks');
    if (networks?.kind === 'array') h.networks = this.networks(networks.items as ObjectNode[], `${label}.networks`);
    const state = valueOf(item, 'state');
    if (state?.kind === 'object') h.state = this.state(state, `${label}.state`);
    return h;
  }

  /** a list of networks (host `networks:` or a project's in `state:`): names unique, subnets that parse */
  private networks(items: ObjectNode[], label: string): HostNetwork[] {
    const seen = new Map<string, number>();
    return items.map((item, j) => {
      const nameNode = valueOf(item, 'name') as DocNode & { kind: 'string' };
      const name = nameNode.value.trim();
      if (name === '') throw this.doc.error(`${label}[${j}].name must not be blank`, nameNode);
      const prev = seen.get(name);
      if (prev !== undefined)
        throw this.doc.error(
          `${label}[${j}].name: "${name}" is listed twice (also ${label}[${prev}]); Docker network names are unique on a host`,
          nameNode,
        );
      seen.set(name, j);
      const subnets: Located<string>[] = [];
      const sn = valueOf(item, 'subnets');
      if (sn?.kind === 'array') {
        sn.items.forEach((s, k) => {
          const node = s as DocNode & { kind: 'string' };
          const p = this.reservedPrefix(node, `${label}[${j}].subnets[${k}]`);
          subnets.push({ value: formatPrefix(p), pos: this.doc.pos(node) });
        });
      }
      return { name, subnets, pos: this.doc.pos(item) };
    });
  }

  private state(node: ObjectNode, label: string): HostState {
    const doc = this.doc;
    const st: HostState = { projects: [], pos: doc.pos(node) };
    const read = valueOf(node, 'read');
    if (read?.kind === 'string') st.read = read.value;
    const bridge = valueOf(node, 'bridge');
    if (bridge?.kind === 'string') st.bridge = formatPrefix(this.reservedPrefix(bridge, `${label}.bridge`));
    const cursor = valueOf(node, 'cursor');
    if (cursor?.kind === 'number') st.cursor = cursor.value;
    else if (cursor?.kind === 'string') st.cursor = 'unknown';
    if (cursor) st.cursorPos = doc.pos(cursor);
    const projects = valueOf(node, 'projects');
    if (projects?.kind === 'array') {
      const seen = new Set<string>();
      projects.items.forEach((p, j) => {
        const o = p as ObjectNode;
        const nameNode = valueOf(o, 'name') as DocNode & { kind: 'string' };
        const name = nameNode.value.trim();
        if (seen.has(name)) throw doc.error(`${label}.projects[${j}].name: project "${name}" is listed twice`, nameNode);
        seen.add(name);
        const nets = valueOf(o, 'networks');
        const networks = nets?.kind === 'array' ? this.networks(nets.items as ObjectNode[], `${label}.projects[${j}].networks`) : [];
        st.projects.push({ name, networks: networks.map((n) => ({ name: n.name, subnets: n.subnets.map((s) => s.value) })) });
      });
    }
    return st;
  }

  private swarm(node: ObjectNode, label: string): SwarmSpec {
    const role = valueOf(node, 'role');
    const out: SwarmSpec = {
      role: role?.kind === 'string' && role.value === 'worker' ? 'worker' : 'manager',
      defaultAddrPool: [],
      pos: this.doc.pos(node),
    };
    const size = valueOf(node, 'subnet-size');
    if (size?.kind === 'number') out.subnetSize = { value: size.value, pos: this.doc.pos(size) };
    const pools = valueOf(node, 'default-addr-pool');
    if (pools?.kind === 'array') {
      pools.items.forEach((p, j) => {
        const where = `${label}.default-addr-pool[${j}]`;
        const prefix = this.swarmPrefix(p as DocNode & { kind: 'string' }, where);
        const bits = out.subnetSize?.value ?? 24;
        if (prefix.bits > bits) {
          throw this.doc.error(
            `${where}: ${formatPrefix(prefix)} is smaller than the subnets the swarm cuts from it (subnet-size ${bits}): give a larger pool or a larger subnet-size`,
            p,
          );
        }
        out.defaultAddrPool.push({ value: formatPrefix(prefix), pos: this.doc.pos(p) });
      });
    }
    const leader = valueOf(node, 'leader-change-every');
    if (leader?.kind === 'number' && leader.value > 0) out.leaderChangeEvery = { value: leader.value, pos: this.doc.pos(leader) };
    const gw = valueOf(node, 'gwbridge-subnet');
    if (gw?.kind === 'string')
      out.gwbridgeSubnet = { value: formatPrefix(this.swarmPrefix(gw, `${label}.gwbridge-subnet`)), pos: this.doc.pos(gw) };
    return out;
  }

  /** an IPv4 network prefix as `docker swarm init` / `network create --subnet` take it */
  private swarmPrefix(node: DocNode & { kind: 'string' }, label: string): Prefix {
    const text = node.value.trim();
    const p = parsePrefix(text);
    if ('error' in p || !text.includes('/')) {
      throw this.doc.error(
        `${label}: ${JSON.stringify(text)} is not a CIDR prefix such as 10.20.0.0/16${'error' in p ? `: ${cidrProblem(text, p.error)}` : ''}`,
        node,
      );
    }
    if (p.prefix.family !== 4) throw this.doc.error(`${label}: ${text} is IPv6; swarm address pools are IPv4`, node);
    if (!p.canonical) throw this.doc.error(`${label}: ${text} has host bits set — write the network ${formatPrefix(p.prefix)}`, node);
    return p.prefix;
  }

  private route(node: DocNode & { kind: 'string' }, label: string): Located<string> {
    this.budget.spend('routes', 1, this.doc.pos(node), label);
    const text = node.value.trim();
    const p = parseAddress(text);
    if ('error' in p) throw this.doc.error(`${label}: ${JSON.stringify(text)} is not a route prefix: ${cidrProblem(text, p.error)}`, node);
    if (p.bits === 0)
      throw this.doc.error(
        `${label}: ${text} is the default route; list on-link routes only (routes via a gateway belong in reserved)`,
        node,
      );
    // "10.0.0.5/24" as `ip addr` prints it: the on-link route is the network 10.0.0.0/24
    return { value: formatPrefix(p), pos: this.doc.pos(node) };
  }

  private nameserver(node: DocNode & { kind: 'string' }, label: string): Located<string> {
    this.budget.spend('routes', 1, this.doc.pos(node), label);
    const text = node.value.trim();
    const p = text.includes('/') ? { error: `${JSON.stringify(text)} is a prefix; a nameserver is one address` } : parseAddress(text);
    if ('error' in p) throw this.doc.error(`${label}: ${p.error}`, node);
    return { value: formatAddress(p.family, p.addr), pos: this.doc.pos(node) };
  }

  private project(item: ObjectNode, label: string): ProjectRef {
    const doc = this.doc;
    this.budget.spend('projects', 1, doc.pos(item), label);
    const pathNode = valueOf(item, 'path')!;
    let path: string | string[];
    if (pathNode.kind === 'string') {
      path = this.resolve(pathNode, `${label}.path`);
      if (!this.located(() => this.reader.exists(path as string), pathNode, `${label}.path`)) {
        throw doc.error(
          `${label}.path: "${pathNode.value}" does not exist (looked for ${path}, relative to the repository root)`,
          pathNode,
        );
      }
      if (this.reader.isDir(path)) {
        // a directory that is a link to somewhere outside shows itself when a file in it is read
        for (const f of this.reader.list(path)) {
          if (f.kind === 'file' && COMPOSE_NAMES.has(f.name)) this.probe(joinRel(path, f.name), pathNode, `${label}.path`);
        }
      } else this.probe(path, pathNode, `${label}.path`);
    } else {
      const items = (pathNode as DocNode & { kind: 'array' }).items as (DocNode & { kind: 'string' })[];
      path = items.map((f, j) => {
        const rel = this.resolve(f, `${label}.path[${j}]`);
        if (!this.located(() => this.reader.exists(rel), f, `${label}.path[${j}]`))
          throw doc.error(`${label}.path[${j}]: compose file "${f.value}" does not exist (looked for ${rel})`, f);
        if (this.reader.isDir(rel))
          throw doc.error(
            `${label}.path[${j}]: "${f.value}" is a directory; a list names compose files (give a directory as a single path)`,
            f,
          );
        this.probe(rel, f, `${label}.path[${j}]`);
        return rel;
      });
    }
    const lc = valueOf(item, 'lifecycle');
    const lifecycle: Lifecycle = lc?.kind === 'string' && lc.value === 'persistent' ? 'persistent' : 'cycling';
    const profilesNode = valueOf(item, 'profiles');
    const profiles = profilesNode?.kind === 'array' ? profilesNode.items.map((p) => String(toPlain(p))) : [];
    const stackNode = valueOf(item, 'stack');
    const stack = stackNode?.kind === 'string' ? { value: stackNode.value, pos: doc.pos(stackNode) } : undefined;
    return { path, lifecycle, profiles, ...(stack ? { stack } : {}), pos: doc.pos(item) };
  }

  // ---- paths

  /** inventory-relative path → repository-relative, refusing absolute paths and paths that leave */
  private resolve(node: DocNode & { kind: 'string' }, label: string): string {
    const raw = node.value.trim();
    if (raw === '') throw this.doc.error(`${label} must not be empty`, node);
    if (raw.startsWith('/') || raw.startsWith('~') || /^[A-Za-z]:[\\/]/.test(raw) || raw.startsWith('\\\\')) {
      throw this.doc.error(
        `${label}: "${raw}" is an absolute path; paths are relative to the inventory's folder and must stay inside the repository`,
        node,
      );
    }
    if (raw.includes('\0')) throw this.doc.error(`${label}: the path contains a NUL character`, node);
    const rel = joinRel(this.dir, raw.replace(/\\/g, '/'));
    if (leavesRoot(rel)) {
      throw this.doc.error(
        `${label}: "${raw}" leaves the repository (it resolves to ${rel}); subnet-guard reads only files inside the repository`,
        node,
      );
    }
    return rel;
  }

  /** a file the inventory points at: inside the repository, present, a file, readable (not a link leading outside) */
  private file(node: DocNode & { kind: 'string' }, label: string, what: string, maxBytes?: number): string {
    const rel = this.resolve(node, label);
    if (!this.located(() => this.reader.exists(rel), node, label))
      throw this.doc.error(`${label}: ${what} "${node.value}" not found (looked for ${rel})`, node);
    if (this.reader.isDir(rel)) throw this.doc.error(`${label}: "${node.value}" is a directory, not a ${what}`, node);
    // refused by size before the probe reads it
    const size = this.reader.size(rel);
    if (maxBytes !== undefined && size > maxBytes) {
      throw this.doc.error(
        `${label}: ${rel} is ${(size / 1048576).toFixed(1)} MiB; ${what}s larger than ${maxBytes / 1048576} MiB are refused`,
        node,
      );
    }
    this.probe(rel, node, label);
    return rel;
  }

  /** asks the reader about a path; a refusal (a link on the way leading outside) is located at the node */
  private located<T>(ask: () => T, node: DocNode, label: string): T {
    try {
      return ask();
    } catch (e) {
      if (e instanceof ConfigError) throw this.doc.error(`${label}: ${e.message}`, node);
      throw e;
    }
  }

  /** reads a file once so that a refusal (a link leading outside, too large, unreadable) is located here */
  private probe(rel: string, node: DocNode, label: string): void {
    try {
      this.reader.read(rel);
    } catch (e) {
      if (e instanceof ConfigError) throw this.doc.error(`${label}: ${e.message}`, node);
      throw e;
    }
  }
}

/** Exposed for documentation and tests. */
export const KNOWN_PRESETS = presetNames();
