import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { departments, people, users } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { isUuid } from "../validation/fields";
import type { UserListParams } from "./list-params";
import { containsTextInAny } from "../search/like";
import { firstRow } from "../record-reads";
import type { Db } from "@/db/client";
import { countRows, nullsLastOrder, pagedQuery } from "../paged-query";

/** A user as the administration list shows it: never the password hash. */
export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: AppRole;
  department: string | null;
  person: string | null;
  active: boolean;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
}

export interface UserList {
  rows: UserRow[];
  total: number;
}

const SORT_COLUMNS = {
  name: sql`lower(${users.name})`,
  email: sql`lower(${users.email})`,
  role: users.role,
  lastLogin: users.lastLoginAt,
} satisfies Record<UserListParams["sort"], unknown>;

function listFilters(params: UserListParams): SQL | undefined {
  const filters: (SQL | undefined)[] = [
    params.role ? eq(users.role, params.role) : undefined,
    params.department ? eq(users.departmentId, params.department) : undefined,
    params.status === "active" ? eq(users.active, true) : undefined,
    params.status === "inactive" ? eq(users.active, false) : undefined,
  ];
  if (params.q) {
    filters.push(containsTextInAny(params.q, users.name, users.email));
  }
  return and(...filters);
}

/** One page of the user accounts and the total behind it (administrators only). */
export async function listUsers(ctx: Ctx, params: UserListParams): Promise<UserList> {
  assertCan(ctx.actor, "user.manage");
  const where = listFilters(params);
  // Never signed in sorts last in both directions; then name and id keep pages stable.
  const orderBy = nullsLastOrder(
    SORT_COLUMNS[params.sort],
    params.dir,
    asc(sql`lower(${users.name})`),
    asc(users.id),
  );
  return pagedQuery(ctx.db, params, {
    rows: (tx) =>
      tx
        .select({
          id: users.id,
          name: users.name,
          email: users.email,
          role: users.role,
          department: departments.name,
          person: people.fullName,
          active: users.active,
          mustChangePassword: users.mustChangePassword,
          lastLoginAt: users.lastLoginAt,
        })
        .from(users)
        .leftJoin(departments, eq(departments.id, users.departmentId))
        .leftJoin(people, eq(people.id, users.personId))
        .where(where)
        .orderBy(...orderBy),
    total: (tx) => countRows(tx, users, where),
  });
}

export interface UserDetail extends UserRow {
  departmentId: string | null;
  personId: string | null;
  passwordExpiresAt: Date | null;
  hasPassword: boolean;
  /** The single sign-on identity bound to the account, if any. */
  oidcIssuer: string | null;
  oidcSubject: string | null;
  createdAt: Date;
  version: number;
}

export async function getUser(ctx: Ctx, id: string): Promise<UserDetail | null> {
  assertCan(ctx.actor, "user.manage");
  if (!isUuid(id)) return null;
  return readUser(ctx.db, id);
}

/** One account with its department's and person's names: the user page and its audit snapshot. */
export function readUser(db: Db, id: string): Promise<UserDetail | null> {
  return firstRow(
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        departmentId: users.departmentId,
        department: departments.name,
        personId: users.personId,
        person: people.fullName,
        active: users.active,
        mustChangePassword: users.mustChangePassword,
        passwordExpiresAt: users.passwordExpiresAt,
        hasPassword: sql<boolean>`${users.passwordHash} is not null`,
        oidcIssuer: users.oidcIssuer,
        oidcSubject: users.oidcSubject,
        lastLoginAt: users.lastLoginAt,
        createdAt: users.createdAt,
        version: users.version,
      })
      .from(users)
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .leftJoin(people, eq(people.id, users.personId))
      .where(eq(users.id, id)),
  );
}

/** The values the edit form starts from. */
export async function userFormValues(ctx: Ctx, id: string) {
  const user = await getUser(ctx, id);
  if (!user) return null;
  return {
    version: user.version,
    values: {
      email: user.email,
      name: user.name,
      role: user.role,
      departmentId: user.departmentId ?? "",
      personId: user.personId ?? "",
      personIdLabel: user.person ?? "",
      oidcSubject: user.oidcSubject ?? "",
    },
  };
}

/**
 * Options for the user form's pickers: every department. The linked person is a searched field
 * (lib/users/search.ts), not a list of the city's people.
 */
export async function userFormOptions(ctx: Ctx) {
  assertCan(ctx.actor, "user.manage");
  const departmentRows = await ctx.db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .orderBy(asc(sql`lower(${departments.name})`));
  return { departments: departmentRows };
}

/** The name of a department, for the actor's own account page (any signed-in user). */
export async function departmentName(ctx: Ctx, departmentId: string): Promise<string | null> {
  assertCan(ctx.actor, "account.manage");
  if (!isUuid(departmentId)) return null;
  const [row] = await ctx.db
    .select({ name: departments.name })
    .from(departments)
    .where(eq(departments.id, departmentId));
  return row?.name ?? null;
}
