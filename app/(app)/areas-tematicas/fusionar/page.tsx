import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import { MergeChooser } from "@/components/thematic-areas/merge-chooser";
import { MergeConfirmForm } from "@/components/thematic-areas/merge-confirm-form";
import { Alert } from "@/components/ui/alert";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { listThematicAreas, mergePreview } from "@/lib/thematic-areas/queries";
import { isUuid } from "@/lib/validation/fields";
import type { SearchParams } from "@/lib/url";
import { mergeAreasAction } from "../actions";

export const generateMetadata = titleFrom(() => getTranslations("thematicAreas.merge"), "title");

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function MergeThematicAreasPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const ctx = await requireCtx();
  const t = await getTranslations("thematicAreas");
  const tv = await getTranslations("thematicAreas.validation");
  if (!can(ctx.actor, "thematic_area.manage"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const query = await searchParams;
  const sourceId = one(query.origen);
  const targetId = one(query.destino);
  const chosen = !!sourceId && !!targetId && isUuid(sourceId) && isUuid(targetId);
  const same = chosen && sourceId === targetId;
  const [areas, preview] = await Promise.all([
    listThematicAreas(ctx),
    chosen && !same ? mergePreview(ctx, sourceId, targetId) : null,
  ]);
  const reviewHref = `/areas-tematicas/fusionar?${new URLSearchParams({ origen: sourceId ?? "", destino: targetId ?? "" })}`;

  return (
    <>
      <p className="mb-2 text-sm">
        <a href="/areas-tematicas">← {t("back")}</a>
      </p>
      <PageHeader title={t("merge.title")} intro={t("merge.intro")} />
      <section
        aria-labelledby="paso-elegir"
        className="mb-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      >
        <h2 id="paso-elegir" className="mb-3 text-lg font-bold">
          {t("merge.stepChoose")}
        </h2>
        <MergeChooser
          areas={areas}
          sourceId={sourceId}
          targetId={targetId}
          error={same ? tv("mergeSameArea") : undefined}
        />
        {chosen && !same && !preview ? (
          <div className="mt-4">
            <Alert tone="error">{t("merge.notFound")}</Alert>
          </div>
        ) : null}
      </section>
      {preview ? (
        <section
          aria-labelledby="paso-confirmar"
          className="rounded-lg border border-amber-300 bg-white p-6 shadow-sm"
        >
          <h2 id="paso-confirmar" className="mb-1 text-lg font-bold">
            {t("merge.stepConfirm")}
          </h2>
          <p className="mb-3 font-semibold">
            {t("merge.summaryTitle", { source: preview.source.name, target: preview.target.name })}
          </p>
          <ul className="mb-4 list-disc space-y-1 pl-5 text-sm">
            <li>
              {t("merge.movesNetworks", {
                count: preview.source.networks - preview.alreadyLinked,
                target: preview.target.name,
              })}
            </li>
            {preview.alreadyLinked ? (
              <li>{t("merge.alreadyLinked", { count: preview.alreadyLinked })}</li>
            ) : null}
            <li>{t("merge.movesBodies", { count: preview.source.bodies })}</li>
            <li>{t("merge.movesAssignments", { count: preview.source.assignments })}</li>
            <li className="font-semibold">{t("merge.deletes", { source: preview.source.name })}</li>
          </ul>
          {preview.clashes.length ? (
            <Alert tone="error" title={t("merge.clashTitle")}>
              {t("merge.clashBody", { count: preview.clashes.length, networks: preview.clashes.join(", ") })}
            </Alert>
          ) : (
            <MergeConfirmForm
              source={preview.source}
              target={preview.target}
              action={mergeAreasAction}
              reviewHref={reviewHref}
            />
          )}
        </section>
      ) : null}
    </>
  );
}
