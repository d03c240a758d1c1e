import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/translations";
import { AssignmentForm } from "@/components/assignments/assignment-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { assignmentFormOptions } from "@/lib/assignments/queries";
import { requireCtx } from "@/lib/auth/context";
import { scopeFor } from "@/lib/auth/policy";
import { todayInBuenosAires } from "@/lib/dates";
import { createAssignmentAction } from "../actions";

type Props = { searchParams: Promise<{ persona?: string | string[]; red?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assignments.form"))("createTitle") };
}

export default async function NewAssignmentPage({ searchParams }: Props) {
  const ctx = await requireCtx();
  const t = await getTranslations("assignments.form");
  const scope = scopeFor(ctx.actor.role, "assignment.manage");
  if (!scope) return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const { persona, red } = await searchParams;
  const options = await assignmentFormOptions(ctx);
  // "Nueva asignación" on a person's page (or a network's) preselects them, when offered.
  const personId = options.people.find((p) => p.id === persona)?.id;
  const networkId = options.networks.find((n) => n.id === red)?.id;
  return (
    <>
      <PageHeader title={t("createTitle")} />
      <AssignmentForm
        assignment={null}
        preset={{ personId, networkId, startsOn: todayInBuenosAires() }}
        action={createAssignmentAction}
        options={options}
        headScope={scope === "own_department"}
        cancelHref={personId ? `/personas/${personId}` : "/asignaciones"}
      />
    </>
  );
}
