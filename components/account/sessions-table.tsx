import { useTranslations, useFormatter } from "next-intl";
import { deviceLabel } from "@/lib/auth/user-agent";
import type { SessionSummary } from "@/lib/auth/user-sessions";
import { formatDateTime } from "@/lib/format";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * Open sessions, most recently used first: the browser and system, the address it came from,
 * when it began and was last used. "Cerrar" on each but the current one (which ends with
 * "Cerrar sesión"); an administrator sees another user's, where none is current.
 */
export function SessionsTable({
  sessions,
  closeAction,
  caption,
}: {
  sessions: SessionSummary[];
  closeAction: (id: string) => () => Promise<void>;
  caption: string;
}) {
  const format = useFormatter();
  const t = useTranslations("account.sessions");
  if (sessions.length === 0) return <p className="text-sm text-muted">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left">
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("device")}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("address")}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("started")}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("lastSeen")}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sessions.map((session) => {
            const { browser, system } = deviceLabel(session.userAgent);
            const device = t("deviceLabel", {
              browser: browser ?? t("unknownBrowser"),
              system: system ?? t("unknownSystem"),
            });
            const started = formatDateTime(format, session.createdAt);
            return (
              <tr key={session.id} data-session={session.current ? "current" : "other"}>
                <td className="py-2 pr-4">
                  <span className="font-medium">{device}</span>
                  <span className="block text-xs text-muted">{t(`method.${session.authMethod}`)}</span>
                </td>
                <td className="py-2 pr-4 whitespace-nowrap">{session.ip ?? t("unknownAddress")}</td>
                <td className="py-2 pr-4 whitespace-nowrap">
                  <time dateTime={session.createdAt.toISOString()}>{started}</time>
                </td>
                <td className="py-2 pr-4 whitespace-nowrap">
                  <time dateTime={session.lastSeenAt.toISOString()}>
                    {formatDateTime(format, session.lastSeenAt)}
                  </time>
                </td>
                <td className="py-2 pr-4">
                  {session.current ? (
                    <span className="text-sm font-semibold text-green-800">{t("current")}</span>
                  ) : (
                    <form action={closeAction(session.id)}>
                      <SubmitButton
                        label={t("close")}
                        pendingLabel={t("closing")}
                        accessibleName={t("closeLabel", { device, started })}
                      />
                    </form>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
