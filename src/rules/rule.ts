// What a rule is: an id, a default severity, texts for people and for SARIF, and a pure check over the
// loaded model and the simulated timelines. One rule per file, the file named after the id.
import type { DaemonConfig, Finding, HostSpec, Inventory, ModelName, ReservedRange, Severity } from '../model.js';
import type { EngineBehaviour } from '../engine/versions.js';
import type { Prefix } from '../net/prefix.js';
import type { HostProject, SimulationResult } from '../simulate/host.js';

export interface ParsedReserved {
  range: ReservedRange;
  prefix: Prefix;
}

/** One host under one engine behaviour, with everything that was loaded and simulated for it. */
export interface HostCheck {
  host: HostSpec;
  behaviour: EngineBehaviour;
  daemon: DaemonConfig;
  projects: HostProject[];
  sim: SimulationResult;
}

export interface RuleContext {
  inventory: Inventory;
  reserved: ParsedReserved[];
  hosts: HostCheck[];
  cycles: number;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** one line: what the rule detects */
  shortDescription: string;
  /** a paragraph: why it matters on a host */
  fullDescription: string;
  /** how to fix it (markdown allowed) */
  help: string;
  check(ctx: RuleContext): Finding[];
}

/**
 * The reserved ranges that apply to one host: the inventory's top-level list (and, once the inventory
 * has them, the host's own `reserved:`). Every rule that asks "what must this host keep reaching" goes
 * through here, so that per-host ranges reach all of them at once.
 */
export function reservedForHost(ctx: RuleContext, _host: HostSpec): ParsedReserved[] {
  return ctx.reserved;
}

export function modelLabel(model: ModelName): string {
  return model === 'round-robin' ? 'Engine ≤ 26, round-robin' : 'Engine ≥ 27, first-fit';
}

export function reservedLabel(r: ReservedRange): string {
  return r.name ? `${r.cidr} (${r.name})` : r.cidr;
}
