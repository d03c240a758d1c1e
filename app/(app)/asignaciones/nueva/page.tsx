import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import { AssignmentForm } from "@/components/assignments/assignment-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { assignmentFormOptions } from "@/lib/assignments/queries";
import { assignablePersonChoice } from "@/lib/assignments/search";
import { requireCtx } from "@/lib/auth/context";
import { scopeFor } from "@/lib/auth/policy";
import { todayInBuenosAires } from "@/lib/dates";
import { createAssignmentAction } from "../actions";

type Props = { searchParams: Promise<{ persona?: string | string[]; red?: string | string[] }> };

export const generateMetadata = titleFrom(() => getTranslations("assignments.form"), "createTitle");

export default async function NewAssignmentPage({ searchParams }: Props) {
  const ctx = await requireCtx();
  const t = await getTranslations("assignments.form");
  const scope = scopeFor(ctx.actor.role, "assignment.manage");
  if (!scope) return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const { persona, red } = await searchParams;
  // "Nueva asignación" on a person's page (or a network's) preselects them, when offered.
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const [person, options] = await Promise.all([
    assignablePersonChoice(ctx, first(persona)),
    assignmentFormOptions(ctx, { networkId: first(red) }),
  ]);
  const networkId = options.networks.find((n) => n.id === first(red))?.id;
  return (
    <>
      <PageHeader title={t("createTitle")} />
      <AssignmentForm
        assignment={null}
        preset={{ person: person ?? undefined, networkId, startsOn: todayInBuenosAires() }}
        action={createAssignmentAction}
        options={options}
        headScope={scope === "own_department"}
        cancelHref={person ? `/personas/${person.id}` : "/asignaciones"}
      />
    </>
  );
}
