"use client";

import { useTranslations, useFormatter } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { removePasskeyAction, renamePasskeyAction } from "@/app/(app)/cuenta/llaves/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { PasskeySummary } from "@/lib/auth/passkeys/store";
import { formatDateTime } from "@/lib/format";
import { PasskeyRegister } from "./passkey-register";
import { useProblemText } from "./problem-text";

type Editing = { id: string; mode: "rename" | "remove" } | null;

/**
 * Mi cuenta's "Llaves de acceso": the user's passkeys (name, when added, last used), adding
 * one, renaming and removing (after a confirmation). `passkeys` is listOwnPasskeys' answer.
 */
export function PasskeysManager({ passkeys }: { passkeys: PasskeySummary[] }) {
  const format = useFormatter();
  const t = useTranslations("passkeys");
  const problemText = useProblemText();
  const router = useRouter();
  const [editing, setEditing] = useState<Editing>(null);
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [nameError, setNameError] = useState<string | undefined>();

  const done = (text: string) => {
    setEditing(null);
    setNotice({ tone: "success", text });
    router.refresh();
  };

  async function rename(event: FormEvent<HTMLFormElement>, id: string) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    setPending(true);
    setNameError(undefined);
    const result = await renamePasskeyAction(id, name);
    setPending(false);
    if (result.ok) return done(t("renamed"));
    const field = result.fieldErrors?.name?.[0];
    if (field) setNameError(t(`validation.${field}` as "validation.passkeyNameRequired"));
    else setNotice({ tone: "error", text: problemText(result.message) });
  }

  async function remove(id: string, name: string) {
    setPending(true);
    const result = await removePasskeyAction(id);
    setPending(false);
    if (result.ok) return done(t("removed", { name }));
    setEditing(null);
    setNotice({ tone: "error", text: problemText(result.message) });
  }

  return (
    <div className="flex flex-col gap-4">
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {passkeys.length === 0 ? (
        <p className="text-sm text-muted">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left">
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t("name")}
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t("created")}
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t("lastUsed")}
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {passkeys.map((passkey) => {
                const open = editing?.id === passkey.id ? editing.mode : null;
                return (
                  <tr key={passkey.id} data-passkey={passkey.name}>
                    <td className="py-2 pr-4 align-middle">
                      {open === "rename" ? (
                        <form
                          onSubmit={(event) => void rename(event, passkey.id)}
                          className="flex flex-col gap-2"
                        >
                          <Field id={`llave-${passkey.id}`} label={t("nameLabel")} required error={nameError}>
                            {(control) => (
                              <input
                                {...control}
                                name="name"
                                type="text"
                                maxLength={60}
                                defaultValue={passkey.name}
                                autoFocus
                                className={inputClass}
                              />
                            )}
                          </Field>
                          <div className="flex gap-2">
                            <Button type="submit" disabled={pending}>
                              {pending ? t("saving") : t("saveName")}
                            </Button>
                            <Button type="button" variant="secondary" onClick={() => setEditing(null)}>
                              {t("cancel")}
                            </Button>
                          </div>
                        </form>
                      ) : (
                        <>
                          <span className="font-medium">{passkey.name}</span>
                          {passkey.backedUp ? (
                            <span className="block text-xs text-muted">{t("synced")}</span>
                          ) : null}
                        </>
                      )}
                    </td>
                    <td className="py-2 pr-4 align-middle whitespace-nowrap">
                      <time dateTime={new Date(passkey.createdAt).toISOString()}>
                        {formatDateTime(format, new Date(passkey.createdAt))}
                      </time>
                    </td>
                    <td className="py-2 pr-4 align-middle whitespace-nowrap">
                      {passkey.lastUsedAt ? (
                        <time dateTime={new Date(passkey.lastUsedAt).toISOString()}>
                          {formatDateTime(format, new Date(passkey.lastUsedAt))}
                        </time>
                      ) : (
                        <span className="text-muted">{t("never")}</span>
                      )}
                    </td>
                    <td className="py-2 pr-4 align-middle">
                      {open === "remove" ? (
                        <div
                          className="flex max-w-xs flex-col gap-2"
                          role="group"
                          aria-label={t("removeLabel", { name: passkey.name })}
                        >
                          <p>{t("removeConfirm", { name: passkey.name })}</p>
                          <div className="flex gap-2">
                            <Button
                              type="button"
                              disabled={pending}
                              onClick={() => void remove(passkey.id, passkey.name)}
                              autoFocus
                            >
                              {pending ? t("removing") : t("removeYes")}
                            </Button>
                            <Button type="button" variant="secondary" onClick={() => setEditing(null)}>
                              {t("cancel")}
                            </Button>
                          </div>
                        </div>
                      ) : open === null ? (
                        <div className="flex flex-wrap gap-2">
                          <Button
                            type="button"
                            variant="ghost"
                            aria-label={t("renameLabel", { name: passkey.name })}
                            onClick={() => {
                              setNotice(null);
                              setNameError(undefined);
                              setEditing({ id: passkey.id, mode: "rename" });
                            }}
                          >
                            {t("rename")}
                          </Button>
                          <Button
                            type="button"
                            variant="ghost"
                            aria-label={t("removeLabel", { name: passkey.name })}
                            onClick={() => {
                              setNotice(null);
                              setEditing({ id: passkey.id, mode: "remove" });
                            }}
                          >
                            {t("remove")}
                          </Button>
                        </div>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <PasskeyRegister
        onDone={(name) => {
          setNotice({ tone: "success", text: t("added", { name }) });
          router.refresh();
        }}
      />
    </div>
  );
}
