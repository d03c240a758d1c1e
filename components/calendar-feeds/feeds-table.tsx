import { useTranslations, useFormatter } from "next-intl";
import type { FeedTokenRow } from "@/lib/calendar-feeds/queries";
import { formatDateTime } from "@/lib/format";
import { RevokeFeedButton } from "./revoke-feed-button";

/** The user's active links: what each one includes, when it was created and last read. */
export function FeedsTable({
  feeds,
  revokeAction,
}: {
  feeds: FeedTokenRow[];
  revokeAction: (id: string) => () => Promise<void>;
}) {
  const format = useFormatter();
  const t = useTranslations("calendarFeeds");
  if (feeds.length === 0) return <p className="text-sm text-muted">{t("list.empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{t("list.caption")}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left">
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("list.scope")}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("list.network")}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("list.created")}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("list.lastUsed")}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              <span className="sr-only">{t("list.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {feeds.map((feed) => {
            const created = formatDateTime(format, feed.createdAt);
            return (
              <tr key={feed.id}>
                <td className="py-2 pr-4">{t(`scope.${feed.scope}`)}</td>
                <td className="py-2 pr-4">{feed.network?.name ?? t("list.allNetworks")}</td>
                <td className="py-2 pr-4 whitespace-nowrap">
                  <time dateTime={feed.createdAt.toISOString()}>{created}</time>
                </td>
                <td className="py-2 pr-4 whitespace-nowrap">
                  {feed.lastUsedAt ? (
                    <time dateTime={feed.lastUsedAt.toISOString()}>
                      {formatDateTime(format, feed.lastUsedAt)}
                    </time>
                  ) : (
                    t("list.never")
                  )}
                </td>
                <td className="py-2 pr-4">
                  <RevokeFeedButton
                    action={revokeAction(feed.id)}
                    accessibleName={t("list.revokeLabel", { created })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
