// Markdown pieces shared by the job summary and the PR comment. Everything that comes from the
// repository (host, network and project names, reserved names, messages) goes through `text()` or
// `code()`: GitHub does no escaping for us, and a network called "<img src=x>" or "@org/team" must
// show as text and ping nobody.
import type { ComposeNetworkFix, Finding, HostFix, HostReport, Report } from '../model.js';
import { parsePrefix, type Prefix } from '../net/prefix.js';
import {
  activeFindings,
  clip,
  collisionSuppressed,
  countFindings,
  earliestCollision,
  hostNames,
  isNotChecked,
  NOT_CHECKED,
  notCheckedFindings,
  plural,
  repoPath,
  thousands,
  unfinished,
} from './order.js';

/** longest piece of repository text we print in one place */
export const MAX_FIELD = 300;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
const WORD_JOINER = '\u2060';

/** free text from the repository, as inline markdown: no HTML, no emphasis, no links, no mentions, one line */
export function text(s: string, max = MAX_FIELD): string {
  return clip(s.replace(CONTROL, ' '), max)
    .replace(/[\\`*_[\]<>!|~&$]/g, (c) => `\\${c}`)
    .replace(/@/g, `@${WORD_JOINER}`)
    .replace(/:\/\//g, `:${WORD_JOINER}//`)
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}${WORD_JOINER}.`);
}

/** a code span that survives any backticks inside and works in a table cell (`|` escaped) */
export function code(s: string, max = MAX_FIELD): string {
  const t = clip(s.replace(CONTROL, ' '), max).replace(/\|/g, '\\|');
  let longest = 0;
  for (const m of t.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || t === '' ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** a fenced code block that no line of `body` can close early */
export function codeBlock(body: string, lang = ''): string {
  let longest = 2;
  for (const m of body.matchAll(/^ {0,3}(`{3,})/gm)) longest = Math.max(longest, m[1]!.length);
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${body}\n${fence}`;
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** emoji per severity; grey for a run that could not check what it is for */
export function icon(sev: Finding['severity'] | 'clean' | 'unchecked'): string {
  switch (sev) {
    case 'unchecked':
      return '⚪';
    case 'error':
      return '❌';
    case 'warning':
      return '⚠️';
    case 'note':
      return 'ℹ️';
    case 'clean':
      return '✅';
  }
}

/** "app-1" or "app-1 (round-robin)" when the report holds the host under both engine models */
export function hostLabel(report: Report, h: HostReport): string {
  const models = report.hosts.filter((x) => x.name === h.name).length;
  return models > 1 ? `${h.name} (${h.model})` : h.name;
}

export interface Verdict {
  level: 'error' | 'warning' | 'clean' | 'unchecked';
  /** plain text, unescaped */
  text: string;
}

/**
 * "Safe for 1,000 redeploys on 3 hosts" or "app-1 loses 172.31.0.0/16 (ops VPC) on redeploy 14".
 * Plain text: escape it with `text()` for markdown.
 */
export function verdict(report: Report): Verdict {
  const c = countFindings(report);
  const hosts = hostNames(report).length;
  const span = `${plural(report.cycles, 'redeploy', 'redeploys')} on ${plural(hosts, 'host')}`;
  const unchecked = notCheckedFindings(report);
  if (unchecked.length > 0) {
    // said first, whatever else was found: the rest of the report answers less than it seems to
    const seen = new Set<string>();
    const heads: string[] = [];
    for (const f of unchecked) {
      const sentence = firstSentence(f.message);
      // "Not checked: no reserved ranges …" — the sentence goes on after the colon
      const h = /^[A-Z][a-z]/.test(sentence) ? sentence[0]!.toLowerCase() + sentence.slice(1) : sentence;
      if (!seen.has(h)) heads.push(h);
      seen.add(h);
    }
    let t = `Not checked: ${heads.slice(0, 2).join('; ')}${heads.length > 2 ? ` (and ${plural(heads.length - 2, 'more host')})` : ''}`;
    const errors = c.errors;
    if (errors > 0) t += ` — and ${plural(errors, 'error')} found`;
    return { level: 'unchecked', text: t };
  }
  const first = earliestCollision(report);
  if (first && first.firstCollision) {
    const fc = first.firstCollision;
    let t = `${hostLabel(report, first)} loses ${fc.reserved.cidr} (${fc.reserved.name}) on redeploy ${thousands(fc.cycle)}`;
    const others = new Set(
      report.hosts.filter((h) => h.firstCollision && h !== first && !collisionSuppressed(report, h)).map((h) => h.name),
    );
    others.delete(first.name);
    if (others.size > 0) t += `; ${plural(others.size, 'more host collides', 'more hosts collide')}`;
    return { level: 'error', text: t };
  }
  if (c.errors > 0) {
    // a sentence of its own (the messages are in the findings): how many, what the first one is, where and when
    const top = activeFindings(report)[0]!;
    const rule = ruleTitle(top.rule);
    const where = [
      top.host ? `on ${top.host}` : '',
      top.cycle !== undefined ? (top.cycle === 0 ? 'at daemon start' : `from redeploy ${thousands(top.cycle)}`) : '',
    ]
      .filter(Boolean)
      .join(' ');
    const first = `${rule}${where ? ` ${where}` : ''}`;
    return {
      level: 'error',
      text: c.errors === 1 ? `1 error in ${span}: ${first}` : `${plural(c.errors, 'error')} in ${span}; the first: ${first}`,
    };
  }
  if (c.warnings > 0) {
    return { level: 'warning', text: `No error in ${span}, but ${plural(c.warnings, 'warning')}` };
  }
  // a simulation that stopped early (its finding suppressed): only its first redeploys were checked
  const early = unfinished(report);
  if (early.length > 0) {
    return {
      level: 'warning',
      text: `Not checked in full: ${plural(early.length, 'simulation')} stopped at a budget before redeploy ${thousands(report.cycles)}`,
    };
  }
  // a "not checked" state the team accepted (baseline or comment) still qualifies the word "safe"
  const accepted = [...new Set(report.findings.filter((f) => f.suppressed && NOT_CHECKED[f.rule]).map((f) => NOT_CHECKED[f.rule]!.state))];
  return { level: 'clean', text: `Safe for ${span}${accepted.length ? ` (${accepted.join(', ')}: accepted)` : ''}` };
}

/** a message's first sentence, without its full stop (at most 300 characters) */
export function firstSentence(message: string): string {
  const m = /^(.+?[^.\s][.!?])(?:\s|$)/s.exec(message);
  const s = (m ? m[1]! : message).replace(/[.]$/, '');
  return clip(s, 300);
}

/** "pool-exhaustion" → "pool exhaustion": a rule id as words for a sentence */
function ruleTitle(id: string): string {
  return id.replace(/-/g, ' ');
}

export function verdictLine(report: Report): string {
  const v = verdict(report);
  return `${icon(v.level)} **${text(v.text, 1000)}**`;
}

/** "65505" → "65,505" in a count the report keeps as text ("≥1,000,000" stays) */
export function grouped(count: string): string {
  return /^\d+$/.test(count) ? thousands(Number(count)) : count;
}

/** whether the host (under this model) has an active error, i.e. something its proven fix answers */
export function hasSomethingToFix(report: Report, h: HostReport): boolean {
  return report.findings.some(
    (f) => !f.suppressed && f.severity === 'error' && f.host === h.name && (f.model === undefined || f.model === h.model),
  );
}

export function hostsTable(report: Report, maxRows = 200): string {
  const rows = report.hosts.slice(0, maxRows).map((h) => {
    const fc = h.firstCollision;
    const accepted = fc && collisionSuppressed(report, h) ? ' (suppressed)' : '';
    const unchecked = report.findings.find((f) => isNotChecked(f) && f.host === h.name && (f.model === undefined || f.model === h.model));
    const collision = fc
      ? `🛑 redeploy ${thousands(fc.cycle)}: ${code(fc.network)} → ${code(fc.subnet)} (${text(fc.reserved.name)})${accepted}`
      : unchecked
        ? `not checked: ${NOT_CHECKED[unchecked.rule]!.state}`
        : `none in ${plural(report.cycles, 'redeploy', 'redeploys')}`;
    return [
      text(h.name),
      code(h.engine),
      h.model,
      thousands(h.peakNetworks),
      `${text(grouped(h.poolsLeft))} of ${text(grouped(h.poolCandidates))}`,
      collision,
    ];
  });
  let out = table(['Host', 'Engine', 'Model', 'Networks alive (peak)', 'Pools left', 'First collision'], rows);
  if (report.hosts.length > maxRows) out += `\n\n…and ${plural(report.hosts.length - maxRows, 'more host')} (see the JSON report).`;
  return out;
}

export interface LinkOptions {
  /** where the check root sits inside the repository */
  pathPrefix?: string;
  /** e.g. "https://github.com/o/r/blob/<sha>/" — file links in the findings when given */
  blobUrl?: string;
}

export function whereCell(f: Finding, opts: LinkOptions): string {
  if (!f.file) return '—';
  const path = repoPath(opts.pathPrefix, f.file);
  const label = f.line ? `${path}:${f.line}` : path;
  if (!opts.blobUrl) return code(label);
  const url =
    opts.blobUrl.replace(/\/?$/, '/') +
    path.split('/').map(encodeURIComponent).join('/') +
    (f.line ? `#L${f.line}${f.endLine && f.endLine > f.line ? `-L${f.endLine}` : ''}` : '');
  return `[${code(label)}](${url.replace(/[()<>\s]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'))})`;
}

