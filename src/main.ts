// The action. With cli.ts, the only place that touches process, the environment, the file system
// outside the Reader, and @actions/*. Everything it calls is a pure function.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { check as realCheck, type CheckOptions, type CheckResult } from './check.js';
import { allowedEnvironment } from './args.js';
import { ConfigError, isConfigError } from './errors.js';
import { checkOutputPath, OutputFileError, writeOutputFile } from './output-file.js';
import { FsReader, type Reader } from './load/reader.js';
import { ACTION, parseInputs, type ActionInputs, type InputName, type OutputName } from './action/inputs.js';
import { syncStickyComment, type CommentOutcome, type IssuesApi } from './action/comment-client.js';
import { formatAnnotations, formatLog, workflowCommand } from './report/annotations.js';
import { badgeFor, configErrorBadge, endpointPathFor, formatBadgeEndpoint, formatBadgeSvg, type Badge } from './report/badge.js';
import { commentBodyFor, commentMarker } from './report/comment.js';
import { toJson } from './report/json.js';
import { verdict } from './report/markdown.js';
import { countFindings, earliestCollision, fails, notCheckedFindings, outcomeOf, plural, repoPath } from './report/order.js';
import { formatSarifText } from './report/sarif.js';
import { renderFormat } from './report/formats.js';
import { markNotNew } from './report/new-since.js';
import { treeAtRevision } from './git-base.js';
import { MemoryReader } from './load/reader.js';
import { formatConfigErrorSummary, formatSummary } from './report/summary.js';

import { WALK_TIMELINE } from './report/summary.js';
export { WALK_TIMELINE };

export interface Deps {
  check: (reader: Reader, opts: CheckOptions) => CheckResult;
  getOctokit: (token: string) => IssuesApi;
}

const defaultDeps: Deps = {
  check: realCheck,
  getOctokit: (token) => github.getOctokit(token) as unknown as IssuesApi,
};

/** writes an output file through the writer that never follows a link; a refusal names the input */
function writeFile(workspace: string, file: string, content: string, input: InputName): void {
  try {
    writeOutputFile(workspace, file, content);
  } catch (e) {
    if (e instanceof OutputFileError) throw new ConfigError(`input "${input}": ${e.message}`);
    throw e;
  }
}

/**
 * Every output path checked before the check runs (a link anywhere inside the workspace, a directory):
 * all refusals at once, each naming its input. The writes check again.
 */
function checkOutputs(workspace: string, inputs: ActionInputs): void {
  const wanted: [InputName, string | undefined][] = [
    [ACTION.inputs.sarifFile, inputs.sarifFile],
    [ACTION.inputs.jsonFile, inputs.jsonFile],
    [ACTION.inputs.badgeFile, inputs.badgeFile],
    [ACTION.inputs.badgeFile, inputs.badgeFile && endpointPathFor(inputs.badgeFile)],
    ...inputs.formatFiles.map((o): [InputName, string] => [ACTION.inputs.formatFiles, o.file]),
  ];
  const problems: string[] = [];
  for (const [input, file] of wanted) {
    if (!file) continue;
    try {
      checkOutputPath(workspace, file);
    } catch (e) {
      if (!(e instanceof OutputFileError)) throw e;
      problems.push(`input "${input}": ${e.message}`);
    }
  }
  if (problems.length) throw new ConfigError(problems.join('\n'));
}

/**
 * true when `dir` (below the workspace) stays inside it: each component is lstat-ed from the workspace
 * down, and a link is resolved only when its target, as written, is inside the workspace (so nothing
 * outside is ever stat-ed). A missing component is inside (the caller says it is not a directory).
 */
