import { getTranslations } from "@/lib/i18n/translations";
import { titleFrom } from "@/app/_lib/page-title";
import { NewRecordPage } from "@/app/_lib/record-page";
import { PersonForm } from "@/components/people/person-form";
import { departmentChoices } from "@/lib/people/queries";
import { createPersonAction } from "../actions";

export const generateMetadata = titleFrom(() => getTranslations("people.form"), "createTitle");

export default async function NewPersonPage() {
  const t = await getTranslations("people.form");
  return (
    <NewRecordPage action="person.manage" forbidden={t} title={t("createTitle")}>
      {async (ctx) => (
        <PersonForm
          person={null}
          action={createPersonAction}
          departments={await departmentChoices(ctx)}
          cancelHref="/personas"
        />
      )}
    </NewRecordPage>
  );
}
