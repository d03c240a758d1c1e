import "server-only";
import { refresh, revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionCtx } from "@/lib/auth/context";
import type { Ctx } from "@/lib/context";
import { applyOverwrite, failureState, type FormState } from "@/lib/form-state";
import { fail, type Result } from "@/lib/result";

/** A page to refresh after a write: a path, or a path with Next's "page"/"layout" scope. */
export type Revalidation = string | readonly [path: string, type: "page" | "layout"];

export interface Submission<T> {
  /** The lib/ command, given the request's context (null context → UNAUTHENTICATED). */
  run: (ctx: Ctx) => Promise<Result<T>>;
  /** The record's version now, read after a CONFLICT so that "save anyway" can send it back. */
  currentVersion?: (ctx: Ctx) => Promise<number | undefined>;
  /** Multi-value fields, to give back as lists of what the user chose. */
  arrayFields?: readonly string[];
}

/**
 * The shared half of every form's server action (a public POST endpoint): the session is read
 * again, "save anyway" swaps in the version the user chose to overwrite, the command runs, and a
 * failure becomes the form's state with everything the user typed — plus, after a conflict,
 * the record's current version, who saved it, and the page refreshed so the form holds the
 * record's current values (the conflict panel's "theirs").
 */
export async function submitForm<T>(
  prev: FormState,
  formData: FormData,
  { run, currentVersion, arrayFields }: Submission<T>,
): Promise<{ ok: true; data: T } | { ok: false; state: FormState }> {
  const ctx = await actionCtx();
  applyOverwrite(formData);
  const result = ctx ? await run(ctx) : fail("UNAUTHENTICATED");
  if (result.ok) return { ok: true, data: result.data };
  const state = failureState(result, formData, prev, arrayFields);
  if (result.code === "CONFLICT" && ctx && currentVersion) {
    state.version = await currentVersion(ctx);
    // The page is read again with this response: its form receives the record as saved now
    // (its values and version), which the conflict panel compares with what the user sent.
    refresh();
  }
  return { ok: false, state };
}

export function revalidate(paths: readonly Revalidation[]): void {
  for (const path of paths) {
    if (typeof path === "string") revalidatePath(path);
    else revalidatePath(path[0], path[1]);
  }
}

/**
 * A record form's server action from end to end: `submitForm`, then on success the pages that
 * show the record are refreshed and the user goes to `redirectTo` (usually the record with an
 * `?estado=` confirmation).
 *
 *   export async function updateDepartmentAction(id: string, prev: FormState, formData: FormData) {
 *     return formAction(prev, formData, {
 *       run: (ctx) => updateDepartment(ctx, id, formData),
 *       currentVersion: async (ctx) => (await getDepartment(ctx, id))?.version,
 *       revalidate: [["/areas", "layout"]],
 *       redirectTo: () => `/areas/${id}?estado=guardada`,
 *     });
 *   }
 */
export async function formAction<T>(
  prev: FormState,
  formData: FormData,
  spec: Submission<T> & {
    revalidate: readonly Revalidation[] | ((data: T) => readonly Revalidation[]);
    redirectTo: (data: T) => string;
  },
): Promise<FormState> {
  const out = await submitForm(prev, formData, spec);
  if (!out.ok) return out.state;
  revalidate(typeof spec.revalidate === "function" ? spec.revalidate(out.data) : spec.revalidate);
  redirect(spec.redirectTo(out.data));
}
