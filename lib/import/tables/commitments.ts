import "server-only";
import { commitments } from "@/db/schema";
import { COMMITMENT_STATUSES } from "@/db/schema/values";
import commitmentsCatalog from "@/messages/es-AR/commitments.json";
import enumsCatalog from "@/messages/es-AR/enums.json";
import { createCommitment, updateCommitment } from "../../commitments/commands";
import { commitmentsExport } from "../../export/tables/commitments";
import { fieldsFromExport } from "../definition";
import { defineFormImport } from "../form-import";
import { bodyIndex, departmentIndex, meetingIndex, networkIndex, personIndex, single } from "../lookups";
import { nameKey } from "../writes";

/**
 * Commitments (/compromisos), as the export writes them, through the commitment form's
 * commands. A row is matched by the export's id column, else by its title within its network
 * and meeting (the same title may be agreed at two meetings). The owner is a person by e-mail or
 * full name; the meeting and the body are named within the row's network.
 */

const fields = fieldsFromExport(commitmentsExport.columns, {
  title: { required: true, synonyms: ["compromiso", "titulo", "descripcion", "tarea"] },
  network: { required: true, synonyms: ["red", "sigla de la red"] },
  owner: { required: true, synonyms: ["responsable", "persona", "a cargo", "correo del responsable"] },
  status: { synonyms: ["situacion"] },
  dueOn: { synonyms: ["vencimiento", "fecha limite", "plazo"] },
  completedOn: { synonyms: ["fecha de cumplimiento", "cumplido"] },
  department: { synonyms: ["reparticion", "area", "dependencia"] },
  meeting: { synonyms: ["reunion", "surgido en"] },
  body: { synonyms: ["organo", "instancia"] },
  notes: { synonyms: ["observaciones", "comentarios"] },
  id: { synonyms: ["id", "id redes"] },
});

type Stored = typeof commitments.$inferSelect;

const formOf = (c: Stored) => ({
  networkId: c.networkId,
  meetingId: c.meetingId ?? "",
  bodyId: c.bodyId ?? "",
  title: c.title,
  ownerPersonId: c.ownerPersonId,
  departmentId: c.departmentId ?? "",
  dueOn: c.dueOn ?? "",
  status: c.status,
  completedOn: c.completedOn ?? "",
  notes: c.notes ?? "",
});

const keyOf = (networkId: string, title: string, meetingId: string | null) =>
  `${networkId}|${nameKey(title)}|${meetingId ?? ""}`;

export const commitmentsImport = defineFormImport({
  table: "compromisos",
  recordType: "commitment",
  action: "commitment.manage",
  fields,
  readOnly: ["overdue", "daysLeft"],
  async load(tx) {
    const [network, person, department, meeting, body] = await Promise.all([
      networkIndex(tx),
      personIndex(tx),
      departmentIndex(tx),
      meetingIndex(tx),
      bodyIndex(tx),
    ]);
    return {
      records: await tx.select().from(commitments),
      lookups: { network, person, department, meeting, body },
    };
  },
  keyField: "title",
  rowKeys(reader, lookups) {
    const networkId = single(lookups.network(reader.text("network") ?? ""));
    const title = reader.text("title");
    const meeting = reader.text("meeting");
    const meetingId = networkId && meeting ? single(lookups.meeting.in(networkId)(meeting)) : null;
    return networkId && title && (!meeting || meetingId) ? [keyOf(networkId, title, meetingId)] : [];
  },
  recordKeys: (c) => [keyOf(c.networkId, c.title, c.meetingId)],
  formOf,
  newForm: () => ({ status: "open" }),
  read(reader, form, lookups, match) {
    const set = reader.into(form);
    set("network", "networkId", () => reader.reference("network", "Network", lookups.network));
    const networkId = String(form.networkId ?? "");
    set("title", "title", () => reader.text("title") ?? "");
    set("owner", "ownerPersonId", () => reader.reference("owner", "Person", lookups.person));
    set("department", "departmentId", () => reader.reference("department", "Department", lookups.department));
    set(
      "status",
      "status",
      () =>
        reader.option("status", COMMITMENT_STATUSES, enumsCatalog.commitmentStatus) ||
        (match?.status ?? "open"),
    );
    set("dueOn", "dueOn", () => reader.date("dueOn"));
    set("completedOn", "completedOn", () => reader.date("completedOn"));
    set("notes", "notes", () => reader.text("notes") ?? "");
    if (networkId) {
      set("meeting", "meetingId", () =>
        reader.reference("meeting", "Meeting", lookups.meeting.in(networkId)),
      );
      set("body", "bodyId", () => reader.reference("body", "Body", lookups.body.in(networkId)));
    }
  },
  fieldOf: {
    networkId: "network",
    meetingId: "meeting",
    bodyId: "body",
    title: "title",
    ownerPersonId: "owner",
    departmentId: "department",
    dueOn: "dueOn",
    status: "status",
    completedOn: "completedOn",
    notes: "notes",
  },
  catalog: { ns: "commitments", keys: commitmentsCatalog.validation },
  create: createCommitment,
  update: updateCommitment,
  removal: { table: "commitments", label: "title" },
});
