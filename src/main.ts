// The action. With cli.ts, the only place that touches process, the environment, the file system
// outside the Reader, and @actions/*. Everything it calls is a pure function.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { check as realCheck, type CheckOptions, type CheckResult } from './check.js';
import { ConfigError, isConfigError } from './errors.js';
import { FsReader, type Reader } from './load/reader.js';
import { ACTION, composeEnvironment, parseInputs, type ActionInputs, type InputName, type OutputName } from './action/inputs.js';
import { syncStickyComment, type CommentOutcome, type IssuesApi } from './action/comment-client.js';
import { formatAnnotations, formatLog, workflowCommand } from './report/annotations.js';
import { badgeFor, configErrorBadge, endpointPathFor, formatBadgeEndpoint, formatBadgeSvg, type Badge } from './report/badge.js';
import { commentBodyFor, commentMarker } from './report/comment.js';
import { toJson } from './report/json.js';
import { verdict } from './report/markdown.js';
import { countFindings, earliestCollision, fails, outcomeOf, plural, repoPath } from './report/order.js';
import { formatSarifText } from './report/sarif.js';
import { renderFormat } from './report/formats.js';
import { markNotNew } from './report/new-since.js';
import { treeAtRevision } from './git-base.js';
import { MemoryReader } from './load/reader.js';
import { formatConfigErrorSummary, formatSummary } from './report/summary.js';

/** redeploys listed in the report for the summary's picture of the walk */
export const WALK_TIMELINE = 32;

export interface Deps {
  check: (reader: Reader, opts: CheckOptions) => CheckResult;
  getOctokit: (token: string) => IssuesApi;
}

const defaultDeps: Deps = {
  check: realCheck,
  getOctokit: (token) => github.getOctokit(token) as unknown as IssuesApi,
};

/** writes an output file; a failure is the user's to fix, so it names the input */
function writeFile(workspace: string, file: string, content: string, input: InputName): void {
  const abs = path.resolve(workspace, file);
  try {
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(`input "${input}": cannot write "${file}" (${code ?? (e as Error).message})`);
  }
}

function setOutputs(values: Record<OutputName, string>): void {
  for (const [k, v] of Object.entries(values)) core.setOutput(k, v);
}

function writeBadge(workspace: string, file: string, badge: Badge): void {
  writeFile(workspace, file, formatBadgeSvg(badge), ACTION.inputs.badgeFile);
  writeFile(workspace, endpointPathFor(file), formatBadgeEndpoint(badge), ACTION.inputs.badgeFile);
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written');
    return;
  }
  await core.summary.addRaw(markdown).write();
}

/** a configuration error: outcome=config-error, the message names the input or the file (and line) */
async function failConfig(e: ConfigError, workspace: string, prefix: string, inputs: ActionInputs | undefined): Promise<void> {
  const where = e.pos?.file ? repoPath(prefix, e.pos.file) : undefined;
  const message = where ? `${where}${e.pos?.line ? `:${e.pos.line}` : ''}${e.pos?.line && e.pos.column ? `:${e.pos.column}` : ''}: ${e.message}` : e.message;
  const props: Record<string, string | number | undefined> = { title: 'subnet-guard: configuration error' };
  if (where) {
    props.file = where;
    if (e.pos?.line) props.line = e.pos.line;
    if (e.pos?.line && e.pos.column) props.col = e.pos.column;
  }
  process.stdout.write(workflowCommand('error', props, message) + '\n');
  let badgeFile = '';
  if (inputs?.badgeFile) {
    try {
      writeBadge(workspace, inputs.badgeFile, configErrorBadge());
      badgeFile = inputs.badgeFile;
    } catch (w) {
      core.warning(`could not write the badge: ${(w as Error).message}`);
    }
  }
  const o = ACTION.outputs;
  setOutputs({ [o.outcome]: 'config-error', [o.errors]: '', [o.warnings]: '', [o.firstCollisionCycle]: '', [o.sarifFile]: '', [o.jsonFile]: '', [o.badgeFile]: badgeFile });
  if (inputs?.summary ?? true) await writeSummary(formatConfigErrorSummary(message));
  process.exitCode = 1;
}

