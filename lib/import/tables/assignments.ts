import "server-only";
import { assignments } from "@/db/schema";
import { ASSIGNMENT_ROLES, ASSIGNMENT_STATUSES } from "@/db/schema/values";
import assignmentsCatalog from "@/messages/es-AR/assignments.json";
import enumsCatalog from "@/messages/es-AR/enums.json";
import { createAssignment, updateAssignment } from "../../assignments/commands";
import { assignmentsExport } from "../../export/tables/assignments";
import { fieldsFromExport } from "../definition";
import { defineFormImport } from "../form-import";
import { areaIndex, bodyIndex, networkIndex, personIndex, single } from "../lookups";

/**
 * Technical assignments (/asignaciones), as the export writes them, through the assignment
 * form's commands — so a head's rows are checked one by one: only people of their department.
 * A row is matched by the export's id column, else by person, network, body or area and start
 * date. The person is named by e-mail or full name; the body within the row's network.
 */

const fields = fieldsFromExport(assignmentsExport.columns, {
  person: { required: true, synonyms: ["nombre", "integrante", "correo", "email", "persona asignada"] },
  network: { required: true, synonyms: ["red", "sigla de la red"] },
  body: { synonyms: ["organo", "grupo de trabajo", "unidad tematica", "instancia"] },
  thematicArea: { synonyms: ["area", "tema"] },
  role: { synonyms: ["funcion", "rol en el grupo"] },
  status: { synonyms: ["situacion"] },
  startsOn: { synonyms: ["desde", "fecha de inicio", "inicio de la asignacion"] },
  endsOn: { synonyms: ["hasta", "fecha de fin", "fin de la asignacion"] },
  dedication: { synonyms: ["dedicacion horaria", "horas"] },
  id: { synonyms: ["id", "id redes"] },
});

type Stored = typeof assignments.$inferSelect;

const formOf = (a: Stored) => ({
  personId: a.personId,
  networkId: a.networkId,
  bodyId: a.bodyId ?? "",
  thematicAreaId: a.thematicAreaId ?? "",
  role: a.role,
  status: a.status,
  startsOn: a.startsOn,
  endsOn: a.endsOn ?? "",
  dedication: a.dedication ?? "",
  notes: a.notes ?? "",
});

const keyOf = (a: {
  personId: string;
  networkId: string;
  bodyId: string | null;
  thematicAreaId: string | null;
  startsOn: string;
}) => [a.personId, a.networkId, a.bodyId ?? "", a.thematicAreaId ?? "", a.startsOn].join("|");

export const assignmentsImport = defineFormImport({
  table: "asignaciones",
  recordType: "assignment",
  action: "assignment.manage",
  scoped: true,
  fields,
  readOnly: ["department", "lastUpdatedAt", "stale"],
  async load(tx) {
    const [network, person, body, area] = await Promise.all([
      networkIndex(tx),
      personIndex(tx),
      bodyIndex(tx),
      areaIndex(tx),
    ]);
    return { records: await tx.select().from(assignments), lookups: { network, person, body, area } };
  },
  keyField: "person",
  rowKeys(reader, lookups) {
    const personId = single(lookups.person(reader.text("person") ?? ""));
    const networkId = single(lookups.network(reader.text("network") ?? ""));
    const body = reader.text("body");
    const area = reader.text("thematicArea");
    const bodyId = networkId && body ? single(lookups.body.in(networkId)(body)) : null;
    const thematicAreaId = area ? single(lookups.area(area)) : null;
    const startsOn = reader.has("startsOn") ? reader.peekDate("startsOn") : null;
    if (!personId || !networkId || !startsOn || (body && !bodyId) || (area && !thematicAreaId)) return [];
    return [keyOf({ personId, networkId, bodyId, thematicAreaId, startsOn })];
  },
  recordKeys: (a) => [keyOf(a)],
  formOf,
  newForm: () => ({ role: "member", status: "active" }),
  read(reader, form, lookups, match) {
    const set = reader.into(form);
    set("person", "personId", () => reader.reference("person", "Person", lookups.person));
    set("network", "networkId", () => reader.reference("network", "Network", lookups.network));
    const networkId = String(form.networkId ?? "");
    if (networkId) set("body", "bodyId", () => reader.reference("body", "Body", lookups.body.in(networkId)));
    set("thematicArea", "thematicAreaId", () =>
      reader.reference("thematicArea", "ThematicArea", lookups.area),
    );
    set(
      "role",
      "role",
      () => reader.option("role", ASSIGNMENT_ROLES, enumsCatalog.assignmentRole) || (match?.role ?? "member"),
    );
    set(
      "status",
      "status",
      () =>
        reader.option("status", ASSIGNMENT_STATUSES, enumsCatalog.assignmentStatus) ||
        (match?.status ?? "active"),
    );
    set("startsOn", "startsOn", () => reader.date("startsOn"));
    set("endsOn", "endsOn", () => reader.date("endsOn"));
    set("dedication", "dedication", () => reader.text("dedication") ?? "");
  },
  fieldOf: {
    personId: "person",
    networkId: "network",
    bodyId: "body",
    thematicAreaId: "thematicArea",
    role: "role",
    status: "status",
    startsOn: "startsOn",
    endsOn: "endsOn",
    dedication: "dedication",
  },
  catalog: { ns: "assignments", keys: assignmentsCatalog.validation },
  refusal: { field: "person", key: "otherDepartmentAssignment" },
  create: createAssignment,
  update: updateAssignment,
  removal: {
    table: "assignments",
    label: "(SELECT p.full_name FROM people p WHERE p.id = person_id)",
  },
});
