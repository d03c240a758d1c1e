import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { AssignmentForm } from "@/components/assignments/assignment-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { assignmentFormOptions, getAssignment } from "@/lib/assignments/queries";
import { requireCtx } from "@/lib/auth/context";
import { can, scopeFor } from "@/lib/auth/policy";
import { todayInBuenosAires } from "@/lib/dates";
import { updateAssignmentAction } from "../../actions";

type Props = { params: Promise<{ id: string }> };

/** Read once per request: the page title and the page both need it. */
const loadAssignment = cache(async (id: string) => getAssignment(await requireCtx(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const assignment = await loadAssignment((await params).id);
  const t = await getTranslations("assignments.form");
  return { title: assignment ? t("editTitle", { person: assignment.person.name }) : undefined };
}

export default async function EditAssignmentPage({ params }: Props) {
  const { id } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("assignments.form");
  const assignment = await loadAssignment(id);
  if (!assignment) notFound();
  if (!can(ctx.actor, "assignment.manage", { departmentId: assignment.personDepartmentId }))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const options = await assignmentFormOptions(ctx, {
    networkId: assignment.network.id,
    bodyId: assignment.body?.id,
  });
  return (
    <>
      <PageHeader
        title={t("editTitle", { person: assignment.person.name })}
        intro={[assignment.network.name, assignment.body?.name].filter(Boolean).join(" · ")}
      />
      <AssignmentForm
        assignment={assignment}
        preset={{ startsOn: todayInBuenosAires() }}
        action={updateAssignmentAction.bind(null, assignment.id)}
        options={options}
        headScope={scopeFor(ctx.actor.role, "assignment.manage") === "own_department"}
        cancelHref={`/asignaciones/${assignment.id}`}
      />
    </>
  );
}
