import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { cache, type ReactNode } from "react";
import { AssignmentList } from "@/components/assignments/assignment-list";
import { RecordHistory } from "@/components/history/record-history";
import { LinkUserForm } from "@/components/people/link-user-form";
import { CommitmentsTable, DelegationsTable, HeldTermsTable } from "@/components/people/person-sections";
import { ButtonLink } from "@/components/ui/button";
import { Flash } from "@/components/ui/flash";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { assignmentsOf } from "@/lib/assignments/queries";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { commitmentsOf, delegationsOf, getPerson, linkableUsers, seatTermsOf } from "@/lib/people/queries";
import { linkPersonUserAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ estado?: string }> };

const FLASH = {
  creada: "created",
  guardada: "saved",
  vinculada: "linked",
  desvinculada: "unlinked",
} as const;

/** Read once per request: the page title and the page both need it. */
const loadPerson = cache(async (id: string) => getPerson(await requireCtx(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await loadPerson((await params).id);
  return { title: person?.fullName };
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-semibold text-muted">{label}</dt>
      <dd className="mt-1 text-sm text-ink sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

export default async function PersonPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { estado } = await searchParams;
  const ctx = await requireCtx();
  const person = await loadPerson(id);
  if (!person) notFound();
  const canLink = can(ctx.actor, "person.link_user");
  const [terms, assigned, delegations, owed, users] = await Promise.all([
    seatTermsOf(ctx, { personId: id }),
    assignmentsOf(ctx, { personId: id }),
    delegationsOf(ctx, id),
    commitmentsOf(ctx, { personId: id }),
    canLink ? linkableUsers(ctx, id) : Promise.resolve([]),
  ]);
  const t = await getTranslations("people.detail");
  const tRole = await getTranslations("enums.role");
  const flash = estado && estado in FLASH ? FLASH[estado as keyof typeof FLASH] : null;
  const none = <span className="text-slate-500">{t("none")}</span>;
  const canAssign = can(ctx.actor, "assignment.manage", { departmentId: person.department?.id ?? null });

  return (
    <>
      <p className="no-print mb-2 text-sm">
        <a href="/personas">← {t("back")}</a>
      </p>
      <PageHeader
        title={person.fullName}
        intro={
          <span className="flex flex-wrap items-center gap-x-2">
            {person.position ? <span>{person.position}</span> : null}
            {person.department ? (
              <>
                {person.position ? <span aria-hidden="true">·</span> : null}
                <a href={`/areas/${person.department.id}`}>{person.department.name}</a>
              </>
            ) : null}
          </span>
        }
        actions={
          can(ctx.actor, "person.manage") ? (
            <ButtonLink href={`/personas/${person.id}/editar`} variant="secondary">
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
        <Section id="contacto" title={t("sectionProfile")}>
          <dl className="divide-y divide-slate-100">
            <Item label={t("email")}>
              {person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : none}
            </Item>
            <Item label={t("phone")}>{person.phone ?? none}</Item>
            <Item label={t("position")}>{person.position ?? none}</Item>
            <Item label={t("department")}>
              {person.department ? (
                <a href={`/areas/${person.department.id}`}>{person.department.name}</a>
              ) : (
                <span className="text-slate-500">{t("noDepartment")}</span>
              )}
            </Item>
            <Item label={t("notes")}>
              {person.notes ? <span className="whitespace-pre-line">{person.notes}</span> : none}
            </Item>
          </dl>
        </Section>
        {canLink ? (
          <Section id="cuenta" title={t("sectionUser")}>
            <p className="mb-3 text-sm">
              {person.user
                ? t("userLinked", { email: person.user.email, role: tRole(person.user.role) })
                : t("userNone")}
              {person.user && !person.user.active ? ` ${t("userInactive")}` : null}
            </p>
            <LinkUserForm
              current={person.user}
              users={users}
              version={person.version}
              action={linkPersonUserAction.bind(null, person.id)}
            />
          </Section>
        ) : null}
      </div>

      <Section
        id="asignaciones"
        title={t("sectionAssignments")}
        className="mt-6"
        actions={
          canAssign ? (
            <ButtonLink href={`/asignaciones/nueva?persona=${person.id}`} variant="secondary">
              {t("newAssignment")}
            </ButtonLink>
          ) : null
        }
      >
        {assigned.length ? (
          <AssignmentList rows={assigned} caption={t("sectionAssignments")} />
        ) : (
          <p className="text-sm text-muted">{t("assignmentsEmpty")}</p>
        )}
      </Section>

      <Section id="cargos" title={t("sectionSeats")} className="mt-6">
        {terms.length ? (
          <HeldTermsTable terms={terms} caption={t("sectionSeats")} />
        ) : (
          <p className="text-sm text-muted">{t("seatsEmpty")}</p>
        )}
      </Section>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Section id="delegaciones" title={t("sectionDelegations")}>
          {delegations.length ? (
            <DelegationsTable entries={delegations} caption={t("sectionDelegations")} />
          ) : (
            <p className="text-sm text-muted">{t("delegationsEmpty")}</p>
          )}
        </Section>
        <Section id="compromisos" title={t("sectionCommitments")}>
          {owed.length ? (
            <CommitmentsTable items={owed} caption={t("sectionCommitments")} />
          ) : (
            <p className="text-sm text-muted">{t("commitmentsEmpty")}</p>
          )}
        </Section>
      </div>

      <div className="mt-6">
        <RecordHistory ctx={ctx} entityType="person" entityId={person.id} />
      </div>
    </>
  );
}
