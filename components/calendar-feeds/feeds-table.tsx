import { columnsOf } from "@/components/data-table/columns";
import { SectionTable } from "@/components/ui/section-table";
import type { FeedTokenRow } from "@/lib/calendar-feeds/queries";
import { formatDateTime } from "@/lib/format";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { RevokeFeedButton } from "./revoke-feed-button";

const col = columnsOf<FeedTokenRow>();

/** The user's active links: what each one includes, when it was created and last read. */
export async function FeedsTable({
  feeds,
  revokeAction,
}: {
  feeds: FeedTokenRow[];
  revokeAction: (id: string) => () => Promise<void>;
}) {
  const t = await getTranslations("calendarFeeds");
  const format = await getFormatter();
  const columns = [
    col.accessor("scope", {
      meta: { label: t("list.scope") },
      cell: (info) => t(`scope.${info.getValue()}`),
    }),
    col.accessor("network", {
      meta: { label: t("list.network") },
      cell: (info) => info.getValue()?.name ?? t("list.allNetworks"),
    }),
    col.accessor("createdAt", {
      meta: { label: t("list.created") },
      cell: (info) => (
        <time dateTime={info.getValue().toISOString()} className="whitespace-nowrap">
          {formatDateTime(format, info.getValue())}
        </time>
      ),
    }),
    col.accessor("lastUsedAt", {
      meta: { label: t("list.lastUsed") },
      cell: (info) => {
        const at = info.getValue();
        return at ? (
          <time dateTime={at.toISOString()} className="whitespace-nowrap">
            {formatDateTime(format, at)}
          </time>
        ) : (
          t("list.never")
        );
      },
    }),
    col.display({
      id: "actions",
      meta: { label: t("list.actions"), alwaysVisible: true },
      cell: (info) => (
        <RevokeFeedButton
          action={revokeAction(info.row.original.id)}
          accessibleName={t("list.revokeLabel", {
            created: formatDateTime(format, info.row.original.createdAt),
          })}
        />
      ),
    }),
  ];
  return <SectionTable caption={t("list.caption")} columns={columns} rows={feeds} empty={t("list.empty")} />;
}
