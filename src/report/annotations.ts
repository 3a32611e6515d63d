// Workflow commands (`::error file=…,line=…::message`) for the findings, and the full list as plain
// text for the step log. The runner shows 10 annotations per level per step (and `core.setFailed`
// takes one of the error slots), so the last one shown says how many more there are and where.
import { createHash } from 'node:crypto';
import { assertNever, type Finding, type Report, type Severity } from '../model.js';
import { activeFindings, clip, countFindings, plural, repoPath, suppressedFindings } from './order.js';

/** what the runner shows per level per step */
export const RUNNER_LIMIT_PER_LEVEL = 10;
/** longest annotation message we emit (the UI shows a few lines anyway) */
const MAX_MESSAGE = 4000;

export interface AnnotationOptions {
  /** where the check root sits inside the repository ("" for the root, "deploy/prod") */
  pathPrefix?: string;
  /** error slots taken by other messages of this step (1 when the step will call core.setFailed) */
  reservedErrorSlots?: number;
  /** defaults to the runner's limit of 10 */
  perLevel?: number;
  /** where the full list can be read, for the "N more" note */
  elsewhere?: string;
}

export type CommandLevel = 'error' | 'warning' | 'notice';

export interface Annotations {
  /** workflow command lines, in display order (errors, warnings, notices) */
  commands: string[];
  shown: Record<CommandLevel, number>;
  hidden: Record<CommandLevel, number>;
}

export function commandLevel(s: Severity): CommandLevel {
  switch (s) {
    case 'error':
      return 'error';
    case 'warning':
      return 'warning';
    case 'note':
      return 'notice';
    default:
      return assertNever(s, 'severity');
  }
}

/** escaping of a command's message (data) */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** escaping of a command's property value */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand(name: string, props: Record<string, string | number | undefined>, message: string): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === '') continue;
    parts.push(`${k}=${escapeProperty(String(v))}`);
  }
  return `::${name}${parts.length ? ' ' + parts.join(',') : ''}::${escapeData(message)}`;
}

/** "reserved-collision · app-1 (round-robin) · redeploy 14" */
export function findingTitle(f: Finding): string {
  const parts = [`subnet-guard ${f.rule}`];
  if (f.host) parts.push(f.model ? `${f.host} (${f.model})` : f.host);
  else if (f.model) parts.push(f.model);
  if (f.cycle !== undefined) parts.push(`redeploy ${f.cycle}`);
  return parts.join(' · ');
}

function isPositive(n: number | undefined): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n > 0;
}

/**
 * Properties of a finding's annotation; columns only when the span is on one line (GitHub rejects them
 * otherwise). endColumn is passed as the model has it: one past the last character, as GitHub reads it.
 */
export function locationProperties(f: Finding, pathPrefix?: string): Record<string, string | number | undefined> {
  if (!f.file) return {};
  const props: Record<string, string | number | undefined> = { file: repoPath(pathPrefix, f.file) };
  if (!isPositive(f.line)) return props;
  props.line = f.line;
  const endLine = isPositive(f.endLine) && f.endLine >= f.line ? f.endLine : f.line;
  props.endLine = endLine;
  if (endLine === f.line && isPositive(f.column)) {
    props.col = f.column;
    if (isPositive(f.endColumn) && f.endColumn >= f.column) props.endColumn = f.endColumn;
  }
  return props;
}

export function formatAnnotations(report: Report, opts: AnnotationOptions = {}): Annotations {
  const perLevel = opts.perLevel ?? RUNNER_LIMIT_PER_LEVEL;
  const elsewhere = opts.elsewhere ?? "the job summary and the full list in this step's log";
  const limits: Record<CommandLevel, number> = {
    error: Math.max(0, perLevel - (opts.reservedErrorSlots ?? 0)),
    warning: perLevel,
    notice: perLevel,
  };
  const byLevel: Record<CommandLevel, Finding[]> = { error: [], warning: [], notice: [] };
  for (const f of activeFindings(report)) byLevel[commandLevel(f.severity)].push(f);

  const commands: string[] = [];
  const shown: Record<CommandLevel, number> = { error: 0, warning: 0, notice: 0 };
  const hidden: Record<CommandLevel, number> = { error: 0, warning: 0, notice: 0 };
  for (const level of ['error', 'warning', 'notice'] as const) {
    const all = byLevel[level];
    const show = all.slice(0, limits[level]);
    shown[level] = show.length;
    hidden[level] = all.length - show.length;
    show.forEach((f, i) => {
      let message = clip(f.message, MAX_MESSAGE);
      if (i === show.length - 1 && hidden[level] > 0) {
        const noun = level === 'error' ? 'error' : level === 'warning' ? 'warning' : 'note';
        message += `\n\n(+${plural(hidden[level], `more ${noun}`, `more ${noun}s`)} not shown as annotations: see ${elsewhere})`;
      }
      commands.push(workflowCommand(level, { ...locationProperties(f, opts.pathPrefix), title: findingTitle(f) }, message));
    });
  }
  return { commands, shown, hidden };
}

/** one finding as one line of plain text (control characters flattened so a line stays a line) */
export function findingLine(f: Finding, pathPrefix?: string): string {
  let where = f.file ? repoPath(pathPrefix, f.file) : '(no file)';
  if (f.file && isPositive(f.line)) {
    where += `:${f.line}`;
    if (isPositive(f.column)) where += `:${f.column}`;
  }
  const ctx: string[] = [];
  if (f.host) ctx.push(f.host);
  if (f.model) ctx.push(f.model);
  if (f.cycle !== undefined) ctx.push(`redeploy ${f.cycle}`);
  const sev = f.suppressed ? 'suppressed' : f.severity;
  let line = `${sev.padEnd(8)} ${where}  ${f.rule}${ctx.length ? `  [${ctx.join(', ')}]` : ''}  ${f.message}`;
  if (f.suppressed && f.suppressionReason) line += `  (suppressed: ${f.suppressionReason})`;
  return flatten(line);
}

function flatten(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ⏎ ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '�');
}

/**
 * The whole list, for the step log. It is wrapped in `::stop-commands::` so that text coming from the
 * repository (network names, messages) can never be taken for a workflow command; the token is derived
 * from the text itself, which cannot contain its own hash.
 */
export function formatLog(report: Report, opts: { pathPrefix?: string } = {}): string {
  const c = countFindings(report);
  const lines: string[] = [];
  lines.push(
    `subnet-guard ${report.tool.version}: ${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ` +
      `${plural(c.notes, 'note')}${c.suppressed ? `, ${plural(c.suppressed, 'suppressed', 'suppressed')}` : ''} ` +
      `(${plural(report.cycles, 'redeploy', 'redeploys')} simulated on ${plural(new Set(report.hosts.map((h) => h.name)).size, 'host')})`,
  );
  for (const f of activeFindings(report)) lines.push(findingLine(f, opts.pathPrefix));
  for (const f of suppressedFindings(report)) lines.push(findingLine(f, opts.pathPrefix));
  const body = lines.join('\n');
  const token = 'subnet-guard-' + createHash('sha256').update(body).digest('hex').slice(0, 32);
  return `::stop-commands::${token}\n${body}\n::${token}::\n`;
}
