import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { getDb } from "@/db/client";
import { recordAudit } from "@/lib/audit";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { clientIp } from "@/lib/auth/client-ip";
import { authSecret } from "@/lib/auth/secret";

/** Too many failed attempts for this account or address: the login page says "wait". */
export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: authSecret(),
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const outcome = await attemptSignIn(await getDb(), credentials, { ip: clientIp(request.headers) });
        if (outcome.ok) return outcome.user;
        if (outcome.reason === "throttled") throw new SignInThrottled();
        return null;
      },
    }),
  ],
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (!token?.uid) return;
      const db = await getDb();
      await recordAudit(
        db,
        { userId: token.uid as string, email: token.email ?? "" },
        {
          action: "auth.sign_out",
          entityType: "user",
          entityId: token.uid as string,
        },
      );
    },
  },
}));
