import { getTranslations } from "@/lib/i18n/translations";
import { recordPage, type RecordViewProps } from "@/app/_lib/record-page";
import { AssignmentList } from "@/components/assignments/assignment-list";
import { columnsOf } from "@/components/data-table/columns";
import { SectionTable } from "@/components/ui/section-table";
import { RecordHistory } from "@/components/history/record-history";
import { CommitmentsTable, HeldTermsTable } from "@/components/people/person-sections";
import { ButtonLink } from "@/components/ui/button";
import { DetailItem, DetailList } from "@/components/ui/detail-list";
import { RecordHeader } from "@/components/ui/record-header";
import { Section } from "@/components/ui/section";
import { assignmentsOf } from "@/lib/assignments/queries";
import { can } from "@/lib/auth/policy";
import { departmentPeople, getDepartment, type DepartmentPerson } from "@/lib/departments/queries";
import { commitmentsOf, seatTermsOf } from "@/lib/people/queries";

const page = recordPage(getDepartment, (department) => department.name);
export const generateMetadata = page.generateMetadata;

const col = columnsOf<DepartmentPerson>();

export default async function DepartmentPage(props: RecordViewProps) {
  const { ctx, record: department, estado } = await page.read(props);
  const [members, assigned, terms, owed] = await Promise.all([
    departmentPeople(ctx, department.id),
    assignmentsOf(ctx, { departmentId: department.id }),
    seatTermsOf(ctx, { departmentId: department.id }),
    commitmentsOf(ctx, { departmentId: department.id }),
  ]);
  const t = await getTranslations("departments.detail");
  const tPeople = await getTranslations("people.columns");
  const none = <span className="text-slate-500">{t("none")}</span>;
  const peopleColumns = [
    col.accessor("fullName", {
      meta: { label: tPeople("name"), rowHeader: true },
      cell: (info) => (
        <>
          <a href={`/personas/${info.row.original.id}`} className="font-semibold">
            {info.getValue()}
          </a>
          {info.row.original.position ? (
            <span className="block text-xs text-muted">{info.row.original.position}</span>
          ) : null}
        </>
      ),
    }),
    col.accessor("activeAssignments", {
      meta: { label: tPeople("assignments"), align: "end" },
      cell: (info) => <span className="tabular-nums">{info.getValue()}</span>,
    }),
    col.accessor("seatsHeld", {
      meta: { label: tPeople("seats"), align: "end" },
      cell: (info) => <span className="tabular-nums">{info.getValue()}</span>,
    }),
  ];

  return (
    <>
      <RecordHeader
        back={{ href: "/areas", label: t("back") }}
        title={department.name}
        intro={department.shortName ?? undefined}
        actions={
          can(ctx.actor, "department.manage") ? (
            <ButtonLink href={`/areas/${department.id}/editar`} variant="secondary">
              {t("edit")}
            </ButtonLink>
          ) : null
        }
        state={estado}
        flashes={{ creada: t("created"), guardada: t("saved") }}
      />

      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="datos-area" title={t("sectionData")}>
          <DetailList>
            <DetailItem label={t("name")}>{department.name}</DetailItem>
            <DetailItem label={t("shortName")}>{department.shortName ?? none}</DetailItem>
            <DetailItem label={t("parent")}>
              {department.parent ? (
                <a href={`/areas/${department.parent.id}`}>{department.parent.name}</a>
              ) : (
                <span className="text-slate-500">{t("noParent")}</span>
              )}
            </DetailItem>
            <DetailItem label={t("children")}>
              {department.children.length ? (
                <ul>
                  {department.children.map((c) => (
                    <li key={c.id}>
                      <a href={`/areas/${c.id}`}>{c.name}</a>
                    </li>
                  ))}
                </ul>
              ) : (
                none
              )}
            </DetailItem>
          </DetailList>
        </Section>
        <Section id="personas-area" title={t("sectionPeople")}>
          <SectionTable
            caption={t("sectionPeople")}
            columns={peopleColumns}
            rows={members}
            empty={t("peopleEmpty")}
          />
        </Section>
      </div>

      <Section id="asignaciones-area" title={t("sectionAssignments")} className="mt-6">
        {assigned.length ? (
          <AssignmentList rows={assigned} caption={t("sectionAssignments")} showPerson />
        ) : (
          <p className="text-sm text-muted">{t("assignmentsEmpty")}</p>
        )}
      </Section>

      <div className="mt-6 grid gap-6">
        <Section id="cargos-area" title={t("sectionSeats")}>
          <HeldTermsTable terms={terms} caption={t("sectionSeats")} empty={t("seatsEmpty")} showHolder />
        </Section>
        <Section id="compromisos-area" title={t("sectionCommitments")}>
          <CommitmentsTable
            items={owed}
            caption={t("sectionCommitments")}
            empty={t("commitmentsEmpty")}
            showOwner
          />
        </Section>
      </div>

      <div className="mt-6">
        <RecordHistory ctx={ctx} entityType="department" entityId={department.id} />
      </div>
    </>
  );
}
