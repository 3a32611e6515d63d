// Carries out the sticky-comment plan with an Octokit handed in by main.ts (`rest.issues`, `graphql`
// and `rest.users` of @actions/github's client). Never throws: a read-only token (fork pull requests)
// or any other API failure comes back as an outcome the action reports as a notice, not a failed step.
//
// A comment is the action's own only when it starts with the marker AND its author is the token's own
// identity: anyone can post a comment that starts with the marker, and editing or deleting it would let a
// pull request's author make the action rewrite or remove their words. The identity comes from GraphQL's
// `viewer` (it answers for personal, app installation and Actions tokens alike; REST's GET /user is 403
// for the latter two), else GET /user; when neither answers, the comment is posted anew and the author
// GitHub records for it is the identity.
import { assertNever } from '../model.js';
import { isOurs, planComment, type ExistingComment } from '../report/comment.js';

/** a comment's author as the REST API gives it */
export interface CommentAuthor {
  login: string;
  id?: number;
  type?: string;
}

export interface ListedComment extends ExistingComment {
  user?: CommentAuthor | null;
}

export interface IssuesApi {
  graphql?: (query: string) => Promise<unknown>;
  rest: {
    users?: { getAuthenticated(): Promise<{ data: { login: string; id?: number; type?: string } }> };
    issues: {
      listComments(p: {
        owner: string;
        repo: string;
        issue_number: number;
        per_page?: number;
        page?: number;
      }): Promise<{ data: ListedComment[] }>;
      createComment(p: {
        owner: string;
        repo: string;
        issue_number: number;
        body: string;
      }): Promise<{ data: { id: number; html_url?: string; user?: CommentAuthor | null } }>;
      updateComment(p: {
        owner: string;
        repo: string;
        comment_id: number;
        body: string;
      }): Promise<{ data: { id: number; html_url?: string } }>;
      deleteComment(p: { owner: string; repo: string; comment_id: number }): Promise<unknown>;
    };
  };
}

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

export type CommentOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; id: number; url?: string }
  | { action: 'deleted'; ids: number[] }
  | { action: 'none' }
  /** the token may not write here (403/404: a fork's read-only token, or missing `pull-requests: write`) */
  | { action: 'forbidden'; status: number; message: string }
  | { action: 'failed'; status?: number; message: string };

const PER_PAGE = 100;
const MAX_PAGES = 50;

function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

/** the first line of the API's message, never the request (which carries the token) */
function messageOf(e: unknown): string {
  const m = (e as { message?: unknown })?.message;
  const text = typeof m === 'string' ? m : String(e);
  return text.split('\n')[0]!.slice(0, 300);
}

async function listAll(api: IssuesApi, pr: PullRequestRef): Promise<ListedComment[]> {
  const all: ListedComment[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await api.rest.issues.listComments({
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      per_page: PER_PAGE,
      page,
    });
    all.push(
      ...data.map((c) => ({ id: c.id, body: c.body, user: c.user ? { login: c.user.login, id: c.user.id, type: c.user.type } : null })),
    );
    if (data.length < PER_PAGE) break;
  }
  return all;
}

/** who the token is: `login` as the API that answered spells it, and the user id when known */
export interface TokenIdentity {
  login: string;
  id?: number;
}

/** the token's own identity, or null when no API would say (never throws) */
export async function tokenIdentity(api: IssuesApi): Promise<TokenIdentity | null> {
  if (api.graphql) {
    try {
      const r = (await api.graphql('query { viewer { login databaseId } }')) as { viewer?: { login?: unknown; databaseId?: unknown } };
      const login = r?.viewer?.login;
      const id = r?.viewer?.databaseId;
      if (typeof login === 'string' && login !== '') return { login, id: typeof id === 'number' ? id : undefined };
    } catch {
      // an old GitHub Enterprise Server, a proxy without GraphQL: try REST
    }
  }
  if (api.rest.users) {
    try {
      const { data } = await api.rest.users.getAuthenticated();
      if (typeof data?.login === 'string' && data.login !== '')
        return { login: data.login, id: typeof data.id === 'number' ? data.id : undefined };
    } catch {
      // 403 "Resource not accessible by integration" for Actions and installation tokens
    }
  }
  return null;
}

