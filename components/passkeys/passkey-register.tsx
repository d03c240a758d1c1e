"use client";

import type { RegistrationResponseJSON } from "@simplewebauthn/browser";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { registerPasskeyAction } from "@/app/(app)/cuenta/llaves/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { createPasskey, OPTIONS_URLS } from "./ceremony";
import { useProblemText } from "./problem-text";

type Phase = "idle" | "prompting" | "naming" | "saving";

/**
 * "Agregar una llave de acceso": the browser's prompt, then a name for the new passkey, then
 * it is saved. For Mi cuenta (inside PasskeysManager) and the page that asks a user to enrol a
 * required second factor. After it is saved: `onDone` runs (with its name; from a client
 * component), or the browser goes to `doneHref` (a same-site path; from a server page, e.g. the
 * enrolment page: the new passkey also counts as this session's second factor); with neither,
 * the component says so itself.
 */
export function PasskeyRegister({
  onDone,
  doneHref,
}: {
  onDone?: (name: string) => void;
  doneHref?: string;
}) {
  const t = useTranslations("passkeys");
  const router = useRouter();
  const problemText = useProblemText();
  const [phase, setPhase] = useState<Phase>("idle");
  const [error, setError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | null>(null);
  const [suggested, setSuggested] = useState("");
  const answer = useRef<RegistrationResponseJSON | null>(null);
  const nameId = useId();

  async function start() {
    setError(null);
    setSaved(null);
    setPhase("prompting");
    const created = await createPasskey(OPTIONS_URLS.register);
    if (!created.ok) {
      setError(problemText(created.problem.key));
      setPhase("idle");
      return;
    }
    answer.current = created.value;
    setSuggested(
      created.value.authenticatorAttachment === "cross-platform"
        ? t("defaultNameRoaming")
        : t("defaultNamePlatform"),
    );
    setPhase("naming");
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    setPhase("saving");
    setError(null);
    setNameError(undefined);
    const result = await registerPasskeyAction(JSON.stringify(answer.current), name);
    if (result.ok) {
      answer.current = null;
      setPhase("idle");
      const trimmed = name.trim();
      if (onDone) onDone(trimmed);
      else if (doneHref?.startsWith("/") && !doneHref.startsWith("//")) router.push(doneHref);
      else setSaved(trimmed);
      return;
    }
    const field = result.fieldErrors?.name?.[0];
    if (field) {
      setNameError(t(`validation.${field}` as "validation.passkeyNameRequired"));
      setPhase("naming");
      return;
    }
    // The answer cannot be sent twice (its challenge is used up): start again.
    answer.current = null;
    setError(problemText(result.message));
    setPhase("idle");
  }

  return (
    <div className="flex flex-col gap-3">
      {phase === "naming" || phase === "saving" ? (
        <form onSubmit={(event) => void save(event)} className="flex max-w-md flex-col gap-3">
          <PasskeyNameField id={nameId} hint={t("nameHint")} error={nameError} defaultValue={suggested} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={phase === "saving"}>
              {phase === "saving" ? t("saving") : t("save")}
            </Button>
            <Button
              type="button"
              variant="secondary"
              disabled={phase === "saving"}
              onClick={() => {
                answer.current = null;
                setPhase("idle");
              }}
            >
              {t("cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <div>
          <Button
            type="button"
            variant="secondary"
            onClick={() => void start()}
            disabled={phase === "prompting"}
          >
            {phase === "prompting" ? t("adding") : t("add")}
          </Button>
        </div>
      )}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {saved ? <Alert tone="success">{t("added", { name: saved })}</Alert> : null}
    </div>
  );
}

/** A passkey's name: when one is added, and when it is renamed. */
export function PasskeyNameField({
  id,
  hint,
  error,
  defaultValue,
}: {
  id: string;
  hint?: string;
  error?: string;
  defaultValue: string;
}) {
  const t = useTranslations("passkeys");
  return (
    <Field id={id} label={t("nameLabel")} hint={hint} required error={error}>
      {(control) => (
        <input
          {...control}
          name="name"
          type="text"
          maxLength={60}
          defaultValue={defaultValue}
          autoFocus
          className={inputClass}
        />
      )}
    </Field>
  );
}
