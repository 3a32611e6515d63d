// `reserved: - import: FILE` — reserved ranges from the inventory a team already keeps. The format is
// recognised from the content:
//   netbox            GET /api/ipam/prefixes/ (one page with every prefix, or the `results` of all pages
//                     merged into one array): results[].prefix, named by description, VLAN, role, VRF.
//                     Deprecated prefixes are left out. A page with `next` set is refused (ranges missing).
//   aws-describe-vpcs `aws ec2 describe-vpcs --output json`: every IPv4 and IPv6 CIDR association that is
//                     associated (or associating), named by the Name tag and the VPC id.
//   terraform-output  `terraform output -json`: every string in an output's value (strings, lists, maps,
//                     nested) that is a CIDR prefix, named after the output key (and the path inside it).
//                     Bare addresses and default routes (0.0.0.0/0, ::/0) are not ranges and are skipped;
//                     "10.0.1.5/24" (an interface address) reserves its network 10.0.1.0/24.
// Every range keeps its position in the imported file. A file that yields no range at all is an error: an
// empty export is much more often a wrong file than an empty network.
import { ConfigError } from '../errors.js';
import type { ReservedRange } from '../model.js';
import { formatPrefix, parsePrefix, type Prefix } from '../net/prefix.js';
import {
  describeKind,
  entryOf,
  parseJsonDoc,
  valueOf,
  type ArrayNode,
  type DocNode,
  type ObjectNode,
  type ParsedDoc,
} from './json-positions.js';
import { budgetOf, type LoadBudget } from './budget.js';
import { refuseLarge } from './daemon.js';
import type { Reader } from './reader.js';

export type ImportFormat = 'netbox' | 'aws-describe-vpcs' | 'terraform-output';

export interface ImportResult {
  format: ImportFormat;
  ranges: ReservedRange[];
}

/** Largest export read (JSON with positions costs ~15 bytes of memory per byte: 8 MiB holds ~180,000 ranges) */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

export function loadImport(reader: Reader, file: string, budget?: LoadBudget): ImportResult {
  refuseLarge(reader, file, MAX_IMPORT_BYTES, 'the import');
  budgetOf(budget).spend('bytes', Math.max(0, reader.size(file)), { file, line: 1, column: 1 }, `importing ${file}`);
  return parseImport(reader.read(file), file);
}

export function parseImport(text: string, file: string): ImportResult {
  let doc: ParsedDoc;
  try {
    doc = parseJsonDoc(text, file);
  } catch (e) {
    if (e instanceof ConfigError)
      throw new ConfigError(
        `not valid JSON: ${e.message} (imports read JSON exports: NetBox, aws ec2 describe-vpcs, terraform output -json)`,
        e.pos,
      );
    throw e;
  }
  const format = detectImportFormat(doc.root);
  if (!format) {
    const found =
      doc.root?.kind === 'object' && doc.root.entries.length > 0
        ? `an object with the keys ${doc.root.entries
            .slice(0, 6)
            .map((e) => e.key)
            .join(', ')}${doc.root.entries.length > 6 ? ', …' : ''}`
        : describeKind(doc.root);
    throw new ConfigError(
      `not a format subnet-guard imports: expected a NetBox /api/ipam/prefixes/ export ({"results": [{"prefix": …}]}), ` +
        `the output of aws ec2 describe-vpcs ({"Vpcs": […]}) or of terraform output -json ({"name": {"value": …}}); found ${found}`,
      { file, line: 1, column: 1 },
    );
  }
  const source = `import:${file}`;
  let ranges: ReservedRange[];
  switch (format) {
    case 'netbox':
      ranges = fromNetbox(doc, source);
      break;
    case 'aws-describe-vpcs':
      ranges = fromAws(doc, source);
      break;
    case 'terraform-output':
      ranges = fromTerraform(doc, source);
      break;
  }
  if (ranges.length === 0) {
    const what: Record<ImportFormat, string> = {
      netbox: 'the NetBox export lists no prefix (deprecated ones are skipped)',
      'aws-describe-vpcs': 'the describe-vpcs output lists no associated CIDR block',
      'terraform-output': 'no terraform output holds a CIDR prefix',
    };
    throw new ConfigError(`${what[format]}; an import that reserves nothing is refused (wrong file or account?)`, {
      file,
      line: 1,
      column: 1,
    });
  }
  return { format, ranges };
}

