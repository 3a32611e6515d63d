// The sticky PR comment, driven through the real @actions/github client against a local server that
// checks every request against GitHub's published REST description.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getOctokit } from '@actions/github';
import { syncStickyComment, type IssuesApi } from '../../src/action/comment-client.js';
import { commentBodyFor, commentMarker, COMMENT_LIMIT_CHARS, planComment } from '../../src/report/comment.js';
import { cleanReport, hostileReport, manyFindingsReport, peeredVpcReport } from '../report/reports.js';
import { GitHubApiServer } from './github-api-server.js';
import { stripCodeSpans } from '../report/md-helpers.js';

const TOKEN = 'ghs_testtoken0123456789abcdefghijklmnopqrst';
const PR = { owner: 'octo-org', repo: 'infra', number: 42 };
const marker = commentMarker('CI');

let server: GitHubApiServer;
let api: IssuesApi;

beforeEach(async () => {
  server = new GitHubApiServer({ owner: PR.owner, repo: PR.repo });
  const baseUrl = await server.start();
  api = getOctokit(TOKEN, { baseUrl }) as unknown as IssuesApi;
});

afterEach(async () => {
  await server.stop();
  expect(server.violations).toEqual([]);
});

const ops = () => server.requests.map((r) => `${r.method} ${r.operation}`);

describe('sticky PR comment', () => {
  it('creates one comment with the hidden marker when there are findings', async () => {
    server.seed(PR.number, 'LGTM');
    const body = commentBodyFor(peeredVpcReport(), marker, { runUrl: 'https://github.com/octo-org/infra/actions/runs/1' });
    const out = await syncStickyComment(api, PR, marker, body);
    expect(out).toMatchObject({ action: 'created', url: expect.stringContaining('#issuecomment-') });
    const comments = server.commentsOn(PR.number);
    expect(comments).toHaveLength(2);
    expect(comments[1]!.body.startsWith(marker)).toBe(true);
    expect(comments[1]!.body).toContain('app-1 loses 172.31.0.0/16');
    expect(ops()).toEqual(['GET issues/list-comments', 'POST issues/create-comment']);
    expect(server.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('edits the same comment on the next run instead of posting again, and leaves it alone when nothing changed', async () => {
    await syncStickyComment(api, PR, marker, commentBodyFor(peeredVpcReport(), marker));
    const id = server.commentsOn(PR.number)[0]!.id;
    const next = manyFindingsReport(3, 1);
    const out = await syncStickyComment(api, PR, marker, commentBodyFor(next, marker));
    expect(out).toMatchObject({ action: 'updated', id });
    expect(server.commentsOn(PR.number)).toHaveLength(1);
    expect(server.commentsOn(PR.number)[0]!.body).toContain('3 errors');
    const again = await syncStickyComment(api, PR, marker, commentBodyFor(next, marker));
    expect(again).toEqual({ action: 'unchanged', id });
    expect(ops()).toEqual([
      'GET issues/list-comments',
      'POST issues/create-comment',
      'GET issues/list-comments',
      'PATCH issues/update-comment',
      'GET issues/list-comments',
    ]);
  });

  it('deletes the comment when the pull request becomes clean, and does nothing when there is none', async () => {
    await syncStickyComment(api, PR, marker, commentBodyFor(peeredVpcReport(), marker));
    const id = server.commentsOn(PR.number)[0]!.id;
    expect(commentBodyFor(cleanReport(), marker)).toBeNull();
    expect(await syncStickyComment(api, PR, marker, commentBodyFor(cleanReport(), marker))).toEqual({ action: 'deleted', ids: [id] });
    expect(server.commentsOn(PR.number)).toHaveLength(0);
    expect(await syncStickyComment(api, PR, marker, null)).toEqual({ action: 'none' });
    expect(ops().slice(-3)).toEqual(['GET issues/list-comments', 'DELETE issues/delete-comment', 'GET issues/list-comments']);
  });

  it('on a fork (read-only token, 403) reports "forbidden" and never throws', async () => {
    server.readOnly = true;
    const out = await syncStickyComment(api, PR, marker, commentBodyFor(peeredVpcReport(), marker));
    expect(out).toEqual({ action: 'forbidden', status: 403, message: expect.stringContaining('Resource not accessible by integration') });
    expect(JSON.stringify(out)).not.toContain(TOKEN);
    expect(server.commentsOn(PR.number)).toHaveLength(0);
  });

  it('keeps one comment per workflow', async () => {
    const other = commentMarker('nightly --> <b>');
    expect(other.slice('<!--'.length, -'-->'.length)).not.toMatch(/--|>/);
    await syncStickyComment(api, PR, marker, commentBodyFor(peeredVpcReport(), marker));
    await syncStickyComment(api, PR, other, commentBodyFor(peeredVpcReport(), other));
    expect(server.commentsOn(PR.number)).toHaveLength(2);
    await syncStickyComment(api, PR, marker, null);
    expect(server.commentsOn(PR.number).map((c) => c.body.split('\n')[0])).toEqual([other]);
  });

  it('finds its comment past the first page of 100 and removes stray duplicates', async () => {
    for (let i = 0; i < 230; i++) server.seed(PR.number, `comment ${i}`);
    const first = server.seed(PR.number, `${marker}\nold`, 'github-actions[bot]');
    const dup = server.seed(PR.number, `${marker}\nolder duplicate`, 'github-actions[bot]');
    server.seed(PR.number, `> ${marker}\n> quoted by a human`);
    const out = await syncStickyComment(api, PR, marker, commentBodyFor(peeredVpcReport(), marker));
    expect(out).toMatchObject({ action: 'updated', id: first });
    expect(server.comments.has(dup)).toBe(false);
    expect(server.commentsOn(PR.number)).toHaveLength(232);
    const pages = server.requests.filter((r) => r.operation === 'issues/list-comments').map((r) => r.query.page);
    expect(pages).toEqual(['1', '2', '3']);
  });

  it('stays under GitHub\'s 65,536-character limit with any number of findings', async () => {
    const r = manyFindingsReport(5000, 5000);
    for (const f of r.findings) f.message += ' '.padEnd(400, 'x');
    const body = commentBodyFor(r, marker)!;
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(await syncStickyComment(api, PR, marker, body)).toMatchObject({ action: 'created' });
  });

  it('escapes repository text in the comment', async () => {
    const body = commentBodyFor(hostileReport(), marker)!;
    await syncStickyComment(api, PR, marker, body);
    const stored = server.commentsOn(PR.number)[0]!.body;
    expect(stored.split('\n')[0]).toBe(marker);
    const prose = stripCodeSpans(stored);
    expect(prose).not.toMatch(/(?<!\\)<img/);
    expect(prose).not.toContain('@octocat');
  });

  it('the server does reject a request that breaks the description (it is not a rubber stamp)', async () => {
    const octokit = getOctokit(TOKEN, { baseUrl: server.url });
    await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: 'o', repo: 'r', issue_number: 1, body: 7 as unknown as string }).catch(() => undefined);
    await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: 'o', repo: 'r', issue_number: 'abc' as unknown as number }).catch(() => undefined);
    expect(server.violations.some((v) => v.includes('body breaks the schema'))).toBe(true);
    expect(server.violations.some((v) => v.includes('issue_number=abc'))).toBe(true);
    server.violations.length = 0;
  });
});

describe('comment plan', () => {
  it('ignores comments that only quote the marker', () => {
    expect(planComment([{ id: 1, body: `> ${marker}` }], marker, 'x')).toEqual({ kind: 'create', body: 'x' });
  });
});
