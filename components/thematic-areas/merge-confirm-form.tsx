"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { initialFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import type { MergeFormState } from "./merge-form-state";
import { useAreaMessage } from "./messages";

interface AreaRef {
  id: string;
  name: string;
  version: number;
}

/**
 * The merge's second step: the explicit confirmation. It sends the versions the person
 * reviewed, so a change to either area in between is a conflict, not a surprise.
 */
export function MergeConfirmForm({
  source,
  target,
  action,
  reviewHref,
}: {
  source: AreaRef;
  target: AreaRef;
  action: (state: MergeFormState, formData: FormData) => Promise<MergeFormState>;
  reviewHref: string;
}) {
  const t = useTranslations("thematicAreas.merge");
  const tErr = useTranslations("errors");
  const message = useAreaMessage();
  const [state, formAction, pending] = useActionState(action, initialFormState as MergeFormState);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.code) alertRef.current?.focus();
  }, [state.submission, state.code]);

  const confirmError = state.fieldErrors?.confirm?.[0];
  const clash = state.fieldErrors?.targetId?.includes("focalPointClash");
  const otherField = Object.entries(state.fieldErrors ?? {}).find(
    ([field]) => field !== "confirm" && !(field === "targetId" && clash),
  );

  return (
    <form action={formAction} className="flex flex-col gap-4" key={state.submission}>
      <input type="hidden" name="sourceId" value={source.id} />
      <input type="hidden" name="targetId" value={target.id} />
      <input type="hidden" name="sourceVersion" value={source.version} />
      <input type="hidden" name="targetVersion" value={target.version} />
      <div ref={alertRef} tabIndex={-1} className="focus:outline-none">
        {clash ? (
          <Alert tone="error" title={t("clashTitle")}>
            {state.clashes?.length
              ? t("clashBody", { count: state.clashes.length, networks: state.clashes.join(", ") })
              : t("clashGeneric")}
          </Alert>
        ) : state.code === "CONFLICT" ? (
          <Alert tone="error">
            <p>{t("conflict")}</p>
            <p className="mt-2">
              <Link href={reviewHref}>{t("reviewAgain")}</Link>
            </p>
          </Alert>
        ) : state.code === "NOT_FOUND" ? (
          <Alert tone="error">{t("notFound")}</Alert>
        ) : otherField ? (
          <Alert tone="error">{message(otherField[1][0] ?? "invalid")}</Alert>
        ) : state.code && state.code !== "VALIDATION" ? (
          <Alert tone="error">{tErr(state.code)}</Alert>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <label className="inline-flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="confirm"
            value="yes"
            required
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? "confirm-error" : undefined}
            className="mt-0.5 h-4 w-4 shrink-0"
          />
          <span>{t("confirmLabel", { source: source.name, target: target.name })}</span>
        </label>
        <p id="confirm-error" className="text-sm font-medium text-red-700" aria-live="polite">
          {confirmError ? message(confirmError) : ""}
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
        <Link href="/areas-tematicas" className={buttonClass("secondary")}>
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
