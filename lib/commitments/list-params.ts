import { COMMITMENT_STATUSES } from "@/db/schema/values";
import { defineList, param } from "../list-params";

/** The status filter: one status, or "pending" = open and in progress. Empty = every status. */
export const COMMITMENT_STATUS_FILTERS = ["pending", ...COMMITMENT_STATUSES] as const;

/**
 * /compromisos state as it lives in the URL (?q=&network=&owner=&department=&status=&overdue=1
 * &sort=&dir=&page=&size=). Sort "urgency" (the default) puts overdue work first, then the
 * rest of the pending work by due date, then the closed ones (done or dropped); undated last
 * within each group. The network was ?red= before (redirected once).
 */
export const commitmentList = defineList({
  filters: {
    q: param.text(),
    network: param.id(),
    owner: param.id(),
    department: param.id(),
    status: param.oneOf(COMMITMENT_STATUS_FILTERS),
    /** Only overdue ones: pending and due before today (Buenos Aires). */
    overdue: param.flag(),
  },
  sorts: ["urgency", "due", "title", "owner", "network", "status"],
  renamed: { red: "network" },
});

export type CommitmentListParams = ReturnType<typeof commitmentList.parse>;
export const COMMITMENT_LIST_DEFAULTS = commitmentList.defaults;
export const parseCommitmentListParams = commitmentList.parse;
