"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { auth, signIn, signOut } from "@/auth";
import { getDb } from "@/db/client";
import { afterPasswordPath } from "@/lib/auth/second-factor/paths";
import { endSession } from "@/lib/auth/user-sessions";

export interface SignInState {
  error?: "invalid" | "throttled" | "INTERNAL";
  fieldErrors?: { email?: string; password?: string };
  email?: string;
}

const loginForm = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: "emailRequired" })
    .max(254, { error: "emailInvalid" })
    .pipe(z.email({ error: "emailInvalid" })),
  password: z.string().min(1, { error: "passwordRequired" }).max(1024, { error: "passwordRequired" }),
});

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const parsed = loginForm.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) {
    const flat = z.flattenError(parsed.error).fieldErrors;
    return { email, fieldErrors: { email: flat.email?.[0], password: flat.password?.[0] } };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      // Through the second-factor step, which keeps the page asked for and forwards at once
      // when the account has no second factor to prove.
      redirectTo: afterPasswordPath(String(formData.get("callbackUrl") ?? "/")),
    });
  } catch (error) {
    // A successful sign-in "throws" Next's redirect, which must propagate.
    if (error instanceof CredentialsSignin) {
      return { email, error: error.code === "throttled" ? "throttled" : "invalid" };
    }
    if (error instanceof AuthError) return { email, error: "INTERNAL" };
    throw error;
  }
  return { email };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}

/** The browser's idle timer ran out: the session row ends as idle, so the cookie is worthless. */
export async function endIdleSessionAction(): Promise<void> {
  const session = await auth();
  const sessionId = session?.user?.sessionId;
  if (sessionId) await endSession(await getDb(), sessionId, "idle");
  await signOut({ redirectTo: "/login?sesion=vencida" });
}
