"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createContext, use, useState, type FormEvent, type ReactNode } from "react";
import { removePasskeyAction, renamePasskeyAction } from "@/app/(app)/cuenta/llaves/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PasskeyNameField, PasskeyRegister } from "./passkey-register";
import { useProblemText } from "./problem-text";

type Editing = { id: string; mode: "rename" | "remove" } | null;

interface PasskeysEditing {
  editing: Editing;
  pending: boolean;
  nameError?: string;
  start: (editing: Editing) => void;
  rename: (event: FormEvent<HTMLFormElement>, id: string) => void;
  remove: (id: string, name: string) => void;
}

const EditingContext = createContext<PasskeysEditing | null>(null);
const useEditing = () => use(EditingContext)!;

/**
 * Mi cuenta's "Llaves de acceso" in the browser: the outcome of the last change, adding a
 * passkey, and what renaming or removing one needs (which row is being edited, the request
 * under way). The list itself (`children`, PasskeysList) is the server's table; its name and
 * actions cells are PasskeyNameCell and PasskeyActionsCell, which share this state.
 */
export function PasskeysManager({ children }: { children: ReactNode }) {
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

  const start = (next: Editing) => {
    setNotice(null);
    setNameError(undefined);
    setEditing(next);
  };

  return (
    <EditingContext
      value={{
        editing,
        pending,
        nameError,
        start,
        rename: (event, id) => void rename(event, id),
        remove: (id, name) => void remove(id, name),
      }}
    >
      <div className="flex flex-col gap-4">
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
        {children}
        <PasskeyRegister
          onDone={(name) => {
            setNotice({ tone: "success", text: t("added", { name }) });
            router.refresh();
          }}
        />
      </div>
    </EditingContext>
  );
}

/** A passkey's name, or the form that renames it. */
export function PasskeyNameCell({ id, name, backedUp }: { id: string; name: string; backedUp: boolean }) {
  const t = useTranslations("passkeys");
  const { editing, pending, nameError, start, rename } = useEditing();
  if (editing?.id === id && editing.mode === "rename") {
    return (
      <form onSubmit={(event) => rename(event, id)} className="flex flex-col gap-2">
        <PasskeyNameField id={`llave-${id}`} error={nameError} defaultValue={name} />
        <div className="flex gap-2">
          <Button type="submit" disabled={pending}>
            {pending ? t("saving") : t("saveName")}
          </Button>
          <Button type="button" variant="secondary" onClick={() => start(null)}>
            {t("cancel")}
          </Button>
        </div>
      </form>
    );
  }
  return (
    <>
      <span className="font-medium">{name}</span>
      {backedUp ? <span className="block text-xs text-muted">{t("synced")}</span> : null}
    </>
  );
}

/** Rename and remove for one passkey; removing asks for a confirmation first. */
export function PasskeyActionsCell({ id, name }: { id: string; name: string }) {
  const t = useTranslations("passkeys");
  const { editing, pending, start, remove } = useEditing();
  const open = editing?.id === id ? editing.mode : null;
  if (open === "remove") {
    return (
      <div className="flex max-w-xs flex-col gap-2" role="group" aria-label={t("removeLabel", { name })}>
        <p>{t("removeConfirm", { name })}</p>
        <div className="flex gap-2">
          <Button type="button" disabled={pending} onClick={() => remove(id, name)} autoFocus>
            {pending ? t("removing") : t("removeYes")}
          </Button>
          <Button type="button" variant="secondary" onClick={() => start(null)}>
            {t("cancel")}
          </Button>
        </div>
      </div>
    );
  }
  if (open) return null;
  return (
    <div className="flex flex-wrap gap-2">
      <Button
        type="button"
        variant="ghost"
        aria-label={t("renameLabel", { name })}
        onClick={() => start({ id, mode: "rename" })}
      >
        {t("rename")}
      </Button>
      <Button
        type="button"
        variant="ghost"
        aria-label={t("removeLabel", { name })}
        onClick={() => start({ id, mode: "remove" })}
      >
        {t("remove")}
      </Button>
    </div>
  );
}
