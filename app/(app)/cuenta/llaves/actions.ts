"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { actionCtx } from "@/lib/auth/context";
import { auditDenials } from "@/lib/auth/denials";
import { removePasskey, renamePasskey } from "@/lib/auth/passkeys/manage";
import { registerPasskey } from "@/lib/auth/passkeys/registration";
import { currentRelyingParty } from "@/lib/auth/passkeys/request-origin";
import { REGISTERING_STATES, sessionActorIn } from "@/lib/auth/passkeys/session-actor";
import { fail, type Result } from "@/lib/result";

/**
 * One's own passkeys: add (from Mi cuenta, or while enrolling a required second factor),
 * rename, remove. Called from components/passkeys; lib/ authorizes (account.manage) and writes.
 */

const text = (max: number) => z.string().max(max);
const registerInput = z.object({ response: text(60_000), name: text(200) });
const renameInput = z.object({ id: text(40), name: text(200) });

/** The outcome a component shows: success, or a failure's code, message key and field errors. */
type Outcome<T> = Result<T>;

export async function registerPasskeyAction(
  response: unknown,
  name: unknown,
): Promise<Outcome<{ id: string }>> {
  const parsed = registerInput.safeParse({ response, name });
  if (!parsed.success) return fail("VALIDATION");
  const actor = await sessionActorIn(REGISTERING_STATES);
  if (!actor) return fail("UNAUTHENTICATED");
  const ctx = auditDenials({ db: await getDb(), actor });
  const result = await registerPasskey(ctx, await currentRelyingParty(), parsed.data);
  if (result.ok) revalidatePath("/cuenta");
  return result.ok ? { ok: true, data: { id: result.data.id } } : result;
}

export async function renamePasskeyAction(id: unknown, name: unknown): Promise<Outcome<{ id: string }>> {
  const parsed = renameInput.safeParse({ id, name });
  if (!parsed.success) return fail("VALIDATION");
  const ctx = await actionCtx();
  if (!ctx) return fail("UNAUTHENTICATED");
  const result = await renamePasskey(ctx, parsed.data.id, { name: parsed.data.name });
  if (result.ok) revalidatePath("/cuenta");
  return result.ok ? { ok: true, data: { id: result.data.id } } : result;
}

export async function removePasskeyAction(id: unknown): Promise<Outcome<{ id: string }>> {
  const parsed = text(40).safeParse(id);
  if (!parsed.success) return fail("VALIDATION");
  const ctx = await actionCtx();
  if (!ctx) return fail("UNAUTHENTICATED");
  const result = await removePasskey(ctx, parsed.data);
  if (result.ok) revalidatePath("/cuenta");
  return result;
}
