import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { RecordHistory } from "@/components/history/record-history";
import { AreaNameForm } from "@/components/thematic-areas/area-name-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { getThematicArea } from "@/lib/thematic-areas/queries";
import { renameAreaAction } from "../../actions";

type Props = { params: Promise<{ id: string }> };

/** Read once per request: the page title and the page both need it. */
const loadThematicArea = cache(async (id: string) => getThematicArea(await requireCtx(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const area = await loadThematicArea((await params).id);
  const t = await getTranslations("thematicAreas.rename");
  return { title: area ? t("title", { name: area.name }) : undefined };
}

export default async function RenameThematicAreaPage({ params }: Props) {
  const { id } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("thematicAreas");
  if (!can(ctx.actor, "thematic_area.manage"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const area = await loadThematicArea(id);
  if (!area) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <a href="/areas-tematicas">← {t("back")}</a>
      </p>
      <PageHeader
        title={t("rename.title", { name: area.name })}
        intro={`${t("rename.intro")} ${t("rename.usage", {
          networks: area.networks,
          bodies: area.bodies,
          assignments: area.assignments,
        })}`}
      />
      <div className="mb-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <AreaNameForm
          mode="rename"
          area={area}
          action={renameAreaAction.bind(null, area.id)}
          cancelHref="/areas-tematicas"
        />
      </div>
      <RecordHistory ctx={ctx} entityType="thematic_area" entityId={area.id} />
    </>
  );
}