export function findingRow(f: Finding, opts: LinkOptions): string[] {
  const ctx = f.host ? text(f.host) + (f.model ? ` (${f.model})` : '') : '—';
  let msg = text(f.message, 1000);
  if (f.suppressed) msg += f.suppressionReason ? ` — suppressed: ${text(f.suppressionReason)}` : ' — suppressed';
  return [icon(f.severity), code(f.rule), whereCell(f, opts), ctx, f.cycle !== undefined ? thousands(f.cycle) : '—', msg];
}

export const FINDING_HEADER = ['', 'Rule', 'Where', 'Host', 'Redeploy', 'Message'];

/**
 * A findings table that stays within `maxBytes`; the rows that do not fit are counted in a note that
 * points to `elsewhere`.
 */
export function findingsTable(findings: Finding[], opts: LinkOptions & { maxBytes: number; maxRows?: number; elsewhere: string }): string {
  if (findings.length === 0) return '';
  const header = table(FINDING_HEADER, []);
  let size = Buffer.byteLength(header);
  const rows: string[] = [];
  for (const f of findings) {
    if (opts.maxRows !== undefined && rows.length >= opts.maxRows) break;
    const row = `| ${findingRow(f, opts).join(' | ')} |`;
    const bytes = Buffer.byteLength(row) + 1;
    if (size + bytes > opts.maxBytes) break;
    rows.push(row);
    size += bytes;
  }
  let out = [header, ...rows].join('\n');
  if (rows.length < findings.length) {
    out += `\n\n…${plural(findings.length - rows.length, 'more finding')} not shown here: see ${opts.elsewhere}.`;
  }
  return out;
}

