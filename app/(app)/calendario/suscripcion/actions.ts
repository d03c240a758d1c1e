"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { CreateFeedState } from "@/components/calendar-feeds/create-feed-state";
import { actionCtx } from "@/lib/auth/context";
import { createFeedToken, revokeFeedToken } from "@/lib/calendar-feeds/commands";
import { fail } from "@/lib/result";
import { formDataToObject } from "@/lib/validation/form-data";

// Server actions are public POST endpoints: each one re-checks the session, and lib/ applies
// the policy and restricts every statement to the actor's own links.

const PAGE = "/calendario/suscripcion";

/**
 * Creates a link and hands its token back to the form, which shows the URL once. No redirect:
 * the token must not end up in a URL, the browser history or a log.
 */
export async function createFeedTokenAction(
  prev: CreateFeedState,
  formData: FormData,
): Promise<CreateFeedState> {
  const ctx = await actionCtx();
  const result = ctx ? await createFeedToken(ctx, formData) : fail("UNAUTHENTICATED");
  const submission = prev.submission + 1;
  if (!result.ok) return { ...result, values: formDataToObject(formData), submission };
  revalidatePath(PAGE);
  return { submission, token: result.data.token };
}

/** Revokes one of the user's links; the outcome comes back as ?estado= for the page to show. */
export async function revokeFeedTokenAction(id: string): Promise<void> {
  const ctx = await actionCtx();
  const result = ctx ? await revokeFeedToken(ctx, id) : fail("UNAUTHENTICATED");
  revalidatePath(PAGE);
  if (!result.ok) redirect(`${PAGE}?estado=error&codigo=${result.code}`);
  redirect(`${PAGE}?estado=revocado`);
}
