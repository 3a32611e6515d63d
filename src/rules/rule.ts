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
  /** the ranges reserved on this host: the inventory's top-level list, then the host's own (default: the top-level list) */
  reserved?: ParsedReserved[];
  /**
   * set when the host's snapshot says `cursor: unknown` (Engine ≤ 26): the simulation starts from the
   * worst of the `positions` cursor positions tried, `cursor`
   */
  worstCursor?: { cursor: number; positions: number; of: number };
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

/** The ranges reserved on a host: the top-level list plus the host's own `reserved:`. */
export function reservedOn(ctx: RuleContext, hc: HostCheck): ParsedReserved[] {
  return hc.reserved ?? ctx.reserved;
}

export function modelLabel(model: ModelName): string {
  return model === 'round-robin' ? 'Engine ≤ 26, round-robin' : 'Engine ≥ 27, first-fit';
}

export function reservedLabel(r: ReservedRange): string {
  return r.name ? `${r.cidr} (${r.name})` : r.cidr;
}
