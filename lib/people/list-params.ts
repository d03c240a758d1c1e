import { defineList, param } from "../list-params";

/** Yes/no filters: "1" = only those who do, "0" = only those who do not; absent = everyone. */
export const YES_NO = ["1", "0"] as const;

/**
 * /personas state as it lives in the URL (?q=&department=&assigned=&seat=&sort=&dir=&page=&size=).
 * Bad values never fail the page: they fall back to defaults.
 */
export const personList = defineList({
  filters: {
    q: param.text(),
    department: param.id(),
    /** Has (1) or has no (0) active technical assignment. */
    assigned: param.oneOf(YES_NO),
    /** Holds (1) or holds no (0) seat now: an active term of a seat not archived. */
    seat: param.oneOf(YES_NO),
  },
  /** stale / overdue: the person's quiet assignments and overdue commitments (personCounts). */
  sorts: ["name", "department", "position", "stale", "overdue"],
});

export type PersonListParams = ReturnType<typeof personList.parse>;
export const parsePersonListParams = personList.parse;
