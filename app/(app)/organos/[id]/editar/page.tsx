import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { BodyForm } from "@/components/bodies/body-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { bodyFormOptions, getBody } from "@/lib/bodies/queries";
import { updateBodyAction } from "../../actions";

type Props = { params: Promise<{ id: string }> };

/** Read once per request: the page title and the page both need it. */
const loadBody = cache(async (id: string) => getBody(await requireCtx(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const body = await loadBody((await params).id);
  const t = await getTranslations("bodies.form");
  return { title: body ? t("editTitle", { name: body.name }) : undefined };
}

/** Edits a body; choosing another parent moves it (with its dependents) in the tree. */
export default async function EditBodyPage({ params }: Props) {
  const { id } = await params;
  const ctx = await requireCtx();
  const t = await getTranslations("bodies.form");
  if (!can(ctx.actor, "body.manage"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const body = await loadBody(id);
  if (!body) notFound();
  const options = await bodyFormOptions(ctx, body.network.id, body.id);
  return (
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
        options={options}
        cancelHref={`/organos/${body.id}`}
      />
    </>
  );
}