/**
 * true when `author` is the token itself: the same user id when the identity has one (GraphQL's
 * databaseId, GET /user's id). Without an id, by login: GraphQL may name an app's bot user without the
 * "[bot]" that REST shows (github-actions / github-actions[bot]), so a Bot whose REST login is the
 * viewer's plus "[bot]" is the same account; a User must match exactly.
 */
export function writtenBy(author: CommentAuthor | null | undefined, me: TokenIdentity): boolean {
  if (!author || typeof author.login !== 'string') return false;
  if (me.id !== undefined) return author.id === me.id;
  const a = author.login.toLowerCase();
  const b = me.login.toLowerCase();
  if (author.type === 'Bot') return a === b || a === `${b}[bot]`;
  return a === b && !b.endsWith('[bot]');
}

/**
 * finds this workflow's comment (the marker, written by the token's identity) and creates, updates or
 * deletes it so that it matches `body` (null = clean); comments by anyone else are never touched
 */
export async function syncStickyComment(api: IssuesApi, pr: PullRequestRef, marker: string, body: string | null): Promise<CommentOutcome> {
  try {
    const existing = await listAll(api, pr);
    const base = { owner: pr.owner, repo: pr.repo };
    const me = existing.some((c) => isOurs(c, marker)) ? await tokenIdentity(api) : null;
    if (me === null && existing.some((c) => isOurs(c, marker))) return await withoutIdentity(api, pr, marker, body, existing);
    const mine = me === null ? [] : existing.filter((c) => writtenBy(c.user, me));
    const plan = planComment(mine, marker, body);
    switch (plan.kind) {
      case 'none':
        return { action: 'none' };
      case 'create': {
        const { data } = await api.rest.issues.createComment({ ...base, issue_number: pr.number, body: plan.body });
        return { action: 'created', id: data.id, url: data.html_url };
      }
      case 'update': {
        const { data } = await api.rest.issues.updateComment({ ...base, comment_id: plan.id, body: plan.body });
        for (const id of plan.duplicates) await api.rest.issues.deleteComment({ ...base, comment_id: id });
        return { action: 'updated', id: data.id, url: data.html_url };
      }
      case 'unchanged':
        for (const id of plan.duplicates) await api.rest.issues.deleteComment({ ...base, comment_id: id });
        return { action: 'unchanged', id: plan.id };
      case 'delete':
        for (const id of plan.ids) await api.rest.issues.deleteComment({ ...base, comment_id: id });
        return { action: 'deleted', ids: plan.ids };
      default:
        return assertNever(plan, 'comment plan');
    }
  } catch (e) {
    const status = statusOf(e);
    if (status === 403 || status === 404) return { action: 'forbidden', status, message: messageOf(e) };
    return { action: 'failed', status, message: messageOf(e) };
  }
}

/**
 * Comments with the marker exist but no API said who the token is: with findings, post the comment anew
 * (GitHub records its author, which is the token's identity) and then remove the older ones that same
 * author wrote; when clean, leave them (nothing proves any is ours) and say so.
 */
async function withoutIdentity(
  api: IssuesApi,
  pr: PullRequestRef,
  marker: string,
  body: string | null,
  existing: ListedComment[],
): Promise<CommentOutcome> {
  if (body === null) {
    return {
      action: 'failed',
      message: "the token's identity is unknown (GraphQL viewer and GET /user both failed), so an earlier comment was left in place",
    };
  }
  const base = { owner: pr.owner, repo: pr.repo };
  const { data } = await api.rest.issues.createComment({ ...base, issue_number: pr.number, body });
  const me = data.user ? { login: data.user.login, id: data.user.id } : null;
  if (me) {
    for (const c of existing)
      if (isOurs(c, marker) && writtenBy(c.user, me)) await api.rest.issues.deleteComment({ ...base, comment_id: c.id });
  }
  return { action: 'created', id: data.id, url: data.html_url };
}
