// Proven fixes: for every host with active findings, a daemon.json fragment (with the compose changes it
// needs, if any) and, as an alternative, pinned subnets alone — each attached only when re-running the
// whole simulation for that host with it applied leaves no error.
import type { Finding, HostFix } from '../model.js';
import type { HostCheck, RuleContext } from '../rules/rule.js';
import { applyComposeFixes, applyDaemonPatch } from './patch.js';
import { prove, type Suppress } from './prove.js';
import { planDaemonFix, planPinnedAlternative, planSwarmFix } from './synthesise.js';

export type { Suppress } from './prove.js';

function byHost(ctx: RuleContext): Map<string, HostCheck[]> {
  const m = new Map<string, HostCheck[]>();
  for (const hc of ctx.hosts) {
    const list = m.get(hc.host.name) ?? [];
    list.push(hc);
    m.set(hc.host.name, list);
  }
  return m;
}

/** The proven fix for one host, or null when none could be proven. */
export function proposeFix(ctx: RuleContext, hcs: readonly HostCheck[], findings: readonly Finding[], suppress: Suppress): HostFix | null {
  const name = hcs[0].host.name;
  if (!findings.some((f) => f.host === name && !f.suppressed)) return null;
  let fix: HostFix | null = null;

  const plan = planDaemonFix(ctx, hcs, findings);
  // overlay findings: the swarm re-created with its own pool (daemon.json does not reach overlays)
  const swarm = planSwarmFix(ctx, hcs, findings);
  if ((plan && (Object.keys(plan.daemonJson).length > 0 || plan.compose.length > 0)) || swarm) {
    const daemonJson = plan?.daemonJson ?? {};
    const compose = plan?.compose ?? [];
    const daemon = applyDaemonPatch(hcs[0].daemon, daemonJson);
    const proof = prove(ctx, hcs, daemon, applyComposeFixes(hcs[0].projects, compose), suppress, swarm?.host);
    if (proof.starts && proof.errors.length === 0) {
      fix = { daemonJson: { ...daemonJson } };
      if (swarm) fix.swarm = swarm.swarm;
      if (compose.length > 0) fix.compose = compose;
    }
  }

  // the alternative leaves daemon.json (and the swarm) alone: pointless when the fix already does
  const pins = fix && Object.keys(fix.daemonJson).length === 0 && !fix.swarm ? null : planPinnedAlternative(ctx, hcs, findings);
  if (pins) {
    const proof = prove(ctx, hcs, hcs[0].daemon, applyComposeFixes(hcs[0].projects, pins), suppress);
    if (proof.starts && proof.errors.length === 0) {
      if (fix) fix.alternative = { compose: pins };
      else fix = { daemonJson: {}, compose: pins };
    }
  }
  return fix;
}

/** Proven fixes by host name, for every host with active findings. */
export function proposeFixes(ctx: RuleContext, findings: readonly Finding[], suppress: Suppress): Map<string, HostFix> {
  const out = new Map<string, HostFix>();
  for (const [name, hcs] of byHost(ctx)) {
    const fix = proposeFix(ctx, hcs, findings, suppress);
    if (fix) out.set(name, fix);
  }
  return out;
}
