"use server";

import { redirect } from "next/navigation";
import { revalidate, submitForm } from "@/app/_lib/form-action";
import type { FormState } from "@/lib/form-state";
import { generateTentativeMeetings } from "@/lib/meetings/cadence-commands";
import { DEFAULT_HORIZON, isHorizon } from "@/lib/meetings/cadence-planner";

// A public POST endpoint: the session is checked again and lib/ validates and authorises.

export async function generateTentativeAction(
  bodyId: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const out = await submitForm(prev, formData, {
    run: (ctx) => generateTentativeMeetings(ctx, bodyId, formData),
    arrayFields: ["months"],
  });
  if (!out.ok) {
    // The plan changed under the coordinator: show the current one beside the message.
    if (out.state.code === "CONFLICT") revalidate([`/organos/${bodyId}/generar`]);
    return out.state;
  }
  revalidate([["/redes", "layout"], `/organos/${bodyId}`]);
  const asked = Number(formData.get("horizon"));
  const query = new URLSearchParams({
    meses: String(isHorizon(asked) ? asked : DEFAULT_HORIZON),
    estado: "creadas",
    cantidad: String(out.data.created.length),
  });
  redirect(`/organos/${bodyId}/generar?${query}`);
}
