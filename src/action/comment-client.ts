// Carries out the sticky-comment plan with an Octokit handed in by main.ts (the `rest.issues` part of
// @actions/github's client is all it needs). Never throws: a read-only token (fork pull requests) or
// any other API failure comes back as an outcome the action reports as a notice, not a failed step.
import { assertNever } from '../model.js';
import { planComment, type ExistingComment } from '../report/comment.js';

export interface IssuesApi {
  rest: {
    issues: {
      listComments(p: { owner: string; repo: string; issue_number: number; per_page?: number; page?: number }): Promise<{ data: ExistingComment[] }>;
      createComment(p: { owner: string; repo: string; issue_number: number; body: string }): Promise<{ data: { id: number; html_url?: string } }>;
      updateComment(p: { owner: string; repo: string; comment_id: number; body: string }): Promise<{ data: { id: number; html_url?: string } }>;
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

async function listAll(api: IssuesApi, pr: PullRequestRef): Promise<ExistingComment[]> {
  const all: ExistingComment[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await api.rest.issues.listComments({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: PER_PAGE, page });
    all.push(...data.map((c) => ({ id: c.id, body: c.body })));
    if (data.length < PER_PAGE) break;
  }
  return all;
}

/** finds this workflow's comment and creates, updates or deletes it so that it matches `body` (null = clean) */
export async function syncStickyComment(api: IssuesApi, pr: PullRequestRef, marker: string, body: string | null): Promise<CommentOutcome> {
  try {
    const existing = await listAll(api, pr);
    const plan = planComment(existing, marker, body);
    const base = { owner: pr.owner, repo: pr.repo };
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
