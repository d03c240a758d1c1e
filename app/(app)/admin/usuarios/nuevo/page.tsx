import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/translations";
import { UserForm } from "@/components/users/user-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { ssoConfig } from "@/lib/auth/sso-config";
import { userFormOptions } from "@/lib/users/queries";
import { createUserAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users.form"))("newTitle") };
}

export default async function NewUserPage() {
  const ctx = await requireCtx();
  const t = await getTranslations("users");
  if (!can(ctx.actor, "user.manage"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const options = await userFormOptions(ctx);
  return (
    <>
      <PageHeader title={t("form.newTitle")} intro={t("form.newIntro")} />
      <UserForm
        initialValues={{ role: "viewer" }}
        action={createUserAction}
        options={options}
        cancelHref="/admin/usuarios"
        ssoEnabled={!!ssoConfig()}
      />
    </>
  );
}
