import { getTranslations } from "@/lib/i18n/translations";
import type { ThematicAreaUsage } from "@/lib/thematic-areas/queries";

/** The thematic areas with their use; managers get a rename link per row. */
export async function AreasTable({
  areas,
  canManage,
  highlightId,
}: {
  areas: ThematicAreaUsage[];
  canManage: boolean;
  highlightId?: string;
}) {
  const t = await getTranslations("thematicAreas");
  const th = "whitespace-nowrap px-4 py-3 font-semibold text-ink";
  const num = "px-4 py-3 text-right tabular-nums";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("list.caption")}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={`${th} text-left`}>
              {t("columns.name")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("columns.networks")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("columns.bodies")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("columns.assignments")}
            </th>
            {canManage ? (
              <th scope="col" className={`${th} text-left`}>
                {t("columns.actions")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {areas.map((area) => (
            <tr key={area.id} className={area.id === highlightId ? "bg-green-50" : "hover:bg-slate-50"}>
              <th scope="row" className="px-4 py-3 text-left font-semibold">
                {area.networks > 0 ? <a href={`/redes?area=${area.id}`}>{area.name}</a> : area.name}
              </th>
              <td className={num}>{area.networks}</td>
              <td className={num}>{area.bodies}</td>
              <td className={num}>{area.assignments}</td>
              {canManage ? (
                <td className="px-4 py-3">
                  <a href={`/areas-tematicas/${area.id}/renombrar`} className="font-semibold">
                    {t("list.rename")}
                    <span className="sr-only">: {area.name}</span>
                  </a>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
