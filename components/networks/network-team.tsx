import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import { networkTeam } from "@/lib/assignments/queries";
import type { Ctx } from "@/lib/context";
import { formatDateTime } from "@/lib/format";
import { columnsOf } from "@/components/data-table/columns";
import { SectionTable } from "@/components/ui/section-table";

type TeamMember = Awaited<ReturnType<typeof networkTeam>>["members"][number];
const col = columnsOf<TeamMember>();

/**
 * The technical staff assigned to the network's bodies and thematic areas (read-only here): the
 * first ones and a link to all of them in /asignaciones.
 */
export async function NetworkTeam({ ctx, networkId }: { ctx: Ctx; networkId: string }) {
  const { members: team, total } = await networkTeam(ctx, networkId);
  const t = await getTranslations("networks.team");
  const format = await getFormatter();
  const tEnum = await getTranslations("enums");
  const columns = [
    col.accessor("person", {
      meta: { label: t("person") },
      cell: (info) => (
        <>
          <span className="font-medium">{info.getValue().name}</span>
          {info.row.original.department ? (
            <span className="block text-xs text-muted">{info.row.original.department}</span>
          ) : null}
        </>
      ),
    }),
    col.display({
      id: "where",
      meta: { label: t("where") },
      cell: (info) => info.row.original.body ?? info.row.original.thematicArea,
    }),
    col.accessor("role", {
      meta: { label: t("role") },
      cell: (info) => {
        const m = info.row.original;
        return (
          <span className="flex flex-wrap gap-1">
            <Badge tone={m.role === "focal_point" ? "blue" : "neutral"}>
              {tEnum(`assignmentRole.${m.role}`)}
            </Badge>
            {m.status !== "active" ? (
              <Badge tone="amber">{tEnum(`assignmentStatus.${m.status}`)}</Badge>
            ) : null}
          </span>
        );
      },
    }),
    col.accessor("lastUpdatedAt", {
      meta: { label: t("lastUpdate") },
      cell: (info) => {
        const m = info.row.original;
        return (
          <>
            {m.lastUpdatedAt ? formatDateTime(format, m.lastUpdatedAt).slice(0, 10) : t("never")}
            {m.stale ? (
              <span className="ml-2">
                <Badge tone="amber">{t("stale")}</Badge>
              </span>
            ) : null}
          </>
        );
      },
    }),
  ];
  return (
    <Section id="equipo" title={t("title")}>
      <SectionTable caption={t("title")} columns={columns} rows={team} empty={t("empty")} />
      {total > team.length ? (
        <p className="mt-3 text-sm">
          <span className="text-muted">{t("showing", { shown: team.length, total })} </span>
          <a href={`/asignaciones?network=${networkId}`} className="font-semibold">
            {t("all", { total })}
          </a>
        </p>
      ) : null}
    </Section>
  );
}
