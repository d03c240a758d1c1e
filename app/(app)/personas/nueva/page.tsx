import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/translations";
import { PersonForm } from "@/components/people/person-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { departmentChoices } from "@/lib/people/queries";
import { createPersonAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people.form"))("createTitle") };
}

export default async function NewPersonPage() {
  const ctx = await requireCtx();
  const t = await getTranslations("people.form");
  if (!can(ctx.actor, "person.manage"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const departments = await departmentChoices(ctx);
  return (
    <>
      <PageHeader title={t("createTitle")} />
      <PersonForm
        person={null}
        action={createPersonAction}
        departments={departments}
        cancelHref="/personas"
      />
    </>
  );
}
