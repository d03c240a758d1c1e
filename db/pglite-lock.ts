import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { dirname } from "node:path";

/**
 * PGlite does not lock its data directory and two writers silently lose data, so the
 * process that opens it holds an exclusive lock file beside it (`<dir>.lock`, with its pid).
 * A lock left by a process that no longer exists (hard kill, crash) is taken over.
 */
export class DatabaseLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holderPid: number,
  ) {
    super(
      `The embedded database at ${dir} is already open in another process (pid ${holderPid}). ` +
        `Only one process may use a PGlite directory: stop that process, or set PGLITE_DIR ` +
        `(or DATABASE_URL) to use another database.`,
    );
    this.name = "DatabaseLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockPathFor(dir: string): string {
  return `${dir.replace(/\/+$/, "")}.lock`;
}

/** Takes the lock or throws DatabaseLockedError. Returns a function that releases it. */
export function acquireDirectoryLock(dir: string): () => void {
  const lockPath = lockPathFor(dir);
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(lockPath, "utf8").trim() === String(process.pid)) unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let holder = Number.NaN;
      try {
        holder = Number.parseInt(readFileSync(lockPath, "utf8").trim(), 10);
      } catch {
        // vanished between open and read: try again
      }
      if (Number.isInteger(holder) && holder === process.pid) return () => {};
      if (Number.isInteger(holder) && isAlive(holder)) throw new DatabaseLockedError(dir, holder);
      // Stale lock of a dead process: remove it and retry.
      try {
        unlinkSync(lockPath);
      } catch {
        // someone else removed it first
      }
    }
  }
  throw new Error(`Could not lock ${lockPath}`);
}
