// Writes a host's snapshot into the inventory text: the entry named NAME gets its keys set (added when
// missing, replaced in place when present); every other key, entry and comment of the file stays as
// it was. Pure: text in, text out.
import { Document, isMap, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { ConfigError } from '../errors.js';
import type { HostFacts, SnapshotNetwork } from './facts.js';

export interface EntryOptions {
  /** the host's daemon.json path to write under `daemon:` (relative to the inventory), when there is one */
  daemon?: string;
}

function flowList(doc: Document, items: string[]): Node {
  const n = doc.createNode(items) as YAMLSeq;
  n.flow = true;
  return n;
}

function networkList(doc: Document, nets: SnapshotNetwork[]): Node {
  const seq = new YAMLSeq();
  for (const n of nets) {
    const m = new YAMLMap();
    m.set('name', n.name);
    if (n.subnets.length > 0) m.set('subnets', flowList(doc, n.subnets));
    seq.items.push(m);
  }
  if (nets.length === 0) seq.flow = true;
  return seq;
}

function quoted(value: string): Scalar {
  const s = new Scalar(value);
  s.type = Scalar.QUOTE_DOUBLE;
  return s;
}

/** The keys `snapshot` writes on a host, in the order a new entry gets them. */
export function hostKeys(doc: Document, facts: HostFacts, opts: EntryOptions): [string, Node | undefined][] {
  const st = new YAMLMap();
  st.set('read', quoted(facts.state.read));
  if (facts.state.daemonStarted) st.set('daemon-started', quoted(facts.state.daemonStarted));
  if (facts.state.bridge) st.set('bridge', facts.state.bridge);
  if (facts.state.cursor !== undefined) st.set('cursor', facts.state.cursor);
  const projects = new YAMLSeq();
  for (const p of facts.state.projects) {
    const m = new YAMLMap();
    m.set('name', p.name);
    m.set('networks', networkList(doc, p.networks));
    projects.items.push(m);
  }
  if (facts.state.projects.length === 0) projects.flow = true;
  st.set('projects', projects);
  return [
    ['engine', quoted(facts.engine)],
    ['engine-id', facts.engineId !== undefined ? quoted(facts.engineId) : undefined],
    ['compose', facts.compose !== undefined ? doc.createNode(facts.compose) : undefined],
    ['daemon', opts.daemon !== undefined ? doc.createNode(opts.daemon) : undefined],
    ['routes', flowList(doc, facts.routes)],
    ['nameservers', flowList(doc, facts.nameservers)],
    ['underlay-mtu', facts.underlayMtu !== undefined ? doc.createNode(facts.underlayMtu) : undefined],
    ['networks', networkList(doc, facts.networks)],
    ['state', st],
  ];
}

/**
 * The inventory text with host `name` filled from the snapshot. `text` null: a new inventory holding
 * only this host. Refuses a file that is not a YAML mapping (it would have to be rewritten, not updated).
 */
export function writeSnapshot(text: string | null, file: string, name: string, facts: HostFacts, opts: EntryOptions = {}): string {
  const doc = text === null || text.trim() === '' ? new Document({ version: 1 }) : parseDocument(text);
  if (doc.errors.length > 0) throw new ConfigError(`${file} is not valid YAML: ${doc.errors[0].message}`, { file });
  if (!isMap(doc.contents))
    throw new ConfigError(`${file}: the inventory must be a mapping (version:, reserved:, hosts: …) to be updated`, { file });
  const root = doc.contents as YAMLMap;
  let hosts = root.get('hosts', true) as Node | undefined;
  if (hosts === undefined || hosts === null || (hosts instanceof Scalar && hosts.value === null)) {
    hosts = new YAMLSeq();
    root.set('hosts', hosts);
  }
  if (!isSeq(hosts)) throw new ConfigError(`${file}: hosts must be a list to add host ${name} to it`, { file });
  let entry = hosts.items.find(
    (h) => isMap(h) && String((h.get('name', true) as Scalar<string> | undefined)?.value ?? '').trim() === name,
  ) as YAMLMap | undefined;
  if (!entry) {
    entry = new YAMLMap();
    entry.set('name', name);
    hosts.items.push(entry);
  }
  for (const [key, node] of hostKeys(doc, facts, opts)) {
    if (node === undefined) continue; // not known on this host: what the file says stays
    const old = entry.get(key, true) as Node | undefined;
    // a scalar changes its value in place, keeping its comment and style
    if (old instanceof Scalar && node instanceof Scalar) old.value = node.value;
    else entry.set(key, node);
  }
  return doc.toString({ lineWidth: 0 });
}
