import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import { networkTeam } from "@/lib/assignments/queries";
import type { Ctx } from "@/lib/context";
import { formatDateTime } from "@/lib/format";

/**
 * The technical staff assigned to the network's bodies and thematic areas (read-only here): the
 * first ones and a link to all of them in /asignaciones.
 */
export async function NetworkTeam({ ctx, networkId }: { ctx: Ctx; networkId: string }) {
  const format = await getFormatter();
  const { members: team, total } = await networkTeam(ctx, networkId);
  const t = await getTranslations("networks.team");
  const tEnum = await getTranslations("enums");
  return (
    <Section id="equipo" title={t("title")}>
      {team.length === 0 ? (
        <p className="text-sm text-muted">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left">
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t("person")}
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t("where")}
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t("role")}
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t("lastUpdate")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {team.map((m) => (
                <tr key={m.id}>
                  <td className="py-2 pr-4">
                    <span className="font-medium">{m.person.name}</span>
                    {m.department ? <span className="block text-xs text-muted">{m.department}</span> : null}
                  </td>
                  <td className="py-2 pr-4">{m.body ?? m.thematicArea}</td>
                  <td className="py-2 pr-4">
                    <span className="flex flex-wrap gap-1">
                      <Badge tone={m.role === "focal_point" ? "blue" : "neutral"}>
                        {tEnum(`assignmentRole.${m.role}`)}
                      </Badge>
                      {m.status !== "active" ? (
                        <Badge tone="amber">{tEnum(`assignmentStatus.${m.status}`)}</Badge>
                      ) : null}
                    </span>
                  </td>
                  <td className="py-2 pr-4">
                    {m.lastUpdatedAt ? formatDateTime(format, m.lastUpdatedAt).slice(0, 10) : t("never")}
                    {m.stale ? (
                      <span className="ml-2">
                        <Badge tone="amber">{t("stale")}</Badge>
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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
