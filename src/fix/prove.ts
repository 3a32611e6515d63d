// Proof of a fix: re-run the whole check for one host — every engine model it may run, every cycle,
// every rule, the same suppressions — with the fix applied, and count the errors left.
import type { DaemonConfig, Finding, HostSpec } from '../model.js';
import { PoolError } from '../net/pools.js';
import { RULES, runRules } from '../rules/index.js';
import type { HostCheck, RuleContext } from '../rules/rule.js';
import { simulateHost, type HostProject } from '../simulate/host.js';
import { setupFor } from '../simulate/setup.js';

/** Marks suppressed findings (inline comments, baseline) the way the check does. */
export type Suppress = (findings: Finding[]) => Finding[];

export interface Proof {
  /** false when dockerd would refuse to start with the fix */
  starts: boolean;
  /** every finding for the host with the fix applied, suppressions marked */
  findings: Finding[];
  /** the active errors among them: a proven fix has none */
  errors: Finding[];
  hosts: HostCheck[];
}

/**
 * Re-simulates every engine model of one host (the HostChecks given) with another daemon config and
 * projects, and (`host`) other host facts — a swarm re-created with other pools.
 */
export function prove(
  ctx: RuleContext,
  original: readonly HostCheck[],
  daemon: DaemonConfig,
  projects: HostProject[],
  suppress: Suppress,
  host?: HostSpec,
): Proof {
  const hosts: HostCheck[] = [];
  for (const original1 of original) {
    const hc = host ? { ...original1, host } : original1;
    const kept = !host && hc.sim.input.setup.swarmPools ? { swarmPools: hc.sim.input.setup.swarmPools } : {};
    const setup = { ...setupFor(daemon, hc.host), ...kept };
    let sim;
    try {
      sim = simulateHost({ ...hc.sim.input, setup, projects, createLast: undefined });
    } catch (e) {
      if (e instanceof PoolError) return { starts: false, findings: [], errors: [], hosts: [] };
      throw e;
    }
    if (sim.bootError) return { starts: false, findings: [], errors: [], hosts: [] };
    hosts.push({ ...hc, daemon, projects, sim });
  }
  const findings = suppress(runRules({ ...ctx, hosts }, RULES));
  const errors = findings.filter((f) => f.severity === 'error' && !f.suppressed);
  return { starts: true, findings, errors, hosts };
}
