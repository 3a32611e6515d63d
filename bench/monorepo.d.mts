// Types of bench/monorepo.mjs for the tests that generate a monorepo with it.
/** The files of a generated monorepo: `n` projects on n/10 hosts, path → content. */
export function monorepoFiles(n?: number, cycles?: number): Record<string, string>;
/** Writes such files under `dir`. */
export function writeTree(dir: string, files: Record<string, string>): void;
