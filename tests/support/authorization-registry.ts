import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { PolicyAction } from "@/lib/auth/policy";

/**
 * The registry of the authorization matrix (tests/integration/authorization-matrix.test.ts and
 * tests/e2e/authorization-matrix.test.ts): every server action and route handler of the app,
 * with the policy actions it is guarded by. Both suites discover the endpoints from the source
 * tree (and the browser suite from the production build's server-reference manifest): an
 * endpoint missing here, or an entry naming an endpoint that no longer exists, fails them.
 */

/** "app/(app)/redes/actions.ts#createNetworkAction": the file, from the repository root, and the export. */
export type EndpointKey = string;

export interface GuardedEntry {
  /** The policy actions the endpoint is checked against (lib/ does the checking). */
  policy: readonly PolicyAction[];
  /** The lib/ function the endpoint calls (checked to appear in the endpoint's source). */
  calls: string;
}

export interface PublicEntry {
  /** Why anyone (signed in or not) may call it. */
  public: string;
}

export type RegistryEntry = GuardedEntry | PublicEntry;

export const isPublic = (entry: RegistryEntry): entry is PublicEntry => "public" in entry;

const A = (file: string, name: string) => `app/${file}#${name}`;

/** Every server action ("use server" exports). */
export const SERVER_ACTIONS: Record<EndpointKey, RegistryEntry> = {
  // Signing in and out: the endpoints that exist for visitors without (or ending) a session.
  [A("(auth)/actions.ts", "signInAction")]: { public: "the sign-in form (throttled, audited)" },
  [A("(auth)/actions.ts", "signOutAction")]: { public: "ends the caller's own session only" },
  [A("(auth)/actions.ts", "endIdleSessionAction")]: { public: "ends the caller's own session only" },
  [A("(auth)/login/segundo-factor/actions.ts", "verifySecondFactorAction")]: {
    public:
      "the step after the password: proves the second factor of the caller's own pending session (wrong codes count against it, five end it); any other session is sent on or refused",
  },

  [A("(app)/redes/actions.ts", "createNetworkAction")]: {
    policy: ["network.create"],
    calls: "createNetwork",
  },
  [A("(app)/redes/actions.ts", "updateNetworkAction")]: {
    policy: ["network.update"],
    calls: "updateNetwork",
  },
  [A("(app)/redes/actions.ts", "setNetworkArchivedAction")]: {
    policy: ["network.archive"],
    calls: "setNetworkArchived",
  },

  [A("(app)/organos/actions.ts", "createBodyAction")]: { policy: ["body.manage"], calls: "createBody" },
  [A("(app)/organos/actions.ts", "updateBodyAction")]: { policy: ["body.manage"], calls: "updateBody" },
  [A("(app)/organos/actions.ts", "archiveBodyAction")]: { policy: ["body.manage"], calls: "archiveBody" },
  [A("(app)/organos/actions.ts", "restoreBodyAction")]: { policy: ["body.manage"], calls: "restoreBody" },
  [A("(app)/organos/[id]/generar/actions.ts", "generateTentativeAction")]: {
    policy: ["meeting.manage"],
    calls: "generateTentativeMeetings",
  },

  [A("(app)/cargos/actions.ts", "createSeatAction")]: { policy: ["seat.manage"], calls: "createSeat" },
  [A("(app)/cargos/actions.ts", "updateSeatAction")]: { policy: ["seat.manage"], calls: "updateSeat" },
  [A("(app)/cargos/actions.ts", "setSeatArchivedAction")]: { policy: ["seat.manage"], calls: "archiveSeat" },
  [A("(app)/cargos/actions.ts", "addTermAction")]: { policy: ["seat.manage"], calls: "addTerm" },
  [A("(app)/cargos/actions.ts", "updateTermAction")]: { policy: ["seat.manage"], calls: "updateTerm" },

  [A("(app)/areas-tematicas/actions.ts", "createAreaAction")]: {
    policy: ["thematic_area.manage"],
    calls: "createThematicArea",
  },
  [A("(app)/areas-tematicas/actions.ts", "renameAreaAction")]: {
    policy: ["thematic_area.manage"],
    calls: "renameThematicArea",
  },
  [A("(app)/areas-tematicas/actions.ts", "mergeAreasAction")]: {
    policy: ["thematic_area.manage"],
    calls: "mergeThematicAreas",
  },

  [A("(app)/reuniones/actions.ts", "createMeetingAction")]: {
    policy: ["meeting.manage"],
    calls: "createMeeting",
  },
  [A("(app)/reuniones/actions.ts", "updateMeetingAction")]: {
    policy: ["meeting.manage"],
    calls: "updateMeeting",
  },
  [A("(app)/reuniones/[id]/actions.ts", "createAgendaItemAction")]: {
    policy: ["meeting.manage"],
    calls: "createAgendaItem",
  },
  [A("(app)/reuniones/[id]/actions.ts", "updateAgendaItemAction")]: {
    policy: ["meeting.manage"],
    calls: "updateAgendaItem",
  },
  [A("(app)/reuniones/[id]/actions.ts", "deleteAgendaItemAction")]: {
    policy: ["meeting.manage"],
    calls: "deleteAgendaItem",
  },
  [A("(app)/reuniones/[id]/actions.ts", "moveAgendaItemAction")]: {
    policy: ["meeting.manage"],
    calls: "moveAgendaItem",
  },
  [A("(app)/reuniones/[id]/actions.ts", "createDecisionAction")]: {
    policy: ["meeting.manage"],
    calls: "createDecision",
  },
  [A("(app)/reuniones/[id]/actions.ts", "updateDecisionAction")]: {
    policy: ["meeting.manage"],
    calls: "updateDecision",
  },
  [A("(app)/reuniones/[id]/actions.ts", "deleteDecisionAction")]: {
    policy: ["meeting.manage"],
    calls: "deleteDecision",
  },
  [A("(app)/reuniones/[id]/actions.ts", "moveDecisionAction")]: {
    policy: ["meeting.manage"],
    calls: "moveDecision",
  },
  [A("(app)/reuniones/[id]/actions.ts", "addMemberAction")]: {
    policy: ["meeting.manage"],
    calls: "addDelegationMember",
  },
  [A("(app)/reuniones/[id]/actions.ts", "updateMemberAction")]: {
    policy: ["meeting.manage"],
    calls: "updateDelegationMember",
  },
  [A("(app)/reuniones/[id]/actions.ts", "removeMemberAction")]: {
    policy: ["meeting.manage"],
    calls: "removeDelegationMember",
  },
  [A("(app)/reuniones/[id]/actions.ts", "ownAttendanceAction")]: {
    policy: ["meeting.attendance.own"],
    calls: "setOwnAttendance",
  },
  [A("(app)/reuniones/[id]/actions.ts", "updateMinutesAction")]: {
    policy: ["meeting.manage"],
    calls: "updateMinutes",
  },
  [A("(app)/reuniones/[id]/actions.ts", "closeMeetingAction")]: {
    policy: ["meeting.manage"],
    calls: "closeMeeting",
  },

  [A("(app)/compromisos/actions.ts", "createCommitmentAction")]: {
    policy: ["commitment.manage"],
    calls: "createCommitment",
  },
  [A("(app)/compromisos/actions.ts", "updateCommitmentAction")]: {
    policy: ["commitment.manage"],
    calls: "updateCommitment",
  },
  [A("(app)/compromisos/actions.ts", "progressCommitmentAction")]: {
    policy: ["commitment.progress"],
    calls: "progressCommitment",
  },

  [A("(app)/asignaciones/actions.ts", "createAssignmentAction")]: {
    policy: ["assignment.manage"],
    calls: "createAssignment",
  },
  [A("(app)/asignaciones/actions.ts", "updateAssignmentAction")]: {
    policy: ["assignment.manage"],
    calls: "updateAssignment",
  },
  [A("(app)/asignaciones/actions.ts", "endAssignmentAction")]: {
    policy: ["assignment.manage"],
    calls: "endAssignment",
  },

  [A("(app)/mi-participacion/actions.ts", "createParticipationUpdateAction")]: {
    policy: ["participation.create"],
    calls: "createParticipationUpdate",
  },
  [A("(app)/mi-participacion/actions.ts", "myAttendanceAction")]: {
    policy: ["meeting.attendance.own"],
    calls: "setOwnAttendance",
  },
  [A("(app)/mi-participacion/actions.ts", "myCommitmentProgressAction")]: {
    policy: ["commitment.progress"],
    calls: "progressCommitment",
  },

  [A("(app)/personas/actions.ts", "createPersonAction")]: {
    policy: ["person.manage"],
    calls: "createPerson",
  },
  [A("(app)/personas/actions.ts", "updatePersonAction")]: {
    policy: ["person.manage"],
    calls: "updatePerson",
  },
  [A("(app)/personas/actions.ts", "linkPersonUserAction")]: {
    policy: ["person.link_user"],
    calls: "linkPersonUser",
  },

  [A("(app)/areas/actions.ts", "createDepartmentAction")]: {
    policy: ["department.manage"],
    calls: "createDepartment",
  },
  [A("(app)/areas/actions.ts", "updateDepartmentAction")]: {
    policy: ["department.manage"],
    calls: "updateDepartment",
  },

  [A("(app)/calendario/suscripcion/actions.ts", "createFeedTokenAction")]: {
    policy: ["calendar_feed.manage"],
    calls: "createFeedToken",
  },
  [A("(app)/calendario/suscripcion/actions.ts", "revokeFeedTokenAction")]: {
    policy: ["calendar_feed.manage"],
    calls: "revokeFeedToken",
  },

  [A("(app)/cuenta/actions.ts", "changePasswordAction")]: {
    policy: ["account.manage"],
    calls: "changeOwnPassword",
  },
  [A("(app)/cuenta/actions.ts", "closeOwnSessionAction")]: {
    policy: ["account.manage"],
    calls: "closeOwnSession",
  },
  [A("(app)/cuenta/actions.ts", "closeOtherSessionsAction")]: {
    policy: ["account.manage"],
    calls: "closeOtherOwnSessions",
  },

  // The columns one hides in a list (lib/list-preferences): always one's own.
  ["app/_lib/list-preferences-action.ts#saveHiddenColumnsAction"]: {
    policy: ["account.manage"],
    calls: "saveHiddenColumns",
  },

  // Passkeys (lib/auth/passkeys): one's own, also while enrolling or proving a second factor.
  [A("(app)/cuenta/llaves/actions.ts", "registerPasskeyAction")]: {
    policy: ["account.manage"],
    calls: "registerPasskey",
  },
  [A("(app)/cuenta/llaves/actions.ts", "renamePasskeyAction")]: {
    policy: ["account.manage"],
    calls: "renamePasskey",
  },
  [A("(app)/cuenta/llaves/actions.ts", "removePasskeyAction")]: {
    policy: ["account.manage"],
    calls: "removePasskey",
  },
  [A("(auth)/login/llave/actions.ts", "passkeySecondFactorAction")]: {
    policy: ["account.manage"],
    calls: "verifyPasskeySecondFactor",
  },
  [A("(auth)/login/llave/actions.ts", "passkeySignInAction")]: {
    public:
      "sign-in with a passkey alone (Auth.js passkey provider: a signed, single-use challenge; audited)",
  },

  [A("(auth)/cuenta/segundo-factor/actions.ts", "startTotpEnrolmentAction")]: {
    policy: ["account.manage"],
    calls: "startTotpEnrolment",
  },
  [A("(auth)/cuenta/segundo-factor/actions.ts", "cancelTotpEnrolmentAction")]: {
    policy: ["account.manage"],
    calls: "cancelTotpEnrolment",
  },
  [A("(auth)/cuenta/segundo-factor/actions.ts", "confirmTotpAction")]: {
    policy: ["account.manage"],
    calls: "confirmTotpEnrolment",
  },
  [A("(auth)/cuenta/segundo-factor/actions.ts", "disableTotpAction")]: {
    policy: ["account.manage"],
    calls: "disableTotp",
  },
  [A("(auth)/cuenta/segundo-factor/actions.ts", "regenerateRecoveryCodesAction")]: {
    policy: ["account.manage"],
    calls: "regenerateRecoveryCodes",
  },

  [A("(app)/admin/usuarios/actions.ts", "createUserAction")]: {
    policy: ["user.manage"],
    calls: "createUser",
  },
  [A("(app)/admin/usuarios/actions.ts", "updateUserAction")]: {
    policy: ["user.manage"],
    calls: "updateUser",
  },
  [A("(app)/admin/usuarios/actions.ts", "setUserActiveAction")]: {
    policy: ["user.manage"],
    calls: "setUserActive",
  },
  [A("(app)/admin/usuarios/actions.ts", "resetPasswordAction")]: {
    policy: ["user.manage"],
    calls: "resetUserPassword",
  },
  [A("(app)/admin/usuarios/actions.ts", "closeUserSessionAction")]: {
    policy: ["user.manage"],
    calls: "closeUserSession",
  },
  [A("(app)/admin/usuarios/actions.ts", "closeAllUserSessionsAction")]: {
    policy: ["user.manage"],
    calls: "closeAllUserSessions",
  },
  [A("(app)/admin/usuarios/actions.ts", "resetSecondFactorAction")]: {
    policy: ["user.manage"],
    calls: "resetUserSecondFactor",
  },

  // Imports: the job's own checks run in lib/ (lib/import/jobs.ts, access.ts); validation and
  // the commit are started after the response once the job was read (and authorized) here.
  [A("(app)/importar/actions.ts", "uploadImportAction")]: {
    policy: ["import.run"],
    calls: "createImportJob",
  },
  [A("(app)/importar/actions.ts", "validateImportAction")]: {
    policy: ["import.run", "import.read"],
    calls: "validateImportJob",
  },
  [A("(app)/importar/actions.ts", "commitImportAction")]: {
    policy: ["import.run", "import.read"],
    calls: "commitImportJob",
  },
  [A("(app)/importar/actions.ts", "undoImportAction")]: { policy: ["import.undo"], calls: "undoImport" },
};

