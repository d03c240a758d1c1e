import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/translations";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { Flash } from "@/components/ui/flash";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireCtx } from "@/lib/auth/context";
import { departmentName } from "@/lib/users/queries";
import { changePasswordAction, signOutEverywhereAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

/** The signed-in user's own account: their data, their password, their sessions. */
export default async function AccountPage({ searchParams }: { searchParams: Promise<{ estado?: string }> }) {
  const ctx = await requireCtx();
  const { estado } = await searchParams;
  const t = await getTranslations("account");
  const tRole = await getTranslations("enums.role");
  const department = ctx.actor.departmentId ? await departmentName(ctx, ctx.actor.departmentId) : null;
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {estado === "contrasena-cambiada" ? (
        <div className="mb-6">
          <Flash>{t("flash.contrasena-cambiada")}</Flash>
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Section id="datos" title={t("profile.title")}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="font-semibold">{t("profile.name")}</dt>
            <dd>{ctx.actor.name}</dd>
            <dt className="font-semibold">{t("profile.email")}</dt>
            <dd>{ctx.actor.email}</dd>
            <dt className="font-semibold">{t("profile.role")}</dt>
            <dd>{tRole(ctx.actor.role)}</dd>
            <dt className="font-semibold">{t("profile.department")}</dt>
            <dd>{department ?? t("profile.none")}</dd>
          </dl>
          <p className="mt-4 text-sm text-muted">{t("profile.changeHint")}</p>
        </Section>
        <Section id="sesiones" title={t("sessions.title")}>
          <SignOutEverywhereForm action={signOutEverywhereAction} />
        </Section>
        <Section id="contrasena" title={t("password.title")} className="lg:col-span-2">
          <p className="mb-4 text-sm text-muted">{t("password.intro")}</p>
          <div className="max-w-xl">
            <ChangePasswordForm
              action={changePasswordAction}
              account={{ email: ctx.actor.email, name: ctx.actor.name }}
            />
          </div>
        </Section>
      </div>
    </>
  );
}
