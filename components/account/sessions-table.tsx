import { columnsOf } from "@/components/data-table/columns";
import { SectionTable } from "@/components/ui/section-table";
import { SubmitButton } from "@/components/ui/submit-button";
import { deviceLabel } from "@/lib/auth/user-agent";
import type { SessionSummary } from "@/lib/auth/user-sessions";
import { formatDateTime } from "@/lib/format";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";

const col = columnsOf<SessionSummary>();

/**
 * Open sessions, most recently used first: the browser and system, the address it came from,
 * when it began and was last used. "Cerrar" on each but the current one (which ends with
 * "Cerrar sesión"); an administrator sees another user's, where none is current. Rows carry
 * the class `session-current` or `session-other`.
 */
export async function SessionsTable({
  sessions,
  closeAction,
  caption,
}: {
  sessions: SessionSummary[];
  closeAction: (id: string) => () => Promise<void>;
  caption: string;
}) {
  const t = await getTranslations("account.sessions");
  const format = await getFormatter();
  const device = (session: SessionSummary) => {
    const { browser, system } = deviceLabel(session.userAgent);
    return t("deviceLabel", {
      browser: browser ?? t("unknownBrowser"),
      system: system ?? t("unknownSystem"),
    });
  };
  const time = (at: Date) => (
    <time dateTime={at.toISOString()} className="whitespace-nowrap">
      {formatDateTime(format, at)}
    </time>
  );
  const columns = [
    col.display({
      id: "device",
      meta: { label: t("device") },
      cell: (info) => (
        <>
          <span className="font-medium">{device(info.row.original)}</span>
          <span className="block text-xs text-muted">{t(`method.${info.row.original.authMethod}`)}</span>
        </>
      ),
    }),
    col.accessor("ip", {
      meta: { label: t("address") },
      cell: (info) => <span className="whitespace-nowrap">{info.getValue() ?? t("unknownAddress")}</span>,
    }),
    col.accessor("createdAt", { meta: { label: t("started") }, cell: (info) => time(info.getValue()) }),
    col.accessor("lastSeenAt", { meta: { label: t("lastSeen") }, cell: (info) => time(info.getValue()) }),
    col.display({
      id: "actions",
      meta: { label: t("actions") },
      cell: (info) => {
        const session = info.row.original;
        return session.current ? (
          <span className="text-sm font-semibold text-green-800">{t("current")}</span>
        ) : (
          <form action={closeAction(session.id)}>
            <SubmitButton
              label={t("close")}
              pendingLabel={t("closing")}
              accessibleName={t("closeLabel", {
                device: device(session),
                started: formatDateTime(format, session.createdAt),
              })}
            />
          </form>
        );
      },
    }),
  ];
  return (
    <SectionTable
      caption={caption}
      columns={columns}
      rows={sessions}
      rowClassName={(session) => (session.current ? "session-current" : "session-other")}
      empty={t("empty")}
    />
  );
}
