import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/**
 * A real OpenID Connect provider (the `oidc-provider` package) for the single sign-on tests:
 * discovery, authorization code flow with PKCE, signed ID tokens, user info. Its development
 * sign-in page accepts any login (the login becomes the subject, "sub") with any password; the
 * claims of each subject come from TEST_SSO_ACCOUNTS.
 */

export interface TestSsoAccount {
  email: string;
  emailVerified: boolean;
  name: string;
}

/** The identities the provider knows. Any other login signs in with an unverified e-mail. */
export const TEST_SSO_ACCOUNTS: Record<string, TestSsoAccount> = {
  // Pre-provisioned by an administrator with this subject on the user form (e2e).
  "visor-sso-7f3a": { email: "visor.sso@externo.test", emailVerified: true, name: "Valeria Visor" },
  // A coordinator with a verified e-mail: never bound by it; the administrator enters the subject (e2e).
  "coordinacion-sso-51c2": {
    email: "coordinacion.sso@redes.local",
    emailVerified: true,
    name: "Carla Coordinación",
  },
};

export const TEST_SSO_CLIENT = { clientId: "redes-e2e", clientSecret: "redes-e2e-client-secret-0123456789" };
export const TEST_SSO_NAME = "Proveedor de prueba";

export interface RunningProvider {
  issuer: string;
  close(): Promise<void>;
}

/** Starts the provider on 127.0.0.1 (`port` 0: a free port, read back from the issuer). */
export async function startOidcProvider({
  port = 0,
  redirectUris,
  accounts = TEST_SSO_ACCOUNTS,
}: {
  port?: number;
  redirectUris: string[];
  accounts?: Record<string, TestSsoAccount>;
}): Promise<RunningProvider> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_SSO_CLIENT.clientId,
        client_secret: TEST_SSO_CLIENT.clientSecret,
        redirect_uris: redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    async findAccount(_ctx, id) {
      const known = accounts[id];
      return {
        accountId: id,
        async claims() {
          return {
            sub: id,
            email: known?.email ?? `${id}@desconocido.test`,
            email_verified: known?.emailVerified ?? false,
            name: known?.name ?? id,
          };
        },
      };
    },
    // A first-party client: grant the requested scopes without a consent screen.
    async loadExistingGrant(ctx) {
      const grantId =
        ctx.oidc.result?.consent?.grantId || ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
    cookies: { keys: ["redes-test-provider-cookie-key"] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    pkce: { required: () => true },
  });
  const callback = provider.callback();
  server.on("request", (request, response) => void callback(request, response));
  return {
    issuer,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
