// A local stand-in for api.github.com that holds every request to GitHub's published REST description
// (@octokit/openapi, api.github.com.json): the method and path must match an operation, path and query
// parameters and the JSON body must validate against that operation's schemas, and every response it
// sends validates against the operation's response schema. It keeps issue comments in memory so that
// the real @actions/github client can create, list, edit and delete them. POST /graphql (not part of the
// REST description) answers only `viewer`, and every query must validate against GitHub's published
// GraphQL schema (@octokit/graphql-schema). Each token has an identity: comments are written by it,
// GraphQL's viewer names it (a bot without "[bot]", as GitHub's GraphQL does), and GET /user answers 403
// for a bot's token (Actions and app installation tokens) as GitHub does.
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { validate as validateGraphql } from '@octokit/graphql-schema';

const require = createRequire(import.meta.url);

type Json = any;

let SPEC: Json = null;
function spec(): Json {
  if (!SPEC) {
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    SPEC = JSON.parse(fs.readFileSync(file, 'utf8'));
  }
  return SPEC;
}

/** inlines "#/components/…" references; a reference that loops back becomes {} (anything) */
function deref(node: Json, inProgress = new Set<string>()): Json {
  if (Array.isArray(node)) return node.map((n) => deref(n, inProgress));
  if (!node || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    const ref: string = node.$ref;
    if (inProgress.has(ref)) return {};
    const target = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((o: Json, k: string) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], spec());
    if (target === undefined) throw new Error(`unresolvable $ref ${ref}`);
    inProgress.add(ref);
    const out = deref(target, inProgress);
    inProgress.delete(ref);
    return out;
  }
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) out[k] = deref(v, inProgress);
  return out;
}

interface Operation {
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
  op: Json;
  validators: Map<string, ValidateFunction>;
}

let OPS: Operation[] | null = null;
function operations(): Operation[] {
  if (OPS) return OPS;
  OPS = [];
  for (const [template, item] of Object.entries<Json>(spec().paths)) {
    const names: string[] = [];
    const regex = new RegExp(
      '^' +
        template
          .replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '{' || c === '}' ? c : `\\${c}`))
          .replace(/\{([^}]+)\}/g, (_, n: string) => {
            names.push(n);
            return '([^/]+)';
          }) +
        '$',
    );
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      if (item[method])
        OPS.push({ method: method.toUpperCase(), template, regex, names: [...names], op: item[method], validators: new Map() });
    }
  }
  return OPS;
}

const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);

function validatorFor(o: Operation, key: string, schema: () => Json): ValidateFunction {
  let v = o.validators.get(key);
  if (!v) {
    v = ajv.compile(deref(schema()));
    o.validators.set(key, v);
  }
  return v;
}

