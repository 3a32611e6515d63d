// daemon.json → DaemonConfig, every value with its position.
//
// We read the keys that decide where Docker puts networks (default-address-pools, bip, fixed-cidr, bridge,
// mtu, default-network-opts, ip-forward, iptables). Everything that would stop dockerd from starting is a
// ConfigError that says so, in dockerd's own words where it has them:
//   - broken JSON: Go encoding/json's message ("invalid character '}' looking for beginning of object key string")
//   - pools: "invalid base pool …: invalid CIDR address: …", "invalid pools size: N" (libnetwork ipamutils)
//   - bip/fixed-cidr: "invalid CIDR address: …" (net.ParseCIDR)
//   - bridge + bip: "You specified -b & --bip, mutually exclusive options. Please specify only one"
//   - a misspelt key we read ("default-address-pool", "MTU"): refused, since dockerd would not apply it
// Other keys are left alone (daemon.json has dozens). A key written twice: dockerd, like Go's encoding/json,
// takes the last one; so do we. An empty file is Docker's defaults (dockerd accepts it).
import { ConfigError } from '../errors.js';
import type { AddressPoolSpec, DaemonConfig, Located } from '../model.js';
import { parsePrefix } from '../net/prefix.js';
import { describeKind, parseJsonDoc, type DocNode, type Entry, type ObjectNode, type ParsedDoc } from './json-positions.js';
import type { Reader } from './reader.js';

const REFUSES = 'dockerd refuses to start';

/** The daemon.json keys this loader reads. */
export const DAEMON_KEYS = [
  'default-address-pools',
  'bip',
  'fixed-cidr',
  'bridge',
  'mtu',
  'default-network-opts',
  'ip-forward',
  'iptables',
] as const;

/**
 * Real dockerd keys that look like ours (one or two letters apart) — never reported as misspellings.
 * Only keys close to the ones above matter here; this is not the full list of dockerd options.
 */
const REAL_NEIGHBOURS = new Set([
  'bip6',
  'ip6tables',
  'fixed-cidr-v6',
  'ip-forward-no-drop',
  'ip-masq',
  'ipv6',
  'mtu',
  'dns',
  'hosts',
  'ip',
]);

/** dockerd's own configuration files are a few hundred bytes; anything near this is not one */
export const MAX_DAEMON_JSON_BYTES = 1024 * 1024;

/** Refuses a file over `max` bytes before reading it (a 50 MB JSON file would cost gigabytes to parse). */
export function refuseLarge(reader: Reader, file: string, max: number, what: string): void {
  const size = reader.size(file);
  if (size > max) {
    throw new ConfigError(`${what} is ${(size / 1048576).toFixed(1)} MiB; files larger than ${max / 1048576} MiB are refused`, {
      file,
      line: 1,
      column: 1,
    });
  }
}

export function loadDaemonConfig(reader: Reader, file: string): DaemonConfig {
  refuseLarge(reader, file, MAX_DAEMON_JSON_BYTES, 'daemon.json');
  return parseDaemonConfig(reader.read(file), file);
}

/** Docker's defaults: no daemon.json. */
export function defaultDaemonConfig(): DaemonConfig {
  return {};
}

