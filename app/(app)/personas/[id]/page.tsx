import { getTranslations } from "@/lib/i18n/translations";
import { recordPage, type RecordViewProps } from "@/app/_lib/record-page";
import { AssignmentList } from "@/components/assignments/assignment-list";
import { RecordHistory } from "@/components/history/record-history";
import { LinkUserForm } from "@/components/people/link-user-form";
import { CommitmentsTable, DelegationsTable, HeldTermsTable } from "@/components/people/person-sections";
import { ButtonLink } from "@/components/ui/button";
import { DetailItem, DetailList } from "@/components/ui/detail-list";
import { RecordHeader } from "@/components/ui/record-header";
import { Section } from "@/components/ui/section";
import { assignmentsOf } from "@/lib/assignments/queries";
import { can } from "@/lib/auth/policy";
import { commitmentsOf, delegationsOf, getPerson, linkableUsers, seatTermsOf } from "@/lib/people/queries";
import { linkPersonUserAction } from "../actions";

const page = recordPage(getPerson, (person) => person.fullName);
export const generateMetadata = page.generateMetadata;

export default async function PersonPage(props: RecordViewProps) {
  const { ctx, record: person, estado } = await page.read(props);
  const canLink = can(ctx.actor, "person.link_user");
  const [terms, assigned, delegations, owed, users] = await Promise.all([
    seatTermsOf(ctx, { personId: person.id }),
    assignmentsOf(ctx, { personId: person.id }),
    delegationsOf(ctx, person.id),
    commitmentsOf(ctx, { personId: person.id }),
    canLink ? linkableUsers(ctx, person.id) : Promise.resolve([]),
  ]);
  const t = await getTranslations("people.detail");
  const tRole = await getTranslations("enums.role");
  const none = <span className="text-slate-500">{t("none")}</span>;
  const canAssign = can(ctx.actor, "assignment.manage", { departmentId: person.department?.id ?? null });

  return (
    <>
      <RecordHeader
        back={{ href: "/personas", label: t("back") }}
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
        state={estado}
        flashes={{
          creada: t("created"),
          guardada: t("saved"),
          vinculada: t("linked"),
          desvinculada: t("unlinked"),
        }}
      />

      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="contacto" title={t("sectionProfile")}>
          <DetailList>
            <DetailItem label={t("email")}>
              {person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : none}
            </DetailItem>
            <DetailItem label={t("phone")}>{person.phone ?? none}</DetailItem>
            <DetailItem label={t("position")}>{person.position ?? none}</DetailItem>
            <DetailItem label={t("department")}>
              {person.department ? (
                <a href={`/areas/${person.department.id}`}>{person.department.name}</a>
              ) : (
                <span className="text-slate-500">{t("noDepartment")}</span>
              )}
            </DetailItem>
            <DetailItem label={t("notes")}>
              {person.notes ? <span className="whitespace-pre-line">{person.notes}</span> : none}
            </DetailItem>
          </DetailList>
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
        <HeldTermsTable terms={terms} caption={t("sectionSeats")} empty={t("seatsEmpty")} />
      </Section>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Section id="delegaciones" title={t("sectionDelegations")}>
          <DelegationsTable
            entries={delegations}
            caption={t("sectionDelegations")}
            empty={t("delegationsEmpty")}
          />
        </Section>
        <Section id="compromisos" title={t("sectionCommitments")}>
          <CommitmentsTable items={owed} caption={t("sectionCommitments")} empty={t("commitmentsEmpty")} />
        </Section>
      </div>

      <div className="mt-6">
        <RecordHistory ctx={ctx} entityType="person" entityId={person.id} />
      </div>
    </>
  );
}