/** Every route handler (app/**\/route.ts), by file and HTTP method. */
export const ROUTE_HANDLERS: Record<EndpointKey, RegistryEntry> = {
  [A("api/auth/[...nextauth]/route.ts", "GET")]: {
    public: "Auth.js: sign-in page data, CSRF token, session",
  },
  [A("api/auth/[...nextauth]/route.ts", "POST")]: {
    public: "Auth.js: credentials sign-in (throttled), sign-out",
  },
  [A("(auth)/login/sso/route.ts", "GET")]: {
    public: "starts single sign-on (a redirect to the provider; who may enter is decided at the callback)",
  },
  [A("api/passkeys/ingreso/opciones/route.ts", "POST")]: {
    public:
      "options of a passkey sign-in: stores one short-lived challenge (bounded in number), same-origin only",
  },
  [A("api/passkeys/registro/opciones/route.ts", "POST")]: {
    policy: ["account.manage"],
    calls: "passkeyRegistrationOptions",
  },
  [A("api/passkeys/segundo-factor/opciones/route.ts", "POST")]: {
    policy: ["account.manage"],
    calls: "passkeySecondFactorOptions",
  },
  [A("api/health/route.ts", "GET")]: { public: "health check for the load balancer (no data)" },
  [A("api/calendar/[token]/route.ts", "GET")]: {
    public: "a calendar subscription: the secret token is the credential (unknown/revoked → 404)",
  },
  [A("(app)/cobertura/csv/route.ts", "GET")]: {
    policy: ["assignment.read", "network.read"],
    calls: "exportCoverage",
  },
  [A("(app)/exportar/[tabla]/[formato]/route.ts", "GET")]: {
    policy: ["network.read", "meeting.read", "commitment.read", "assignment.read", "audit.read"],
    calls: "prepareExport",
  },
  [A("(app)/reuniones/[id]/ics/route.ts", "GET")]: { policy: ["meeting.read"], calls: "meetingForIcs" },
  [A("api/buscar/personas/route.ts", "GET")]: { policy: ["commitment.read"], calls: "searchPeople" },
  [A("api/buscar/usuarios/route.ts", "GET")]: { policy: ["audit.read"], calls: "searchUsers" },
  [A("api/buscar/redes/route.ts", "GET")]: { policy: ["meeting.read"], calls: "searchNetworks" },
  [A("api/buscar/reparticiones/route.ts", "GET")]: { policy: ["meeting.read"], calls: "searchDepartments" },
  [A("api/buscar/personas-para-delegacion/route.ts", "GET")]: {
    policy: ["meeting.manage"],
    calls: "searchDelegationCandidates",
  },
  [A("api/buscar/personas-sin-cuenta/route.ts", "GET")]: {
    policy: ["user.manage"],
    calls: "searchPeopleWithoutAccount",
  },
  [A("api/buscar/personas-asignables/route.ts", "GET")]: {
    policy: ["assignment.manage"],
    calls: "searchAssignablePeople",
  },
  [A("api/asignaciones/opciones/route.ts", "GET")]: {
    policy: ["assignment.read"],
    calls: "assignmentNetworkOptions",
  },
  [A("api/reuniones/opciones/route.ts", "GET")]: { policy: ["meeting.read"], calls: "meetingNetworkOptions" },
  [A("api/compromisos/opciones/route.ts", "GET")]: {
    policy: ["commitment.read"],
    calls: "commitmentNetworkOptions",
  },
  [A("(app)/importar/[id]/plantilla/route.ts", "GET")]: { policy: ["import.run"], calls: "templateWorkbook" },
  [A("(app)/importar/[id]/problemas/[formato]/route.ts", "GET")]: {
    policy: ["import.read"],
    calls: "problemFile",
  },
};

