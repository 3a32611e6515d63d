// `--fix`: the proven fix of each host written into the repository's files. Pure: file texts in,
// file texts out. daemon.json keeps its keys and their order (the fix's top-level keys replace the
// host's, new ones are appended) and its indentation; compose files are edited through the yaml
// package's Document API, so comments and formatting stay.
import { isMap, isSeq, parseDocument } from 'yaml';
import type { ComposeNetworkFix, Report } from '../model.js';

export interface FileEdit {
  file: string;
  before: string;
  after: string;
  /** what changed, for people: "host app-1: default-address-pools" */
  why: string[];
}

export interface FixPlan {
  edits: FileEdit[];
  /** fixes that could not be written, and why */
  notes: string[];
}

export interface FixInput {
  report: Report;
  /** each host's daemon.json in the repository (repository-relative), when it has one */
  daemonFileOf: (host: string) => string | undefined;
  /** a file's text, or null when it does not exist */
  read: (file: string) => string | null;
}

function indentOf(text: string): string {
  const m = /\n([ \t]+)"/.exec(text);
  return m ? m[1]! : '  ';
}

/** daemon.json with the fragment merged: existing keys replaced in place, new keys appended */
export function mergeDaemonJson(text: string, fragment: Record<string, unknown>): string {
  const trimmed = text.trim();
  const before = trimmed === '' ? {} : (JSON.parse(trimmed) as unknown);
  if (before === null || typeof before !== 'object' || Array.isArray(before)) throw new Error('daemon.json is not a JSON object');
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(before)) out[k] = k in fragment ? fragment[k] : v;
  for (const [k, v] of Object.entries(fragment)) if (!(k in out)) out[k] = v;
  return JSON.stringify(out, null, indentOf(text)) + (text.endsWith('\n') || text === '' ? '\n' : '');
}

/** a compose file with the network changes made (subnet pinned or replaced, MTU set) */
export function editCompose(text: string, fixes: readonly ComposeNetworkFix[]): string {
  const doc = parseDocument(text);
  for (const p of fixes) {
    if (p.subnet !== undefined) {
      const config = doc.getIn(['networks', p.key, 'ipam', 'config']);
      let replaced = false;
      if (p.replaces && isSeq(config)) {
        for (const item of config.items) {
          if (isMap(item) && String(item.get('subnet')).trim() === p.replaces) {
            item.set('subnet', p.subnet);
            replaced = true;
          }
        }
      }
      // the same pin from another host that runs this file: written once
      const already = isSeq(config) && config.items.some((item) => isMap(item) && String(item.get('subnet')).trim() === p.subnet);
      if (!replaced && !already) {
        if (isSeq(config)) config.add(doc.createNode({ subnet: p.subnet }));
        else doc.setIn(['networks', p.key, 'ipam', 'config'], doc.createNode([{ subnet: p.subnet }]));
      }
    }
    if (p.mtu !== undefined) doc.setIn(['networks', p.key, 'driver_opts', 'com.docker.network.driver.mtu'], String(p.mtu));
  }
  // as written: no padding inside [a, b], long strings not folded
  return doc.toString({ flowCollectionPadding: false, lineWidth: 0 });
}

