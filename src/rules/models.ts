// One finding per problem. With the Engine version unknown a host is checked under both allocator
// models, and a rule reports from each: the same collision twice, or the same place at two redeploys.
// Here the two become one finding that says which redeploy under which model ("on Engine ≤ 26 and
// ≥ 27", "redeploy 40 on ≥ 27", "never on ≥ 27 in 1,000 redeploys"). Pure: findings in, findings out.
import type { Finding, ModelName } from '../model.js';
import { groupDigits } from '../digits.js';
import { modelLabel, type RuleContext } from './rule.js';

const SHORT: Record<ModelName, string> = { 'round-robin': '≤ 26', 'first-fit': '≥ 27' };

function other(m: ModelName): ModelName {
  return m === 'round-robin' ? 'first-fit' : 'round-robin';
}

/** the message with its "(Engine ≤ 26, round-robin)" label replaced by `label` (or the label added) */
function relabel(f: Finding, label: string): string {
  const own = modelLabel(f.model!);
  if (f.message.includes(own)) return f.message.split(own).join(label);
  return `${f.message.replace(/\.?$/, '')} (${label}).`;
}

/** the message without anything that names the model, to see whether two models say the same */
function neutral(f: Finding): string {
  return f.message.split(modelLabel(f.model!)).join('\u0000');
}

function placeKey(f: Finding): string {
  return [f.rule, f.severity, f.file ?? '', f.line ?? '', f.column ?? '', f.host ?? ''].join('\u0000');
}

export function mergeModels(findings: Finding[], ctx: Pick<RuleContext, 'hosts' | 'cycles'>): Finding[] {
  const models = new Map<string, Set<ModelName>>();
  for (const hc of ctx.hosts) {
    let s = models.get(hc.host.name);
    if (!s) models.set(hc.host.name, (s = new Set()));
    s.add(hc.behaviour.model);
  }
  const both = (f: Finding) => f.host !== undefined && f.model !== undefined && models.get(f.host)?.size === 2;
  const groups = new Map<string, Finding[]>();
  /** per host and rule: the models that reported anything at all */
  const reporting = new Map<string, Set<ModelName>>();
  for (const f of findings) {
    if (!both(f)) continue;
    const k = placeKey(f);
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
    const rk = `${f.rule}\u0000${f.host}`;
    let r = reporting.get(rk);
    if (!r) reporting.set(rk, (r = new Set()));
    r.add(f.model!);
  }
  const merged = new Map<Finding, Finding | null>();
  for (const g of groups.values()) {
    const rr = g.filter((f) => f.model === 'round-robin');
    const ff = g.filter((f) => f.model === 'first-fit');
    if (rr.length === 1 && ff.length === 1) {
      const [a, b] = [rr[0]!, ff[0]!];
      const first = (b.cycle ?? 0) < (a.cycle ?? 0) ? b : a;
      const second = first === a ? b : a;
      let label: string;
      if (first.cycle === second.cycle) {
        label =
          neutral(a) === neutral(b)
            ? `Engine ${SHORT['round-robin']} and ${SHORT['first-fit']}`
            : `${modelLabel(first.model!)}; likewise on ${SHORT[second.model!]}`;
      } else {
        label = `${modelLabel(first.model!)}; redeploy ${groupDigits(second.cycle ?? 0)} on ${SHORT[second.model!]}`;
      }
      const { model: _model, ...rest } = first;
      merged.set(first, { ...rest, message: relabel(first, label) });
      merged.set(second, null);
    } else if (g.length === 1 && g[0]!.cycle !== undefined) {
      const f = g[0]!;
      // the other model reported nothing of this rule on this host: say so, it is half the answer
      if (reporting.get(`${f.rule}\u0000${f.host}`)?.has(other(f.model!))) continue;
      const label = `${modelLabel(f.model!)}; never on ${SHORT[other(f.model!)]} in ${groupDigits(ctx.cycles)} redeploys`;
      merged.set(f, { ...f, message: relabel(f, label) });
    }
  }
  const out: Finding[] = [];
  for (const f of findings) {
    const m = merged.get(f);
    if (m === null) continue;
    out.push(m ?? f);
  }
  return out;
}
