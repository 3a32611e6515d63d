// The job summary (GITHUB_STEP_SUMMARY): the verdict, a table of hosts, the walk through the pools,
// the findings and the proven fix. GitHub drops a step's summary whole when it passes 1 MiB, so the
// result is capped well below that whatever the input.
import type { HostReport, Report } from '../model.js';
import { capMarkdown, code, findingsTable, fixSection, hostLabel, hostsTable, text, verdictLine, type LinkOptions } from './markdown.js';
import {
  activeFindings,
  collisionSuppressed,
  countFindings,
  isNotChecked,
  NOT_CHECKED,
  plural,
  suppressedFindings,
  thousands,
} from './order.js';
import { walkGrid } from './walk.js';

/** one sentence on a host under one model: its first collision, or why there is none to show */
export function hostState(report: Report, h: HostReport): string {
  const fc = h.firstCollision;
  const mine = report.findings.filter((f) => f.host === h.name && (f.model === undefined || f.model === h.model) && !f.suppressed);
  if (fc) {
    const who = fc.project ? `${fc.project}/${fc.network}` : fc.network;
    const when = fc.cycle === 0 ? 'At daemon start' : `Redeploy ${thousands(fc.cycle)}`;
    const accepted = collisionSuppressed(report, h) ? ' (suppressed)' : '';
    return `🛑 ${when}: ${code(who, 80)} gets ${code(fc.subnet)} on ${text(fc.reserved.name || fc.reserved.cidr, 80)} (${code(fc.reserved.cidr)})${accepted}.`;
  }
  const unchecked = mine.find(isNotChecked);
  const errors = mine.filter((f) => f.severity === 'error').length;
  const others = errors > 0 ? `; ${plural(errors, 'error')} (see Findings)` : '';
  if (unchecked) return `not checked: ${NOT_CHECKED[unchecked.rule]!.state}${others}`;
  return `no collision with a reserved range in ${plural(report.cycles, 'redeploy')}${others}`;
}

/** redeploys the report must list for the summary's picture of the walk (action and --format markdown) */
export const WALK_TIMELINE = 32;

/** GitHub's limit per step */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** what we allow ourselves, leaving room for a notice the action may append (fork fallback) */
export const SUMMARY_MAX_BYTES = SUMMARY_LIMIT_BYTES - 32 * 1024;

export interface SummaryOptions extends LinkOptions {
  /** hard cap in bytes (defaults to SUMMARY_MAX_BYTES) */
  maxBytes?: number;
  /** most hosts given a walk picture (collisions first) */
  maxWalks?: number;
  /** reserved ranges known to the caller, to mark them in the walk */
  reserved?: { cidr: string; name: string }[];
  /** "fail-on: error" — what decides the step, shown under the verdict */
  failOn?: string;
}

/** the rules the inventory changed, each with its default, or null */
function ruleSettingsLine(report: Report): string | null {
  if (!report.ruleSettings?.length) return null;
  const list = report.ruleSettings.map((r) => `\`${text(r.rule, 60)}\` ${r.setting} (default ${r.default})`).join(', ');
  return `Rules changed by the inventory: ${list}`;
}

