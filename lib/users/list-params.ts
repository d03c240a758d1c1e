import { APP_ROLES } from "@/db/schema/values";
import { defineList, param } from "../list-params";

/** The account states the list filters by (no value: all of them). */
export const USER_STATUS_FILTERS = ["active", "inactive"] as const;

/** The user list's state as it lives in the URL (?q=&role=&department=&status=&sort=&dir=&page=&size=). */
export const userList = defineList({
  filters: {
    q: param.text(),
    role: param.oneOf(APP_ROLES),
    department: param.id(),
    status: param.oneOf(USER_STATUS_FILTERS),
  },
  sorts: ["name", "email", "role", "lastLogin"],
});

export type UserListParams = ReturnType<typeof userList.parse>;
export const parseUserListParams = userList.parse;
