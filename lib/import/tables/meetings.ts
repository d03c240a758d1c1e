import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { delegationMembers, meetings, people } from "@/db/schema";
import { MEETING_KINDS, MEETING_MODES, MEETING_STATUSES } from "@/db/schema/values";
import enumsCatalog from "@/messages/es-AR/enums.json";
import meetingsCatalog from "@/messages/es-AR/meetings.json";
import { instantToZoned, isValidTimeZone, zonedTimeToInstant } from "../../dates";
import { meetingsExport } from "../../export/tables/meetings";
import { DISPLAY_TIME_ZONE } from "../../i18n/config";
import { createMeeting, updateMeeting } from "../../meetings/commands";
import { meetingFormOf } from "../../meetings/form-reads";
import { cellDateTime } from "../cells";
import { fieldsFromExport, type ImportField } from "../definition";
import { defineFormImport } from "../form-import";
import { bodyIndex, networkIndex, personResolver } from "../lookups";
import type { RowReader } from "../row-reader";
import { nameKey } from "../writes";
import { delegationRecords, membersOf, type DelegationLookups, type Member } from "./meeting-delegation";

/**
 * Meetings (the calendar's agenda export, /calendario?view=agenda) with the city's delegation and
 * its attendance, through the meeting form's own commands and the delegation's
 * (lib/import/form-import.ts, tables/meeting-delegation.ts). A row is matched by the export's id
 * column, else by network, start date and title (case and accents aside).
 *
 * Times: the form takes wall-clock times in the meeting's zone. "Inicio (hora local)" is that for
 * the start; "Inicio/Fin (hora de Buenos Aires)" are converted to it. A row with both starts must
 * name the same instant.
 */

const fields: ImportField[] = [
  ...fieldsFromExport(meetingsExport.columns, {
    startsAt: { synonyms: ["inicio", "fecha", "fecha de inicio", "comienzo"] },
    endsAt: { synonyms: ["fin", "fecha de fin", "finalizacion"] },
    localStart: { synonyms: ["hora local", "inicio local"] },
    timeZone: { synonyms: ["zona", "huso horario"] },
    title: { required: true, synonyms: ["reunion", "titulo de la reunion", "nombre de la reunion"] },
    kind: { synonyms: ["tipo de reunion"] },
    status: { synonyms: ["estado de la reunion"] },
    mode: { synonyms: ["formato"] },
    network: { synonyms: ["nombre de la red"] },
    acronym: { synonyms: ["sigla", "siglas"] },
    body: { synonyms: ["organo de la red"] },
    city: { synonyms: [] },
    country: { synonyms: [] },
    venue: { synonyms: ["sede", "lugar de la reunion"] },
    id: { synonyms: ["id", "id redes"] },
  }),
  // Import only: the export lists meetings, not their delegations.
  { key: "delegation", type: "text", required: false, synonyms: ["delegacion de la ciudad", "delegados"] },
  { key: "attendees", type: "text", required: false, synonyms: ["asistieron", "asistencia"] },
];

/** Form field → import field, for the commands' field errors (the delegation's too). */
const FIELD_OF: Record<string, string> = {
  networkId: "network",
  bodyId: "body",
  title: "title",
  kind: "kind",
  status: "status",
  startDate: "localStart",
  startTime: "localStart",
  endDate: "endsAt",
  endTime: "endsAt",
  timeZone: "timeZone",
  mode: "mode",
  venue: "venue",
  city: "city",
  country: "country",
  personId: "delegation",
  role: "delegation",
  notes: "delegation",
  attendance: "attendees",
};

type Stored = typeof meetings.$inferSelect & { delegation: Member[] };

interface Lookups extends DelegationLookups {
  network: (text: string) => string[];
  body: (networkId: string, text: string) => string[];
}

/** A Buenos Aires wall-clock time as the same instant's wall-clock time in `zone`. */
const fromBuenosAires = (at: { date: string; time: string }, zone: string) =>
  instantToZoned(zonedTimeToInstant(at.date, at.time, DISPLAY_TIME_ZONE), zone);

/** The natural key: network, start date (in a given zone) and title. */
const meetingKey = (networkId: string, date: string, title: string) =>
  `${networkId} ${date} ${nameKey(title)}`;

/**
 * The keys the row names its meeting by, without recording errors (read does): its start date
 * in the meeting's zone ("Inicio (hora local)"), else in Buenos Aires.
 */
function rowKeys(reader: RowReader, lookups: Lookups): string[] {
  const title = reader.text("title");
  const network = reader.text("network") ?? reader.text("acronym");
  const ids = network ? lookups.network(network) : [];
  if (!title || ids.length !== 1) return [];
  const starts = ["localStart", "startsAt"]
    .map((field) => cellDateTime(reader.row.cells[field], reader.dateFormat))
    .filter((at) => at && at !== "ambiguous");
  return starts.map((at) => meetingKey(ids[0]!, (at as { date: string }).date, title));
}