/** hosts grouped by identical fix, so that one snippet serves many hosts */
export function fixGroups(report: Report): { hosts: HostReport[]; fix: HostFix }[] {
  const groups = new Map<string, { hosts: HostReport[]; fix: HostFix }>();
  for (const h of report.hosts) {
    // "proven fix" only where something fails: a clean host needs no change
    if (!h.fix || !hasSomethingToFix(report, h)) continue;
    const key = JSON.stringify(h.fix);
    const g = groups.get(key);
    if (g) g.hosts.push(h);
    else groups.set(key, { hosts: [h], fix: h.fix });
  }
  return [...groups.values()];
}

/** a YAML key as written in a compose file (quoted unless plain) */
function yamlKey(k: string): string {
  return /^[A-Za-z0-9_.-]+$/.test(k) ? k : JSON.stringify(k);
}

/** the compose changes of a fix as YAML to merge, grouped by file */
export function composeSnippet(changes: ComposeNetworkFix[], pathPrefix?: string): string {
  const byFile = new Map<string, ComposeNetworkFix[]>();
  for (const c of changes) {
    const where = c.file ? repoPath(pathPrefix, c.file) : `project ${c.project}`;
    const list = byFile.get(where);
    if (list) list.push(c);
    else byFile.set(where, [c]);
  }
  const out: string[] = [];
  for (const [where, list] of byFile) {
    out.push(`# ${where.replace(/[\r\n]/g, ' ')}: merge into the top-level networks:`, 'networks:');
    for (const c of list) {
      out.push(`  ${yamlKey(c.key)}:`);
      if (c.subnet) {
        out.push('    ipam:', '      config:', `        - subnet: ${c.subnet}${c.replaces ? `  # was ${c.replaces}` : ''}`);
      }
      if (c.mtu !== undefined) out.push('    driver_opts:', `      com.docker.network.driver.mtu: "${c.mtu}"`);
    }
  }
  return out.join('\n');
}

export function fixSection(report: Report, maxGroups = 20, pathPrefix?: string): string {
  const groups = fixGroups(report);
  if (groups.length === 0) return '';
  const parts: string[] = [];
  for (const g of groups.slice(0, maxGroups)) {
    const names = g.hosts.slice(0, 20).map((h) => text(hostLabel(report, h)));
    const more = g.hosts.length > 20 ? ` and ${plural(g.hosts.length - 20, 'more host')}` : '';
    const daemon = Object.keys(g.fix.daemonJson).length > 0;
    const compose = g.fix.compose ?? [];
    const steps: string[] = [];
    if (daemon) steps.push('merge this into `/etc/docker/daemon.json` and restart dockerd');
    if (g.fix.swarm)
      steps.push(
        `${daemon ? 'and ' : ''}re-create the swarm with \`${g.fix.swarm.command}\` (overlay networks and services are re-created with it)`,
      );
    if (compose.length) steps.push(`${daemon || g.fix.swarm ? 'and ' : ''}change the compose files as below`);
    let block =
      `Proven fix for ${names.join(', ')}${more}: ${steps.join(' ')}, then recreate the networks ` +
      '(`docker compose down && docker compose up -d`). Re-running the whole simulation with it gives no errors.';
    if (daemon) block += `\n\n${codeBlock(JSON.stringify(g.fix.daemonJson, null, 2), 'json')}`;
    if (compose.length) block += `\n\n${codeBlock(composeSnippet(compose, pathPrefix), 'yaml')}`;
    const alt = g.fix.alternative?.compose ?? [];
    if (alt.length) {
      // folded: one network per five lines, and the daemon.json block above is the shorter answer
      block +=
        `\n\n<details><summary>Or, leaving daemon.json alone, pin ${alt.length === 1 ? 'this subnet' : `these ${alt.length} subnets`} (also proven)</summary>\n\n` +
        `${codeBlock(composeSnippet(alt, pathPrefix), 'yaml')}\n\n</details>`;
    }
    parts.push(block);
  }
  if (groups.length > maxGroups) parts.push(`…${plural(groups.length - maxGroups, 'more fix', 'more fixes')} in the JSON report.`);
  return parts.join('\n\n');
}

// ------------------------------------------------------------------------------------------------
// The walk through the pools

/** reserved ranges the report names (each host's first collision), plus any the caller knows of */
export function knownReserved(
  report: Report,
  extra: { cidr: string; name: string }[] = [],
): { cidr: string; name: string; prefix: Prefix }[] {
  const seen = new Map<string, { cidr: string; name: string; prefix: Prefix }>();
  const add = (r: { cidr: string; name: string }) => {
    if (seen.has(r.cidr)) return;
    const p = parsePrefix(r.cidr);
    if ('error' in p) return;
    seen.set(r.cidr, { ...r, prefix: p.prefix });
  };
  for (const h of report.hosts) if (h.firstCollision) add(h.firstCollision.reserved);
  for (const r of extra) add(r);
  return [...seen.values()];
}

/** cuts markdown at a line boundary to fit `maxBytes`, closing an open code fence or <details>, and says so */
export function capMarkdown(md: string, maxBytes: number, note: string): string {
  if (Buffer.byteLength(md) <= maxBytes) return md;
  const tail = `\n\n> [!WARNING]\n> ${note}\n`;
  const budget = maxBytes - Buffer.byteLength(tail) - 64;
  const lines = md.split('\n');
  const kept: string[] = [];
  let size = 0;
  let fence: string | null = null;
  let details = 0;
  for (const line of lines) {
    const bytes = Buffer.byteLength(line) + 1;
    if (size + bytes > budget) break;
    kept.push(line);
    size += bytes;
    const m = /^ {0,3}(`{3,})/.exec(line);
    if (m) {
      if (fence === null) fence = m[1]!;
      else if (m[1]!.length >= fence.length && line.trim() === m[1]) fence = null;
    } else if (fence === null) {
      if (/^<details\b/i.test(line.trim())) details++;
      if (/^<\/details>/i.test(line.trim())) details = Math.max(0, details - 1);
    }
  }
  if (fence !== null) kept.push(fence);
  for (; details > 0; details--) kept.push('', '</details>');
  return kept.join('\n') + tail;
}
