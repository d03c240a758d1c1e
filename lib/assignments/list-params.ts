import { ASSIGNMENT_ROLES } from "@/db/schema/values";
import { defineList, param } from "../list-params";

/**
 * Status filter: "current" (active or paused, the default: the team as it is now), one status,
 * or "all".
 */
export const ASSIGNMENT_STATUS_FILTERS = ["current", "active", "paused", "ended", "all"] as const;

/**
 * /asignaciones state as it lives in the URL (?q=&network=&body=&area=&department=&role=&status=
 * &stale=&sort=&dir=&page=&size=). Bad values never fail the page: they fall back to defaults.
 */
export const assignmentList = defineList({
  filters: {
    q: param.text(),
    network: param.id(),
    body: param.id(),
    area: param.id(),
    /** The assigned person's department. */
    department: param.id(),
    role: param.oneOf(ASSIGNMENT_ROLES),
    status: param.choice(ASSIGNMENT_STATUS_FILTERS, "current"),
    /** "Sin novedades en 90 días" (staleAssignment in queries.ts). */
    stale: param.flag(),
  },
  sorts: ["person", "network", "start", "updated"],
});

/** The list's default state, the status filter's included; URLs leave these values out. */
export const ASSIGNMENT_LIST_DEFAULTS = { ...assignmentList.defaults, status: "current" } as const;

export type AssignmentListParams = ReturnType<typeof assignmentList.parse>;
export const parseAssignmentListParams = assignmentList.parse;
