import { notFound } from "next/navigation";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { signIn } from "@/auth";
import { safeCallbackPath } from "@/lib/auth/redirect";
import { SSO_PROVIDER_ID, ssoConfig } from "@/lib/auth/sso-config";

const query = z.object({ callbackUrl: z.string().max(2048).optional() });

/**
 * "Ingresar con …" on the login page links here: Auth.js sets the flow's state, PKCE and
 * nonce cookies and this answers with the redirect to the provider. Starting the flow changes
 * nothing in Redes; the callback (/api/auth/callback/oidc) is bound to this browser by those
 * cookies, and who may enter is decided there (lib/auth/sso-sign-in.ts). A link, not a form,
 * so the Content Security Policy's form-action stays 'self'.
 */
export async function GET(request: NextRequest) {
  if (!ssoConfig()) notFound();
  const parsed = query.safeParse({
    callbackUrl: request.nextUrl.searchParams.get("callbackUrl") ?? undefined,
  });
  const requested = safeCallbackPath(parsed.success ? parsed.data.callbackUrl : undefined);
  await signIn(SSO_PROVIDER_ID, { redirectTo: requested.startsWith("/login") ? "/" : requested });
}
