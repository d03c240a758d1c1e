import { defineList, param } from "../list-params";

/**
 * /areas state as it lives in the URL (?q=&parent=&assigned=&seats=&sort=&dir=&page=&size=). Bad values
 * never fail the page: they fall back to defaults.
 */
export const departmentList = defineList({
  filters: {
    q: param.text(),
    /** Only the units that depend on this one. */
    parent: param.id(),
    /** Only units with someone on an active technical assignment. */
    assigned: param.flag(),
    /** Only units whose people hold a seat now. */
    seats: param.flag(),
  },
  sorts: ["name", "short"],
});

export type DepartmentListParams = ReturnType<typeof departmentList.parse>;
export const parseDepartmentListParams = departmentList.parse;
