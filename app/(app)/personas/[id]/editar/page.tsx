import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { PersonForm } from "@/components/people/person-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { departmentChoices, getPerson } from "@/lib/people/queries";
import { updatePersonAction } from "../../actions";

type Props = { params: Promise<{ id: string }> };

/** Read once per request: the page title and the page both need it. */
const loadPerson = cache(async (id: string) => getPerson(await requireCtx(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await loadPerson((await params).id);
  const t = await getTranslations("people.form");
  return { title: person ? t("editTitle", { name: person.fullName }) : undefined };
}

export default async function EditPersonPage({ params }: Props) {
  const { id } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("people.form");
  if (!can(ctx.actor, "person.manage"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const [person, departments] = await Promise.all([loadPerson(id), departmentChoices(ctx)]);
  if (!person) notFound();
  return (
    <>
      <PageHeader title={t("editTitle", { name: person.fullName })} />
      <PersonForm
        person={person}
        action={updatePersonAction.bind(null, person.id)}
        departments={departments}
        cancelHref={`/personas/${person.id}`}
      />
    </>
  );
}
