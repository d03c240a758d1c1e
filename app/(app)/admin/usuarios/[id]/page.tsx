import { getFormatter } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { SessionsTable } from "@/components/account/sessions-table";
import { ResetPasswordForm } from "@/components/users/reset-password-form";
import { SecondFactorResetForm } from "@/components/users/second-factor-reset-form";
import { UserAccessForm } from "@/components/users/user-access-form";
import { UserForm } from "@/components/users/user-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Flash } from "@/components/ui/flash";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { userSecondFactors } from "@/lib/auth/second-factor/admin-reset";
import { ssoConfig } from "@/lib/auth/sso-config";
import { formatDateTime } from "@/lib/format";
import { getUser, userFormOptions } from "@/lib/users/queries";
import { listUserSessions } from "@/lib/users/sessions";
import {
  closeAllUserSessionsAction,
  closeUserSessionAction,
  resetPasswordAction,
  resetSecondFactorAction,
  setUserActiveAction,
  updateUserAction,
} from "../actions";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<{ estado?: string }> };

const FLASH = [
  "guardado",
  "guardado-sesiones",
  "desactivado",
  "reactivado",
  "sesion-cerrada",
  "sesiones-cerradas",
  "2fa-restablecida",
] as const;
type FlashKey = (typeof FLASH)[number];

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const t = await getTranslations("users.list");
  const ctx = await requireCtx();
  if (!can(ctx.actor, "user.manage")) return { title: t("title") };
  const user = await getUser(ctx, (await params).id);
  return { title: user ? `${user.name} — ${t("title")}` : t("title") };
}

