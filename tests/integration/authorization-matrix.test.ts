/**
 * The authorization matrix: every server action and route handler of the app (discovered from
 * the source tree, see tests/support/authorization-registry.ts) × every role, an anonymous
 * visitor and a revoked session × the record's scope (the caller's own, another one of the
 * caller's department, another department's). Each call goes through the real endpoint code
 * with a real context: only the session token's decoding (`auth()`), the framework's cache
 * revalidation and the message lookup are replaced; the session is still checked against the
 * database (lib/auth/session.ts), lib/ authorises and writes for real.
 *
 * Allowed calls must succeed and write (with their audit event); refused ones must answer with
 * a refusal, change no row of any table, and leave exactly one "auth.denied" audit event (none
 * for a visitor without a session). The expected answer comes from the policy table
 * (lib/auth/policy.ts, itself pinned by tests/unit/policy.test.ts).
 */
import { randomUUID } from "node:crypto";
import { eq, gt, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ db: null as unknown, claims: null as unknown }));

// The database the endpoints open is the suite's; the session token is the caller's.
vi.mock("@/db/client", async (original) => ({
  ...(await original<object>()),
  getDb: async () => session.db,
}));
vi.mock("@/auth", async () => {
  const { redirect } = await import("next/navigation");
  return {
    auth: async () => session.claims,
    // Auth.js's own sign-in/out end in a redirect, as they do in the app.
    signIn: async (_provider: string, options: { redirectTo: string }) => redirect(options.redirectTo),
    signOut: async (options: { redirectTo: string }) => redirect(options.redirectTo),
    handlers: {},
  };
});
// Auth.js's error classes (the real package needs Next's server runtime to load).
vi.mock("next-auth", () => ({
  AuthError: class AuthError extends Error {},
  CredentialsSignin: class CredentialsSignin extends Error {},
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
// Work an action starts after its response (an import's validation and commit): kept here and
// awaited by check(), so that what it writes (or must not write) is part of the call's outcome.
const afterResponse = vi.hoisted(() => ({ tasks: [] as Promise<unknown>[] }));
vi.mock("next/server", async (original) => ({
  ...(await original<object>()),
  after: (task: (() => unknown) | Promise<unknown>) => {
    afterResponse.tasks.push(Promise.resolve(typeof task === "function" ? task() : task));
  },
}));
// Messages are not what this test reads: every key translates to itself.
const { translator } = vi.hoisted(() => ({
  translator: Object.assign((key: string) => key, {
    has: () => false,
    rich: (key: string) => key,
    markup: (key: string) => key,
    raw: (key: string) => key,
  }),
}));
vi.mock("next-intl/server", () => ({
  getTranslations: async () => translator,
  getLocale: async () => "es-AR",
}));
vi.mock("@/lib/i18n/translations", () => ({ getTranslations: async () => translator }));

import { queryRows, type Db } from "@/db/client";
import {
  auditEvents,
  bodies,
  calendarFeedTokens,
  departments,
  people,
  seats,
  userPasskeys,
  userRecoveryCodes,
  userTotp,
  users,
} from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import type { Actor } from "@/lib/auth/actor";
import { settleDenialAudits } from "@/lib/auth/denials";
import { endSession, startSession } from "@/lib/auth/user-sessions";
import { hashPassword } from "@/lib/auth/password";
import { passkeySecondFactorOptions } from "@/lib/auth/passkeys/authentication";
import { passkeyRegistrationOptions, registerPasskey } from "@/lib/auth/passkeys/registration";
import { relyingParty } from "@/lib/auth/passkeys/relying-party";
import { pendingTotpEnrolment, startTotpEnrolment } from "@/lib/auth/second-factor/commands";
import { POLICY_ACTIONS, ROLES, scopeFor, type PolicyAction } from "@/lib/auth/policy";
import { createAssignment } from "@/lib/assignments/commands";
import { archiveBody, createBody } from "@/lib/bodies/commands";
import { createFeedToken } from "@/lib/calendar-feeds/commands";
import { createCommitment } from "@/lib/commitments/commands";
import type { Ctx } from "@/lib/context";
import { todayInBuenosAires } from "@/lib/dates";
import { createDepartment } from "@/lib/departments/commands";
import { EXPORT_TABLES } from "@/lib/export/registry";
import { recordHistory } from "@/lib/history/queries";
import { DEFAULT_HORIZON, monthKey } from "@/lib/meetings/cadence-planner";
import { cadencePreview } from "@/lib/meetings/cadence-queries";
import { createMeeting } from "@/lib/meetings/commands";
import { createAgendaItem } from "@/lib/meetings/log/agenda-items";
import { createDecision } from "@/lib/meetings/log/decisions";
import { addDelegationMember } from "@/lib/meetings/log/delegation";
import { meetingFormValues } from "@/lib/meetings/queries";
import { createNetwork } from "@/lib/networks/commands";
import { resolvePanel } from "@/lib/panel/scope";
import { commitImportJob, createImportJob, validateImportJob } from "@/lib/import/jobs";
import { sheetSource } from "@/app/(app)/importar/_lib/read";
import { createPerson } from "@/lib/people/commands";
import { addTerm, createSeat } from "@/lib/seats/commands";
import { createThematicArea } from "@/lib/thematic-areas/commands";
import { createUser } from "@/lib/users/commands";
import {
  callersOf,
  discoverEndpoints,
  endpointSource,
  isPublic,
  LIB_ONLY,
  PAGE_READS,
  ROUTE_HANDLERS,
  SERVER_ACTIONS,
  type EndpointKey,
  type RegistryEntry,
} from "../support/authorization-registry";
import { describeDatabases } from "../support/databases";
import { createActors } from "../support/fixtures";
import { SoftAuthenticator } from "../support/soft-authenticator";
import { totpCode } from "../support/totp";

// ---------------------------------------------------------------------------------------------
// Who calls, on what.

/**
 * A role; a visitor without a session; a coordinator's token from before a "sign out
 * everywhere"; a coordinator whose password was reset (may only choose a new one).
 */
type Caller = AppRole | "anonymous" | "revoked" | "pending";
const CALLERS: Caller[] = [...ROLES, "anonymous", "revoked", "pending"];
const signedOut = (caller: Caller): caller is "anonymous" | "revoked" | "pending" =>
  caller === "anonymous" || caller === "revoked" || caller === "pending";

/** Whose record: the caller's own, a colleague's (same department), another department's; "-": no owner. */
type RecordScope = "own" | "own_department" | "other_department" | "-";
const OWNED: RecordScope[] = ["own", "own_department", "other_department"];

interface World {
  db: Db;
  actors: Record<AppRole, Actor>;
  admin: Ctx;
  /** A person (with a viewer account) in the actors' department, and one in another department. */
  colleague: { personId: string; userId: string };
  outsider: { personId: string; userId: string; departmentId: string };
  areaId: string;
  today: string;
  /** The account behind the "pending" caller (must change its password), and its password hash. */
  pending: Actor;
  passwordHash: string;
}

/** What an endpoint is called with, built fresh for each call (so no call sees another's writes). */
type Setup = (w: World, scope: RecordScope, caller: Caller) => Promise<unknown[]>;

interface Expectation {
  allowed: boolean;
  /** The refusal's code; null: the endpoint answers as for a success, and must still change nothing. */
  code?: string | null;
  /** Why the refusal is audited ("role" or "scope"); absent: no audit event at all. */
  denial?: "role" | "scope";
}

interface ActionCase {
  scopes: RecordScope[];
  setup: Setup;
  expect?: (caller: Caller, scope: RecordScope, base: Expectation) => Expectation;
}

const PREV = { submission: 0 };
let unique = 0;
const u = (text: string) => `${text} ${++unique}`;

function form(values: Record<string, string | string[] | undefined>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const v of [value].flat()) data.append(key, v);
  }
  return data;
}

function ok<T>(result: { ok: true; data: T } | { ok: false }): T {
  if (!result.ok) throw new Error(`fixture failed: ${JSON.stringify(result)}`);
  return result.data;
}

/** The person a record of this scope belongs to, for this caller. */
function personFor(w: World, scope: RecordScope, caller: Caller): string {
  if (scope === "own" && caller in w.actors) return w.actors[caller as AppRole].personId!;
  if (scope === "other_department") return w.outsider.personId;
  return w.colleague.personId;
}

// ---------------------------------------------------------------------------------------------
// Fixtures, made as an administrator outside any request (not audited as refusals).

const newNetwork = async (w: World) =>
  ok(await createNetwork(w.admin, { name: u("Red"), kind: "global", membershipStatus: "member" })).id;
const newBody = async (w: World, extra: Record<string, string> = {}) => {
  const networkId = await newNetwork(w);
  return ok(await createBody(w.admin, networkId, { name: u("Comité"), kind: "committee", ...extra })).id;
};
const newSeat = async (w: World) =>
  ok(await createSeat(w.admin, { title: u("Vocalía"), kind: "political", networkId: await newNetwork(w) }))
    .id;
const meetingForm = (networkId: string, startDate: string) => ({
  networkId,
  title: u("Reunión"),
  kind: "assembly",
  status: "confirmed",
  startDate,
  startTime: "09:00",
  endDate: startDate,
  endTime: "17:00",
  timeZone: "America/Argentina/Buenos_Aires",
  mode: "online",
});
const newMeeting = async (w: World, startDate = "2027-03-18") =>
  ok(await createMeeting(w.admin, meetingForm(await newNetwork(w), startDate))).id;
const meetingVersion = async (w: World, id: string) => (await meetingFormValues(w.admin, id))!.version;
const newMember = async (w: World, meetingId: string, personId: string) =>
  ok(await addDelegationMember(w.admin, meetingId, { personId, role: "delegate", attendance: "invited" })).id;
const newCommitment = async (w: World, ownerPersonId: string) =>
  ok(
    await createCommitment(w.admin, {
      networkId: await newNetwork(w),
      title: u("Compromiso"),
      ownerPersonId,
      status: "open",
    }),
  ).id;
const assignmentForm = (w: World, personId: string, networkId: string) => ({
  personId,
  networkId,
  thematicAreaId: w.areaId,
  role: "member",
  status: "active",
  startsOn: "2026-01-01",
});
const newAssignment = async (w: World, personId: string) =>
  ok(await createAssignment(w.admin, assignmentForm(w, personId, await newNetwork(w)))).id;
const newArea = async (w: World) => ok(await createThematicArea(w.admin, { name: u("Área") })).id;
const newTargetUser = async (w: World) => {
  const created = ok(
    await createUser(w.admin, {
      email: `${u("destino").replace(" ", ".")}@prueba.test`,
      name: u("Destino"),
      role: "viewer",
    }),
  );
  const [row] = await w.db
    .select({ version: users.version, email: users.email })
    .from(users)
    .where(eq(users.id, created.id));
  return { id: created.id, ...row! };
};

/** Second factors made by one call's setup are cleared by the next (the callers sign in without one). */
const clearSecondFactors = async (w: World) => {
  const ids = Object.values(w.actors).map((a) => a.userId);
  await w.db.delete(userTotp).where(inArray(userTotp.userId, ids));
  await w.db.delete(userRecoveryCodes).where(inArray(userRecoveryCodes.userId, ids));
  // The passkey cases register passkeys for the callers: a factor too.
  await w.db.delete(userPasskeys).where(inArray(userPasskeys.userId, ids));
};
/** A caller's own authenticator app, enrolment started (not confirmed); its current code. */
const pendingApp = async (w: World, caller: Caller): Promise<string> => {
  await clearSecondFactors(w);
  if (!(caller in w.actors)) return "000000";
  const ctx = { db: w.db, actor: w.actors[caller as AppRole] };
  ok(await startTotpEnrolment(ctx));
  return totpCode(ok(await pendingTotpEnrolment(ctx))!.key);
};

const PASSWORD = "una contraseña de prueba larga";
const NEW_PASSWORD = "colectivo sesenta y cuatro";

/** The relying party of the passkey cases: the app at https://redes.test (a setting, as in production). */
const MATRIX_ORIGIN = "https://redes.test";
function matrixRelyingParty() {
  vi.stubEnv("REDES_WEBAUTHN_ORIGIN", MATRIX_ORIGIN);
  return relyingParty(null);
}
/** Whose passkey: the caller's own account, a colleague's, another department's. */
const passkeyOwner = (w: World, scope: RecordScope, caller: Caller): string =>
  scope === "own" && caller in w.actors
    ? w.actors[caller as AppRole].userId
    : scope === "other_department"
      ? w.outsider.userId
      : w.colleague.userId;
const newPasskey = async (w: World, userId: string) => {
  const [row] = await w.db
    .insert(userPasskeys)
    .values({ userId, credentialId: randomUUID(), publicKey: "AA", name: u("Llave") })
    .returning({ id: userPasskeys.id });
  return row!.id;
};
/** One's own records only: anybody else's is NOT_FOUND (nothing says it exists). */
const ownOnly = (_caller: Caller, scope: RecordScope, base: Expectation): Expectation =>
  !base.allowed || scope === "own" ? base : { allowed: false, code: "NOT_FOUND" };

// ---------------------------------------------------------------------------------------------
// Every server action: how to call it on a fresh record of each scope.

const A = (file: string, name: string): EndpointKey => `app/${file}#${name}`;
const any = (setup: Setup): ActionCase => ({ scopes: ["-"], setup });
const owned = (setup: Setup, extra: Partial<ActionCase> = {}): ActionCase => ({
  scopes: OWNED,
  setup,
  ...extra,
});

const attendance: ActionCase = owned(async (w, scope, caller) => {
  const meetingId = await newMeeting(w);
  const memberId = await newMember(w, meetingId, personFor(w, scope, caller));
  return [meetingId, memberId, PREV, form({ attendance: "confirmed", version: "1" })];
});
const progress: ActionCase = owned(async (w, scope, caller) => [
  await newCommitment(w, personFor(w, scope, caller)),
  PREV,
  form({ status: "in_progress", notes: "Avanzando", version: "1" }),
]);

// Imports: a job is the uploader's own; a head reaches only the jobs they uploaded.
/** A person of the actors' department (a head imports only their own department's people). */
const csvBytes = (department = "") =>
  new TextEncoder().encode(
    `Nombre y apellido;Correo electrónico;Repartición\nAna Importada;;${department}\n`,
  );
const actorsDepartment = async (w: World) => {
  const [row] = await w.db
    .select({ name: departments.name })
    .from(departments)
    .where(eq(departments.id, w.actors.admin.departmentId!));
  return row!.name;
};
/** The caller's own job when it may import ("own"), else an administrator's; taken to `upTo`. */
const importJob = async (
  w: World,
  scope: RecordScope,
  caller: Caller,
  upTo: "uploaded" | "validated" | "done",
) => {
  const mine = scope === "own" && caller in w.actors && scopeFor(caller as AppRole, "import.run");
  const ctx: Ctx = mine ? { db: w.db, actor: w.actors[caller as AppRole] } : w.admin;
  const bytes = csvBytes(await actorsDepartment(w));
  const job = ok(await createImportJob(ctx, { table: "personas", fileName: "personas.csv", bytes }));
  if (upTo === "uploaded") return job;
  const validated = ok(await validateImportJob(ctx, job.id, { version: job.version }, sheetSource()));
  if (upTo === "validated") return validated;
  return ok(await commitImportJob(ctx, job.id, { version: validated.version }, sheetSource()));
};
/** Another's job is not found for a head (their scope is the jobs they uploaded); nothing audited. */
const ownJobs = (caller: Caller, scope: RecordScope, base: Expectation): Expectation =>
  scope !== "own" && !signedOut(caller) && scopeFor(caller, "import.run") === "own_department"
    ? { allowed: false, code: "NOT_FOUND" }
    : base;
/** A route's answer for an import's policy action: a refusal is a 403 status. */
const importRouteExpectation = (action: PolicyAction, caller: Caller, scope: RecordScope): Expectation => {
  const base = ownJobs(caller, scope, expectedFor(action, caller, "own"));
  if (base.code === "FORBIDDEN") return { ...base, code: "403" };
  return base.code === "NOT_FOUND" ? { ...base, code: "404" } : base;
};
const IMPORT_SCOPES: RecordScope[] = ["own", "other_department"];

const ACTION_CASES: Record<EndpointKey, ActionCase> = {
  [A("(app)/redes/actions.ts", "createNetworkAction")]: any(async () => [
    PREV,
    form({ name: u("Red nueva"), kind: "global", membershipStatus: "member" }),
  ]),
  [A("(app)/redes/actions.ts", "updateNetworkAction")]: any(async (w) => [
    await newNetwork(w),
    PREV,
    form({ name: u("Red editada"), kind: "regional", membershipStatus: "observer", version: "1" }),
  ]),
  [A("(app)/redes/actions.ts", "setNetworkArchivedAction")]: any(async (w) => [
    await newNetwork(w),
    true,
    form({ version: "1" }),
  ]),

  [A("(app)/organos/actions.ts", "createBodyAction")]: any(async (w) => [
    await newNetwork(w),
    PREV,
    form({ name: u("Órgano nuevo"), kind: "council" }),
  ]),
  [A("(app)/organos/actions.ts", "updateBodyAction")]: any(async (w) => [
    await newBody(w),
    PREV,
    form({ name: u("Órgano editado"), kind: "council", version: "1" }),
  ]),
  [A("(app)/organos/actions.ts", "archiveBodyAction")]: any(async (w) => [
    await newBody(w),
    PREV,
    form({ version: "1" }),
  ]),
  [A("(app)/organos/actions.ts", "restoreBodyAction")]: any(async (w) => {
    const id = await newBody(w);
    ok(await archiveBody(w.admin, id, { version: 1 }));
    return [id, PREV, form({ version: "2" })];
  }),
  [A("(app)/organos/[id]/generar/actions.ts", "generateTentativeAction")]: any(async (w) => {
    const id = await newBody(w, { cadenceMonths: "6", usualMonth: "5" });
    const preview = await cadencePreview(w.admin, id, DEFAULT_HORIZON, w.today);
    const months = preview!.toCreate.map(monthKey);
    if (!months.length) throw new Error(`fixture: nothing to generate ${JSON.stringify(preview?.plan)}`);
    return [id, PREV, form({ horizon: String(DEFAULT_HORIZON), months })];
  }),

  [A("(app)/cargos/actions.ts", "createSeatAction")]: any(async (w) => [
    PREV,
    form({ title: u("Cargo"), kind: "executive", networkId: await newNetwork(w) }),
  ]),
  [A("(app)/cargos/actions.ts", "updateSeatAction")]: any(async (w) => {
    const id = await newSeat(w);
    const [{ networkId }] = await w.db
      .select({ networkId: seats.networkId })
      .from(seats)
      .where(eq(seats.id, id))
      .then((r) => r as [{ networkId: string }]);
    return [id, PREV, form({ title: u("Cargo editado"), kind: "political", networkId, version: "1" })];
  }),
  [A("(app)/cargos/actions.ts", "setSeatArchivedAction")]: any(async (w) => [
    await newSeat(w),
    true,
    PREV,
    form({ version: "1" }),
  ]),
  [A("(app)/cargos/actions.ts", "addTermAction")]: any(async (w) => [
    await newSeat(w),
    PREV,
    form({ holderPersonId: w.outsider.personId, startsOn: "2026-01-01", status: "active" }),
  ]),
  [A("(app)/cargos/actions.ts", "updateTermAction")]: any(async (w) => {
    const seatId = await newSeat(w);
    const term = ok(
      await addTerm(w.admin, seatId, {
        holderPersonId: w.outsider.personId,
        startsOn: "2026-01-01",
        status: "active",
      }),
    );
    return [
      seatId,
      term.id,
      PREV,
      form({ holderPersonId: w.colleague.personId, startsOn: "2026-01-01", status: "active", version: "1" }),
    ];
  }),

  [A("(app)/areas-tematicas/actions.ts", "createAreaAction")]: any(async () => [
    PREV,
    form({ name: u("Área nueva") }),
  ]),
  [A("(app)/areas-tematicas/actions.ts", "renameAreaAction")]: any(async (w) => [
    await newArea(w),
    PREV,
    form({ name: u("Área renombrada"), version: "1" }),
  ]),
  [A("(app)/areas-tematicas/actions.ts", "mergeAreasAction")]: any(async (w) => [
    PREV,
    form({
      sourceId: await newArea(w),
      targetId: await newArea(w),
      sourceVersion: "1",
      targetVersion: "1",
      confirm: "yes",
    }),
  ]),

  [A("(app)/reuniones/actions.ts", "createMeetingAction")]: any(async (w) => [
    PREV,
    form(meetingForm(await newNetwork(w), "2027-04-20")),
  ]),
  [A("(app)/reuniones/actions.ts", "updateMeetingAction")]: any(async (w) => {
    const id = await newMeeting(w);
    const current = await meetingFormValues(w.admin, id);
    const values = Object.fromEntries(
      Object.entries(current!.values).map(([k, v]) => [k, v == null ? "" : String(v)]),
    );
    return [id, PREV, form({ ...values, title: u("Reunión editada"), version: String(current!.version) })];
  }),
  [A("(app)/reuniones/[id]/actions.ts", "createAgendaItemAction")]: any(async (w) => [
    await newMeeting(w),
    PREV,
    form({ title: u("Punto") }),
  ]),
  [A("(app)/reuniones/[id]/actions.ts", "updateAgendaItemAction")]: any(async (w) => {
    const meetingId = await newMeeting(w);
    const item = ok(await createAgendaItem(w.admin, meetingId, { title: u("Punto") }));
    return [meetingId, item.id, PREV, form({ title: u("Punto editado"), version: "1" })];
  }),
  [A("(app)/reuniones/[id]/actions.ts", "deleteAgendaItemAction")]: any(async (w) => {
    const meetingId = await newMeeting(w);
    const item = ok(await createAgendaItem(w.admin, meetingId, { title: u("Punto") }));
    return [meetingId, item.id, PREV, form({ version: "1" })];
  }),
  [A("(app)/reuniones/[id]/actions.ts", "moveAgendaItemAction")]: any(async (w) => {
    const meetingId = await newMeeting(w);
    ok(await createAgendaItem(w.admin, meetingId, { title: u("Primero") }));
    const second = ok(await createAgendaItem(w.admin, meetingId, { title: u("Segundo") }));
    return [meetingId, second.id, PREV, form({ direction: "up", version: "1" })];
  }),
  [A("(app)/reuniones/[id]/actions.ts", "createDecisionAction")]: any(async (w) => [
    await newMeeting(w),
    PREV,
    form({ text: u("Decisión") }),
  ]),
  [A("(app)/reuniones/[id]/actions.ts", "updateDecisionAction")]: any(async (w) => {
    const meetingId = await newMeeting(w);
    const decision = ok(await createDecision(w.admin, meetingId, { text: u("Decisión") }));
    return [meetingId, decision.id, PREV, form({ text: u("Decisión editada"), version: "1" })];
  }),
  [A("(app)/reuniones/[id]/actions.ts", "deleteDecisionAction")]: any(async (w) => {
    const meetingId = await newMeeting(w);
    const decision = ok(await createDecision(w.admin, meetingId, { text: u("Decisión") }));
    return [meetingId, decision.id, PREV, form({ version: "1" })];
  }),
  [A("(app)/reuniones/[id]/actions.ts", "moveDecisionAction")]: any(async (w) => {
    const meetingId = await newMeeting(w);
    ok(await createDecision(w.admin, meetingId, { text: u("Primera") }));
    const second = ok(await createDecision(w.admin, meetingId, { text: u("Segunda") }));
    return [meetingId, second.id, PREV, form({ direction: "up", version: "1" })];
  }),
  [A("(app)/reuniones/[id]/actions.ts", "addMemberAction")]: any(async (w) => [
    await newMeeting(w),
    PREV,
    form({ personId: w.outsider.personId, role: "delegate", attendance: "invited" }),
  ]),
  [A("(app)/reuniones/[id]/actions.ts", "updateMemberAction")]: any(async (w) => {
    const meetingId = await newMeeting(w);
    const memberId = await newMember(w, meetingId, w.outsider.personId);
    return [meetingId, memberId, PREV, form({ role: "speaker", attendance: "confirmed", version: "1" })];
  }),
  [A("(app)/reuniones/[id]/actions.ts", "removeMemberAction")]: any(async (w) => {
    const meetingId = await newMeeting(w);
    const memberId = await newMember(w, meetingId, w.outsider.personId);
    return [meetingId, memberId, PREV, form({ version: "1" })];
  }),
  [A("(app)/reuniones/[id]/actions.ts", "ownAttendanceAction")]: attendance,
  [A("(app)/reuniones/[id]/actions.ts", "updateMinutesAction")]: any(async (w) => {
    const meetingId = await newMeeting(w);
    return [
      meetingId,
      PREV,
      form({ minutes: "Se aprobó el plan.", version: String(await meetingVersion(w, meetingId)) }),
    ];
  }),
  [A("(app)/reuniones/[id]/actions.ts", "closeMeetingAction")]: any(async (w) => {
    const meetingId = await newMeeting(w, "2026-02-10");
    return [
      meetingId,
      PREV,
      form({ minutes: "Acta de cierre.", version: String(await meetingVersion(w, meetingId)) }),
    ];
  }),

  [A("(app)/compromisos/actions.ts", "createCommitmentAction")]: any(async (w) => [
    PREV,
    form({
      networkId: await newNetwork(w),
      title: u("Compromiso nuevo"),
      ownerPersonId: w.outsider.personId,
      status: "open",
    }),
  ]),
  [A("(app)/compromisos/actions.ts", "updateCommitmentAction")]: any(async (w) => [
    await newCommitment(w, w.outsider.personId),
    PREV,
    form({
      networkId: await newNetwork(w),
      title: u("Compromiso editado"),
      ownerPersonId: w.outsider.personId,
      status: "open",
      version: "1",
    }),
  ]),
  [A("(app)/compromisos/actions.ts", "progressCommitmentAction")]: progress,
  [A("(app)/mi-participacion/actions.ts", "myCommitmentProgressAction")]: progress,
  [A("(app)/mi-participacion/actions.ts", "myAttendanceAction")]: attendance,

  // Assignments: the record's scope is its person's (a head manages their department's people).
  [A("(app)/asignaciones/actions.ts", "createAssignmentAction")]: owned(async (w, scope, caller) => [
    PREV,
    form(assignmentForm(w, personFor(w, scope, caller), await newNetwork(w))),
  ]),
  [A("(app)/asignaciones/actions.ts", "updateAssignmentAction")]: owned(async (w, scope, caller) => {
    const personId = personFor(w, scope, caller);
    const id = await newAssignment(w, personId);
    return [
      id,
      PREV,
      form({ ...assignmentForm(w, personId, await newNetwork(w)), dedication: "4 horas", version: "1" }),
    ];
  }),
  [A("(app)/asignaciones/actions.ts", "endAssignmentAction")]: owned(async (w, scope, caller) => [
    await newAssignment(w, personFor(w, scope, caller)),
    PREV,
    form({ endsOn: w.today, version: "1" }),
  ]),
  [A("(app)/mi-participacion/actions.ts", "createParticipationUpdateAction")]: owned(
    async (w, scope, caller) => [
      await newAssignment(w, personFor(w, scope, caller)),
      "registro",
      PREV,
      form({ occurredOn: w.today, kind: "contribution", text: "Envié el informe." }),
    ],
  ),

  [A("(app)/personas/actions.ts", "createPersonAction")]: any(async () => [
    PREV,
    form({ fullName: u("Persona") }),
  ]),
  [A("(app)/personas/actions.ts", "updatePersonAction")]: owned(
    async (w, scope) => {
      const departmentId =
        scope === "other_department" ? w.outsider.departmentId : w.actors.admin.departmentId!;
      const id = ok(await createPerson(w.admin, { fullName: u("Persona"), departmentId })).id;
      return [id, PREV, form({ fullName: u("Persona editada"), departmentId, version: "1" })];
    },
    { scopes: ["own_department", "other_department"] },
  ),
  [A("(app)/personas/actions.ts", "linkPersonUserAction")]: any(async (w) => {
    const personId = ok(await createPerson(w.admin, { fullName: u("Persona") })).id;
    const target = await newTargetUser(w);
    return [personId, PREV, form({ userId: target.id, version: "1" })];
  }),

  [A("(app)/areas/actions.ts", "createDepartmentAction")]: any(async () => [
    PREV,
    form({ name: u("Dirección") }),
  ]),
  [A("(app)/areas/actions.ts", "updateDepartmentAction")]: any(async (w) => [
    ok(await createDepartment(w.admin, { name: u("Dirección") })).id,
    PREV,
    form({ name: u("Dirección editada"), version: "1" }),
  ]),

  [A("(app)/calendario/suscripcion/actions.ts", "createFeedTokenAction")]: any(async () => [
    PREV,
    form({ scope: "all" }),
  ]),
  // Links are one's own by user id: someone else's is NOT_FOUND (nothing says it exists).
  [A("(app)/calendario/suscripcion/actions.ts", "revokeFeedTokenAction")]: owned(
    async (w, scope, caller) => {
      const owner =
        scope === "own" && caller in w.actors
          ? w.actors[caller as AppRole]
          : scope === "other_department"
            ? { userId: w.outsider.userId }
            : { userId: w.colleague.userId };
      const [row] = await w.db
        .select({ id: users.id, email: users.email, name: users.name, role: users.role })
        .from(users)
        .where(eq(users.id, owner.userId));
      const ownerActor = { ...row!, userId: row!.id, departmentId: null, personId: null } as Actor;
      // Older links of the owner are revoked first (at most ten are active at once).
      await w.db
        .update(calendarFeedTokens)
        .set({ revokedAt: new Date() })
        .where(eq(calendarFeedTokens.userId, owner.userId));
      const created = ok(await createFeedToken({ db: w.db, actor: ownerActor }, { scope: "all" }));
      return [created.id];
    },
    {
      expect: (caller, scope, base) =>
        !base.allowed || scope === "own" ? base : { allowed: false, code: "NOT_FOUND" },
    },
  ),

  // The one action a session that must choose a new password may use.
  [A("(app)/cuenta/actions.ts", "changePasswordAction")]: {
    ...any(async () => [
      PREV,
      form({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    ]),
    expect: (caller, scope, base) => (caller === "pending" ? { allowed: true } : base),
  },
  // Closing one's own sessions: they come back to Mi cuenta (refused: ?estado=error).
  [A("(app)/cuenta/actions.ts", "closeOwnSessionAction")]: any(async (w, _scope, caller) => {
    const account = accountOf(w, caller);
    const other = await startSession(w.db, {
      userId: account?.userId ?? w.actors.viewer.userId,
      authMethod: "password",
    });
    return [other];
  }),
  [A("(app)/cuenta/actions.ts", "closeOtherSessionsAction")]: any(async () => []),

  // Hidden columns: the user comes from the session, so every caller writes only their own.
  ["app/_lib/list-preferences-action.ts#saveHiddenColumnsAction"]: any(async () => ["networks", ["kind"]]),

  // Passkeys: one's own, by user id (anybody else's is NOT_FOUND). The answers are real
  // WebAuthn responses of a software authenticator (tests/support/soft-authenticator.ts).
  [A("(app)/cuenta/llaves/actions.ts", "registerPasskeyAction")]: any(async (w, _scope, caller) => {
    const account = accountOf(w, caller) ?? w.actors.viewer;
    const options = await passkeyRegistrationOptions({ db: w.db, actor: account }, matrixRelyingParty());
    if (!options.ok) throw new Error(`fixture: ${JSON.stringify(options)}`);
    return [JSON.stringify(new SoftAuthenticator(MATRIX_ORIGIN).register(options.data)), u("Llave")];
  }),
  [A("(app)/cuenta/llaves/actions.ts", "renamePasskeyAction")]: owned(
    async (w, scope, caller) => [await newPasskey(w, passkeyOwner(w, scope, caller)), u("Llave renombrada")],
    { expect: ownOnly },
  ),
  // Two passkeys, so that removing one never meets the last-factor rule of required roles.
  [A("(app)/cuenta/llaves/actions.ts", "removePasskeyAction")]: owned(
    async (w, scope, caller) => {
      const owner = passkeyOwner(w, scope, caller);
      await newPasskey(w, owner);
      return [await newPasskey(w, owner)];
    },
    { expect: ownOnly },
  ),
  // A signed-in session proves its second factor again (step-up) with its own passkey.
  [A("(auth)/login/llave/actions.ts", "passkeySecondFactorAction")]: any(async (w, _scope, caller) => {
    const account = accountOf(w, caller) ?? w.actors.viewer;
    const authenticator = new SoftAuthenticator(MATRIX_ORIGIN);
    const rp = matrixRelyingParty();
    const registration = await passkeyRegistrationOptions({ db: w.db, actor: account }, rp);
    if (!registration.ok) throw new Error(`fixture: ${JSON.stringify(registration)}`);
    const ctx = { db: w.db, actor: account };
    const registered = await registerPasskey(ctx, rp, {
      response: authenticator.register(registration.data),
      name: u("Llave"),
    });
    if (!registered.ok) throw new Error(`fixture: ${JSON.stringify(registered)}`);
    const withSession = {
      ...account,
      session: { id: randomUUID(), authMethod: "password" as const, secondFactorAt: null },
    };
    const options = await passkeySecondFactorOptions({ db: w.db, actor: withSession }, rp);
    if (!options.ok) throw new Error(`fixture: ${JSON.stringify(options)}`);
    return [JSON.stringify(authenticator.assert(options.data)), "/cuenta"];
  }),

  // One's own second factor. The callers sign in without one, so turning the app off finds
  // nothing to turn off and new recovery codes have no factor to stand in for: allowed callers
  // get those answers (lib/ says so after the policy check); the others are refused before.
  [A("(auth)/cuenta/segundo-factor/actions.ts", "startTotpEnrolmentAction")]: any(async (w) => {
    await clearSecondFactors(w);
    return [PREV, form({ from: "cuenta" })];
  }),
  [A("(auth)/cuenta/segundo-factor/actions.ts", "cancelTotpEnrolmentAction")]: {
    ...any(async (w, _scope, caller) => {
      await pendingApp(w, caller);
      return [form({ from: "cuenta" })];
    }),
    // Refused, it sends to sign in (a redirect without a code) and cancels nothing.
    expect: (_caller, _scope, base) => (base.allowed ? base : { ...base, code: null }),
  },
  [A("(auth)/cuenta/segundo-factor/actions.ts", "confirmTotpAction")]: any(async (w, _scope, caller) => [
    PREV,
    form({ code: await pendingApp(w, caller), from: "cuenta" }),
  ]),
  [A("(auth)/cuenta/segundo-factor/actions.ts", "disableTotpAction")]: {
    ...any(async (w) => {
      await clearSecondFactors(w);
      return [PREV, form({})];
    }),
    expect: (_caller, _scope, base) => (base.allowed ? { allowed: false, code: "NOT_FOUND" } : base),
  },
  [A("(auth)/cuenta/segundo-factor/actions.ts", "regenerateRecoveryCodesAction")]: {
    ...any(async (w) => {
      await clearSecondFactors(w);
      return [PREV, form({})];
    }),
    expect: (_caller, _scope, base) => (base.allowed ? { allowed: false, code: "VALIDATION" } : base),
  },

  [A("(app)/admin/usuarios/actions.ts", "createUserAction")]: any(async () => [
    PREV,
    form({ email: `${u("nueva").replace(" ", ".")}@prueba.test`, name: u("Usuaria nueva"), role: "viewer" }),
  ]),
  [A("(app)/admin/usuarios/actions.ts", "updateUserAction")]: any(async (w) => {
    const target = await newTargetUser(w);
    return [
      target.id,
      PREV,
      form({ email: target.email, name: u("Nombre nuevo"), role: "viewer", version: String(target.version) }),
    ];
  }),
  [A("(app)/admin/usuarios/actions.ts", "setUserActiveAction")]: any(async (w) => {
    const target = await newTargetUser(w);
    return [target.id, false, PREV, form({ version: String(target.version) })];
  }),
  [A("(app)/admin/usuarios/actions.ts", "resetPasswordAction")]: any(async (w) => {
    const target = await newTargetUser(w);
    return [target.id, PREV, form({ version: String(target.version) })];
  }),
  [A("(app)/admin/usuarios/actions.ts", "closeUserSessionAction")]: any(async (w) => {
    const target = await newTargetUser(w);
    return [target.id, await startSession(w.db, { userId: target.id, authMethod: "password" })];
  }),
  [A("(app)/admin/usuarios/actions.ts", "closeAllUserSessionsAction")]: any(async (w) => {
    const target = await newTargetUser(w);
    await startSession(w.db, { userId: target.id, authMethod: "password" });
    return [target.id];
  }),
  [A("(app)/admin/usuarios/actions.ts", "resetSecondFactorAction")]: any(async (w) => {
    const target = await newTargetUser(w);
    await w.db
      .insert(userTotp)
      .values({ userId: target.id, secretEncrypted: "v1.x.x.x", confirmedAt: new Date() });
    await w.db.insert(userRecoveryCodes).values({ userId: target.id, codeHash: "x" });
    return [target.id, PREV, form({ confirm: "yes" })];
  }),
  [A("(app)/importar/actions.ts", "uploadImportAction")]: {
    scopes: ["own"],
    setup: async () => {
      const data = new FormData();
      data.set("table", "personas");
      data.set("file", new File([csvBytes()], "personas.csv", { type: "text/csv" }));
      return [PREV, data];
    },
  },
  [A("(app)/importar/actions.ts", "validateImportAction")]: {
    scopes: IMPORT_SCOPES,
    setup: async (w, scope, caller) => {
      const job = await importJob(w, scope, caller, "uploaded");
      return [job.id, form({ version: String(job.version) })];
    },
    expect: ownJobs,
  },
  [A("(app)/importar/actions.ts", "commitImportAction")]: {
    scopes: IMPORT_SCOPES,
    setup: async (w, scope, caller) => {
      const job = await importJob(w, scope, caller, "validated");
      return [job.id, form({ version: String(job.version), mode: "all-or-nothing" })];
    },
    expect: ownJobs,
  },
  [A("(app)/importar/actions.ts", "undoImportAction")]: {
    scopes: IMPORT_SCOPES,
    setup: async (w, scope, caller) => {
      const job = await importJob(w, scope, caller, "done");
      return [job.id, form({ version: String(job.version) })];
    },
    expect: ownJobs,
  },
};

// ---------------------------------------------------------------------------------------------
// Calling an endpoint and judging what it did.

/** The account a caller's token stands for. */
const accountOf = (w: World, caller: Caller): Actor | null =>
  caller === "anonymous"
    ? null
    : caller === "revoked"
      ? w.actors.coordinator
      : caller === "pending"
        ? w.pending
        : w.actors[caller];

async function claimsFor(w: World, caller: Caller) {
  const actor = accountOf(w, caller);
  if (!actor) return null;
  // The pending account stays pending (an allowed password change would clear it).
  if (caller === "pending") {
    await w.db
      .update(users)
      .set({ mustChangePassword: true, passwordHash: w.passwordHash })
      .where(eq(users.id, actor.userId));
  }
  // A fresh session per call (its last-seen time does not move during the call, so the call's
  // fingerprint sees only what the endpoint wrote), signed in fully: a second factor proved.
  const sessionId = await startSession(w.db, {
    userId: actor.userId,
    authMethod: "password",
    secondFactorAt: new Date(),
  });
  // A revoked token names a session that has ended (signed out, closed from another device).
  if (caller === "revoked") await endSession(w.db, sessionId, "closed_by_user");
  return { user: { id: actor.userId, email: actor.email, sessionId } };
}

const redirectOf = (error: unknown): string | null => {
  const digest = (error as { digest?: unknown })?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT") ? digest.split(";")[2]! : null;
};

/** An endpoint's answer: its refusal code if it refused, and where it redirected. */
async function invoke(fn: (...args: unknown[]) => unknown, args: unknown[]) {
  try {
    const value = await fn(...args);
    const code = (value as { code?: unknown } | null)?.code;
    return { code: typeof code === "string" ? code : undefined, redirect: null as string | null, value };
  } catch (error) {
    const to = redirectOf(error);
    if (to === null) throw error;
    const code = new URL(to, "http://x").searchParams.get("codigo") ?? undefined;
    return { code, redirect: to, value: undefined };
  }
}

const rowsOf = queryRows;

/** Every table's contents but the audit log's, as one hash per table. */
async function fingerprint(db: Db): Promise<Record<string, string>> {
  const tables = (
    await rowsOf<{ name: string }>(
      db,
      sql`select table_name as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'audit_events'
          order by 1`,
    )
  ).map((r) => r.name);
  const query = tables
    .map(
      (t) =>
        `select '${t}' as t, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from "${t}" x`,
    )
    .join(" union all ");
  const rows = await rowsOf<{ t: string; h: string }>(db, sql.raw(query));
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

async function lastAuditId(db: Db): Promise<number> {
  const [row] = await db.select({ id: sql<number>`coalesce(max(${auditEvents.id}), 0)` }).from(auditEvents);
  return Number(row!.id);
}

const eventsAfter = (db: Db, id: number) =>
  db.select().from(auditEvents).where(gt(auditEvents.id, id)).orderBy(auditEvents.id);

/** From the policy table: may this caller do `action` on a record of this scope? */
function expectedFor(action: PolicyAction, caller: Caller, scope: RecordScope): Expectation {
  if (signedOut(caller)) return { allowed: false, code: "UNAUTHENTICATED" };
  const given = scopeFor(caller, action);
  if (!given) return { allowed: false, code: "FORBIDDEN", denial: "role" };
  if (given === "any") return { allowed: true };
  if (scope === "-") throw new Error(`${action} is scoped (${given}): its case must name record scopes`);
  const inScope = given === "own" ? scope === "own" : scope === "own" || scope === "own_department";
  return inScope ? { allowed: true } : { allowed: false, code: "FORBIDDEN", denial: "scope" };
}

/** Which policy actions the refusals of the run named (metadata.attempted of auth.denied). */
const attempted = new Map<PolicyAction, Set<EndpointKey>>();
/** Which policy actions were exercised by an allowed call. */
const granted = new Map<PolicyAction, Set<EndpointKey>>();
const note = (map: Map<PolicyAction, Set<EndpointKey>>, action: PolicyAction, key: EndpointKey) =>
  map.set(action, (map.get(action) ?? new Set()).add(key));

async function check(
  w: World,
  key: EndpointKey,
  policy: readonly PolicyAction[],
  caller: Caller,
  scope: RecordScope,
  expected: Expectation,
  run: () => Promise<{ code?: string; redirect: string | null }>,
) {
  const label = `${key} — ${caller} on ${scope === "-" ? "a record" : `a record of scope ${scope}`}`;
  session.claims = await claimsFor(w, caller);
  const before = await fingerprint(w.db);
  const lastId = await lastAuditId(w.db);
  const answer = await run();
  await Promise.all(afterResponse.tasks.splice(0));
  await settleDenialAudits();
  const events = await eventsAfter(w.db, lastId);
  const actorId = accountOf(w, caller)?.userId ?? null;

  if (expected.allowed) {
    expect(answer.code, `${label}: should be allowed`).toBeUndefined();
    expect(
      events.filter((e) => e.action === "auth.denied"),
      label,
    ).toEqual([]);
    expect(
      events.filter((e) => e.actorUserId === actorId).length,
      `${label}: an allowed write leaves its audit event`,
    ).toBeGreaterThan(0);
    for (const action of policy) note(granted, action, key);
    return;
  }
  if (expected.code !== null) expect(answer.code, `${label}: should be refused`).toBe(expected.code);
  expect(await fingerprint(w.db), `${label}: a refusal changes nothing`).toEqual(before);
  if (expected.denial) {
    expect(
      events.map((e) => ({
        action: e.action,
        actor: e.actorUserId,
        reason: (e.metadata as { reason?: string }).reason,
      })),
      `${label}: the refusal is audited, and nothing else`,
    ).toEqual([{ action: "auth.denied", actor: actorId, reason: expected.denial }]);
    const tried = (events[0]!.metadata as { attempted: PolicyAction }).attempted;
    expect(policy, `${label}: refused for ${tried}, which the registry does not name`).toContain(tried);
    note(attempted, tried, key);
  } else {
    expect(events, `${label}: nothing audited`).toEqual([]);
  }
}

// ---------------------------------------------------------------------------------------------

const discovered = discoverEndpoints();

describe("authorization registry", () => {
  it("names every server action and route handler of the source tree, and nothing else", () => {
    expect(
      discovered.inlineServerDirectives,
      "inline 'use server' actions must live in an actions file",
    ).toEqual([]);
    expect(discovered.serverActions, "server actions missing from (or stale in) the registry").toEqual(
      Object.keys(SERVER_ACTIONS).sort(),
    );
    expect(discovered.routeHandlers, "route handlers missing from (or stale in) the registry").toEqual(
      Object.keys(ROUTE_HANDLERS).sort(),
    );
  });

  it("every guarded server action has a matrix case, and every case a registered action", () => {
    const guarded = Object.entries(SERVER_ACTIONS)
      .filter(([, entry]) => !isPublic(entry))
      .map(([key]) => key)
      .sort();
    expect(Object.keys(ACTION_CASES).sort()).toEqual(guarded);
  });

  it("each endpoint calls the lib/ function the registry names", () => {
    for (const [key, entry] of Object.entries({ ...SERVER_ACTIONS, ...ROUTE_HANDLERS })) {
      if (isPublic(entry)) continue;
      expect(endpointSource(key), key).toMatch(new RegExp(`\\b${entry.calls}\\b`));
    }
  });

  it("the page reads of the registry are what pages call", () => {
    for (const [name, entry] of Object.entries(PAGE_READS)) {
      expect(callersOf(entry.calls), name).not.toEqual([]);
    }
  });

  it("every action of the policy table is exercised by some endpoint of the registry", () => {
    const entries: RegistryEntry[] = [
      ...Object.values(SERVER_ACTIONS),
      ...Object.values(ROUTE_HANDLERS),
      ...Object.values(PAGE_READS),
      ...Object.values(LIB_ONLY),
    ];
    const covered = new Set(entries.flatMap((e) => (isPublic(e) ? [] : e.policy)));
    expect(
      POLICY_ACTIONS.filter((a) => !covered.has(a)),
      "policy actions no endpoint exercises",
    ).toEqual([]);
  });
});

describeDatabases("authorization matrix", (getDb, driver) => {
  let w: World;

  beforeAll(async () => {
    // What this database's run exercised (the last test reads it).
    attempted.clear();
    granted.clear();
    const db = getDb();
    session.db = db;
    const passwordHash = await hashPassword(PASSWORD);
    const actors = await createActors(db, passwordHash);
    const admin: Ctx = { db, actor: actors.admin };
    const [other] = await db
      .insert(departments)
      .values({ name: `Otra secretaría ${driver}` })
      .returning({ id: departments.id });
    const colleaguePerson = ok(
      await createPerson(admin, { fullName: "Colega", departmentId: actors.admin.departmentId! }),
    ).id;
    const outsiderPerson = ok(
      await createPerson(admin, { fullName: "De afuera", departmentId: other!.id }),
    ).id;
    const account = async (email: string, personId: string, departmentId: string) => {
      const [row] = await db
        .insert(users)
        .values({ email, name: email, role: "viewer", passwordHash: "x", personId, departmentId })
        .returning({ id: users.id });
      return row!.id;
    };
    w = {
      db,
      actors,
      admin,
      colleague: {
        personId: colleaguePerson,
        userId: await account(`colega.${driver}@prueba.test`, colleaguePerson, actors.admin.departmentId!),
      },
      outsider: {
        personId: outsiderPerson,
        departmentId: other!.id,
        userId: await account(`afuera.${driver}@prueba.test`, outsiderPerson, other!.id),
      },
      areaId: ok(await createThematicArea(admin, { name: `Ambiente ${driver}` })).id,
      today: todayInBuenosAires(),
      passwordHash,
      pending: await (async () => {
        const email = `pendiente.${driver}@prueba.test`;
        const [row] = await db
          .insert(users)
          .values({ email, name: "Pendiente", role: "coordinator", passwordHash, mustChangePassword: true })
          .returning();
        return {
          userId: row!.id,
          email,
          name: row!.name,
          role: "coordinator",
          departmentId: null,
          personId: null,
        };
      })(),
    };
  });

  describe("server actions", () => {
    for (const [key, entry] of Object.entries(SERVER_ACTIONS)) {
      if (isPublic(entry)) continue;
      const testCase = ACTION_CASES[key];
      if (!testCase) continue; // reported by the registry tests
      it(key.replace(/^app\//, ""), async () => {
        const [file, name] = key.split("#") as [string, string];
        const source = (await import(/* @vite-ignore */ `${process.cwd()}/${file}`)) as Record<
          string,
          unknown
        >;
        const action = source[name] as (...args: unknown[]) => unknown;
        expect(typeof action, key).toBe("function");
        for (const caller of CALLERS) {
          for (const scope of testCase.scopes) {
            const base = expectedFor(entry.policy[0]!, caller, scope);
            const expected = testCase.expect ? testCase.expect(caller, scope, base) : base;
            const args = await testCase.setup(w, scope, caller);
            await check(w, key, entry.policy, caller, scope, expected, () => invoke(action, args));
          }
        }
      });
    }
  });

  describe("route handlers", () => {
    const route = async (file: string) =>
      (await import(/* @vite-ignore */ `${process.cwd()}/app/${file}`)) as Record<
        string,
        (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>
      >;
    /** Calls a GET handler; the body is read to the end (an export is audited when it finishes). */
    const get = async (handler: Awaited<ReturnType<typeof route>>[string], path: string, params = {}) => {
      const answer = await invoke(async () => {
        const response = await handler(new Request(`http://redes.test${path}`), {
          params: Promise.resolve(params),
        });
        const body = await response.text();
        return {
          status: response.status,
          body,
          code: response.status >= 400 ? String(response.status) : undefined,
        };
      }, []);
      // Sent to sign in: the refusal of a visitor without a (valid) session.
      // Sent to sign in, or (a reset password) to choose a new password first.
      if (answer.redirect?.startsWith("/login") || answer.redirect?.startsWith("/cuenta/contrasena")) {
        return { ...answer, code: "UNAUTHENTICATED" };
      }
      return answer;
    };
    const readExpectation = (action: PolicyAction, caller: Caller): Expectation => {
      const base = expectedFor(action, caller, "-");
      return base.code === "FORBIDDEN" ? { ...base, code: "403" } : base;
    };

    it("exportar/[tabla]/[formato]: every export table × format, each under its list's read policy", async () => {
      const key = A("(app)/exportar/[tabla]/[formato]/route.ts", "GET");
      const { GET } = await route("(app)/exportar/[tabla]/[formato]/route.ts");
      const entry = ROUTE_HANDLERS[key] as { policy: readonly PolicyAction[] };
      for (const [tabla, table] of Object.entries(EXPORT_TABLES)) {
        expect(entry.policy, `export ${tabla}: its read action is registered`).toContain(table.action);
        for (const formato of ["csv", "xlsx"]) {
          for (const caller of CALLERS) {
            await check(w, key, entry.policy, caller, "-", readExpectation(table.action, caller), () =>
              get(GET!, `/exportar/${tabla}/${formato}`, { tabla, formato }),
            );
          }
        }
      }
    });

    it("cobertura/csv: the coverage matrix for every signed-in role", async () => {
      const key = A("(app)/cobertura/csv/route.ts", "GET");
      const { GET } = await route("(app)/cobertura/csv/route.ts");
      const entry = ROUTE_HANDLERS[key] as { policy: readonly PolicyAction[] };
      for (const caller of CALLERS) {
        await check(w, key, entry.policy, caller, "-", readExpectation("assignment.read", caller), () =>
          get(GET!, "/cobertura/csv"),
        );
      }
    });

    it("importar/[id]/plantilla: a table's template for those who import", async () => {
      const key = A("(app)/importar/[id]/plantilla/route.ts", "GET");
      const { GET } = await route("(app)/importar/[id]/plantilla/route.ts");
      for (const caller of CALLERS) {
        const expected = importRouteExpectation("import.run", caller, "own");
        session.claims = await claimsFor(w, caller);
        const before = await fingerprint(w.db);
        const answer = (await get(GET!, "/importar/personas/plantilla", { id: "personas" })) as {
          code?: string;
          value?: { body: string };
        };
        expect(answer.code, `template as ${caller}`).toBe(expected.allowed ? undefined : expected.code);
        if (expected.allowed) {
          expect(answer.value?.body.startsWith("PK"), `template as ${caller}`).toBe(true);
          note(granted, "import.run", key);
        } else if (expected.code === "403") note(attempted, "import.run", key);
        expect(await fingerprint(w.db)).toEqual(before);
      }
    });

    it("importar/[id]/problemas/[formato]: a job's problem rows, the uploader's (or any, by scope)", async () => {
      const key = A("(app)/importar/[id]/problemas/[formato]/route.ts", "GET");
      const { GET } = await route("(app)/importar/[id]/problemas/[formato]/route.ts");
      for (const caller of CALLERS) {
        for (const scope of IMPORT_SCOPES) {
          const job = await importJob(w, scope, caller, "validated");
          const expected = importRouteExpectation("import.read", caller, scope);
          session.claims = await claimsFor(w, caller);
          const before = await fingerprint(w.db);
          const answer = (await get(GET!, `/importar/${job.id}/problemas/csv`, {
            id: job.id,
            formato: "csv",
          })) as {
            code?: string;
            value?: { body: string };
          };
          expect(answer.code, `problem rows of ${scope} as ${caller}`).toBe(
            expected.allowed ? undefined : expected.code,
          );
          if (expected.allowed) {
            expect(answer.value?.body, `problem rows as ${caller}`).toContain("Nombre y apellido");
            note(granted, "import.read", key);
          } else if (expected.code === "403") note(attempted, "import.read", key);
          expect(await fingerprint(w.db)).toEqual(before);
        }
      }
    });

    it("reuniones/[id]/ics: one meeting's calendar file for every signed-in role", async () => {
      const key = A("(app)/reuniones/[id]/ics/route.ts", "GET");
      const { GET } = await route("(app)/reuniones/[id]/ics/route.ts");
      const id = await newMeeting(w);
      for (const caller of CALLERS) {
        const expected = readExpectation("meeting.read", caller);
        // Reading a meeting writes nothing: allowed means the file, refused means no file.
        session.claims = await claimsFor(w, caller);
        const before = await fingerprint(w.db);
        const answer = (await get(GET!, `/reuniones/${id}/ics`, { id })) as {
          code?: string;
          value?: { body: string };
        };
        expect(answer.code, `ics as ${caller}`).toBe(expected.allowed ? undefined : expected.code);
        if (expected.allowed) expect(answer.value?.body, `ics as ${caller}`).toContain("BEGIN:VCALENDAR");
        expect(await fingerprint(w.db)).toEqual(before);
        if (expected.allowed) note(granted, "meeting.read", key);
      }
    });

    for (const [file, action, query] of [
      ["api/buscar/personas/route.ts", "commitment.read", "a"],
      ["api/buscar/personas-sin-cuenta/route.ts", "user.manage", "a"],
      ["api/buscar/personas-para-delegacion/route.ts", "meeting.manage", "a"],
      ["api/buscar/usuarios/route.ts", "audit.read", "a"],
      ["api/buscar/redes/route.ts", "meeting.read", "a"],
      ["api/buscar/reparticiones/route.ts", "meeting.read", "a"],
    ] as const) {
      it(`${file}: the searched filter's matches under ${action}, for every signed-in role`, async () => {
        const key = A(file, "GET");
        const { GET } = await route(file);
        expect((ROUTE_HANDLERS[key] as { policy: readonly PolicyAction[] }).policy).toEqual([action]);
        const path = `/${file.replace(/\/route\.ts$/, "")}?q=${query}`;
        for (const caller of CALLERS) {
          const expected = readExpectation(action, caller);
          session.claims = await claimsFor(w, caller);
          const before = await fingerprint(w.db);
          const answer = (await get(GET!, path)) as { code?: string; value?: { body: string } };
          expect(answer.code, `${file} as ${caller}`).toBe(expected.allowed ? undefined : expected.code);
          if (expected.allowed) {
            const { results } = JSON.parse(answer.value!.body) as { results: { id: string }[] };
            expect(results.length, `${file} as ${caller}`).toBeGreaterThan(0);
            expect(results.length).toBeLessThanOrEqual(20);
            note(granted, action, key);
          }
          expect(await fingerprint(w.db)).toEqual(before);
        }
      });
    }

    for (const [file, action, listed] of [
      ["api/compromisos/opciones/route.ts", "commitment.read", "meetings"],
      ["api/asignaciones/opciones/route.ts", "assignment.read", "bodies"],
      ["api/reuniones/opciones/route.ts", "meeting.read", "bodies"],
    ] as const) {
      it(`${file}: a network's options for a record form, under ${action}`, async () => {
        const key = A(file, "GET");
        const { GET } = await route(file);
        expect((ROUTE_HANDLERS[key] as { policy: readonly PolicyAction[] }).policy).toEqual([action]);
        // A network with a body and a meeting of that body: each form finds its own.
        const bodyId = await newBody(w);
        const [body] = await w.db.select().from(bodies).where(eq(bodies.id, bodyId));
        const meetingId = ok(
          await createMeeting(w.admin, { ...meetingForm(body!.networkId, "2027-03-18"), bodyId }),
        ).id;
        const path = `/${file.replace(/\/route\.ts$/, "")}`;
        for (const caller of CALLERS) {
          const expected = readExpectation(action, caller);
          session.claims = await claimsFor(w, caller);
          const before = await fingerprint(w.db);
          const answer = (await get(GET!, `${path}?network=${body!.networkId}`)) as {
            code?: string;
            value?: { body: string };
          };
          expect(answer.code, `${file} as ${caller}`).toBe(expected.allowed ? undefined : expected.code);
          if (expected.allowed) {
            const options = JSON.parse(answer.value!.body) as Record<string, { id: string }[]>;
            expect(options[listed]!.map((row) => row.id)).toContain(
              listed === "meetings" ? meetingId : bodyId,
            );
            note(granted, action, key);
          }
          expect(await fingerprint(w.db)).toEqual(before);
        }
        session.claims = await claimsFor(w, "viewer");
        const bad = (await get(GET!, `${path}?network=x`)) as { value: { status: number } };
        expect(bad.value.status).toBe(400);
      });
    }

    it("api/buscar/personas-asignables: the people each role may assign (a head, their department's)", async () => {
      const file = "api/buscar/personas-asignables/route.ts";
      const key = A(file, "GET");
      const { GET } = await route(file);
      expect((ROUTE_HANDLERS[key] as { policy: readonly PolicyAction[] }).policy).toEqual([
        "assignment.manage",
      ]);
      for (const caller of CALLERS) {
        // A head searches among their own department's people: a record of that scope.
        const base = expectedFor("assignment.manage", caller, "own_department");
        const expected = base.code === "FORBIDDEN" ? { ...base, code: "403" } : base;
        session.claims = await claimsFor(w, caller);
        const before = await fingerprint(w.db);
        const answer = (await get(GET!, "/api/buscar/personas-asignables?q=")) as {
          code?: string;
          value?: { body: string };
        };
        expect(answer.code, `${file} as ${caller}`).toBe(expected.allowed ? undefined : expected.code);
        if (expected.allowed) {
          const { results } = JSON.parse(answer.value!.body) as { results: { id: string }[] };
          expect(results.length, `${file} as ${caller}`).toBeGreaterThan(0);
          if (caller === "head") {
            const found = await w.db
              .select({ department: people.departmentId })
              .from(people)
              .where(
                inArray(
                  people.id,
                  results.map((r) => r.id),
                ),
              );
            expect(new Set(found.map((p) => p.department))).toEqual(new Set([w.actors.head.departmentId]));
          }
          note(granted, "assignment.manage", key);
        }
        expect(await fingerprint(w.db)).toEqual(before);
      }
    });

    it("api/calendar/[token]: the token is the credential, whoever asks; unknown or revoked tokens get 404", async () => {
      const { GET } = await route("api/calendar/[token]/route.ts");
      const created = ok(await createFeedToken({ db: w.db, actor: w.actors.technical }, { scope: "all" }));
      for (const caller of CALLERS) {
        session.claims = await claimsFor(w, caller);
        const good = (await get(GET!, `/api/calendar/${created.token}.ics`, {
          token: `${created.token}.ics`,
        })) as {
          value: { status: number; body: string };
        };
        expect(good.value.status, `valid token as ${caller}`).toBe(200);
        expect(good.value.body).toContain("BEGIN:VCALENDAR");
        const bad = (await get(GET!, "/api/calendar/x.ics", {
          token: `${created.token.slice(0, -2)}xx.ics`,
        })) as {
          value: { status: number };
        };
        expect(bad.value.status, `wrong token as ${caller}`).toBe(404);
      }
      await w.db
        .update(calendarFeedTokens)
        .set({ revokedAt: new Date() })
        .where(eq(calendarFeedTokens.id, created.id));
      const revoked = (await get(GET!, `/api/calendar/${created.token}.ics`, {
        token: `${created.token}.ics`,
      })) as {
        value: { status: number };
      };
      expect(revoked.value.status).toBe(404);
    });

    it("api/health: answers anyone, with no data", async () => {
      const { GET } = await route("api/health/route.ts");
      session.claims = null;
      const answer = (await get(GET!, "/api/health")) as { value: { status: number; body: string } };
      expect(answer.value.status).toBe(200);
      expect(Object.keys(JSON.parse(answer.value.body)).sort()).not.toContain("users");
    });
  });

  describe("page reads (policy actions no endpoint checks)", () => {
    it("record history: every signed-in role; no session, no history", async () => {
      const id = await newNetwork(w);
      for (const caller of CALLERS) {
        const actor = signedOut(caller) ? null : w.actors[caller];
        const read = recordHistory({ db: w.db, actor: actor as Actor }, "network", id);
        if (actor) {
          expect((await read).entries.length, caller).toBeGreaterThan(0);
          note(granted, "history.read", "page: record history");
        } else await expect(read, caller).rejects.toMatchObject({ failure: { code: "UNAUTHENTICATED" } });
      }
    });

    it("panel: a head asking for another department is clamped to theirs (and the refusal audited)", async () => {
      for (const caller of CALLERS) {
        const actor = signedOut(caller) ? null : w.actors[caller];
        for (const scope of ["own_department", "other_department"] as const) {
          const department =
            scope === "own_department" ? w.actors.admin.departmentId! : w.outsider.departmentId;
          const ctx = { db: w.db, actor: actor as Actor };
          if (!actor) {
            await expect(resolvePanel(ctx, { department } as never), caller).rejects.toMatchObject({
              failure: { code: "UNAUTHENTICATED" },
            });
            continue;
          }
          const view = await resolvePanel(ctx, { department } as never);
          const expected = expectedFor("panel.any_department", caller, scope);
          expect(view.departmentId, `panel of ${scope} as ${caller}`).toBe(
            expected.allowed ? department : actor.departmentId,
          );
          expect(view.clamped, `panel of ${scope} as ${caller}`).toBe(!expected.allowed);
          note(expected.allowed ? granted : attempted, "panel.any_department", "page: panel");
          note(granted, "panel.read", "page: panel");
        }
      }
    });
  });

  it("every policy action was exercised: allowed for its roles, refused (and audited) for the others", () => {
    for (const action of POLICY_ACTIONS) {
      const roles = ROLES.filter((role) => scopeFor(role, action));
      expect(granted.has(action), `${action}: no allowed call exercised it`).toBe(roles.length > 0);
      // Refusals are audited by policy action: one that some role lacks (or has only in part) must show up.
      const refusable = ROLES.some((role) => scopeFor(role, action) !== "any");
      if (refusable) expect(attempted.has(action), `${action}: no refusal exercised it`).toBe(true);
    }
  });
});
