import { getTranslations } from "@/lib/i18n/translations";
import { titleFrom } from "@/app/_lib/page-title";
import { NewRecordPage } from "@/app/_lib/record-page";
import { UserForm } from "@/components/users/user-form";
import { ssoConfig } from "@/lib/auth/sso-config";
import { userFormOptions } from "@/lib/users/queries";
import { createUserAction } from "../actions";

export const generateMetadata = titleFrom(() => getTranslations("users.form"), "newTitle");

export default async function NewUserPage() {
  const t = await getTranslations("users");
  return (
    <NewRecordPage action="user.manage" forbidden={t} title={t("form.newTitle")} intro={t("form.newIntro")}>
      {async (ctx) => (
        <UserForm
          initialValues={{ role: "viewer" }}
          action={createUserAction}
          options={await userFormOptions(ctx)}
          cancelHref="/admin/usuarios"
          ssoEnabled={!!ssoConfig()}
        />
      )}
    </NewRecordPage>
  );
}
