import "server-only";
import { after } from "next/server";

/**
 * Runs a long task (an import's validation or commit) after the response is sent: the action
 * answers at once with the job's page, which follows the job's state and progress. The task
 * reports its own outcome on the job (state, counts, error), so nothing waits for it here.
 */
export function runAfterResponse(task: () => Promise<unknown>): void {
  after(async () => {
    try {
      await task();
    } catch (error) {
      console.error("[redes] import task failed:", error);
    }
  });
}
