// The rule set, in the order findings are produced.
import type { Finding } from '../model.js';
import { daemonPoolReserved } from './daemon-pool-reserved.js';
import { forwardingDisabled } from './forwarding-disabled.js';
import { mtuExceedsUnderlay } from './mtu-exceeds-underlay.js';
import { overlayWithoutSwarm } from './overlay-without-swarm.js';
import { pinnedConflict } from './pinned-conflict.js';
import { pinnedPoolRace } from './pinned-pool-race.js';
import { pinnedReservedOverlap } from './pinned-reserved-overlap.js';
import { poolExhaustion } from './pool-exhaustion.js';
import { publicRange } from './public-range.js';
import { reservedCollision } from './reserved-collision.js';
import type { Rule, RuleContext } from './rule.js';
import { unsetVariable } from './unset-variable.js';

export const RULES: readonly Rule[] = [
  reservedCollision,
  pinnedReservedOverlap,
  pinnedPoolRace,
  pinnedConflict,
  poolExhaustion,
  daemonPoolReserved,
  publicRange,
  mtuExceedsUnderlay,
  forwardingDisabled,
  unsetVariable,
  overlayWithoutSwarm,
];

export function runRules(ctx: RuleContext, rules: readonly Rule[] = RULES): Finding[] {
  return rules.flatMap((r) => r.check(ctx));
}

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