function pullRequestNumber(): number | undefined {
  const pr = github.context.payload.pull_request as { number?: unknown } | undefined;
  return typeof pr?.number === 'number' ? pr.number : undefined;
}

/** Removes a secret from text that came back from an API (error messages may quote the request). */
export function redact(text: string, secret: string | undefined): string {
  return secret && secret.length >= 4 ? text.split(secret).join('***') : text;
}

function commentNotice(out: CommentOutcome, token: string): string | null {
  switch (out.action) {
    case 'created':
    case 'updated':
      core.info(`PR comment ${out.action}${out.url ? `: ${out.url}` : ''}`);
      return null;
    case 'unchanged':
      core.info('PR comment already up to date');
      return null;
    case 'deleted':
      core.info('the check is clean: PR comment removed');
      return null;
    case 'none':
      return null;
    case 'forbidden': {
      const note =
        `subnet-guard could not write its pull-request comment (HTTP ${out.status}: ${redact(out.message, token)}). ` +
        'Pull requests from forks get a read-only token; elsewhere the job needs `permissions: pull-requests: write`. ' +
        'The report is in this job summary.';
      core.notice(note, { title: 'subnet-guard: PR comment skipped' });
      return note;
    }
    case 'failed': {
      const note = `subnet-guard could not update its pull-request comment (${out.status ?? 'no status'}: ${redact(out.message, token)}). The report is in this job summary.`;
      core.warning(note, { title: 'subnet-guard: PR comment failed' });
      return note;
    }
  }
}

