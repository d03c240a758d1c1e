import { titleFrom } from "@/app/_lib/page-title";
import { listPaging, listView } from "@/app/_lib/list-paging";
import { ListFooter, ListHeader } from "@/components/data-table/list-parts";
import { ExportLinks } from "@/components/export/export-links";
import { PeopleTable } from "@/components/people/people-table";
import { PersonFilters } from "@/components/people/person-filters";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { departmentChoice } from "@/lib/departments/search";
import { getTranslations } from "@/lib/i18n/translations";
import { hiddenColumns } from "@/lib/list-preferences/queries";
import { personList } from "@/lib/people/list-params";
import { listPeople } from "@/lib/people/queries";
import type { SearchParams } from "@/lib/url";

export const generateMetadata = titleFrom(() => getTranslations("people.directory"), "title");

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireCtx();
  const params = personList.parse(await searchParams);
  const [list, department, hidden] = await Promise.all([
    listPeople(ctx, params),
    departmentChoice(ctx, params.department),
    hiddenColumns(ctx, "people"),
  ]);
  const view = listView("/personas", params, personList);
  const paging = listPaging(list.total, view);
  const t = await getTranslations("people.directory");

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
      <PersonFilters list={view} department={department} />
      <ListHeader count={t("count", { total: list.total })}>
        <ExportLinks table="personas" list={view} />
      </ListHeader>
      <PeopleTable rows={list.rows} list={view} hidden={hidden} />
      <ListFooter {...paging} />
    </>
  );
}
