/**
 * Progress of the runs of this process, by job id. Validation and the commit run inside one
 * transaction, and a write to the job row from inside it would stay invisible until it ends
 * (on PGlite a second connection does not even exist: the database runs one transaction at a
 * time, so an outside write would wait for the run). So the rows done are kept here, where a
 * request asking for the job reads them, and stored in the job row when the run ends. A job
 * whose process died has no entry: its heartbeat ages and failStuckImports marks it failed.
 */
export interface RunProgress {
  phase: "validating" | "importing";
  done: number;
  total: number;
}

const running = new Map<string, RunProgress>();

export const progressOf = (jobId: string): RunProgress | null => running.get(jobId) ?? null;

export function trackProgress(jobId: string, phase: RunProgress["phase"], total: number) {
  const entry: RunProgress = { phase, done: 0, total };
  running.set(jobId, entry);
  return {
    update(done: number) {
      entry.done = Math.min(total, Math.round(done));
    },
    end() {
      running.delete(jobId);
    },
  };
}