function errorsOf(v: ValidateFunction): string {
  return (v.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message}`).join('; ');
}

function coerce(value: string, schema: Json): unknown {
  const t = schema?.type;
  if ((t === 'integer' || t === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (t === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operation: string;
  query: Record<string, string>;
  body: unknown;
  authorization?: string;
}

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: string; id: number };
}

/** an account a token acts as: REST login ("github-actions[bot]", "octocat"), user id, User or Bot */
export interface Identity {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export const ACTIONS_BOT: Identity = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

/** a stable id for a login that has none given */
function idOf(login: string): number {
  let h = 7;
  for (const c of login) h = (h * 31 + c.charCodeAt(0)) % 1_000_000_007;
  return 100_000 + (h % 90_000_000);
}

export interface ServerOptions {
  owner?: string;
  repo?: string;
  /** answer writes with 403 "Resource not accessible by integration" (a fork's read-only token) */
  readOnly?: boolean;
}

/** what the identity endpoints do: answer, or fail as an old server / a proxy without them would */
export interface IdentityEndpoints {
  graphql: 'ok' | 'missing';
}

export class GitHubApiServer {
  readonly requests: RecordedRequest[] = [];
  /** requests that broke the description; a test asserts this stays empty */
  readonly violations: string[] = [];
  /** edits and deletions of comments someone else wrote (the token could, as a collaborator's can) */
  readonly foreignWrites: string[] = [];
  comments = new Map<number, StoredComment & { issue: number; created_at: string; updated_at: string }>();
  readOnly: boolean;
  /** the identity of each token (Authorization header's token); any other token is the Actions bot */
  identities = new Map<string, Identity>();
  endpoints: IdentityEndpoints = { graphql: 'ok' };
  private nextId = 1000;
  private server: http.Server;
  url = '';

  constructor(private readonly opts: ServerOptions = {}) {
    this.readOnly = opts.readOnly ?? false;
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          this.handle(req, Buffer.concat(chunks).toString('utf8'), res);
        } catch (e) {
          this.violations.push(`server error: ${(e as Error).stack}`);
          this.send(res, 500, { message: 'test server error' });
        }
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  seed(issue: number, body: string, login = 'someone', type: 'User' | 'Bot' = login.endsWith('[bot]') ? 'Bot' : 'User'): number {
    const id = this.nextId++;
    const now = new Date(Date.UTC(2026, 0, 1, 0, 0, id % 60)).toISOString().replace(/\.\d+Z$/, 'Z');
    const userId = login === ACTIONS_BOT.login ? ACTIONS_BOT.id : idOf(login);
    this.comments.set(id, { id, body, issue, user: { login, type, id: userId }, created_at: now, updated_at: now });
    return id;
  }

  private identityOf(auth: string | undefined): Identity {
    const token = auth?.replace(/^(token|bearer) /i, '') ?? '';
    return this.identities.get(token) ?? ACTIONS_BOT;
  }

  /** POST /graphql: only `viewer`, the query validated against GitHub's GraphQL schema */
  private graphql(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    const auth = req.headers.authorization;
    if (!auth || !/^(token|bearer) \S+$/i.test(auth)) this.violations.push('POST /graphql: no token sent');
    if (this.endpoints.graphql === 'missing')
      return this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/graphql' });
    let body: { query?: unknown; variables?: unknown };
    try {
      body = JSON.parse(raw);
    } catch {
      this.violations.push('POST /graphql: body is not JSON');
      return this.send(res, 400, { message: 'Problems parsing JSON' });
    }
    const query = typeof body.query === 'string' ? body.query : '';
    const errors = validateGraphql(query);
    if (errors.length > 0) {
      this.violations.push(`POST /graphql: the query breaks GitHub's schema: ${errors.map((e) => e.message).join('; ')}`);
      return this.send(res, 200, { errors: errors.map((e) => ({ message: e.message })) });
    }
    this.requests.push({ method: 'POST', path: '/graphql', operation: 'graphql', query: {}, body, authorization: auth });
    if (!/^\s*(query\s*)?\{\s*viewer\s*\{[\s\w]*\}\s*\}\s*$/.test(query)) {
      this.violations.push(`POST /graphql: the test server answers only viewer { … }, got ${query}`);
      return this.send(res, 200, { errors: [{ message: 'not implemented here' }] });
    }
    const me = this.identityOf(auth);
    const fields: Record<string, unknown> = {
      login: me.type === 'Bot' ? me.login.replace(/\[bot\]$/, '') : me.login,
      databaseId: me.id,
      __typename: 'User',
    };
    const selected = /viewer\s*\{([\s\w]*)\}/.exec(query)![1]!.trim().split(/\s+/);
    return this.send(res, 200, { data: { viewer: Object.fromEntries(selected.map((f) => [f, fields[f] ?? null])) } });
  }

  commentsOn(issue: number): StoredComment[] {
    return [...this.comments.values()].filter((c) => c.issue === issue).sort((a, b) => a.id - b.id);
  }

  private send(res: http.ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      ...headers,
    });
    res.end(text);
  }

  private respond(res: http.ServerResponse, o: Operation, status: number, body?: unknown, headers: Record<string, string> = {}): void {
    const r = o.op.responses?.[String(status)];
    const resp = r ? deref(r) : undefined;
    if (!resp && status < 400) this.violations.push(`${o.method} ${o.template}: status ${status} is not described`);
    const schema = resp?.content?.['application/json']?.schema;
    if (schema && body !== undefined) {
      const v = validatorFor(o, `response-${status}`, () => schema);
      if (!v(body)) this.violations.push(`${o.method} ${o.template}: our ${status} response breaks the schema: ${errorsOf(v)}`);
    }
    this.send(res, status, body, headers);
  }

  private commentJson(c: StoredComment & { issue: number; created_at: string; updated_at: string }): Json {
    const { owner = 'octo-org', repo = 'infra' } = this.opts;
    const example = deref(spec().components.examples['issue-comment']).value;
    return {
      ...example,
      id: c.id,
      node_id: Buffer.from(`IssueComment${c.id}`).toString('base64'),
      url: `${this.url}/repos/${owner}/${repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${this.url}/repos/${owner}/${repo}/issues/${c.issue}`,
      body: c.body,
      user: { ...example.user, login: c.user.login, type: c.user.type, id: c.user.id },
      created_at: c.created_at,
      updated_at: c.updated_at,
    };
  }

  private handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    if (method === 'POST' && url.pathname === '/graphql') return this.graphql(req, raw, res);
    const o = operations().find((x) => x.method === method && x.regex.test(url.pathname));
    if (!o) {
      this.violations.push(`${method} ${url.pathname}: no such operation in GitHub's REST description`);
      return this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    const match = o.regex.exec(url.pathname)!;
    const pathParams: Record<string, string> = {};
    o.names.forEach((n, i) => (pathParams[n] = decodeURIComponent(match[i + 1]!)));
    const query: Record<string, string> = Object.fromEntries(url.searchParams.entries());
    let body: unknown = undefined;
    const where = `${method} ${o.template}`;

    // parameters
    const params: Json[] = deref(o.op.parameters ?? []);
    for (const p of params) {
      const value = p.in === 'path' ? pathParams[p.name] : p.in === 'query' ? query[p.name] : undefined;
      if (value === undefined) {
        if (p.required && (p.in === 'path' || p.in === 'query'))
          this.violations.push(`${where}: required ${p.in} parameter ${p.name} missing`);
        continue;
      }
      if (p.schema) {
        const v = ajv.compile(p.schema);
        if (!v(coerce(value, p.schema))) this.violations.push(`${where}: ${p.in} parameter ${p.name}=${value}: ${errorsOf(v)}`);
      }
    }
    for (const k of Object.keys(query)) {
      if (!params.some((p) => p.in === 'query' && p.name === k)) this.violations.push(`${where}: unknown query parameter ${k}`);
    }

    // body
    const rb = o.op.requestBody ? deref(o.op.requestBody) : undefined;
    if (raw.length > 0) {
      if (!rb) this.violations.push(`${where}: takes no body, got one`);
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
        this.violations.push(`${where}: body is not sent as application/json`);
      try {
        body = JSON.parse(raw);
      } catch {
        this.violations.push(`${where}: body is not JSON`);
      }
    } else if (rb?.required) {
      this.violations.push(`${where}: body required`);
    }
    if (rb && body !== undefined) {
      const v = validatorFor(o, 'request', () => o.op.requestBody.content['application/json'].schema);
      if (!v(body)) this.violations.push(`${where}: body breaks the schema: ${errorsOf(v)}`);
    }

    // what GitHub itself enforces beyond the description
    const auth = req.headers.authorization;
    if (!auth || !/^(token|bearer) \S+$/i.test(auth)) this.violations.push(`${where}: no token sent`);
    const b = body as { body?: unknown } | undefined;
    if (typeof b?.body === 'string' && b.body.length > 65_536) {
      this.requests.push({ method, path: url.pathname, operation: o.op.operationId, query, body, authorization: auth });
      return this.respond(res, o, 422, {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
        documentation_url: 'https://docs.github.com/rest',
      });
    }
    this.requests.push({ method, path: url.pathname, operation: o.op.operationId, query, body, authorization: auth });

    const forbidden = {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments',
      status: '403',
    };
    switch (o.op.operationId) {
      case 'issues/list-comments': {
        const issue = Number(pathParams.issue_number);
        const perPage = Math.min(100, Number(query.per_page ?? 30));
        const page = Number(query.page ?? 1);
        const all = this.commentsOn(issue);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < all.length) headers.link = `<${this.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
        return this.respond(
          res,
          o,
          200,
          slice.map((c) => this.commentJson(this.comments.get(c.id)!)),
          headers,
        );
      }
      case 'users/get-authenticated': {
        const me = this.identityOf(auth);
        if (me.type === 'Bot') {
          return this.respond(res, o, 403, {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
            status: '403',
          });
        }
        const example = deref(spec().components.examples['private-user']).value;
        return this.respond(res, o, 200, { ...example, login: me.login, id: me.id });
      }
      case 'issues/create-comment': {
        if (this.readOnly) return this.send(res, 403, forbidden);
        const me = this.identityOf(auth);
        const id = this.seed(Number(pathParams.issue_number), (body as { body: string }).body, me.login, me.type);
        this.comments.get(id)!.user.id = me.id;
        return this.respond(res, o, 201, this.commentJson(this.comments.get(id)!), {
          location: `${this.url}/repos/x/y/issues/comments/${id}`,
        });
      }
      case 'issues/update-comment': {
        if (this.readOnly) return this.send(res, 403, forbidden);
        const c = this.comments.get(Number(pathParams.comment_id));
        if (!c) return this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        // a collaborator's token may edit others' comments on GitHub; the test records any such edit
        if (c.user.login !== this.identityOf(auth).login) this.foreignWrites.push(`edit ${c.id} by ${c.user.login}`);
        c.body = (body as { body: string }).body;
        c.updated_at = '2026-01-02T00:00:00Z';
        return this.respond(res, o, 200, this.commentJson(c));
      }
      case 'issues/delete-comment': {
        if (this.readOnly) return this.send(res, 403, forbidden);
        const victim = this.comments.get(Number(pathParams.comment_id));
        if (victim && victim.user.login !== this.identityOf(auth).login)
          this.foreignWrites.push(`delete ${victim.id} by ${victim.user.login}`);
        if (!this.comments.delete(Number(pathParams.comment_id))) return this.send(res, 404, { message: 'Not Found' });
        return this.respond(res, o, 204);
      }
      default:
        this.violations.push(`${where}: the test server does not implement ${o.op.operationId}`);
        return this.send(res, 501, { message: 'not implemented here' });
    }
  }
}
