"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionCtx } from "@/lib/auth/context";
import { failureState, type FormState } from "@/lib/form-state";
import { DEFAULT_HORIZON, isHorizon } from "@/lib/meetings/cadence-planner";
import { generateTentativeMeetings } from "@/lib/meetings/cadence-commands";
import { fail } from "@/lib/result";

// A public POST endpoint: the session is checked again and lib/ validates and authorises.

export async function generateTentativeAction(
  bodyId: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx ? await generateTentativeMeetings(ctx, bodyId, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) {
    // The plan changed under the coordinator: show the current one beside the message.
    if (result.code === "CONFLICT") revalidatePath(`/organos/${bodyId}/generar`);
    return failureState(result, formData, prev, ["months"]);
  }
  revalidatePath("/redes", "layout");
  revalidatePath(`/organos/${bodyId}`);
  const asked = Number(formData.get("horizon"));
  const query = new URLSearchParams({
    meses: String(isHorizon(asked) ? asked : DEFAULT_HORIZON),
    estado: "creadas",
    cantidad: String(result.data.created.length),
  });
  redirect(`/organos/${bodyId}/generar?${query}`);
}
