// The rule set, in the order findings are produced.
import type { Finding } from '../model.js';
import { composeWarning } from './compose-warning.js';
import { daemonPoolReserved } from './daemon-pool-reserved.js';
import { forwardingDisabled } from './forwarding-disabled.js';
import { mergeModels } from './models.js';
import { mtuExceedsUnderlay } from './mtu-exceeds-underlay.js';
import { noReservedRanges } from './no-reserved-ranges.js';
import { overlayWithoutSwarm } from './overlay-without-swarm.js';
import { pinnedConflict } from './pinned-conflict.js';
import { pinnedPoolRace } from './pinned-pool-race.js';
import { pinnedReservedOverlap } from './pinned-reserved-overlap.js';
import { poolExhaustion } from './pool-exhaustion.js';
import { publicRange } from './public-range.js';
import { reservedCollision } from './reserved-collision.js';
import type { Rule, RuleContext } from './rule.js';
import { simulationIncomplete } from './simulation-incomplete.js';
import { unknownExternalNetwork } from './unknown-external-network.js';
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
  simulationIncomplete,
  noReservedRanges,
  composeWarning,
  unknownExternalNetwork,
  overlayWithoutSwarm,
];

/** every rule's findings, one per problem: a host checked under both engine models reports each place once */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = RULES): Finding[] {
  return mergeModels(
    rules.flatMap((r) => r.check(ctx)),
    ctx,
  );
}

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