async function load(tx: Db) {
  const [rows, members, network, bodyIn, persons] = await Promise.all([
    tx.select().from(meetings),
    tx.select().from(delegationMembers),
    networkIndex(tx),
    bodyIndex(tx),
    tx.select({ id: people.id, fullName: people.fullName, email: people.email }).from(people),
  ]);
  const delegations = new Map<string, Member[]>();
  for (const m of members) delegations.set(m.meetingId, [...(delegations.get(m.meetingId) ?? []), m]);
  const lookups: Lookups = {
    network,
    body: (networkId, text) => bodyIn.in(networkId)(text),
    person: personResolver(persons),
    personName: new Map(persons.map((p) => [p.id, p.fullName])),
  };
  return {
    records: rows.map((m) => ({ ...m, delegation: membersOf(delegations.get(m.id) ?? []) })),
    lookups,
  };
}

/** The row's cells into the meeting form: references resolved, times in the meeting's zone. */
function read(reader: RowReader, form: Record<string, unknown>, lookups: Lookups) {
  const set = reader.into(form);
  set("title", "title", () => reader.text("title") ?? "");
  set("city", "city", () => reader.text("city") ?? "");
  set("country", "country", () => reader.text("country") ?? "");
  set("venue", "venue", () => reader.text("venue") ?? "");
  set("kind", "kind", () => reader.option("kind", MEETING_KINDS, enumsCatalog.meetingKind));
  set("status", "status", () => reader.option("status", MEETING_STATUSES, enumsCatalog.meetingStatus));
  set("mode", "mode", () => reader.option("mode", MEETING_MODES, enumsCatalog.meetingMode));
  // An empty zone keeps the meeting's (a new one: Buenos Aires, as the form proposes).
  const zone = reader.text("timeZone");
  if (zone) form.timeZone = zone;

  // The network by name or acronym, in whichever of the two cells has it.
  const networkField = ["network", "acronym"].find((f) => reader.text(f) !== null);
  if (networkField) form.networkId = reader.reference(networkField, "Network", lookups.network);
  const networkId = String(form.networkId ?? "");
  if (reader.has("body")) {
    form.bodyId =
      networkId && reader.text("body")
        ? reader.reference("body", "Body", (text) => lookups.body(networkId, text))
        : "";
  }

  const timeZone = String(form.timeZone ?? "");
  if (!isValidTimeZone(timeZone)) return; // the command says so, on the zone's cell
  const local = reader.has("localStart") ? reader.dateTime("localStart") : null;
  const buenosAires = reader.has("startsAt") ? reader.dateTime("startsAt") : null;
  const fromBA = buenosAires && fromBuenosAires(buenosAires, timeZone);
  if (local && fromBA && (local.date !== fromBA.date || local.time !== fromBA.time))
    reader.error("startsAt", "startsDisagree", { value: reader.text("startsAt") ?? "" });
  const start = local ?? fromBA;
  if (start) {
    form.startDate = start.date;
    form.startTime = start.time;
  }
  const end = reader.has("endsAt") ? reader.dateTime("endsAt") : null;
  if (end) {
    const zoned = fromBuenosAires(end, timeZone);
    form.endDate = zoned.date;
    form.endTime = zoned.time;
  }
}

export const meetingsImport = defineFormImport<Stored, Lookups>({
  table: "reuniones",
  recordType: "meeting",
  action: "meeting.manage",
  scoped: false,
  fields,
  readOnly: [],
  load,
  keyField: "title",
  rowKeys,
  // By its start date in its own zone and in Buenos Aires: a file may give either.
  recordKeys: (m) =>
    [m.timeZone, DISPLAY_TIME_ZONE].map((zone) =>
      meetingKey(m.networkId, instantToZoned(m.startsAt, zone).date, m.title),
    ),
  formOf: meetingFormOf,
  newForm: () => ({ status: "confirmed", mode: "in_person", timeZone: DISPLAY_TIME_ZONE }),
  read: (reader, form, lookups) => read(reader, form, lookups),
  fieldOf: FIELD_OF,
  catalog: { ns: "meetings", keys: meetingsCatalog.validation },
  create: createMeeting,
  update: updateMeeting,
  related: delegationRecords<Stored, Lookups>(),
  removal: {
    table: "meetings",
    label: "title",
    // What others wrote since: the log's records, minutes, commitments (the delegation goes along).
    referenced: sql.raw(`EXISTS (SELECT 1 FROM agenda_items a WHERE a.meeting_id = t.id)
      OR EXISTS (SELECT 1 FROM decisions d WHERE d.meeting_id = t.id)
      OR EXISTS (SELECT 1 FROM commitments c WHERE c.meeting_id = t.id)
      OR coalesce(btrim(t.minutes), '') <> ''`),
  },
});
