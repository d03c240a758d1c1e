import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import { networkOpenCommitments } from "@/lib/commitments/queries";
import type { Ctx } from "@/lib/context";
import { formatDate } from "@/lib/format";

/** The network's commitments still to do, overdue first. */
export async function NetworkCommitments({ ctx, networkId }: { ctx: Ctx; networkId: string }) {
  const items = await networkOpenCommitments(ctx, networkId);
  const t = await getTranslations("networks.commitments");
  const tEnum = await getTranslations("enums");
  return (
    <Section id="compromisos" title={t("title")}>
      {items.length === 0 ? (
        <p className="text-sm text-muted">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {items.map((c) => (
            <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
              <span>
                <span className="font-medium">{c.title}</span>
                <span className="block text-xs text-muted">
                  {c.owner}
                  {c.department ? ` · ${c.department}` : ""}
                </span>
              </span>
              <span className="flex items-center gap-2">
                <span className={c.overdue ? "font-semibold text-red-800" : "text-muted"}>
                  {c.dueOn ? t("due", { date: formatDate(c.dueOn) }) : t("noDue")}
                </span>
                {c.overdue ? (
                  <Badge tone="red">{t("overdue")}</Badge>
                ) : (
                  <Badge>{tEnum(`commitmentStatus.${c.status}`)}</Badge>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
