// --format text: what a person reads in a terminal or a CI log. Every finding on one line in the
// compiler style "file:line:col: severity rule: message", so editors and CI logs link to it.
import type { Finding, HostReport, Report } from '../model.js';
import { sortFindings } from './order.js';
import { groupDigits } from '../digits.js';

/** compiler style, so terminals and editors link it: file:line:col: severity rule: message */
export function compilerLine(f: Finding): string {
  let where = f.file ?? '';
  if (f.file && f.line) where += `:${f.line}${f.column ? `:${f.column}` : ''}`;
  const suppressed = f.suppressed ? ' (suppressed)' : '';
  return `${where ? where + ': ' : ''}${f.severity} ${f.rule}: ${f.message}${suppressed}`;
}

function engineLabel(h: HostReport): string {
  const model = h.model === 'round-robin' ? 'round-robin (Engine ≤ 26)' : 'first-fit (Engine ≥ 27)';
  return h.engine === 'unknown' ? `engine unknown, checking ${model}` : `Engine ${h.engine}, ${model}`;
}

function hostBlock(h: HostReport, cycles: number): string[] {
  const out = [`host ${h.name} — ${engineLabel(h)}`];
  const boot = h.boot.map((a) => `${a.project ? `${a.project}/` : ''}${a.network} ${a.subnet}`);
  out.push(`  at start:        ${boot.length > 0 ? boot.join(', ') : '(no networks)'}`);
  for (const c of h.cycles) {
    const list = c.allocations.map((a) => `${a.network} ${a.subnet}`).join(', ');
    out.push(`  redeploy ${String(c.cycle).padStart(6)}: ${list || '(nothing allocated)'}`);
  }
  if (h.firstCollision) {
    const fc = h.firstCollision;
    const when = fc.cycle === 0 ? 'at daemon start' : `on redeploy ${groupDigits(fc.cycle)}`;
    out.push(`  first collision: ${when}: ${fc.network} ${fc.subnet} overlaps ${fc.reserved.cidr}${fc.reserved.name ? ` (${fc.reserved.name})` : ''}`);
  } else {
    out.push(`  first collision: none in ${groupDigits(cycles)} redeploys`);
  }
  const period = h.period ? `, pattern repeats every ${groupDigits(h.period.length)} redeploys` : '';
  out.push(`  networks alive at peak: ${h.peakNetworks}; pools: ${h.poolCandidates} candidates, ${h.poolsLeft} left at peak${period}`);
  if (h.fix) out.push(...fixLines(h.fix));
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

export function toText(report: Report): string {
  const lines: string[] = [];
  lines.push(`${report.tool.name} ${report.tool.version}: ${groupDigits(report.cycles)} redeploys simulated on ${new Set(report.hosts.map((h) => h.name)).size} host(s)`);
  for (const h of report.hosts) lines.push('', ...hostBlock(h, report.cycles));
  const active = report.findings.filter((f) => !f.suppressed);
  lines.push('');
  for (const f of sortFindings(report.findings)) lines.push(compilerLine(f));
  const errors = active.filter((f) => f.severity === 'error').length;
  const warnings = active.filter((f) => f.severity === 'warning').length;
  lines.push(`${errors} error(s), ${warnings} warning(s)`);
  return lines.join('\n') + '\n';
}