export default async function UserPage({ params, searchParams }: Params) {
  const format = await getFormatter();
  const ctx = await requireCtx();
  const t = await getTranslations("users");
  if (!can(ctx.actor, "user.manage"))
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  const { id } = await params;
  const { estado } = await searchParams;
  const [user, options, sessions, factorsRead] = await Promise.all([
    getUser(ctx, id),
    userFormOptions(ctx),
    listUserSessions(ctx, id),
    userSecondFactors(ctx, id),
  ]);
  if (!user) notFound();
  const openSessions = sessions.ok ? sessions.data : [];
  const tRole = await getTranslations("enums.role");
  const t2fa = await getTranslations("secondFactor.admin");
  const factors = factorsRead.ok ? factorsRead.data : null;
  const hasFactor = !!factors && (factors.totp === "enabled" || factors.passkeys > 0);
  const isSelf = user.id === ctx.actor.userId;
  const sso = ssoConfig();
  const flash = FLASH.includes(estado as FlashKey) ? (estado as FlashKey) : null;
  const passwordState = !user.hasPassword
    ? t("page.passwordNone")
    : user.mustChangePassword
      ? user.passwordExpiresAt
        ? t("page.passwordTemporary", { expires: formatDateTime(format, user.passwordExpiresAt) })
        : t("page.passwordTemporaryNoExpiry")
      : t("page.passwordOwn");

  return (
    <>
      <p className="mb-2 text-sm">
        <a href="/admin/usuarios">← {t("page.back")}</a>
      </p>
      <PageHeader title={user.name} intro={user.email} />
      {flash ? (
        <div className="mb-6">
          <Flash>{flash === "2fa-restablecida" ? t2fa("resetDone") : t(`flash.${flash}`)}</Flash>
        </div>
      ) : null}
      {estado === "error" ? (
        <div className="mb-6">
          <Alert tone="error">{t("sessions.error")}</Alert>
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-6">
          {isSelf ? <p className="text-sm text-muted">{t("page.selfNote")}</p> : null}
          <UserForm
            userId={user.id}
            version={user.version}
            initialValues={{
              email: user.email,
              name: user.name,
              role: user.role,
              departmentId: user.departmentId ?? "",
              personId: user.personId ?? "",
              personIdLabel: user.person ?? "",
              oidcSubject: user.oidcSubject ?? "",
            }}
            action={updateUserAction.bind(null, user.id)}
            options={options}
            cancelHref="/admin/usuarios"
            isSelf={isSelf}
            ssoEnabled={!!sso}
          />
          <Section id="sesiones" title={t("sessions.title")}>
            <p className="mb-4 text-sm text-muted">{t("sessions.intro")}</p>
            <SessionsTable
              sessions={openSessions}
              caption={t("sessions.caption", { name: user.name })}
              closeAction={(sessionId) => closeUserSessionAction.bind(null, user.id, sessionId)}
            />
            {openSessions.length > 0 ? (
              <form action={closeAllUserSessionsAction.bind(null, user.id)} className="mt-4">
                <SubmitButton label={t("sessions.closeAll")} pendingLabel={t("sessions.closing")} />
              </form>
            ) : null}
          </Section>
        </div>
        <div className="flex flex-col gap-6">
          <Section id="resumen" title={t("page.facts")}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="font-semibold">{t("form.role")}</dt>
              <dd>{tRole(user.role)}</dd>
              <dt className="font-semibold">{t("page.status")}</dt>
              <dd>
                {user.active ? (
                  <Badge tone="green">{t("list.active")}</Badge>
                ) : (
                  <Badge tone="red">{t("list.inactive")}</Badge>
                )}
              </dd>
              <dt className="font-semibold">{t("page.password")}</dt>
              <dd>{passwordState}</dd>
              {sso || user.oidcSubject ? (
                <>
                  <dt className="font-semibold">{t("page.sso")}</dt>
                  <dd className="break-all">
                    {user.oidcSubject
                      ? sso && user.oidcIssuer !== sso.issuer
                        ? t("page.ssoOtherIssuer", { issuer: user.oidcIssuer ?? "" })
                        : t("page.ssoBound", { subject: user.oidcSubject })
                      : t("page.ssoNotBound")}
                  </dd>
                </>
              ) : null}
              <dt className="font-semibold">{t2fa("title")}</dt>
              <dd data-second-factor>
                {!factors
                  ? "—"
                  : hasFactor || factors.totp === "pending"
                    ? [
                        factors.totp === "enabled"
                          ? t2fa("appSummary")
                          : factors.totp === "pending"
                            ? t2fa("appPending")
                            : null,
                        factors.passkeys > 0 ? t2fa("passkeysSummary", { count: factors.passkeys }) : null,
                      ]
                        .filter(Boolean)
                        .join(" · ")
                    : t2fa("none")}
              </dd>
              <dt className="font-semibold">{t("page.lastLogin")}</dt>
              <dd>{user.lastLoginAt ? formatDateTime(format, user.lastLoginAt) : t("list.never")}</dd>
              <dt className="font-semibold">{t("page.created")}</dt>
              <dd>{formatDateTime(format, user.createdAt)}</dd>
            </dl>
            {can(ctx.actor, "audit.read") ? (
              <p className="mt-4 text-sm">
                <a href={`/admin/auditoria?${new URLSearchParams({ type: "user", record: user.id })}`}>
                  {t("page.history")}
                </a>
              </p>
            ) : null}
          </Section>
          <Section id="acceso" title={t("page.accessTitle")}>
            {isSelf ? (
              <p className="text-sm text-muted">{t("page.selfDeactivate")}</p>
            ) : (
              <UserAccessForm
                active={user.active}
                version={user.version}
                action={setUserActiveAction.bind(null, user.id, !user.active)}
              />
            )}
          </Section>
          <Section id="restablecer" title={t("page.resetTitle")}>
            {isSelf ? (
              <p className="text-sm text-muted">
                {t("page.selfReset")} <a href="/cuenta">{t("page.ownAccount")}</a>
              </p>
            ) : (
              <ResetPasswordForm version={user.version} action={resetPasswordAction.bind(null, user.id)} />
            )}
          </Section>
          <Section id="segundo-factor" title={t2fa("resetTitle")}>
            {isSelf ? (
              <p className="text-sm text-muted">
                {t2fa("selfReset")} <a href="/cuenta#segundo-factor">{t("page.ownAccount")}</a>
              </p>
            ) : hasFactor || factors?.totp === "pending" ? (
              <SecondFactorResetForm action={resetSecondFactorAction.bind(null, user.id)} />
            ) : (
              <p className="text-sm text-muted">{t2fa("none")}</p>
            )}
          </Section>
        </div>
      </div>
    </>
  );
}
