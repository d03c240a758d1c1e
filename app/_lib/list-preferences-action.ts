"use server";

import { actionCtx } from "@/lib/auth/context";
import { saveHiddenColumns } from "@/lib/list-preferences/commands";
import { fail, type Result } from "@/lib/result";

/** The column menu's write (a public POST endpoint): lib/ validates the list and column ids. */
export async function saveHiddenColumnsAction(listKey: string, hidden: string[]): Promise<Result<unknown>> {
  const ctx = await actionCtx();
  if (!ctx) return fail("UNAUTHENTICATED");
  const result = await saveHiddenColumns(ctx, { listKey, hidden });
  return result.ok ? { ok: true, data: null } : { ok: false, code: result.code, message: result.message };
}
