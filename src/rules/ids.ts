// Every rule id a finding can carry, and what the inventory's `rules:` may set each to. A plain list
// (no rule code) so that the inventory schema can name the ids without loading the rules; a test keeps
// it equal to the rules' own ids.
import type { Severity } from '../model.js';

export const RULE_IDS = [
  'reserved-collision',
  'pinned-reserved-overlap',
  'pinned-pool-race',
  'pinned-conflict',
  'pool-exhaustion',
  'daemon-pool-reserved',
  'public-range',
  'mtu-exceeds-underlay',
  'forwarding-disabled',
  'unset-variable',
  'invalid-suppression',
  'simulation-incomplete',
  'no-reserved-ranges',
  'compose-warning',
  'unknown-external-network',
  'overlay-without-swarm',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** a rule's setting in the inventory: a severity, or off */
export type RuleSetting = Severity | 'off';
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'note', 'warning', 'error'];