export function parseDaemonConfig(text: string, file: string): DaemonConfig {
  let doc: ParsedDoc;
  try {
    doc = parseJsonDoc(text, file);
  } catch (e) {
    if (e instanceof ConfigError) throw new ConfigError(`${REFUSES}: ${e.message}${jsonHint(e.message)}`, e.pos);
    throw e;
  }
  const cfg: DaemonConfig = { file };
  const root = doc.root;
  if (!root) return cfg; // an empty file: dockerd starts with its defaults
  if (root.kind === 'null') return cfg; // Go unmarshals null into a map as "nothing set"
  if (root.kind !== 'object') {
    const what = root.kind;
    throw doc.error(
      `${REFUSES}: json: cannot unmarshal ${what} into Go value of type map[string]interface {} — daemon.json must be one JSON object`,
      root,
    );
  }

  checkSpelling(doc, root);

  const get = (key: string): Entry | undefined => {
    let found: Entry | undefined;
    for (const e of root.entries) if (e.key === key) found = e; // the last one wins, as in dockerd
    return found && found.value.kind !== 'null' ? found : undefined;
  };

  const pools = get('default-address-pools');
  if (pools) {
    const list = readPools(doc, pools.value);
    if (list.length > 0) cfg.defaultAddressPools = { value: list, pos: doc.pos(pools.value) };
  }

  const bridge = get('bridge');
  let bridgeName = '';
  if (bridge) {
    bridgeName = str(doc, bridge, 'the name of an existing bridge interface, or "none"').value;
    if (bridgeName !== '') cfg.bridgeNone = { value: bridgeName === 'none', pos: doc.pos(bridge.value) };
  }

  const bip = get('bip');
  if (bip) {
    const v = str(doc, bip, 'the bridge address with its prefix length, e.g. "172.26.0.1/16"');
    if (v.value !== '') {
      cidr(doc, bip.value, v.value, 'bip', 'the address docker0 takes, with its prefix length, e.g. "172.26.0.1/16"');
      if (bridgeName !== '') {
        throw doc.error(
          `${REFUSES}: You specified -b & --bip, mutually exclusive options. Please specify only one — "bridge": "${bridgeName}" and "bip" cannot be set together`,
          bip.value,
        );
      }
      cfg.bip = v;
    }
  }

  const fixed = get('fixed-cidr');
  if (fixed) {
    const v = str(doc, fixed, 'an IPv4 prefix inside the bridge subnet, e.g. "172.26.5.0/24"');
    if (v.value !== '') {
      cidr(doc, fixed.value, v.value, 'fixed-cidr', 'the IPv4 range containers on docker0 get addresses from, e.g. "172.26.5.0/24"');
      cfg.fixedCidr = v;
    }
  }

  const mtu = get('mtu');
  if (mtu) {
    const v = int(doc, mtu, 'the MTU of docker0, e.g. 1442');
    if (v.value < 0) throw doc.error(`${REFUSES}: invalid default MTU: ${v.value}`, mtu.value);
    if (v.value !== 0 && (v.value < 68 || v.value > 65535)) {
      throw doc.error(
        `${REFUSES}: cannot set docker0's MTU to ${v.value} — Linux accepts an MTU from 68 to 65535 (0 means the default, 1500)`,
        mtu.value,
      );
    }
    cfg.mtu = v;
  }

  const opts = get('default-network-opts');
  if (opts) cfg.defaultNetworkOpts = readNetworkOpts(doc, opts.value);

  const fwd = get('ip-forward');
  if (fwd) cfg.ipForward = bool(doc, fwd);
  const ipt = get('iptables');
  if (ipt) cfg.iptables = bool(doc, ipt);

  return cfg;
}

// ---------------------------------------------------------------------------------------------

