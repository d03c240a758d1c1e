import "server-only";
import { eq } from "drizzle-orm";
import { departments } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { assertCan, denied } from "../auth/authorize";
import { can, scopeFor } from "../auth/policy";
import type { Ctx } from "../context";
import { fail, ResultError } from "../result";
import { todayInBuenosAires } from "../dates";
import { ALL_DEPARTMENTS, type PanelParams } from "./params";
import { resolvePeriod, type PanelPeriod } from "./period";

/**
 * Whose figures the panel shows (policy "panel.any_department"):
 * - any (admin, coordinator, technical staff, viewer): the department in ?department=, or the whole
 *   city when none (or ?department=todas) is asked for;
 * - own_department (a head): always their own department. A request for another department,
 *   or for the whole city, is clamped to theirs (`clamped` says so, so the page can tell, and
 *   the refusal is audited like any other);
 *   a head without a department has no panel figures at all (FORBIDDEN).
 */
export interface PanelScope {
  /** The department the department-dependent figures are restricted to; null = the whole city. */
  departmentId: string | null;
  /** The URL asked for something else, which the policy does not allow: the actor's own is shown. */
  clamped: boolean;
  /** The actor may switch department (or the whole city) on the panel. */
  canChoose: boolean;
}

export function panelScope(actor: Actor | null, requested: PanelParams["department"]): PanelScope {
  assertCan(actor, "panel.read");
  const scope = actor ? scopeFor(actor.role, "panel.any_department") : null;
  if (scope === "any") {
    return {
      departmentId: requested && requested !== ALL_DEPARTMENTS ? requested : null,
      clamped: false,
      canChoose: true,
    };
  }
  if (scope === "own_department" && actor?.departmentId) {
    const clamped = requested !== undefined && requested !== actor.departmentId;
    // Asking for another department (or the whole city) is a refusal, audited as such.
    if (clamped)
      denied(actor, "panel.any_department", {
        departmentId: requested === ALL_DEPARTMENTS ? null : requested,
      });
    return { departmentId: actor.departmentId, clamped, canChoose: false };
  }
  throw new ResultError(fail(actor ? "FORBIDDEN" : "UNAUTHENTICATED"));
}

/**
 * Checks that a scope is one the actor may see; every panel query calls it, so a scope built
 * by hand (or a stale one) cannot widen what a head sees.
 */
export function assertPanelScope(actor: Actor | null, scope: Pick<PanelScope, "departmentId">): void {
  assertCan(actor, "panel.read");
  const allowed = scope.departmentId
    ? can(actor, "panel.any_department", { departmentId: scope.departmentId })
    : !!actor && scopeFor(actor.role, "panel.any_department") === "any";
  if (!allowed) throw new ResultError(fail(actor ? "FORBIDDEN" : "UNAUTHENTICATED"));
}

/** The panel as a URL asks for it, after the policy: scope, department name, period. */
export interface PanelView extends PanelScope {
  department: { id: string; name: string } | null;
  /** ?department= named a department that does not exist: the whole city is shown instead. */
  unknownDepartment: boolean;
  period: PanelPeriod;
  /** Today in Buenos Aires, the day "overdue", "upcoming" and "ends in N days" are judged on. */
  today: string;
}

export async function resolvePanel(
  ctx: Ctx,
  params: PanelParams,
  today: string = todayInBuenosAires(),
): Promise<PanelView> {
  const scope = panelScope(ctx.actor, params.department);
  const [department] = scope.departmentId
    ? await ctx.db
        .select({ id: departments.id, name: departments.name })
        .from(departments)
        .where(eq(departments.id, scope.departmentId))
        .limit(1)
    : [];
  const unknownDepartment = !!scope.departmentId && !department;
  if (unknownDepartment && !scope.canChoose) {
    // A head whose department was deleted: nothing of theirs to show.
    throw new ResultError(fail("FORBIDDEN"));
  }
  return {
    ...scope,
    departmentId: department?.id ?? null,
    department: department ?? null,
    unknownDepartment,
    period: resolvePeriod(params, today),
    today,
  };
}
