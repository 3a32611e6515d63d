// The sticky pull-request comment: one comment per workflow, found again by a hidden marker on its
// first line and edited in place; deleted when the pull request becomes clean. Pure functions: the
// body, and the plan (create / update / delete / nothing) given the comments already there. The
// action's comment client (src/action/comment-client.ts) carries the plan out.
import type { Report } from '../model.js';
import { capMarkdown, findingsTable, fixSection, hostsTable, text, verdictLine, type LinkOptions } from './markdown.js';
import { activeFindings, countFindings, outcomeOf, plural } from './order.js';

/** GitHub refuses comment bodies longer than this (characters) */
export const COMMENT_LIMIT_CHARS = 65_536;
const COMMENT_MAX_CHARS = 60_000;
/** findings listed in the comment; the rest are in the job summary */
const COMMENT_MAX_FINDINGS = 30;

/** the hidden first line that identifies this workflow's comment */
export function commentMarker(workflow: string): string {
  // encodeURIComponent leaves no "--" + ">" sequence that could end the HTML comment early
  const id = encodeURIComponent(workflow.trim() || 'default').replace(/-/g, '%2D');
  return `<!-- subnet-guard:workflow=${id} -->`;
}

export interface CommentOptions extends LinkOptions {
  /** link to the workflow run (its summary holds the full report) */
  runUrl?: string;
}

export function formatComment(report: Report, marker: string, opts: CommentOptions = {}): string {
  const c = countFindings(report);
  const parts: string[] = [marker, '### subnet-guard', verdictLine(report)];
  parts.push(
    `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')} · ${plural(report.cycles, 'redeploy', 'redeploys')} simulated`,
  );
  if (report.hosts.length) parts.push(hostsTable(report, 30));
  const fix = fixSection(report, 5, opts.pathPrefix);
  if (fix) parts.push(fix);
  const active = activeFindings(report);
  if (active.length) {
    const where = opts.runUrl ? `the [job summary](${opts.runUrl})` : 'the job summary';
    parts.push(
      `<details><summary>${plural(active.length, 'finding')}</summary>\n\n` +
        findingsTable(active, { ...opts, maxRows: COMMENT_MAX_FINDINGS, maxBytes: 40_000, elsewhere: where }) +
        '\n\n</details>',
    );
  }
  const footer = [`<sub>subnet-guard ${text(report.tool.version, 40)}`];
  if (opts.runUrl) footer.push(` · [workflow run](${opts.runUrl})`);
  footer.push(' · this comment is updated on every run and removed when the check is clean</sub>');
  parts.push(footer.join(''));
  const body = parts.join('\n\n') + '\n';
  // characters, not bytes, count for GitHub; every character is at most 4 bytes in UTF-8
  return body.length <= COMMENT_MAX_CHARS
    ? body
    : capMarkdown(body, COMMENT_MAX_CHARS, 'Cut to fit a comment; the job summary has the full report.');
}

export interface ExistingComment {
  id: number;
  body?: string | null;
}

export type CommentPlan =
  | { kind: 'create'; body: string }
  | { kind: 'update'; id: number; body: string; duplicates: number[] }
  | { kind: 'unchanged'; id: number; duplicates: number[] }
  | { kind: 'delete'; ids: number[] }
  | { kind: 'none' };

/** ours when the marker is the first line (a quote of it in someone's reply starts with "> ") */
export function isOurs(c: ExistingComment, marker: string): boolean {
  return typeof c.body === 'string' && c.body.trimStart().startsWith(marker);
}

/**
 * What to do given the comments on the pull request: with findings, edit our comment (create it the first
 * time; remove stray duplicates); when clean, delete it; when clean and there is none, nothing.
 */
export function planComment(existing: ExistingComment[], marker: string, body: string | null): CommentPlan {
  const ours = existing.filter((c) => isOurs(c, marker)).map((c) => c);
  if (body === null) return ours.length ? { kind: 'delete', ids: ours.map((c) => c.id) } : { kind: 'none' };
  if (ours.length === 0) return { kind: 'create', body };
  const [first, ...rest] = ours;
  const duplicates = rest.map((c) => c.id);
  if (first!.body === body) return { kind: 'unchanged', id: first!.id, duplicates };
  return { kind: 'update', id: first!.id, body, duplicates };
}

/** the body to post, or null when the pull request is clean (the comment goes away) */
export function commentBodyFor(report: Report, marker: string, opts: CommentOptions = {}): string | null {
  return outcomeOf(report) === 'clean' ? null : formatComment(report, marker, opts);
}