function jsonHint(goMessage: string): string {
  if (/^invalid character '[}\]]' looking for beginning of (object key string|value)/.test(goMessage)) {
    return ' — daemon.json is strict JSON: remove the trailing comma';
  }
  if (/^invalid character '[/#]'/.test(goMessage)) return ' — daemon.json is strict JSON: comments are not allowed';
  if (/^invalid character '\\''/.test(goMessage)) return ' — daemon.json is strict JSON: use double quotes';
  if (/^invalid character '[A-Za-z_]' looking for beginning of object key string/.test(goMessage)) {
    return ' — daemon.json is strict JSON: keys need double quotes';
  }
  return ' — daemon.json is not valid JSON';
}

/** dockerd refuses unknown directives; a near-miss of a key we read is almost certainly a typo. */
function checkSpelling(doc: ParsedDoc, root: ObjectNode): void {
  for (const e of root.entries) {
    if ((DAEMON_KEYS as readonly string[]).includes(e.key) || REAL_NEIGHBOURS.has(e.key)) continue;
    const meant = DAEMON_KEYS.find((k) => k.toLowerCase() === e.key.toLowerCase() || (k.length >= 6 && distance(k, e.key) <= 2));
    if (meant) {
      throw doc.error(
        `unknown key "${e.key}" — did you mean "${meant}"? dockerd does not read "${e.key}" (it either refuses to start with ` +
          `"the following directives don't match any configuration option: ${e.key}" or ignores it), so the setting is not applied`,
        e,
      );
    }
  }
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

function typeError(doc: ParsedDoc, node: DocNode, what: string, expected: string, example: string): ConfigError {
  return doc.error(`${REFUSES}: ${what} must be ${expected}, found ${describeKind(node)} — ${example}`, node);
}

function str(doc: ParsedDoc, e: Entry, example: string): Located<string> {
  if (e.value.kind !== 'string') throw typeError(doc, e.value, `"${e.key}"`, 'a string', example);
  return { value: e.value.value, pos: doc.pos(e.value) };
}

function int(doc: ParsedDoc, e: Entry, example: string): Located<number> {
  const v = e.value;
  if (v.kind !== 'number' || !/^-?\d+$/.test(v.raw)) throw typeError(doc, v, `"${e.key}"`, 'a whole number', example);
  return { value: v.value, pos: doc.pos(v) };
}

function bool(doc: ParsedDoc, e: Entry): Located<boolean> {
  if (e.value.kind !== 'boolean') throw typeError(doc, e.value, `"${e.key}"`, 'true or false (no quotes)', `e.g. "${e.key}": false`);
  return { value: e.value.value, pos: doc.pos(e.value) };
}

/** net.ParseCIDR's verdict, plus IPv4-only for bip and fixed-cidr */
function cidr(doc: ParsedDoc, node: DocNode, text: string, key: string, meaning: string): void {
  const p = text === text.trim() ? parsePrefix(text) : { error: 'surrounding spaces' };
  if ('error' in p)
    throw doc.error(`${REFUSES}: invalid CIDR address: ${text} — ${cidrProblem(text, p.error)}; "${key}" is ${meaning}`, node);
  if (p.prefix.family !== 4) {
    throw doc.error(`${REFUSES}: "${key}" must be an IPv4 address with prefix length, found IPv6 ${text} — "${key}" is ${meaning}`, node);
  }
}

/** parsePrefix's complaint without repeating the text we already quote */
export function cidrProblem(text: string, error: string): string {
  const q = JSON.stringify(text);
  if (error.startsWith(`${q}: `)) return error.slice(q.length + 2);
  if (error.startsWith(`${q} `)) return `${text} ${error.slice(q.length + 1)}`;
  return error;
}

function readPools(doc: ParsedDoc, node: DocNode): AddressPoolSpec[] {
  if (node.kind !== 'array') {
    throw typeError(
      doc,
      node,
      '"default-address-pools"',
      'a list',
      'e.g. "default-address-pools": [{"base": "10.201.0.0/16", "size": 24}]',
    );
  }
  return node.items.map((item) => readPool(doc, item));
}

/** Go matches struct fields case-insensitively ("Base" sets base); the last matching key wins. */
function field(obj: ObjectNode, name: string): Entry | undefined {
  let found: Entry | undefined;
  for (const e of obj.entries) if (e.key.toLowerCase() === name) found = e;
  return found;
}

function readPool(doc: ParsedDoc, item: DocNode): AddressPoolSpec {
  if (item.kind !== 'object') {
    throw typeError(doc, item, 'each "default-address-pools" entry', 'an object', 'e.g. {"base": "10.201.0.0/16", "size": 24}');
  }
  const baseE = field(item, 'base');
  const sizeE = field(item, 'size');
  const base = baseE && baseE.value.kind !== 'null' ? baseE.value : undefined;
  const size = sizeE && sizeE.value.kind !== 'null' ? sizeE.value : undefined;

  if (base && base.kind !== 'string') {
    throw typeError(doc, base, '"base"', 'a string', 'the prefix the pool is cut from, e.g. "10.201.0.0/16"');
  }
  const baseText = base ? base.value : '';
  const parsed = baseText === baseText.trim() ? parsePrefix(baseText) : { error: 'surrounding spaces' };
  if ('error' in parsed) {
    const why = base ? cidrProblem(baseText, parsed.error) : 'the entry has no "base"';
    throw doc.error(`${REFUSES}: invalid base pool ${JSON.stringify(baseText)}: invalid CIDR address: ${baseText} — ${why}`, base ?? item);
  }

  if (size && (size.kind !== 'number' || !/^-?\d+$/.test(size.raw))) {
    throw typeError(doc, size, '"size"', 'a whole number', 'the prefix length of each network cut from base, e.g. 24');
  }
  const sizeValue = size ? size.value : 0;
  const ones = parsed.prefix.bits;
  const max = parsed.prefix.family === 4 ? 32 : 128;
  if (sizeValue <= 0 || sizeValue < ones || sizeValue > max) {
    const why = size
      ? `"size" is the prefix length of each network cut from ${baseText}: from ${ones} to ${max}`
      : 'the entry has no "size" (the prefix length of each network, e.g. 24)';
    throw doc.error(`${REFUSES}: invalid pools size: ${sizeValue} — ${why}`, size ?? item);
  }
  return {
    base: { value: base!.value, pos: doc.pos(base!) },
    size: { value: sizeValue, pos: doc.pos(size!) },
    pos: doc.pos(item),
  };
}

function readNetworkOpts(doc: ParsedDoc, node: DocNode): Record<string, Record<string, Located<string>>> {
  const example = 'e.g. "default-network-opts": {"bridge": {"com.docker.network.driver.mtu": "1442"}}';
  if (node.kind !== 'object') throw typeError(doc, node, '"default-network-opts"', 'an object of drivers', example);
  const out: Record<string, Record<string, Located<string>>> = {};
  for (const d of node.entries) {
    if (d.value.kind === 'null') continue;
    if (d.value.kind !== 'object') throw typeError(doc, d.value, `"default-network-opts" → "${d.key}"`, 'an object of options', example);
    const opts: Record<string, Located<string>> = out[d.key] ?? {};
    for (const o of d.value.entries) {
      if (o.value.kind !== 'string') {
        throw typeError(doc, o.value, `"${o.key}"`, 'a string (Docker driver options are strings: write "1442", not 1442)', example);
      }
      opts[o.key] = { value: o.value.value, pos: doc.pos(o.value) };
    }
    Object.defineProperty(out, d.key, { value: opts, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