function insideWorkspace(workspace: string, dir: string): boolean {
  const rel = path.relative(workspace, dir);
  if (rel === '') return true;
  if (rel.startsWith('..') || path.isAbsolute(rel)) return false;
  let at = workspace;
  const names = rel.split(path.sep);
  for (let hops = 0; names.length > 0;) {
    const name = names.shift()!;
    const next = name === '.' ? at : name === '..' ? path.dirname(at) : path.join(at, name);
    if (next !== workspace && !next.startsWith(workspace + path.sep)) return false;
    let st: fs.Stats;
    try {
      st = fs.lstatSync(next);
    } catch {
      return true;
    }
    if (st.isSymbolicLink()) {
      if (++hops > 40) return false;
      // the target's names are walked like the rest ("..": the parent of a directory with no link in it)
      const target = fs.readlinkSync(next);
      if (path.isAbsolute(target)) {
        if (target !== workspace && !target.startsWith(workspace + path.sep)) return false;
        names.unshift(
          ...target
            .slice(workspace.length)
            .split(path.sep)
            .filter((n) => n !== ''),
        );
        at = workspace;
      } else {
        names.unshift(...target.split(path.sep).filter((n) => n !== ''));
      }
      continue;
    }
    at = next;
  }
  return true;
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
  const message = where
    ? `${where}${e.pos?.line ? `:${e.pos.line}` : ''}${e.pos?.line && e.pos.column ? `:${e.pos.column}` : ''}: ${e.message}`
    : e.message;
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
  setOutputs({
    [o.outcome]: 'config-error',
    [o.errors]: '',
    [o.warnings]: '',
    [o.firstCollisionCycle]: '',
    [o.sarifFile]: '',
    [o.jsonFile]: '',
    [o.badgeFile]: badgeFile,
  });
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
    if (!insideWorkspace(workspace, root)) {
      // a pull request may commit the directory as a link to /etc: never list or stat what it leads to
      throw new ConfigError(
        `input "${ACTION.inputs.workingDirectory}": "${inputs.workingDirectory}" leads outside the workspace through a symbolic link; links are followed only inside the workspace`,
      );
    }
    if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
      throw new ConfigError(`input "${ACTION.inputs.workingDirectory}": "${inputs.workingDirectory}" is not a directory in the workspace`);
    }
    checkOutputs(workspace, inputs);
    const checkOptions: CheckOptions = {
      inventory: inputs.inventory,
      composeFiles: inputs.composeFiles,
      daemonJson: inputs.daemonJson,
      engine: inputs.engine,
      cycles: inputs.cycles,
      timeline: WALK_TIMELINE,
      // only the variables the workflow names in `env`: never the runner's tokens or the job's secrets
      environment: allowedEnvironment(process.env, inputs.env),
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
          core.warning(
            `only-new: the check cannot run on the base commit ${baseSha.slice(0, 7)} (${e.message}); every finding counts as new`,
          );
        }
      }
    }
    const failOn = inputs.failOn;
    // a run that could not check what it is for fails like a configuration error, whatever fail-on says
    const unchecked = notCheckedFindings(report).length > 0;
    const failing = unchecked || fails(report, failOn);
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
      for (const o of inputs.formatFiles)
        writeFile(workspace, o.file, renderFormat(o.format, report, renderOpts), ACTION.inputs.formatFiles);
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
    const runUrl =
      repository && process.env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined;

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
      // the top-level ranges and every host's own (a walk table marks a subnet that hits any of them)
      const all = new Set([...context.reserved, ...context.hosts.flatMap((hc) => hc.reserved ?? [])]);
      const reserved = [...all].map((r) => ({ cidr: r.range.cidr, name: r.range.name }));
      let md = formatSummary(report, { pathPrefix: prefix, blobUrl, failOn, reserved });
      if (fallback) md += `\n> [!NOTE]\n> ${fallback.replace(/\n/g, ' ')}\n`;
      await writeSummary(md);
    }

    if (failing) {
      const v = verdict(report);
      const why = unchecked ? 'outcome: config-error' : `fail-on: ${failOn}`;
      core.setFailed(`subnet-guard: ${v.text} — ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')} (${why})`);
    }
  } catch (e) {
    if (isConfigError(e)) {
      await failConfig(e, workspace, prefix, inputs);
      return;
    }
    const err = e as Error;
    core.setFailed(
      `subnet-guard internal error (a bug; please report it with this log): ${redact(String(err?.message), inputs?.githubToken)}`,
    );
    if (err?.stack) core.info(redact(err.stack, inputs?.githubToken));
  }
}
