import "server-only";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { lastActorOf, recordAudit, type AuditEntry } from "./audit";
import { assertCan, denied } from "./auth/authorize";
import { scopeFor, type PolicyAction, type ResourceOwner } from "./auth/policy";
import type { Ctx } from "./context";
import { fail, ResultError, type Failure, type FieldErrors, type Result } from "./result";
import { isUuid } from "./validation/fields";
import { formDataToObject, toFieldErrors } from "./validation/form-data";
import { runWrite } from "./write";

/** What a command receives from a form or a test: the submitted FormData or a plain object. */
export type Raw = FormData | Record<string, unknown>;

/** What a command's body works with: the transaction, who acts, and the audit of this write. */
export interface WriteScope {
  tx: Db;
  ctx: Ctx;
  /** Appends this write's audit event, in the same transaction. */
  audit(entry: AuditEntry): Promise<void>;
  /** Checks the policy against a record read inside the transaction (its department, its owner). */
  authorize(action: PolicyAction, owner?: ResourceOwner): void;
}

export interface CommandSpec<Schema extends z.ZodType, T, Ids extends string[]> {
  /** The policy action checked first, before anything is parsed or read. */
  action: PolicyAction;
  /**
   * Set when the action is record-scoped (a head's own department, a user's own records): a
   * role with any scope passes the first check, and the body must then call
   * `authorize(action, owner)` on the record it read — a scoped actor's write without that
   * check is a programming error and rolls back.
   */
  recordScoped?: boolean;
  /** The input's zod schema: the same one the form runs in the browser. */
  schema: Schema;
  /** Fields a FormData carries several times (checkbox groups, multi-selects). */
  arrayFields?: readonly string[];
  /** Turns a constraint violation the body could not foresee (a race) into a field error. */
  onConstraint?: (constraint: string, code: string) => Failure | undefined;
  /**
   * Set when a valid request may change nothing (a move at the top of a list): the body then
   * records no audit event. Every other command must record one — a write without its audit
   * event is a programming error and rolls back.
   */
  mayChangeNothing?: boolean;
  /** The write, in one transaction. Route ids arrive after the input, already checked as uuids. */
  run: (scope: WriteScope, input: z.output<Schema>, ...ids: Ids) => Promise<T>;
}

/**
 * The one shape of a lib/ write: deny → validate → one transaction (`runWrite`) → audit →
 * typed result. Returns the command as `(ctx, ...ids, raw)`; a route id that is not a uuid is
 * NOT_FOUND, like a record that does not exist.
 *
 *   export const updateDepartment = command({
 *     action: "department.manage",
 *     schema: departmentUpdateSchema,
 *     run: async ({ tx, audit }, { version, ...input }, id: string) => { … },
 *   });
 */
export function command<Schema extends z.ZodType, T, Ids extends string[] = []>(
  spec: CommandSpec<Schema, T, Ids>,
): (ctx: Ctx, ...args: [...Ids, Raw]) => Promise<Result<T>> {
  return async (ctx, ...args) => {
    const roleScope = ctx.actor ? scopeFor(ctx.actor.role, spec.action) : null;
    const refusal = spec.recordScoped && roleScope ? null : denied(ctx.actor, spec.action);
    if (refusal) return refusal;
    const raw = args[args.length - 1] as Raw;
    const ids = args.slice(0, -1) as Ids;
    const parsed = spec.schema.safeParse(
      raw instanceof FormData ? formDataToObject(raw, spec.arrayFields) : raw,
    );
    if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
    if (!ids.every(isUuid)) return fail("NOT_FOUND");
    const result = await runWrite(
      ctx,
      async (tx) => {
        let audited = 0;
        let authorized = roleScope === "any";
        const scope: WriteScope = {
          tx,
          ctx,
          audit: async (entry) => {
            audited += 1;
            const tagged = ctx.auditTag
              ? { ...entry, metadata: { ...entry.metadata, ...ctx.auditTag } }
              : entry;
            await recordAudit(tx, ctx.actor, tagged);
          },
          authorize: (action, owner) => {
            assertCan(ctx.actor, action, owner);
            if (action === spec.action) authorized = true;
          },
        };
        const result = await spec.run(scope, parsed.data as z.output<Schema>, ...ids);
        if (audited === 0 && !spec.mayChangeNothing)
          throw new Error("a command wrote without its audit event");
        if (spec.recordScoped && !authorized)
          throw new Error("a scoped command wrote without its record check");
        return result;
      },
      spec.onConstraint,
    );
    return result.ok || result.code !== "CONFLICT" ? result : withSavedBy(result, ctx, spec.action, ids);
  };
}

/**
 * A CONFLICT on a record (its id the last route id) says who saved it since it was read, from
 * the record's latest audit event (its type is the action's subject: "network.update" →
 * "network"), so the form can tell "you, in another tab" from another person.
 */
async function withSavedBy(
  failure: Failure,
  ctx: Ctx,
  action: PolicyAction,
  ids: string[],
): Promise<Failure> {
  const recordId = ids[ids.length - 1];
  if (!recordId || !ctx.actor) return failure;
  const actor = await lastActorOf(ctx.db, action.split(".")[0]!, recordId);
  return actor ? { ...failure, savedBy: actor === ctx.actor.userId ? "you" : "other" } : failure;
}

/** Inside a command: stop, roll back, and answer with field errors. */
export const invalid = (fieldErrors: FieldErrors) => new ResultError(fail("VALIDATION", fieldErrors));
/** Inside a command: the record is not there (or not visible to this actor). */
export const notFound = () => new ResultError(fail("NOT_FOUND"));
/** Inside a command: someone saved the record since the user read it. */
export const conflict = () => new ResultError(fail("CONFLICT"));
