import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { cache, type ReactNode } from "react";
import { AssignmentList } from "@/components/assignments/assignment-list";
import { RecordHistory } from "@/components/history/record-history";
import { CommitmentsTable, HeldTermsTable } from "@/components/people/person-sections";
import { ButtonLink } from "@/components/ui/button";
import { Flash } from "@/components/ui/flash";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { assignmentsOf } from "@/lib/assignments/queries";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { departmentPeople, getDepartment } from "@/lib/departments/queries";
import { commitmentsOf, seatTermsOf } from "@/lib/people/queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ estado?: string }> };

const FLASH = { creada: "created", guardada: "saved" } as const;

/** Read once per request: the page title and the page both need it. */
const loadDepartment = cache(async (id: string) => getDepartment(await requireCtx(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const department = await loadDepartment((await params).id);
  return { title: department?.name };
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-semibold text-muted">{label}</dt>
      <dd className="mt-1 text-sm text-ink sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

export default async function DepartmentPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { estado } = await searchParams;
  const ctx = await requireCtx();
  const department = await loadDepartment(id);
  if (!department) notFound();
  const [members, assigned, terms, owed] = await Promise.all([
    departmentPeople(ctx, id),
    assignmentsOf(ctx, { departmentId: id }),
    seatTermsOf(ctx, { departmentId: id }),
    commitmentsOf(ctx, { departmentId: id }),
  ]);
  const t = await getTranslations("departments.detail");
  const tPeople = await getTranslations("people.columns");
  const flash = estado && estado in FLASH ? FLASH[estado as keyof typeof FLASH] : null;
  const none = <span className="text-slate-500">{t("none")}</span>;

  return (
    <>
      <p className="no-print mb-2 text-sm">
        <a href="/areas">← {t("back")}</a>
      </p>
      <PageHeader
        title={department.name}
        intro={department.shortName ?? undefined}
        actions={
          can(ctx.actor, "department.manage") ? (
            <ButtonLink href={`/areas/${department.id}/editar`} variant="secondary">
              {t("edit")}
            </ButtonLink>
          ) : null
        }
      />
      {flash ? (
        <div className="mb-4">
          <Flash>{t(flash)}</Flash>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="datos-area" title={t("sectionData")}>
          <dl className="divide-y divide-slate-100">
            <Item label={t("name")}>{department.name}</Item>
            <Item label={t("shortName")}>{department.shortName ?? none}</Item>
            <Item label={t("parent")}>
              {department.parent ? (
                <a href={`/areas/${department.parent.id}`}>{department.parent.name}</a>
              ) : (
                <span className="text-slate-500">{t("noParent")}</span>
              )}
            </Item>
            <Item label={t("children")}>
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
            </Item>
          </dl>
        </Section>
        <Section id="personas-area" title={t("sectionPeople")}>
          {members.length ? (
            <div className="overflow-x-auto">
              <table className="min-w-full text-sm">
                <caption className="sr-only">{t("sectionPeople")}</caption>
                <thead>
                  <tr className="border-b border-slate-200 text-left">
                    <th scope="col" className="py-2 pr-4 font-semibold">
                      {tPeople("name")}
                    </th>
                    <th scope="col" className="py-2 pr-4 text-right font-semibold">
                      {tPeople("assignments")}
                    </th>
                    <th scope="col" className="py-2 pr-4 text-right font-semibold">
                      {tPeople("seats")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {members.map((p) => (
                    <tr key={p.id}>
                      <td className="py-2 pr-4 align-top">
                        <a href={`/personas/${p.id}`} className="font-semibold">
                          {p.fullName}
                        </a>
                        {p.position ? <span className="block text-xs text-muted">{p.position}</span> : null}
                      </td>
                      <td className="py-2 pr-4 text-right align-top tabular-nums">{p.activeAssignments}</td>
                      <td className="py-2 pr-4 text-right align-top tabular-nums">{p.seatsHeld}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="text-sm text-muted">{t("peopleEmpty")}</p>
          )}
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
          {terms.length ? (
            <HeldTermsTable terms={terms} caption={t("sectionSeats")} showHolder />
          ) : (
            <p className="text-sm text-muted">{t("seatsEmpty")}</p>
          )}
        </Section>
        <Section id="compromisos-area" title={t("sectionCommitments")}>
          {owed.length ? (
            <CommitmentsTable items={owed} caption={t("sectionCommitments")} showOwner />
          ) : (
            <p className="text-sm text-muted">{t("commitmentsEmpty")}</p>
          )}
        </Section>
      </div>

      <div className="mt-6">
        <RecordHistory ctx={ctx} entityType="department" entityId={department.id} />
      </div>
    </>
  );
}
