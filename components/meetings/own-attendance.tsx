"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/components/forms/form-state";
import { Button } from "@/components/ui/button";

/** The two answers; the one already given is not offered again. */
const ANSWERS = [
  { value: "confirmed", label: "confirmMine", variant: "primary" },
  { value: "absent", label: "declineMine", variant: "secondary" },
] as const;

/** What the line above the buttons says: the question, or the answer already given. */
const STANDING: Record<string, "ownAttendanceHint" | "ownAttendanceConfirmed" | "ownAttendanceAbsent"> = {
  confirmed: "ownAttendanceConfirmed",
  absent: "ownAttendanceAbsent",
};

/**
 * A delegation member's own answer, shown on their row of the meeting page and of Mi
 * participación: "Confirmar mi asistencia" or "No voy a asistir", under a line that asks — or,
 * once answered, says what was answered. The server checks that the row is theirs.
 */
export function OwnAttendance({
  action,
  version,
  attendance,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  version: number;
  attendance: string;
}) {
  const t = useTranslations("meetings.log");
  const tv = useTranslations("meetings.validation");
  const tErr = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const fieldError = state.fieldErrors?.attendance?.[0];
  const error =
    state.code === "CONFLICT"
      ? t("ownAttendanceConflict")
      : fieldError && tv.has(fieldError)
        ? tv(fieldError)
        : state.code
          ? tErr(state.code)
          : null;
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="version" value={version} />
      <p className="text-xs text-muted" data-own-attendance={attendance}>
        {t(STANDING[attendance] ?? "ownAttendanceHint")}
      </p>
      <div className="flex flex-wrap gap-2">
        {ANSWERS.filter((answer) => answer.value !== attendance).map((answer) => (
          <Button
            key={answer.value}
            type="submit"
            name="attendance"
            value={answer.value}
            variant={answer.variant}
            disabled={pending}
            className="min-h-9 px-3 py-1"
          >
            {t(answer.label)}
          </Button>
        ))}
      </div>
      <p role="alert" data-alert={error ? "error" : undefined} className="text-sm font-medium text-red-800">
        {error ?? ""}
      </p>
    </form>
  );
}