/**
 * Policy actions that no server action or route handler checks: read permissions of pages.
 * The matrix exercises each through the lib/ query the pages call (named here, checked to be
 * called from app/ or components/), so a policy row nobody exercises still fails the suite.
 */
export const PAGE_READS: Record<string, GuardedEntry> = {
  "record history (every record page)": { policy: ["history.read"], calls: "recordHistory" },
  "panel (/)": { policy: ["panel.read", "panel.any_department"], calls: "resolvePanel" },
};

/**
 * Policy actions whose endpoints are not built yet: their lib/ commands and queries exist and
 * the integration matrix exercises them directly, until their endpoints are registered above
 * and the endpoints' own cases take over. None at present.
 */
export const LIB_ONLY: Record<string, GuardedEntry> = {};

// ---------------------------------------------------------------------------------------------
// Discovery from the source tree.

const ROOT = process.cwd();

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(ts|tsx|js|jsx|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

const rel = (path: string) => relative(ROOT, path).split(sep).join("/");

/** Strips comments so that an example in a comment is not taken for code. */
const code = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");

function exportedNames(source: string): string[] {
  const text = code(source);
  const names = new Set<string>();
  for (const m of text.matchAll(/export\s+(?:default\s+)?(?:async\s+)?function\s*\*?\s*(\w+)/g))
    names.add(m[1]!);
  for (const m of text.matchAll(/export\s+(?:const|let|var)\s+(\w+)/g)) names.add(m[1]!);
  for (const m of text.matchAll(/export\s+(?:const|let|var)\s+\{([^}]+)\}/g)) {
    for (const part of m[1]!.split(",")) {
      const name = part.split(":").pop()!.trim();
      if (name) names.add(name);
    }
  }
  for (const m of text.matchAll(/export\s*\{([^}]+)\}/g)) {
    for (const part of m[1]!.split(",")) {
      const name = part
        .split(/\s+as\s+/)
        .pop()!
        .trim();
      if (name && name !== "type") names.add(name);
    }
  }
  if (/export\s+default\s/.test(text)) names.add("default");
  return [...names];
}

