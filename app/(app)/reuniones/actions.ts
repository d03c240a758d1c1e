"use server";

import { formAction } from "@/app/_lib/form-action";
import type { FormState } from "@/lib/form-state";
import { createMeeting, updateMeeting } from "@/lib/meetings/commands";
import { meetingFormValues } from "@/lib/meetings/queries";

// Public POST endpoints: the session is checked again and lib/ validates and authorises.

export async function createMeetingAction(prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => createMeeting(ctx, formData),
    revalidate: [["/redes", "layout"]],
    redirectTo: ({ id }) => `/reuniones/${id}?estado=creada`,
  });
}

export async function updateMeetingAction(id: string, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => updateMeeting(ctx, id, formData),
    currentVersion: async (ctx) => (await meetingFormValues(ctx, id))?.version,
    revalidate: [["/redes", "layout"], `/reuniones/${id}`],
    redirectTo: () => `/reuniones/${id}?estado=guardada`,
  });
}