/** Which export a document is, from its shape; undefined when it is none of them. */
export function detectImportFormat(root: DocNode | undefined): ImportFormat | undefined {
  if (!root) return undefined;
  if (root.kind === 'array') return root.items.length > 0 && root.items.every(isNetboxPrefix) ? 'netbox' : undefined;
  if (root.kind !== 'object') return undefined;
  const results = valueOf(root, 'results');
  if (
    results?.kind === 'array' &&
    (results.items.length === 0 ? valueOf(root, 'count') !== undefined : results.items.some(isNetboxPrefix))
  ) {
    return 'netbox';
  }
  if (valueOf(root, 'Vpcs')?.kind === 'array') return 'aws-describe-vpcs';
  if (
    root.entries.length > 0 &&
    root.entries.every(
      (e) =>
        e.value.kind === 'object' &&
        entryOf(e.value, 'value') !== undefined &&
        (entryOf(e.value, 'type') !== undefined || entryOf(e.value, 'sensitive') !== undefined),
    )
  ) {
    return 'terraform-output';
  }
  return undefined;
}

function isNetboxPrefix(n: DocNode): boolean {
  return n.kind === 'object' && valueOf(n, 'prefix')?.kind === 'string';
}

// ---------------------------------------------------------------------------------------------

function str(n: DocNode | undefined): string | undefined {
  return n?.kind === 'string' && n.value.trim() !== '' ? n.value.trim() : undefined;
}

function field(n: DocNode | undefined, ...path: string[]): DocNode | undefined {
  let cur = n;
  for (const k of path) cur = cur?.kind === 'object' ? valueOf(cur, k) : undefined;
  return cur;
}

/** A CIDR from an export (strict: the export says it is a prefix). */
function prefixAt(doc: ParsedDoc, node: DocNode | undefined, where: string, owner: DocNode): Prefix {
  if (node?.kind !== 'string') throw doc.error(`${where} must be a CIDR prefix string, found ${describeKind(node)}`, node ?? owner);
  const p = parsePrefix(node.value);
  if ('error' in p) throw doc.error(`${where}: ${p.error}`, node);
  return p.prefix;
}

