// Helpers every report format shares: the order findings are shown in, the counts that decide the
// verdict, and repository-relative paths. Pure functions over the Report.
import { assertNever, type Finding, type HostReport, type Report, type Severity } from '../model.js';

export type FailOn = 'error' | 'warning' | 'never';

/** error first, then warning, then note */
export function severityRank(s: Severity): number {
  switch (s) {
    case 'error':
      return 0;
    case 'warning':
      return 1;
    case 'note':
      return 2;
    default:
      return assertNever(s, 'severity');
  }
}

function cmpStr(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

function cmpNum(a: number | undefined, b: number | undefined, missing: number): number {
  return (a ?? missing) - (b ?? missing);
}

/**
 * Most severe first; within a severity the earliest redeploy first (a finding without a cycle holds
 * from the first `up`, so it counts as cycle 0); then by place and rule so the order is stable.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    cmpNum(a.cycle, b.cycle, 0) ||
    cmpStr(a.file, b.file) ||
    cmpNum(a.line, b.line, 0) ||
    cmpNum(a.column, b.column, 0) ||
    cmpStr(a.rule, b.rule) ||
    cmpStr(a.host, b.host) ||
    cmpStr(a.model, b.model) ||
    cmpStr(a.message, b.message)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** findings that count (not suppressed), in display order */
export function activeFindings(report: Report): Finding[] {
  return sortFindings(report.findings.filter((f) => !f.suppressed));
}

export function suppressedFindings(report: Report): Finding[] {
  return sortFindings(report.findings.filter((f) => f.suppressed));
}

export interface Counts {
  errors: number;
  warnings: number;
  notes: number;
  suppressed: number;
}

export function countFindings(report: Report): Counts {
  const c: Counts = { errors: 0, warnings: 0, notes: 0, suppressed: 0 };
  for (const f of report.findings) {
    if (f.suppressed) {
      c.suppressed++;
      continue;
    }
    switch (f.severity) {
      case 'error':
        c.errors++;
        break;
      case 'warning':
        c.warnings++;
        break;
      case 'note':
        c.notes++;
        break;
      default:
        assertNever(f.severity, 'severity');
    }
  }
  return c;
}

export type Outcome = 'clean' | 'findings' | 'config-error';

/** the rule that says a simulation stopped at a budget before every redeploy asked for was answered */
export const INCOMPLETE_RULE = 'simulation-incomplete';

/** The findings saying that a simulation stopped early, suppressed or not. */
export function unfinished(report: Report): Finding[] {
  return report.findings.filter((f) => f.rule === INCOMPLETE_RULE);
}

/**
 * The "not really checked" states, in one place. Each is a finding whose presence means the run could
 * not answer its main question (does a redeploy put a bridge on a reserved range), so nothing may call
 * it safe: with "no compose project found" (a configuration error, thrown before any report), they
 * share the grey verdict, the grey badge, outcome=config-error and exit status 2.
 */
export const NOT_CHECKED: Readonly<Record<string, { badge: string; state: string }>> = {
  'no-reserved-ranges': { badge: 'no inventory', state: 'no reserved ranges declared' },
  'simulation-incomplete': { badge: 'incomplete', state: 'simulation incomplete' },
};
export const NOT_CHECKED_RULES: readonly string[] = Object.keys(NOT_CHECKED);

export function isNotChecked(f: Finding): boolean {
  return !f.suppressed && Object.prototype.hasOwnProperty.call(NOT_CHECKED, f.rule);
}

/** the active findings that make the run "not checked", in display order */
export function notCheckedFindings(report: Report): Finding[] {
  return sortFindings(report.findings.filter(isNotChecked));
}

/**
 * config-error when the run could not check what it is for (a "not checked" finding); "findings" when
 * an error or a warning is left after suppressions; notes alone are informational
 */
export function outcomeOf(report: Report): Outcome {
  if (report.findings.some(isNotChecked)) return 'config-error';
  const c = countFindings(report);
  return c.errors + c.warnings > 0 || unfinished(report).length > 0 ? 'findings' : 'clean';
}

/** the CLI's exit status: 2 when not checked (like a configuration error), else 1 when failing under fail-on, else 0 */
export function exitStatus(report: Report, failOn: FailOn): 0 | 1 | 2 {
  if (report.findings.some(isNotChecked)) return 2;
  return fails(report, failOn) ? 1 : 0;
}

/** whether the step fails under `fail-on` */
export function fails(report: Report, failOn: FailOn): boolean {
  const c = countFindings(report);
  switch (failOn) {
    case 'error':
      return c.errors > 0;
    case 'warning':
      return c.errors + c.warnings > 0;
    case 'never':
      return false;
    default:
      return assertNever(failOn, 'fail-on');
  }
}

/** whether a host's first collision was accepted: its reserved-collision findings are all suppressed */
export function collisionSuppressed(report: Report, h: HostReport): boolean {
  const mine = report.findings.filter(
    (f) => f.rule === 'reserved-collision' && f.host === h.name && (f.model === undefined || f.model === h.model),
  );
  return mine.length > 0 && mine.every((f) => f.suppressed);
}

/** the earliest first collision over all hosts and models (suppressed ones left out), or null */
export function earliestCollision(report: Report): HostReport | null {
  let best: HostReport | null = null;
  for (const h of report.hosts) {
    if (!h.firstCollision || collisionSuppressed(report, h)) continue;
    if (!best || h.firstCollision.cycle < best.firstCollision!.cycle) best = h;
  }
  return best;
}

/** hosts by name (an unknown engine yields one HostReport per model for the same host) */
export function hostNames(report: Report): string[] {
  return [...new Set(report.hosts.map((h) => h.name))];
}

/**
 * Joins the check root's position inside the repository ("" or "deploy/prod") with a path relative to
 * the check root, giving a path relative to the repository root with forward slashes.
 */
export function repoPath(prefix: string | undefined, file: string): string {
  const f = file.replace(/\\/g, '/').replace(/^\.\//, '');
  const p = (prefix ?? '')
    .replace(/\\/g, '/')
    .replace(/^\.\/?/, '')
    .replace(/\/+$/, '');
  return p === '' ? f : `${p}/${f}`;
}

/** 1000 → "1,000" (fixed locale so that output does not depend on the machine) */
export function thousands(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${thousands(n)} ${n === 1 ? one : many}`;
}

/** cuts a string to at most `max` characters (code points are not split), adding "…" */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, Math.max(0, max - 1));
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut + '…';
}
