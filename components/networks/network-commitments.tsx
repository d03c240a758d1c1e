import { getTranslations } from "@/lib/i18n/translations";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import { networkOpenCommitments } from "@/lib/commitments/queries";
import type { Ctx } from "@/lib/context";
import { formatDate } from "@/lib/format";
import { NetworkCommitmentList } from "./network-commitment-list";

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
        <NetworkCommitmentList
          items={items.map((c) => ({
            ...c,
            due: c.dueOn ? t("due", { date: formatDate(c.dueOn) }) : t("noDue"),
          }))}
        />
      )}
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
