import type { SourcePos } from './model.js';

/**
 * The input could not be used: a bad file, a bad value, a bad flag. The CLI exits 2 and the action
 * sets outcome=config-error; the message names the file and line. Anything else thrown is an
 * internal error (a bug).
 */
export class ConfigError extends Error {
  readonly pos?: Partial<SourcePos> & { file: string };

  constructor(message: string, pos?: Partial<SourcePos> & { file: string }) {
    super(message);
    this.name = 'ConfigError';
    this.pos = pos;
  }

  /** "file:line:column: message" (as much of the location as is known) */
  describe(): string {
    if (!this.pos) return this.message;
    let where = this.pos.file;
    if (this.pos.line) {
      where += `:${this.pos.line}`;
      if (this.pos.column) where += `:${this.pos.column}`;
    }
    return `${where}: ${this.message}`;
  }
}

export function isConfigError(e: unknown): e is ConfigError {
  return e instanceof ConfigError;
}
