"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionCtx } from "@/lib/auth/context";
import { applyOverwrite, failureState, type FormState } from "@/lib/form-state";
import { createMeeting, updateMeeting } from "@/lib/meetings/commands";
import { meetingFormValues } from "@/lib/meetings/queries";
import { fail } from "@/lib/result";

// Public POST endpoints: the session is checked again and lib/ validates and authorises.

export async function createMeetingAction(prev: FormState, formData: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx ? await createMeeting(ctx, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return failureState(result, formData, prev);
  revalidatePath("/redes", "layout");
  redirect(`/reuniones/${result.data.id}?estado=creada`);
}

export async function updateMeetingAction(
  id: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const ctx = await actionCtx();
  applyOverwrite(formData);
  const result = ctx ? await updateMeeting(ctx, id, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) {
    const state = failureState(result, formData, prev);
    if (result.code === "CONFLICT" && ctx) state.version = (await meetingFormValues(ctx, id))?.version;
    return state;
  }
  revalidatePath("/redes", "layout");
  revalidatePath(`/reuniones/${id}`);
  redirect(`/reuniones/${id}?estado=guardada`);
}
