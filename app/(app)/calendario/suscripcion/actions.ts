"use server";

import { buttonAction } from "@/app/_lib/button-action";
import { revalidate, submitForm } from "@/app/_lib/form-action";
import type { CreateFeedState } from "@/components/calendar-feeds/create-feed-state";
import { createFeedToken, revokeFeedToken } from "@/lib/calendar-feeds/commands";

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
  const out = await submitForm(prev, formData, { run: (ctx) => createFeedToken(ctx, formData) });
  if (!out.ok) return out.state;
  revalidate([PAGE]);
  return { submission: prev.submission + 1, token: out.data.token };
}

/** Revokes one of the user's links; the outcome comes back as ?estado= for the page to show. */
export async function revokeFeedTokenAction(id: string): Promise<void> {
  await buttonAction({
    run: (ctx) => revokeFeedToken(ctx, id, {}),
    revalidate: [PAGE],
    page: PAGE,
    done: "revocado",
  });
}
