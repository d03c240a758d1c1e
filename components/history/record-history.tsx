import { getTranslations } from "next-intl/server";
import type { Ctx } from "@/lib/context";

export type HistoryEntityType = "network" | "body" | "seat" | "seat_term" | "thematic_area";

/**
 * The change history of one record (who changed what, when, before → after), from the
 * audit events. Placeholder until lib/history lands: same props, renders the section shell.
 */
export async function RecordHistory({
  ctx: _ctx,
  entityType: _entityType,
  entityId: _entityId,
}: {
  ctx: Ctx;
  entityType: HistoryEntityType;
  entityId: string;
}) {
  const t = await getTranslations("networks.profile");
  return (
    <section
      aria-labelledby="historial"
      className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="historial" className="text-lg font-bold">
        {t("history")}
      </h2>
    </section>
  );
}
