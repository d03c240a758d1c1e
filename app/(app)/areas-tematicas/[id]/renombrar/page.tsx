import { getTranslations } from "@/lib/i18n/translations";
import { RecordFormPage, recordPage, type RecordPageProps } from "@/app/_lib/record-page";
import { RecordHistory } from "@/components/history/record-history";
import { AreaNameForm } from "@/components/thematic-areas/area-name-form";
import { PageHeader } from "@/components/ui/page-header";
import { getThematicArea } from "@/lib/thematic-areas/queries";
import { renameAreaAction } from "../../actions";

const page = recordPage(getThematicArea, async (area) =>
  (await getTranslations("thematicAreas.rename"))("title", { name: area.name }),
);
export const generateMetadata = page.generateMetadata;

export default async function RenameThematicAreaPage({ params }: RecordPageProps) {
  const t = await getTranslations("thematicAreas");
  return (
    <RecordFormPage params={params} action="thematic_area.manage" load={page.load} forbidden={t}>
      {(area, ctx) => (
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
      )}
    </RecordFormPage>
  );
}
