import { mkdirSync, statSync } from "node:fs";

/**
 * Creates a directory (and its missing parents) readable by this process's user only (0700):
 * the data directory holds the embedded database and the development session secret. An
 * existing directory is left as it is (an operator may have chosen its mode on purpose).
 */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/** True when a file grants any permission to its group or to others (mode bits 077). */
export function openToOthers(file: string): boolean {
  return (statSync(file).mode & 0o077) !== 0;
}