function fromNetbox(doc: ParsedDoc, source: string): ReservedRange[] {
  const root = doc.root!;
  let items: ArrayNode;
  if (root.kind === 'array') items = root;
  else {
    const obj = root as ObjectNode;
    items = valueOf(obj, 'results') as ArrayNode;
    const next = valueOf(obj, 'next');
    if (next?.kind === 'string' && next.value !== '') {
      const count = valueOf(obj, 'count');
      const total = count?.kind === 'number' ? ` of ${count.raw}` : '';
      throw doc.error(
        `this NetBox export is one page (${items.items.length}${total} prefixes; "next" is set): the other pages' ranges would be missing. ` +
          `Export every prefix (…/api/ipam/prefixes/?limit=0, up to NetBox's MAX_PAGE_SIZE) or merge all pages' "results" into one JSON array`,
        next,
      );
    }
  }
  const out: ReservedRange[] = [];
  items.items.forEach((item, i) => {
    if (item.kind !== 'object') throw doc.error(`results[${i}] must be a NetBox prefix object, found ${describeKind(item)}`, item);
    const status = str(field(item, 'status', 'value')) ?? str(field(item, 'status'));
    if (status === 'deprecated') return;
    const prefixNode = valueOf(item, 'prefix');
    const p = prefixAt(doc, prefixNode, `results[${i}].prefix`, item);
    const cidr = formatPrefix(p);
    const vid = field(item, 'vlan', 'vid');
    const vlanName = str(field(item, 'vlan', 'name')) ?? str(field(item, 'vlan', 'display'));
    const vlan = vlanName ? `VLAN ${vid?.kind === 'number' ? `${vid.raw} ` : ''}${vlanName}` : undefined;
    const role = str(field(item, 'role', 'name')) ?? str(field(item, 'role', 'display'));
    const vrf = str(field(item, 'vrf', 'name')) ?? str(field(item, 'vrf', 'display'));
    const id = field(item, 'id');
    let name = str(valueOf(item, 'description')) ?? vlan ?? role ?? `NetBox prefix ${cidr}${id?.kind === 'number' ? ` (#${id.raw})` : ''}`;
    if (vrf) name += ` [VRF ${vrf}]`;
    out.push({ cidr, name, pos: doc.pos(prefixNode!), source });
  });
  return out;
}

const GONE = new Set(['disassociating', 'disassociated', 'failing', 'failed']);

function fromAws(doc: ParsedDoc, source: string): ReservedRange[] {
  const vpcs = valueOf(doc.root as ObjectNode, 'Vpcs') as ArrayNode;
  const out: ReservedRange[] = [];
  vpcs.items.forEach((vpc, i) => {
    if (vpc.kind !== 'object') throw doc.error(`Vpcs[${i}] must be a VPC object, found ${describeKind(vpc)}`, vpc);
    const id = str(valueOf(vpc, 'VpcId')) ?? `Vpcs[${i}]`;
    let tagName: string | undefined;
    const tags = valueOf(vpc, 'Tags');
    if (tags?.kind === 'array') {
      for (const t of tags.items) if (str(field(t, 'Key')) === 'Name') tagName = str(field(t, 'Value'));
    }
    const isDefault = field(vpc, 'IsDefault');
    const label = `${tagName ? `${tagName} (${id})` : id}${isDefault?.kind === 'boolean' && isDefault.value ? ', default VPC' : ''}`;

    const add = (node: DocNode | undefined, where: string, owner: DocNode): void => {
      const p = prefixAt(doc, node, where, owner);
      out.push({ cidr: formatPrefix(p), name: label, pos: doc.pos(node!), source });
    };
    const v4 = valueOf(vpc, 'CidrBlockAssociationSet');
    if (v4?.kind === 'array' && v4.items.length > 0) {
      v4.items.forEach((a, j) => {
        if (GONE.has(str(field(a, 'CidrBlockState', 'State')) ?? '')) return;
        add(field(a, 'CidrBlock'), `Vpcs[${i}].CidrBlockAssociationSet[${j}].CidrBlock`, a);
      });
    } else if (valueOf(vpc, 'CidrBlock')) {
      add(valueOf(vpc, 'CidrBlock'), `Vpcs[${i}].CidrBlock`, vpc);
    }
    const v6 = valueOf(vpc, 'Ipv6CidrBlockAssociationSet');
    if (v6?.kind === 'array') {
      v6.items.forEach((a, j) => {
        if (GONE.has(str(field(a, 'Ipv6CidrBlockState', 'State')) ?? '')) return;
        add(field(a, 'Ipv6CidrBlock'), `Vpcs[${i}].Ipv6CidrBlockAssociationSet[${j}].Ipv6CidrBlock`, a);
      });
    }
  });
  return out;
}

function fromTerraform(doc: ParsedDoc, source: string): ReservedRange[] {
  const out: ReservedRange[] = [];
  const walk = (n: DocNode, name: string): void => {
    switch (n.kind) {
      case 'string': {
        const text = n.value.trim();
        if (!text.includes('/')) return;
        const p = parsePrefix(text);
        if ('error' in p || p.prefix.bits === 0) return;
        out.push({ cidr: formatPrefix(p.prefix), name, pos: doc.pos(n), source });
        return;
      }
      case 'array':
        n.items.forEach((it, i) => walk(it, `${name}[${i}]`));
        return;
      case 'object':
        for (const e of n.entries)
          walk(e.value, /^[A-Za-z_][A-Za-z0-9_-]*$/.test(e.key) ? `${name}.${e.key}` : `${name}[${JSON.stringify(e.key)}]`);
        return;
      default:
        return;
    }
  };
  for (const e of (doc.root as ObjectNode).entries) walk(valueOf(e.value as ObjectNode, 'value')!, e.key);
  return out;
}
