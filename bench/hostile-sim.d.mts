// Types of bench/hostile-sim.mjs for the tests that build its inputs.
type Files = Record<string, string>;
export function pinnedInPools(p?: number): Files;
export function pinnedOutsidePools(p?: number, cycles?: number): Files;
export function routeRejectedPool(): Files;
export function overlappingRouteRejectedPools(): Files;
export function overlappingPoolsPinnedInRoute(p?: number, d?: number): Files;
export function routesTimesNetworks(r?: number, n?: number): Files;
export function oneHostProjects(n?: number, cycles?: number): Files;
export const HOSTILE_SIM: Record<string, () => Files>;
