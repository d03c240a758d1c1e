"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { initialCreateFeedState, type CreateFeedState } from "./create-feed-state";
import { NewFeedLink } from "./new-feed-link";

/** Creates a subscription link: which meetings (all or only mine) and, optionally, one network. */
export function CreateFeedForm({
  action,
  networks,
}: {
  action: (state: CreateFeedState, formData: FormData) => Promise<CreateFeedState>;
  networks: { id: string; name: string }[];
}) {
  const t = useTranslations("calendarFeeds");
  const tErr = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, initialCreateFeedState);
  const alertRef = useRef<HTMLDivElement>(null);
  const values = state.values ?? {};
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const errorText = (name: string) => {
    const key = state.fieldErrors?.[name]?.[0];
    if (!key) return undefined;
    const path = `errors.${key}`;
    return t.has(path) ? t(path as "errors.invalid") : t("errors.invalid");
  };
  const scope = text("scope") || "all";
  const scopeError = errorText("scope");
  const formError = errorText("_form");

  useEffect(() => {
    if (state.code) alertRef.current?.querySelector<HTMLElement>("[data-alert]")?.focus();
  }, [state.submission, state.code]);

  return (
    <div>
      {state.token ? <NewFeedLink key={state.submission} token={state.token} /> : null}
      {/* Remounted per submission: defaults after a success, what was sent after an error. */}
      <form key={state.submission} action={formAction} className="flex flex-col gap-4" noValidate>
        {state.code ? (
          <div ref={alertRef}>
            <Alert tone="error" title={t("create.failed")}>
              {formError ?? scopeError ?? errorText("networkId") ?? tErr(state.code)}
            </Alert>
          </div>
        ) : null}
        <fieldset aria-describedby={scopeError ? "scope-error" : undefined}>
          <legend className="text-sm font-semibold text-ink">{t("create.scope")}</legend>
          <div className="mt-2 flex flex-col gap-2">
            {(["all", "mine"] as const).map((value) => (
              <div key={value} className="flex items-start gap-2">
                <input
                  id={`scope-${value}`}
                  type="radio"
                  name="scope"
                  value={value}
                  defaultChecked={scope === value}
                  aria-describedby={`scope-${value}-hint`}
                  className="mt-1 h-4 w-4"
                />
                <div className="text-sm">
                  <label htmlFor={`scope-${value}`} className="font-medium">
                    {value === "all" ? t("create.scopeAll") : t("create.scopeMine")}
                  </label>
                  <p id={`scope-${value}-hint`} className="text-xs text-muted">
                    {value === "all" ? t("create.scopeAllHint") : t("create.scopeMineHint")}
                  </p>
                </div>
              </div>
            ))}
          </div>
          {scopeError ? (
            <p id="scope-error" className="mt-1 text-sm font-medium text-red-700">
              {scopeError}
            </p>
          ) : null}
        </fieldset>
        <Field
          id="networkId"
          label={t("create.network")}
          hint={t("create.networkHint")}
          error={errorText("networkId")}
        >
          {(control) => (
            <select {...control} name="networkId" defaultValue={text("networkId")} className={inputClass}>
              <option value="">{t("create.networkAll")}</option>
              {networks.map((network) => (
                <option key={network.id} value={network.id}>
                  {network.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p>
          <Button type="submit" disabled={pending}>
            {pending ? t("create.submitting") : t("create.submit")}
          </Button>
        </p>
      </form>
    </div>
  );
}
