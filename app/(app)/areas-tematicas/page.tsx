import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import { AreaNameForm } from "@/components/thematic-areas/area-name-form";
import { AreasTable } from "@/components/thematic-areas/areas-table";
import { ButtonLink } from "@/components/ui/button";
import { Flash } from "@/components/ui/flash";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { ListHeader } from "@/components/data-table/list-parts";
import { hiddenColumns } from "@/lib/list-preferences/queries";
import { listThematicAreasWithUsage } from "@/lib/thematic-areas/queries";
import type { SearchParams } from "@/lib/url";
import { createAreaAction } from "./actions";

export const generateMetadata = titleFrom(() => getTranslations("thematicAreas.list"), "title");

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ThematicAreasPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireCtx();
  const query = await searchParams;
  const [areas, hidden] = await Promise.all([
    listThematicAreasWithUsage(ctx),
    hiddenColumns(ctx, "thematic-areas"),
  ]);
  const t = await getTranslations("thematicAreas");
  const canManage = can(ctx.actor, "thematic_area.manage");
  const estado = one(query.estado);
  const touched = areas.find((a) => a.id === one(query.area));
  const flash =
    touched && estado === "creada"
      ? t("create.created", { name: touched.name })
      : touched && estado === "renombrada"
        ? t("rename.renamed")
        : touched && estado === "fusionada"
          ? t("merge.merged", { name: touched.name })
          : null;

  return (
    <>
      <PageHeader
        title={t("list.title")}
        intro={t("list.intro")}
        actions={
          canManage && areas.length > 1 ? (
            <ButtonLink href="/areas-tematicas/fusionar" variant="secondary">
              {t("list.merge")}
            </ButtonLink>
          ) : null
        }
      />
      {flash ? (
        <div className="mb-4">
          <Flash>{flash}</Flash>
        </div>
      ) : null}
      {canManage ? (
        <section
          aria-labelledby="nueva-area"
          className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        >
          <h2 id="nueva-area" className="mb-3 text-base font-bold">
            {t("create.title")}
          </h2>
          <AreaNameForm mode="create" action={createAreaAction} />
        </section>
      ) : (
        <p className="mb-4 text-sm text-muted">{t("list.readOnly")}</p>
      )}
      <ListHeader count={t("list.count", { total: areas.length })} />
      <AreasTable
        areas={areas}
        canManage={canManage}
        highlightId={flash ? touched?.id : undefined}
        hidden={hidden}
      />
    </>
  );
}
