import { getTranslations } from "@/lib/i18n/translations";
import { RecordFormPage, recordPage, type RecordPageProps } from "@/app/_lib/record-page";
import { PersonForm } from "@/components/people/person-form";
import { PageHeader } from "@/components/ui/page-header";
import { departmentChoices, getPerson } from "@/lib/people/queries";
import { updatePersonAction } from "../../actions";

const page = recordPage(getPerson, async (person) =>
  (await getTranslations("people.form"))("editTitle", { name: person.fullName }),
);
export const generateMetadata = page.generateMetadata;

export default async function EditPersonPage({ params }: RecordPageProps) {
  const t = await getTranslations("people.form");
  return (
    <RecordFormPage params={params} action="person.manage" load={page.load} forbidden={t}>
      {async (person, ctx) => (
        <>
          <PageHeader title={t("editTitle", { name: person.fullName })} />
          <PersonForm
            person={person}
            action={updatePersonAction.bind(null, person.id)}
            departments={await departmentChoices(ctx)}
            cancelHref={`/personas/${person.id}`}
          />
        </>
      )}
    </RecordFormPage>
  );
}
