import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { PeopleTable } from "@/components/people/people-table";
import { ExportLinks } from "@/components/export/export-links";
import { PersonFilters } from "@/components/people/person-filters";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { parsePersonListParams, PERSON_LIST_DEFAULTS } from "@/lib/people/list-params";
import { departmentChoice } from "@/lib/departments/search";
import { listPeople } from "@/lib/people/queries";
import { hrefWith, type SearchParams } from "@/lib/url";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people.directory"))("title") };
}

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireCtx();
  const params = parsePersonListParams(await searchParams);
  const [list, department] = await Promise.all([
    listPeople(ctx, params),
    departmentChoice(ctx, params.department),
  ]);
  // A page past the end (an old link, a narrower filter) goes to the last page there is.
  const lastPage = Math.max(1, Math.ceil(list.total / params.size));
  if (params.page > lastPage)
    redirect(hrefWith("/personas", params, { page: lastPage }, PERSON_LIST_DEFAULTS));
  const t = await getTranslations("people.directory");
  const filtered = !!(params.q || params.department || params.assigned || params.seat);

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <>
            <ButtonLink href="/areas" variant="secondary">
              {t("departments")}
            </ButtonLink>
            {can(ctx.actor, "person.manage") ? (
              <ButtonLink href="/personas/nueva">{t("new")}</ButtonLink>
            ) : null}
          </>
        }
      />
      <PersonFilters params={params} department={department} />
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-semibold text-ink" role="status">
          {t("count", { total: list.total })}
        </p>
        <ExportLinks table="personas" params={params} defaults={PERSON_LIST_DEFAULTS} />
      </div>
      {list.rows.length ? (
        <>
          <PeopleTable rows={list.rows} params={params} />
          <Pagination
            page={params.page}
            size={params.size}
            total={list.total}
            hrefFor={(page) => hrefWith("/personas", params, { page }, PERSON_LIST_DEFAULTS)}
          />
        </>
      ) : (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <h2 className="text-lg font-semibold">{t("emptyTitle")}</h2>
          <p className="mt-1 text-sm text-muted">{filtered ? t("emptyFiltered") : t("emptyNone")}</p>
        </div>
      )}
    </>
  );
}
