import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import { networkOpenCommitments } from "@/lib/commitments/queries";
import type { Ctx } from "@/lib/context";
import { formatDate } from "@/lib/format";
import { columnsOf } from "@/components/data-table/columns";
import { SectionTable } from "@/components/ui/section-table";
import { CommitmentStatusBadge, DueBadge } from "@/components/commitments/badges";
import type { OpenCommitment } from "@/lib/commitments/queries";

const col = columnsOf<OpenCommitment>();

/**
 * The network's commitments still to do, overdue first, each linking to its page: the first
 * ten, how many there are, and a link to all of them in /compromisos.
 */
export async function NetworkCommitments({ ctx, networkId }: { ctx: Ctx; networkId: string }) {
  const { items, total, overdue } = await networkOpenCommitments(ctx, networkId);
  const t = await getTranslations("networks.commitments");
  const format = await getFormatter();
  const tCommitments = await getTranslations("commitments.network");
  const tColumns = await getTranslations("commitments.columns");
  const columns = [
    col.accessor("title", {
      meta: { label: tColumns("title") },
      cell: (info) => (
        <>
          <a href={`/compromisos/${info.row.original.id}`} className="font-medium">
            {info.getValue()}
          </a>
          <span className="block text-xs text-muted">
            {info.row.original.owner}
            {info.row.original.department ? ` · ${info.row.original.department}` : ""}
          </span>
        </>
      ),
    }),
    col.accessor("dueOn", {
      meta: { label: tColumns("due") },
      cell: (info) => (
        <span className={info.row.original.overdue ? "font-semibold text-red-800" : "text-muted"}>
          {info.getValue() ? t("due", { date: formatDate(format, info.getValue()) }) : t("noDue")}
        </span>
      ),
    }),
    col.accessor("status", {
      meta: { label: tColumns("status") },
      cell: (info) =>
        info.row.original.overdue ? (
          <DueBadge daysLeft={info.row.original.daysLeft} />
        ) : (
          <CommitmentStatusBadge status={info.getValue()} />
        ),
    }),
  ];
  return (
    <Section
      id="compromisos"
      title={t("title")}
      actions={
        can(ctx.actor, "commitment.manage") ? (
          <ButtonLink href={`/compromisos/nuevo?network=${networkId}`} variant="secondary">
            {tCommitments("new")}
          </ButtonLink>
        ) : null
      }
    >
      <SectionTable caption={t("title")} columns={columns} rows={items} empty={t("empty")} />
      <p className="mt-3 text-sm">
        {total > items.length ? (
          <span className="text-muted">{t("showing", { shown: items.length, total, overdue })} </span>
        ) : null}
        <a href={`/compromisos?network=${networkId}`} className="font-semibold">
          {tCommitments("seeAll")}
        </a>
      </p>
    </Section>
  );
}
