import { daysBetween } from "../dates";
import type { CommitmentStatus } from "@/db/schema/values";

// When a commitment is due: what the list, the record page, the panel and the export agree on.

/** Statuses of work still to do; only these can be overdue. */
export const PENDING_STATUSES = ["open", "in_progress"] as const satisfies readonly CommitmentStatus[];

/** Not done or dropped, and due before today (Buenos Aires' calendar). */
export function isOverdue(status: CommitmentStatus, dueOn: string | null, today: string): boolean {
  return (status === "open" || status === "in_progress") && dueOn !== null && dueOn < today;
}

/** Days from today to the due date (negative once past); null when undated or no longer pending. */
export function daysLeft(status: CommitmentStatus, dueOn: string | null, today: string): number | null {
  if (status !== "open" && status !== "in_progress") return null;
  return dueOn ? daysBetween(today, dueOn) : null;
}