/** the edits that write every host's proven fix; a host's daemon.json fix first, else its pinned subnets */
export function planFixes(input: FixInput): FixPlan {
  const texts = new Map<string, { before: string; after: string; why: string[] }>();
  const notes: string[] = [];
  const daemonBy = new Map<string, { host: string; json: string }>();
  const get = (file: string): { before: string; after: string; why: string[] } | null => {
    const have = texts.get(file);
    if (have) return have;
    const t = input.read(file);
    if (t === null) return null;
    const entry = { before: t, after: t, why: [] as string[] };
    texts.set(file, entry);
    return entry;
  };
  const writeCompose = (host: string, fixes: readonly ComposeNetworkFix[]): boolean => {
    const byFile = new Map<string, ComposeNetworkFix[]>();
    for (const f of fixes) {
      if (!f.file) {
        notes.push(`host ${host}: network ${f.network} of project ${f.project} is not written in any file; add its subnet by hand`);
        return false;
      }
      byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    }
    for (const [file, list] of byFile) {
      const e = get(file);
      if (!e) {
        notes.push(`host ${host}: ${file} cannot be read`);
        return false;
      }
      e.after = editCompose(e.after, list);
      e.why.push(
        ...list.map(
          (f) => `host ${host}: ${f.network}${f.subnet ? ` subnet ${f.subnet}` : ''}${f.mtu !== undefined ? ` mtu ${f.mtu}` : ''}`,
        ),
      );
    }
    return true;
  };

  // The subnets pinned in compose files for hosts whose fix is pins alone. A compose file is shared by
  // every host that runs its project: those pins reach the other hosts too, where a daemon.json fix
  // proven without them (its pools may hold them) is not proven any more. A host whose proven
  // alternative is exactly pins already written takes that alternative instead of its daemon.json fix.
  const pinKey = (f: ComposeNetworkFix) => [f.file ?? '', f.key, f.subnet ?? '', f.mtu ?? ''].join('\u0000');
  const pinnedAlone = new Set<string>();
  const firstFix = new Map<string, NonNullable<Report['hosts'][number]['fix']>>();
  for (const h of input.report.hosts) if (h.fix && !firstFix.has(h.name)) firstFix.set(h.name, h.fix);
  for (const [name, fix] of firstFix) {
    const daemonAlone = Object.keys(fix.daemonJson).length > 0 && input.daemonFileOf(name) !== undefined;
    const pins = daemonAlone
      ? []
      : Object.keys(fix.daemonJson).length > 0
        ? (fix.alternative?.compose ?? [])
        : fix.compose?.length
          ? fix.compose
          : (fix.alternative?.compose ?? []);
    for (const f of pins) pinnedAlone.add(pinKey(f));
  }
  const pinsWrittenAnyway = (fix: NonNullable<Report['hosts'][number]['fix']>) =>
    !!fix.alternative?.compose.length && !fix.compose?.length && fix.alternative.compose.every((f) => pinnedAlone.has(pinKey(f)));

  const seen = new Set<string>();
  for (const h of input.report.hosts) {
    if (!h.fix || seen.has(h.name)) continue;
    seen.add(h.name);
    const fix = h.fix;
    const daemonKeys = Object.keys(fix.daemonJson);
    if (daemonKeys.length > 0) {
      const file = input.daemonFileOf(h.name);
      if (file !== undefined && pinsWrittenAnyway(fix)) {
        writeCompose(h.name, fix.alternative!.compose);
        continue;
      }
      if (file !== undefined) {
        const json = JSON.stringify(fix.daemonJson);
        const other = daemonBy.get(file);
        if (other && other.json !== json) {
          notes.push(`host ${h.name}: ${file} is shared with host ${other.host}, whose proven fix differs; not written`);
          continue;
        }
        if (!other) {
          const e = get(file);
          if (!e) {
            notes.push(`host ${h.name}: ${file} cannot be read`);
            continue;
          }
          try {
            e.after = mergeDaemonJson(e.after, fix.daemonJson);
          } catch (err) {
            notes.push(`host ${h.name}: ${file}: ${(err as Error).message}; not written`);
            continue;
          }
          e.why.push(`host ${h.name}: ${daemonKeys.join(', ')}`);
          daemonBy.set(file, { host: h.name, json });
        }
        if (fix.compose?.length) writeCompose(h.name, fix.compose);
        continue;
      }
      if (fix.alternative) {
        writeCompose(h.name, fix.alternative.compose);
        continue;
      }
      notes.push(
        `host ${h.name} uses no daemon.json of this repository: merge ${JSON.stringify(fix.daemonJson)} into its /etc/docker/daemon.json and restart dockerd`,
      );
      continue;
    }
    if (fix.compose?.length) writeCompose(h.name, fix.compose);
    else if (fix.alternative) writeCompose(h.name, fix.alternative.compose);
  }
  const edits = [...texts.entries()].filter(([, e]) => e.after !== e.before).map(([file, e]) => ({ file, ...e }));
  edits.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { edits, notes };
}