/** Files whose first statement is the "use server" directive. */
function isServerModule(source: string): boolean {
  return /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(source);
}

export interface Discovered {
  serverActions: EndpointKey[];
  routeHandlers: EndpointKey[];
  /** "use server" written inside a function body (inline actions): each must be registered too. */
  inlineServerDirectives: string[];
}

export function discoverEndpoints(): Discovered {
  const files = ["app", "components", "lib"].flatMap((dir) => walk(join(ROOT, dir)));
  const serverActions: EndpointKey[] = [];
  const routeHandlers: EndpointKey[] = [];
  const inlineServerDirectives: string[] = [];
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    const path = rel(file);
    if (isServerModule(source)) {
      for (const name of exportedNames(source)) serverActions.push(`${path}#${name}`);
    } else if (/["']use server["']/.test(code(source))) {
      inlineServerDirectives.push(path);
    }
    if (/\/route\.(ts|js|mjs)$/.test(path) && path.startsWith("app/")) {
      for (const name of exportedNames(source)) {
        if (/^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/.test(name)) routeHandlers.push(`${path}#${name}`);
      }
    }
  }
  return { serverActions: serverActions.sort(), routeHandlers: routeHandlers.sort(), inlineServerDirectives };
}

/** The files of app/ and components/ that call `name(` (pages and their components). */
export function callersOf(name: string): string[] {
  const pattern = new RegExp(`\\b${name}\\(`);
  return ["app", "components"]
    .flatMap((dir) => walk(join(ROOT, dir)))
    .filter((file) => pattern.test(code(readFileSync(file, "utf8"))))
    .map(rel);
}

/** The source of an endpoint's file, for checking that it calls what the registry says. */
export const endpointSource = (key: EndpointKey) => readFileSync(join(ROOT, key.split("#")[0]!), "utf8");
