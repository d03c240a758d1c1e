import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";

// The action as the browser calls it, with a signed-in session; the password policy that
// refuses the new password is the real one (it answers before the database is read).
const actor: Actor = {
  userId: "00000000-0000-4000-8000-000000000001",
  email: "ana.gomez@redes.local",
  name: "Ana Gómez",
  role: "viewer",
  departmentId: null,
  personId: null,
};
vi.mock("@/lib/auth/session", () => ({
  currentSession: vi.fn(async () => ({ status: "active", actor })),
}));
vi.mock("@/db/client", () => ({ getDb: vi.fn(async () => ({})) }));
vi.mock("@/auth", () => ({ signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next-auth", () => ({ CredentialsSignin: class extends Error {} }));

const { changePasswordAction } = await import("@/app/(app)/cuenta/actions");

function submitted(current: string, next: string, repeat = next): FormData {
  const form = new FormData();
  form.set("username", actor.email);
  form.set("currentPassword", current);
  form.set("newPassword", next);
  form.set("confirmPassword", repeat);
  return form;
}

describe("the change-password action's state after a refusal", () => {
  beforeEach(() => vi.clearAllMocks());

  it("says why, and carries none of the typed passwords back", async () => {
    const current = "mi-contraseña-actual-7391";
    const common = "qwertyuiop123"; // in the common-password list, which only the server checks
    const state = await changePasswordAction({ submission: 3 }, submitted(current, common));
    expect(state).toMatchObject({ ok: false, code: "VALIDATION", submission: 4 });
    expect(state.fieldErrors?.newPassword).toEqual(["passwordCommon"]);
    const sent = JSON.stringify(state);
    expect(sent).not.toContain(current);
    expect(sent).not.toContain(common);
    expect(Object.values(state.values ?? {})).toEqual([]);
  });

  it("nor when the repetition does not match", async () => {
    const state = await changePasswordAction(
      { submission: 0 },
      submitted("otra-actual-4455", "lluvia sobre el río", "lluvia sobre el rio"),
    );
    expect(state.fieldErrors?.confirmPassword).toBeTruthy();
    const sent = JSON.stringify(state);
    for (const typed of ["otra-actual-4455", "lluvia sobre el río", "lluvia sobre el rio"]) {
      expect(sent).not.toContain(typed);
    }
  });
});