export async function run(overrides: Partial<Deps> = {}): Promise<void> {
  const deps: Deps = { ...defaultDeps, ...overrides };
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  let inputs: ActionInputs | undefined;
  let prefix = '';
  try {
    inputs = parseInputs((name) => core.getInput(name));
    // no core.setSecret: `github.token` and `secrets.*` are masked by the runner already, and add-mask
    // would itself print the token to stdout
    const root = path.resolve(workspace, inputs.workingDirectory);
    prefix = inputs.workingDirectory === '.' ? '' : inputs.workingDirectory;
    if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
      throw new ConfigError(`input "${ACTION.inputs.workingDirectory}": "${inputs.workingDirectory}" is not a directory in the workspace`);
    }
    const checkOptions: CheckOptions = {
      inventory: inputs.inventory,
      composeFiles: inputs.composeFiles,
      daemonJson: inputs.daemonJson,
      engine: inputs.engine,
      cycles: inputs.cycles,
      timeline: WALK_TIMELINE,
      environment: composeEnvironment(process.env),
      rootName: path.basename(root),
    };
    const checked = deps.check(new FsReader(root), checkOptions);
    const context = checked.context;
    let report = checked.report;
    if (inputs.onlyNew) {
      // the pull request's base commit, read with git object reads only (nothing from the repository runs)
      const baseSha = (github.context.payload.pull_request as { base?: { sha?: string } } | undefined)?.base?.sha;
      if (!baseSha) {
        core.info(`only-new: this is not a pull request event (${process.env.GITHUB_EVENT_NAME ?? 'unknown'}); every finding counts`);
      } else {
        const what = `input "${ACTION.inputs.onlyNew}"`;
        try {
          const base = deps.check(new MemoryReader(treeAtRevision(root, baseSha, what)), { ...checkOptions, timeline: 0 }).report;
          report = markNotNew(report, base, `the base commit ${baseSha.slice(0, 7)}`);
        } catch (e) {
          if (!isConfigError(e) || e.message.startsWith(what)) throw e;
          core.warning(`only-new: the check cannot run on the base commit ${baseSha.slice(0, 7)} (${e.message}); every finding counts as new`);
        }
      }
    }
    const failOn = inputs.failOn;
    const failing = fails(report, failOn);
    const counts = countFindings(report);
    const outcome = outcomeOf(report);

    // annotations (a slot left for setFailed), then the whole list as plain text
    if (inputs.annotations) {
      const a = formatAnnotations(report, { pathPrefix: prefix, reservedErrorSlots: failing ? 1 : 0 });
      for (const c of a.commands) process.stdout.write(c + '\n');
    }
    process.stdout.write(formatLog(report, { pathPrefix: prefix }));

    // files
    const written = { sarif: '', json: '', badge: '' };
    if (inputs.sarifFile) {
      const inventoryFile = context.inventory.file ?? 'network-inventory.yaml';
      const sarif = formatSarifText(report, { pathPrefix: prefix, fallbackFile: repoPath(prefix, inventoryFile) });
      writeFile(workspace, inputs.sarifFile, sarif, ACTION.inputs.sarifFile);
      written.sarif = inputs.sarifFile;
    }
    if (inputs.jsonFile) {
      writeFile(workspace, inputs.jsonFile, toJson(report), ACTION.inputs.jsonFile);
      written.json = inputs.jsonFile;
    }
    if (inputs.badgeFile) {
      writeBadge(workspace, inputs.badgeFile, badgeFor(report));
      written.badge = inputs.badgeFile;
    }
    if (inputs.formatFiles.length > 0) {
      const renderOpts = { pathPrefix: prefix, fallbackFile: repoPath(prefix, context.inventory.file ?? 'network-inventory.yaml'), failOn };
      for (const o of inputs.formatFiles) writeFile(workspace, o.file, renderFormat(o.format, report, renderOpts), ACTION.inputs.formatFiles);
    }
    const first = earliestCollision(report);
    const o = ACTION.outputs;
    setOutputs({
      [o.outcome]: outcome,
      [o.errors]: String(counts.errors),
      [o.warnings]: String(counts.warnings),
      [o.firstCollisionCycle]: first?.firstCollision ? String(first.firstCollision.cycle) : '',
      [o.sarifFile]: written.sarif,
      [o.jsonFile]: written.json,
      [o.badgeFile]: written.badge,
    });

    // links into the repository at the commit checked
    const server = process.env.GITHUB_SERVER_URL || 'https://github.com';
    const repository = process.env.GITHUB_REPOSITORY;
    const headSha = (github.context.payload.pull_request as { head?: { sha?: string } } | undefined)?.head?.sha ?? process.env.GITHUB_SHA;
    const blobUrl = repository && headSha ? `${server}/${repository}/blob/${headSha}/` : undefined;
    const runUrl = repository && process.env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined;

    // the sticky comment; never fails the step
    let fallback: string | null = null;
    if (inputs.comment) {
      const number = pullRequestNumber();
      if (number === undefined || !repository) {
        core.info(`comment: this is not a pull request event (${process.env.GITHUB_EVENT_NAME ?? 'unknown'}); no comment written`);
      } else {
        const [owner, repo] = repository.split('/') as [string, string];
        const marker = commentMarker(process.env.GITHUB_WORKFLOW ?? 'subnet-guard');
        const body = commentBodyFor(report, marker, { pathPrefix: prefix, blobUrl, runUrl });
        const out = await syncStickyComment(deps.getOctokit(inputs.githubToken), { owner, repo, number }, marker, body);
        fallback = commentNotice(out, inputs.githubToken);
      }
    }

    if (inputs.summary) {
      const reserved = context.reserved.map((r) => ({ cidr: r.range.cidr, name: r.range.name }));
      let md = formatSummary(report, { pathPrefix: prefix, blobUrl, failOn, reserved });
      if (fallback) md += `\n> [!NOTE]\n> ${fallback.replace(/\n/g, ' ')}\n`;
      await writeSummary(md);
    }

    if (failing) {
      const v = verdict(report);
      core.setFailed(`subnet-guard: ${v.text} — ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')} (fail-on: ${failOn})`);
    }
  } catch (e) {
    if (isConfigError(e)) {
      await failConfig(e, workspace, prefix, inputs);
      return;
    }
    const err = e as Error;
    core.setFailed(`subnet-guard internal error (a bug; please report it with this log): ${redact(String(err?.message), inputs?.githubToken)}`);
    if (err?.stack) core.info(redact(err.stack, inputs?.githubToken));
  }
}