export function formatSummary(report: Report, opts: SummaryOptions = {}): string {
  const maxBytes = opts.maxBytes ?? SUMMARY_MAX_BYTES;
  const c = countFindings(report);
  const parts: string[] = [];

  parts.push(`## subnet-guard`);
  parts.push(verdictLine(report));
  const counts =
    `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.notes, 'note')}` +
    (c.suppressed ? `, ${thousands(c.suppressed)} suppressed` : '') +
    ` · ${plural(report.cycles, 'redeploy', 'redeploys')} simulated` +
    (opts.failOn ? ` · fail-on: ${text(opts.failOn, 20)}` : '');
  parts.push(counts);
  const settings = ruleSettingsLine(report);
  if (settings) parts.push(settings);

  if (report.hosts.length > 0) {
    parts.push('### Hosts');
    parts.push(hostsTable(report));
  }

  const fix = fixSection(report, 20, opts.pathPrefix);
  if (fix) {
    parts.push('### Fix');
    parts.push(fix);
  }

  // the walk through the pools: hosts with a collision first and open, the others folded
  const walkParts: string[] = [];
  const candidates = [...report.hosts]
    .sort((a, b) => (a.firstCollision ? 0 : 1) - (b.firstCollision ? 0 : 1))
    .filter((h) => h.cycles.length > 0 || h.firstCollision || h.boot.length > 0);
  // hosts that walk the same way share one picture
  const groups = new Map<string, HostReport[]>();
  for (const h of candidates) {
    const body = walkGrid(report, h, { reserved: opts.reserved });
    const key = `${h.engine}\u0000${h.model}\u0000${hostState(report, h)}\u0000${body}`;
    const g = groups.get(key);
    if (g) g.push(h);
    else groups.set(key, [h]);
  }
  const maxWalks = opts.maxWalks ?? 10;
  const shown = [...groups.entries()].slice(0, maxWalks);
  if (shown.length > 0) {
    walkParts.push('### Walk through the pools');
    walkParts.push(
      'Pools down the side, redeploys (`docker compose down` + `up`) across; a letter is the network holding the pool, ' +
        '`·` a free pool. 🛑 marks a reserved range; the colliding redeploy is bold.',
    );
    for (const [key, hosts] of shown) {
      const h = hosts[0]!;
      const names =
        hosts
          .slice(0, 12)
          .map((x) => text(hostLabel(report, x), 80))
          .join(', ') + (hosts.length > 12 ? ` and ${plural(hosts.length - 12, 'more host')}` : '');
      const title = `${names} — Engine ${text(h.engine, 40)}, ${h.model}`;
      const parts = key.split('\u0000');
      const state = parts[2]!;
      const body = parts.slice(3).join('\u0000');
      walkParts.push(
        h.firstCollision
          ? `#### ${title}\n\n${state}\n\n${body}`
          : `<details><summary>${title}: ${state}</summary>\n\n${body}\n\n</details>`,
      );
    }
    const pictured = shown.reduce((n, [, hs]) => n + hs.length, 0);
    if (report.hosts.length > pictured) {
      walkParts.push(`…${plural(report.hosts.length - pictured, 'more host')} not pictured (see the JSON report).`);
    }
  }
  const walk = walkParts.join('\n\n');

  const head = parts.join('\n\n');
  const active = activeFindings(report);
  const suppressed = suppressedFindings(report);
  const findingParts: string[] = [];
  // the findings get the room the other sections leave; suppressed ones what is left after those
  const room = Math.max(16 * 1024, maxBytes - Buffer.byteLength(head) - Buffer.byteLength(walk) - 8 * 1024);
  let used = 0;
  if (active.length > 0) {
    findingParts.push('### Findings');
    const t = findingsTable(active, { ...opts, maxBytes: Math.floor(room * 0.9), elsewhere: 'the step log (full list in plain text)' });
    findingParts.push(t);
    used = Buffer.byteLength(t);
  }
  if (suppressed.length > 0) {
    const st = findingsTable(suppressed, { ...opts, maxBytes: Math.max(4096, room - used), elsewhere: 'the step log' });
    findingParts.push(`<details><summary>${plural(suppressed.length, 'suppressed finding')}</summary>\n\n${st}\n\n</details>`);
  }

  const footer = `<sub>subnet-guard ${text(report.tool.version, 40)}</sub>`;
  const md = [head, ...findingParts, walk, footer].filter((x) => x !== '').join('\n\n') + '\n';
  return capMarkdown(md, maxBytes, "The summary was cut to stay under GitHub's 1 MiB limit; the full list is in the step log.");
}

/** the summary written when the input could not be used */
export function formatConfigErrorSummary(message: string): string {
  return `## subnet-guard\n\n⚪ **Not checked: configuration error** — the check did not run.\n\n${text(message, 4000)}\n`;
}
