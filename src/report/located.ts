// What the file-based CI formats (JUnit, GitLab Code Quality, Checkstyle) share: where a finding is
// shown (a repository-relative path; a finding without a file is shown on the inventory, as in SARIF)
// and a fingerprint that stays the same across runs, so that a CI comparing two reports (GitLab's
// merge-request widget) sees a finding as the same one when lines move.
import { createHash } from 'node:crypto';
import type { Finding } from '../model.js';
import { repoPath, sortFindings } from './order.js';

export interface LocateOptions {
  /** where the check root sits inside the repository ("" for the root) */
  pathPrefix?: string;
  /** the file a finding without one is shown on; repository-relative (default network-inventory.yaml) */
  fallbackFile?: string;
}

export interface LocatedFinding {
  finding: Finding;
  /** repository-relative, forward slashes */
  path: string;
  /** 1-based; 1 for a finding that names no line */
  line: number;
  column?: number;
  endLine?: number;
  /** stable across runs and line moves; distinct for identical findings (numbered in display order) */
  fingerprint: string;
}

function positive(n: number | undefined): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n > 0;
}

/** every finding in display order, located and fingerprinted */
export function locateFindings(findings: readonly Finding[], opts: LocateOptions = {}): LocatedFinding[] {
  const seen = new Map<string, number>();
  return sortFindings(findings).map((f) => {
    const path = f.file ? repoPath(opts.pathPrefix, f.file) : (opts.fallbackFile ?? 'network-inventory.yaml');
    const hasLine = f.file !== undefined && positive(f.line);
    const line = hasLine ? f.line! : 1;
    const base = createHash('sha256')
      .update([f.rule, path, f.host ?? '', f.model ?? '', f.message].join('\u0000'))
      .digest('hex');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const fingerprint = n === 1 ? base : createHash('sha256').update(`${base}:${n}`).digest('hex');
    return {
      finding: f,
      path,
      line,
      column: hasLine && positive(f.column) ? f.column : undefined,
      endLine: hasLine && positive(f.endLine) && f.endLine >= line ? f.endLine : undefined,
      fingerprint,
    };
  });
}

/** where a finding was seen, in words: "host app-1, round-robin model, redeploy 14" */
export function findingContext(f: Finding): string {
  const parts: string[] = [];
  if (f.host !== undefined) parts.push(`host ${f.host}`);
  if (f.model !== undefined) parts.push(`${f.model} model`);
  if (f.cycle !== undefined) parts.push(f.cycle === 0 ? 'at daemon start' : `redeploy ${f.cycle}`);
  return parts.join(', ');
}
