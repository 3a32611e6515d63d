// --format text: what a person reads in a terminal or a CI log. The verdict first (one sentence), then
// every finding with its location in front in the compiler style "file:line:col: severity rule:
// message", so editors and CI logs link to it; on a terminal the message wraps to its width under
// the location and colours mark the severities. Then each host's walk and its proven fix.
import type { Finding, HostReport, Report } from '../model.js';
import { activeFindings, countFindings, hostNames, plural, suppressedFindings } from './order.js';
import { grouped, hasSomethingToFix, verdict, type Verdict } from './markdown.js';
import { groupDigits } from '../digits.js';

export interface TextOptions {
  /** ANSI colours (the CLI decides: a terminal, NO_COLOR, FORCE_COLOR) */
  color?: boolean;
  /** wrap messages to this many columns (a terminal's width); undefined: one line per finding */
  width?: number;
}

type Paint = (code: string, s: string) => string;

function painter(on: boolean): Paint {
  return on ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
}

const SEVERITY_COLOR: Record<Finding['severity'], string> = { error: '31', warning: '33', note: '36' };
const VERDICT_MARK: Record<Verdict['level'], { mark: string; color: string }> = {
  error: { mark: '✖', color: '1;31' },
  warning: { mark: '⚠', color: '1;33' },
  clean: { mark: '✔', color: '1;32' },
  unchecked: { mark: '○', color: '1;90' },
};

function location(f: Finding): string {
  let where = f.file ?? '';
  if (f.file && f.line) where += `:${f.line}${f.column ? `:${f.column}` : ''}`;
  return where;
}

/** compiler style, so terminals and editors link it: "file:line:col: severity rule: message"; suppressed ones say so first */
export function compilerLine(f: Finding): string {
  const where = location(f);
  const suppressed = f.suppressed ? `suppressed${f.suppressionReason ? ` (${f.suppressionReason})` : ''}: ` : '';
  return `${suppressed}${where ? where + ': ' : ''}${f.severity} ${f.rule}: ${f.message}`;
}

/** words of `text` in lines of at most `width` columns (a word longer than that gets a line of its own) */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function findingBlock(f: Finding, paint: Paint, width: number | undefined): string[] {
  const where = location(f);
  const sev = paint(f.suppressed ? '90' : SEVERITY_COLOR[f.severity], f.severity);
  const head = `${f.suppressed ? paint('90', `suppressed${f.suppressionReason ? ` (${f.suppressionReason})` : ''}: `) : ''}${where ? paint('1', where) + ': ' : ''}${sev} ${paint('2', f.rule)}:`;
  if (width === undefined) return [`${head} ${f.message}`];
  const indent = '    ';
  return [head, ...wrap(f.message, Math.max(20, width - indent.length)).map((l) => indent + l)];
}

function engineLabel(h: HostReport): string {
  const model = h.model === 'round-robin' ? 'round-robin (Engine ≤ 26)' : 'first-fit (Engine ≥ 27)';
  return h.engine === 'unknown' ? `engine unknown, checking ${model}` : `Engine ${h.engine}, ${model}`;
}

function hostBlock(report: Report, h: HostReport): string[] {
  const out = [`host ${h.name} — ${engineLabel(h)}`];
  const boot = h.boot.map((a) => `${a.project ? `${a.project}/` : ''}${a.network} ${a.subnet}`);
  out.push(`  at start:        ${boot.length > 0 ? boot.join(', ') : '(no networks)'}`);
  for (const c of h.cycles) {
    const list = c.allocations.map((a) => `${a.network} ${a.subnet}`).join(', ');
    out.push(`  redeploy ${String(c.cycle).padStart(6)}: ${list || '(nothing allocated)'}`);
  }
  const unchecked = report.findings.some((f) => !f.suppressed && f.rule === 'no-reserved-ranges' && f.host === h.name);
  if (h.firstCollision) {
    const fc = h.firstCollision;
    const when = fc.cycle === 0 ? 'at daemon start' : `on redeploy ${groupDigits(fc.cycle)}`;
    out.push(
      `  first collision: ${when}: ${fc.network} ${fc.subnet} overlaps ${fc.reserved.cidr}${fc.reserved.name ? ` (${fc.reserved.name})` : ''}`,
    );
  } else if (unchecked) {
    out.push('  first collision: not checked (no reserved ranges declared)');
  } else {
    out.push(`  first collision: none in ${plural(report.cycles, 'redeploy')}`);
  }
  const period = h.period ? `, pattern repeats every ${plural(h.period.length, 'redeploy')}` : '';
  out.push(
    `  networks alive at peak: ${groupDigits(h.peakNetworks)}; pools: ${grouped(h.poolCandidates)} candidates, ${grouped(h.poolsLeft)} left at peak${period}`,
  );
  if (h.fix && hasSomethingToFix(report, h)) out.push(...fixLines(h.fix));
  return out;
}

/** each part of a proven fix on its own line (an empty daemon.json part is left out) */
function fixLines(fix: NonNullable<HostReport['fix']>): string[] {
  const out: string[] = [];
  const pins = (cs: { network: string; subnet?: string; mtu?: number }[]) =>
    cs.map((c) => `${c.network}${c.subnet ? ` subnet ${c.subnet}` : ''}${c.mtu !== undefined ? ` mtu ${c.mtu}` : ''}`).join(', ');
  if (Object.keys(fix.daemonJson).length > 0) out.push(`  proven fix (daemon.json): ${JSON.stringify(fix.daemonJson)}`);
  if (fix.swarm) out.push(`  proven fix (swarm): re-create the swarm with \`${fix.swarm.command}\``);
  if (fix.compose?.length) out.push(`  proven fix (compose): ${pins(fix.compose)}`);
  if (fix.alternative?.compose.length) out.push(`  or, proven alone (compose): ${pins(fix.alternative.compose)}`);
  return out;
}

export function toText(report: Report, opts: TextOptions = {}): string {
  const paint = painter(!!opts.color);
  const v = verdict(report);
  const c = countFindings(report);
  const mark = VERDICT_MARK[v.level];
  const lines: string[] = [];
  lines.push(paint(mark.color, `${mark.mark} ${v.text}.`.replace(/\.\.$/, '.')));
  const counts = [plural(c.errors, 'error'), plural(c.warnings, 'warning')];
  if (c.notes) counts.push(plural(c.notes, 'note'));
  if (c.suppressed) counts.push(`${groupDigits(c.suppressed)} suppressed`);
  lines.push(
    `  ${counts.join(', ')} · ${plural(report.cycles, 'redeploy')} simulated on ${plural(hostNames(report).length, 'host')} · ${report.tool.name} ${report.tool.version}`,
  );
  if (report.ruleSettings?.length) {
    lines.push(
      `  rules changed by the inventory: ${report.ruleSettings.map((r) => `${r.rule} ${r.setting} (default ${r.default})`).join(', ')}`,
    );
  }
  const active = activeFindings(report);
  const suppressed = suppressedFindings(report);
  if (active.length + suppressed.length > 0) lines.push('');
  for (const f of [...active, ...suppressed]) lines.push(...findingBlock(f, paint, opts.width));
  for (const h of report.hosts) lines.push('', ...hostBlock(report, h));
  return lines.join('\n') + '\n';
}
