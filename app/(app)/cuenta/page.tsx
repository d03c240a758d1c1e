import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SecondFactorSection } from "@/components/account/second-factor/second-factor-section";
import { SessionsTable } from "@/components/account/sessions-table";
import { PasskeysList } from "@/components/passkeys/passkeys-list";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { Flash } from "@/components/ui/flash";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireCtx } from "@/lib/auth/context";
import { listOwnPasskeys } from "@/lib/auth/passkeys/manage";
import type { Ctx } from "@/lib/context";
import { ownSecondFactors, pendingTotpEnrolment } from "@/lib/auth/second-factor/commands";
import { secondFactorRequiredRoles } from "@/lib/auth/session-policy";
import { departmentName } from "@/lib/users/queries";
import { listOwnSessions } from "@/lib/users/sessions";
import { changePasswordAction, closeOtherSessionsAction, closeOwnSessionAction } from "./actions";
import {
  cancelTotpEnrolmentAction,
  confirmTotpAction,
  disableTotpAction,
  regenerateRecoveryCodesAction,
  startTotpEnrolmentAction,
} from "@/app/(auth)/cuenta/segundo-factor/actions";

export const generateMetadata = titleFrom(() => getTranslations("account"), "title");

const FLASHES = new Set(["contrasena-cambiada", "sesion-cerrada", "otras-cerradas"]);

/** The signed-in user's own account: their data, their password, their sessions. */
export default async function AccountPage({ searchParams }: { searchParams: Promise<{ estado?: string }> }) {
  const ctx = await requireCtx();
  const { estado } = await searchParams;
  const t = await getTranslations("account");
  const tRole = await getTranslations("enums.role");
  const department = ctx.actor.departmentId ? await departmentName(ctx, ctx.actor.departmentId) : null;
  const sessions = await listOwnSessions(ctx);
  const openSessions = sessions.ok ? sessions.data : [];
  const flash = estado && FLASHES.has(estado) ? estado : null;
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {flash ? (
        <div className="mb-6">
          <Flash>{t(`flash.${flash}`)}</Flash>
        </div>
      ) : null}
      {estado === "error" ? (
        <div className="mb-6">
          <Alert tone="error">{t("sessions.error")}</Alert>
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
        <Section id="sesiones" title={t("sessions.title")} className="lg:col-span-2">
          <p className="mb-4 text-sm text-muted">{t("sessions.intro")}</p>
          <SessionsTable
            sessions={openSessions}
            caption={t("sessions.caption")}
            closeAction={(id) => closeOwnSessionAction.bind(null, id)}
          />
          {openSessions.some((session) => !session.current) ? (
            <form action={closeOtherSessionsAction} className="mt-4">
              <SubmitButton label={t("sessions.closeOthers")} pendingLabel={t("sessions.closing")} />
            </form>
          ) : null}
        </Section>
        <SecondFactorAccountSection ctx={ctx} estado={estado} />
        <PasskeysSection ctx={ctx} />
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

/** "Verificación en dos pasos" (components/account/second-factor). */
async function SecondFactorAccountSection({
  ctx,
  estado,
}: {
  ctx: Awaited<ReturnType<typeof requireCtx>>;
  estado?: string;
}) {
  const t = await getTranslations("secondFactor.section");
  const [factors, pending] = await Promise.all([ownSecondFactors(ctx), pendingTotpEnrolment(ctx)]);
  if (!factors.ok) return null;
  const enrolment = pending.ok && pending.data ? { key: pending.data.key, qr: pending.data.qr } : null;
  return (
    <Section id="segundo-factor" title={t("title")} className="lg:col-span-2">
      <SecondFactorSection
        factors={factors.data}
        enrolment={enrolment}
        email={ctx.actor.email}
        required={secondFactorRequiredRoles().includes(ctx.actor.role)}
        estado={estado}
        actions={{
          start: startTotpEnrolmentAction,
          cancel: cancelTotpEnrolmentAction,
          confirm: confirmTotpAction,
          disable: disableTotpAction,
          regenerate: regenerateRecoveryCodesAction,
        }}
      />
    </Section>
  );
}

/** "Llaves de acceso": the user's passkeys, adding, renaming and removing them. */
async function PasskeysSection({ ctx }: { ctx: Ctx }) {
  const t = await getTranslations("passkeys");
  const passkeys = await listOwnPasskeys(ctx);
  return (
    <Section id="llaves" title={t("title")} className="lg:col-span-2">
      <p className="mb-4 text-sm text-muted">{t("intro")}</p>
      <PasskeysList passkeys={passkeys.ok ? passkeys.data : []} />
    </Section>
  );
}
