import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PersonForm } from "@/components/people/person-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { departmentChoices, getPerson } from "@/lib/people/queries";
import { updatePersonAction } from "../../actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await getPerson(await requireCtx(), (await params).id);
  const t = await getTranslations("people.form");
  return { title: person ? t("editTitle", { name: person.fullName }) : undefined };
}

export default async function EditPersonPage({ params }: Props) {
  const { id } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("people.form");
  if (!can(ctx.actor, "person.manage"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const [person, departments] = await Promise.all([getPerson(ctx, id), departmentChoices(ctx)]);
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
