import { getFormatter } from "next-intl/server";
import { columnsOf } from "@/components/data-table/columns";
import { SectionTable } from "@/components/ui/section-table";
import type { PasskeySummary } from "@/lib/auth/passkeys/store";
import { formatDateTime } from "@/lib/format";
import { getTranslations } from "@/lib/i18n/translations";
import { PasskeyActionsCell, PasskeyNameCell, PasskeysManager } from "./passkeys-manager";

const col = columnsOf<PasskeySummary>();

/**
 * Mi cuenta's "Llaves de acceso": the user's passkeys (name, when added, last used), adding
 * one, renaming and removing (after a confirmation). `passkeys` is listOwnPasskeys' answer.
 */
export async function PasskeysList({ passkeys }: { passkeys: PasskeySummary[] }) {
  const t = await getTranslations("passkeys");
  const format = await getFormatter();
  const when = (at: Date | string) => (
    <time dateTime={new Date(at).toISOString()}>{formatDateTime(format, new Date(at))}</time>
  );
  const columns = [
    col.accessor("name", {
      meta: { label: t("name"), rowHeader: true },
      cell: ({ row: { original: p } }) => <PasskeyNameCell id={p.id} name={p.name} backedUp={p.backedUp} />,
    }),
    col.accessor("createdAt", {
      meta: { label: t("created") },
      cell: (info) => <span className="whitespace-nowrap">{when(info.getValue())}</span>,
    }),
    col.accessor("lastUsedAt", {
      meta: { label: t("lastUsed") },
      cell: (info) => {
        const lastUsedAt = info.getValue();
        return (
          <span className="whitespace-nowrap">
            {lastUsedAt ? when(lastUsedAt) : <span className="text-muted">{t("never")}</span>}
          </span>
        );
      },
    }),
    col.display({
      id: "actions",
      header: () => <span className="sr-only">{t("actions")}</span>,
      cell: ({ row: { original: p } }) => <PasskeyActionsCell id={p.id} name={p.name} />,
    }),
  ];
  return (
    <PasskeysManager>
      <SectionTable
        caption={t("caption")}
        columns={columns}
        rows={passkeys}
        rowData={(p) => ({ passkey: p.name })}
        empty={t("empty")}
      />
    </PasskeysManager>
  );
}
