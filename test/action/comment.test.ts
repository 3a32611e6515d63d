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
      'POST graphql',
      'PATCH issues/update-comment',
      'GET issues/list-comments',
      'POST graphql',
    ]);
  });

  it('deletes the comment when the pull request becomes clean, and does nothing when there is none', async () => {
    await syncStickyComment(api, PR, marker, commentBodyFor(peeredVpcReport(), marker));
    const id = server.commentsOn(PR.number)[0]!.id;
    expect(commentBodyFor(cleanReport(), marker)).toBeNull();
    expect(await syncStickyComment(api, PR, marker, commentBodyFor(cleanReport(), marker))).toEqual({ action: 'deleted', ids: [id] });
    expect(server.commentsOn(PR.number)).toHaveLength(0);
    expect(await syncStickyComment(api, PR, marker, null)).toEqual({ action: 'none' });
    expect(ops().slice(-3)).toEqual(['POST graphql', 'DELETE issues/delete-comment', 'GET issues/list-comments']);
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

  it("stays under GitHub's 65,536-character limit with any number of findings", async () => {
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
    await octokit
      .request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: 'o',
        repo: 'r',
        issue_number: 1,
        body: 7 as unknown as string,
      })
      .catch(() => undefined);
    await octokit
      .request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: 'o',
        repo: 'r',
        issue_number: 'abc' as unknown as number,
      })
      .catch(() => undefined);
    expect(server.violations.some((v) => v.includes('body breaks the schema'))).toBe(true);
    expect(server.violations.some((v) => v.includes('issue_number=abc'))).toBe(true);
    await octokit.graphql('query { viewer { login secretField } }').catch(() => undefined);
    expect(server.violations.some((v) => v.includes("the query breaks GitHub's schema") && v.includes('secretField'))).toBe(true);
    server.violations.length = 0;
  });
});

describe("the sticky comment is only ever the action's own", () => {
  const ATTACK = `${marker}\n**subnet-guard: all clear** (written by the pull request's author)`;

  it('never edits or deletes a comment by someone else that starts with the marker', async () => {
    const theirs = server.seed(PR.number, ATTACK, 'mallory');
    const out = await syncStickyComment(api, PR, marker, commentBodyFor(peeredVpcReport(), marker));
    expect(out).toMatchObject({ action: 'created' });
    expect(server.comments.get(theirs)!.body).toBe(ATTACK);
    const ours = server.commentsOn(PR.number).find((c) => c.id !== theirs)!;
    expect(ours.user.login).toBe('github-actions[bot]');
    // the next run edits its own comment, and the clean run removes only that one
    expect(await syncStickyComment(api, PR, marker, commentBodyFor(manyFindingsReport(2, 0), marker))).toMatchObject({
      action: 'updated',
      id: ours.id,
    });
    expect(await syncStickyComment(api, PR, marker, null)).toEqual({ action: 'deleted', ids: [ours.id] });
    expect(server.commentsOn(PR.number).map((c) => [c.id, c.body])).toEqual([[theirs, ATTACK]]);
    expect(server.foreignWrites).toEqual([]);
  });

  it('a user or another app named like the bot is not the bot', async () => {
    const human = server.seed(PR.number, ATTACK, 'github-actions', 'User');
    const otherApp = server.seed(PR.number, ATTACK, 'evil-actions[bot]');
    expect(await syncStickyComment(api, PR, marker, null)).toEqual({ action: 'none' });
    expect(server.comments.has(human) && server.comments.has(otherApp)).toBe(true);
    expect(server.foreignWrites).toEqual([]);
  });

  it("an app installation token: its own bot's comment, not the Actions bot's or a person's", async () => {
    const APP_TOKEN = 'ghs_appInstallationToken0123456789abcdefgh';
    server.identities.set(APP_TOKEN, { login: 'subnet-checker[bot]', id: 9_000_001, type: 'Bot' });
    const app = getOctokit(APP_TOKEN, { baseUrl: server.url }) as unknown as IssuesApi;
    const byActions = server.seed(PR.number, `${marker}\nold, from github.token`, 'github-actions[bot]');
    const byPerson = server.seed(PR.number, ATTACK, 'mallory');
    const byApp = server.seed(PR.number, `${marker}\nold`, 'subnet-checker[bot]');
    server.comments.get(byApp)!.user.id = 9_000_001;
    expect(await syncStickyComment(app, PR, marker, commentBodyFor(peeredVpcReport(), marker))).toMatchObject({
      action: 'updated',
      id: byApp,
    });
    expect(server.comments.get(byActions)!.body).toBe(`${marker}\nold, from github.token`);
    expect(server.comments.get(byPerson)!.body).toBe(ATTACK);
    expect(server.foreignWrites).toEqual([]);
  });

  it('a personal token: the comments of its user', async () => {
    const PAT = 'ghp_personalToken0123456789abcdefghijklmn';
    server.identities.set(PAT, { login: 'octo-ops', id: 4242, type: 'User' });
    const user = getOctokit(PAT, { baseUrl: server.url }) as unknown as IssuesApi;
    const mine = server.seed(PR.number, `${marker}\nold`, 'octo-ops');
    server.comments.get(mine)!.user.id = 4242;
    const bot = server.seed(PR.number, `${marker}\nold`, 'octo-ops[bot]');
    expect(await syncStickyComment(user, PR, marker, null)).toEqual({ action: 'deleted', ids: [mine] });
    expect(server.comments.has(bot)).toBe(true);
  });

  it('without GraphQL, a personal token is known from GET /user', async () => {
    server.endpoints.graphql = 'missing';
    const PAT = 'ghp_personalToken0123456789abcdefghijklmn';
    server.identities.set(PAT, { login: 'octo-ops', id: 4242, type: 'User' });
    const user = getOctokit(PAT, { baseUrl: server.url }) as unknown as IssuesApi;
    const mine = server.seed(PR.number, `${marker}\nold`, 'octo-ops');
    server.comments.get(mine)!.user.id = 4242;
    const theirs = server.seed(PR.number, ATTACK, 'mallory');
    expect(await syncStickyComment(user, PR, marker, commentBodyFor(peeredVpcReport(), marker))).toMatchObject({
      action: 'updated',
      id: mine,
    });
    expect(server.comments.get(theirs)!.body).toBe(ATTACK);
    expect(ops()).toContain('GET users/get-authenticated');
  });

  it('without GraphQL and with GET /user refused (Actions token): posts anew, learns its identity from that, removes only its own old comments', async () => {
    server.endpoints.graphql = 'missing';
    const old = server.seed(PR.number, `${marker}\nold`, 'github-actions[bot]');
    const theirs = server.seed(PR.number, ATTACK, 'mallory');
    const out = await syncStickyComment(api, PR, marker, commentBodyFor(peeredVpcReport(), marker));
    expect(out).toMatchObject({ action: 'created' });
    expect(server.comments.has(old)).toBe(false);
    expect(server.comments.get(theirs)!.body).toBe(ATTACK);
    // clean, identity still unknown: nothing proves which comment is ours, so none is touched
    const clean = await syncStickyComment(api, PR, marker, null);
    expect(clean).toMatchObject({ action: 'failed', message: expect.stringContaining("the token's identity is unknown") });
    expect(server.commentsOn(PR.number)).toHaveLength(2);
    expect(server.foreignWrites).toEqual([]);
  });
});

describe('comment plan', () => {
  it('ignores comments that only quote the marker', () => {
    expect(planComment([{ id: 1, body: `> ${marker}` }], marker, 'x')).toEqual({ kind: 'create', body: 'x' });
  });
});
