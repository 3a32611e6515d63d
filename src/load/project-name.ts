// Project name (compose-networks.md §2):
//   -p  >  COMPOSE_PROJECT_NAME (environment or .env)  >  the last top-level `name:` (interpolated)
//   >  the basename of the project directory.
// `name:` and directory names are normalised silently; an invalid -p / COMPOSE_PROJECT_NAME is an
// error (Compose v2); an empty result is an error.
import { ConfigError } from '../errors.js';
import type { SourcePos } from '../model.js';

/** lowercase, keep only [a-z0-9_-], strip leading "_" and "-" (compose-go NormalizeProjectName) */
export function normalizeProjectName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[_-]+/, '');
}

export function invalidProjectNameMessage(v: string): string {
  return (
    `invalid project name ${JSON.stringify(v)}: must consist only of lowercase alphanumeric characters, ` +
    'hyphens, and underscores as well as start with a letter or number'
  );
}

export type ProjectNameSource = '-p' | 'COMPOSE_PROJECT_NAME' | 'name:' | 'directory';

export interface ProjectNameInput {
  /** like -p */
  explicit?: string;
  /** COMPOSE_PROJECT_NAME from the environment or an env file, with where it was written (if a file) */
  fromEnv?: { value: string; pos?: Partial<SourcePos> & { file: string } };
  /** the last non-empty top-level `name:` across the files, already interpolated */
  fromFiles?: { value: string; pos: SourcePos };
  /** basename of the project directory */
  dirName: string;
  /** where to point an "empty name" error (the first compose file) */
  firstFile: string;
}

export interface ResolvedProjectName {
  name: string;
  source: ProjectNameSource;
  pos?: SourcePos;
}

export function resolveProjectName(input: ProjectNameInput): ResolvedProjectName {
  if (input.explicit !== undefined && input.explicit !== '') {
    if (normalizeProjectName(input.explicit) !== input.explicit) {
      throw new ConfigError(invalidProjectNameMessage(input.explicit), { file: input.firstFile });
    }
    return { name: input.explicit, source: '-p' };
  }
  if (input.fromEnv && input.fromEnv.value !== '') {
    const v = input.fromEnv.value;
    if (normalizeProjectName(v) !== v) {
      throw new ConfigError(`COMPOSE_PROJECT_NAME: ${invalidProjectNameMessage(v)}`, input.fromEnv.pos ?? { file: input.firstFile });
    }
    return { name: v, source: 'COMPOSE_PROJECT_NAME' };
  }
  if (input.fromFiles) {
    const n = normalizeProjectName(input.fromFiles.value);
    if (n !== '') return { name: n, source: 'name:', pos: input.fromFiles.pos };
    // a name: that interpolates or normalises to empty is an error in Compose v2 (only a literal
    // `name: ""`, which never gets here, falls back to the directory)
    const why =
      input.fromFiles.value === ''
        ? 'interpolates to an empty string'
        : `${JSON.stringify(input.fromFiles.value)} has no letter or digit left after normalisation`;
    throw new ConfigError(
      `project name must not be empty: name: ${why} (Compose refuses the project); set the variable, -p or COMPOSE_PROJECT_NAME`,
      input.fromFiles.pos,
    );
  }
  const d = normalizeProjectName(input.dirName);
  if (d === '') {
    throw new ConfigError(
      `project name must not be empty (the directory name ${JSON.stringify(input.dirName)} has no letter or digit left after normalisation; set name: or COMPOSE_PROJECT_NAME)`,
      { file: input.firstFile, line: 1, column: 1 },
    );
  }
  return { name: d, source: 'directory' };
}
