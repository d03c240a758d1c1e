import { getTranslations } from "@/lib/i18n/translations";
import { RecordFormPage, recordPage, type RecordPageProps } from "@/app/_lib/record-page";
import { BodyForm } from "@/components/bodies/body-form";
import { PageHeader } from "@/components/ui/page-header";
import { bodyFormOptions, getBody } from "@/lib/bodies/queries";
import { updateBodyAction } from "../../actions";

const page = recordPage(getBody, async (body) =>
  (await getTranslations("bodies.form"))("editTitle", { name: body.name }),
);
export const generateMetadata = page.generateMetadata;

/** Edits a body; choosing another parent moves it (with its dependents) in the tree. */
export default async function EditBodyPage({ params }: RecordPageProps) {
  const t = await getTranslations("bodies.form");
  return (
    <RecordFormPage params={params} action="body.manage" load={page.load} forbidden={t}>
      {async (body, ctx) => (
        <>
          <p className="no-print mb-2 text-sm">
            <a href={`/organos/${body.id}`}>← {body.name}</a>
          </p>
          <PageHeader
            title={t("editTitle", { name: body.name })}
            intro={t("createIntro", { network: body.network.name })}
          />
          <BodyForm
            body={body}
            action={updateBodyAction.bind(null, body.id)}
            options={await bodyFormOptions(ctx, body.network.id, body.id)}
            cancelHref={`/organos/${body.id}`}
          />
        </>
      )}
    </RecordFormPage>
  );
}
