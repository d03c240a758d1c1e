import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { makePrivateDir } from "../lib/fs/private";

/**
 * PGlite does not lock its data directory and two writers silently lose data, so the
 * process that opens it holds an exclusive lock file beside it (`<dir>.lock`) naming its pid
 * and the pid's start time. A lock whose process no longer exists (hard kill, crash, or a pid
 * reused by an unrelated process after a restart) is taken over.
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

// Directories this process holds: opening one twice in the same process is refused too.
const held = new Set<string>();

/** The kernel's start time of a process (Linux), to tell a live holder from a reused pid. */
function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may contain spaces) start after the last ")".
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
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

interface Holder {
  pid: number;
  startTime: string | null;
}

function parseHolder(text: string): Holder | null {
  const [pid, startTime] = text.trim().split(/\s+/);
  const n = Number.parseInt(pid ?? "", 10);
  return Number.isInteger(n) && n > 0 ? { pid: n, startTime: startTime ?? null } : null;
}

function holderIsLive(holder: Holder): boolean {
  if (!isAlive(holder.pid)) return false;
  const current = startTimeOf(holder.pid);
  return !holder.startTime || !current || current === holder.startTime;
}

export function lockPathFor(dir: string): string {
  return `${dir.replace(/\/+$/, "")}.lock`;
}

function readHolder(path: string): Holder | null {
  try {
    return parseHolder(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

/** Takes the lock or throws DatabaseLockedError. Returns a function that releases it. */
export function acquireDirectoryLock(dir: string): () => void {
  const lockPath = lockPathFor(dir);
  if (held.has(lockPath)) throw new DatabaseLockedError(dir, process.pid);
  makePrivateDir(dirname(lockPath));
  const me = `${process.pid} ${startTimeOf(process.pid) ?? ""}`.trim();

  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, me);
      closeSync(fd);
      held.add(lockPath);
      return () => {
        held.delete(lockPath);
        try {
          if (readFileSync(lockPath, "utf8").trim() === me) unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readHolder(lockPath);
    if (holder && holderIsLive(holder)) throw new DatabaseLockedError(dir, holder.pid);
    // Stale: move it aside atomically. Of two processes racing for it only one rename
    // succeeds; if what we moved turns out to be a live lock taken meanwhile, put it back.
    const aside = `${lockPath}.stale-${process.pid}-${attempt}`;
    try {
      renameSync(lockPath, aside);
    } catch {
      continue; // someone else moved it first
    }
    const moved = readHolder(aside);
    if (moved && holderIsLive(moved)) {
      try {
        linkSync(aside, lockPath);
      } catch {
        // a third process holds the lock now; it will be found on the next attempt
      }
      unlinkSync(aside);
      throw new DatabaseLockedError(dir, moved.pid);
    }
    unlinkSync(aside);
  }
  throw new Error(`Could not lock ${lockPath}`);
}
