import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CommitmentStatusBadge, DueBadge } from "@/components/commitments/badges";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import { networkOpenCommitments } from "@/lib/commitments/queries";
import type { Ctx } from "@/lib/context";
import { formatDate } from "@/lib/format";

/**
 * The network's commitments still to do, overdue first, each linking to its page: the first
 * ten, how many there are, and a link to all of them in /compromisos.
 */
export async function NetworkCommitments({ ctx, networkId }: { ctx: Ctx; networkId: string }) {
  const { items, total, overdue } = await networkOpenCommitments(ctx, networkId);
  const t = await getTranslations("networks.commitments");
  const tCommitments = await getTranslations("commitments.network");
  return (
    <Section
      id="compromisos"
      title={t("title")}
      actions={
        can(ctx.actor, "commitment.manage") ? (
          <ButtonLink href={`/compromisos/nuevo?red=${networkId}`} variant="secondary">
            {tCommitments("new")}
          </ButtonLink>
        ) : null
      }
    >
      {items.length === 0 ? (
        <p className="text-sm text-muted">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {items.map((c) => (
            <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
              <span>
                <Link href={`/compromisos/${c.id}`} className="font-medium">
                  {c.title}
                </Link>
                <span className="block text-xs text-muted">
                  {c.owner}
                  {c.department ? ` · ${c.department}` : ""}
                </span>
              </span>
              <span className="flex flex-wrap items-center gap-2">
                <span className={c.overdue ? "font-semibold text-red-800" : "text-muted"}>
                  {c.dueOn ? t("due", { date: formatDate(c.dueOn) }) : t("noDue")}
                </span>
                {c.overdue ? <DueBadge daysLeft={c.daysLeft} /> : <CommitmentStatusBadge status={c.status} />}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm">
        {total > items.length ? (
          <span className="text-muted">{t("showing", { shown: items.length, total, overdue })} </span>
        ) : null}
        <Link href={`/compromisos?red=${networkId}`} className="font-semibold">
          {tCommitments("seeAll")}
        </Link>
      </p>
    </Section>
  );
}
