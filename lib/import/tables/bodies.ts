import "server-only";
import { bodies } from "@/db/schema";
import { BODY_KINDS } from "@/db/schema/values";
import bodiesCatalog from "@/messages/es-AR/bodies.json";
import enumsCatalog from "@/messages/es-AR/enums.json";
import { createBody, updateBody } from "../../bodies/commands";
import type { ImportField } from "../definition";
import { defineFormImport } from "../form-import";
import { referencedBy } from "../undo-records";
import { areaIndex, bodyIndex, networkIndex, single } from "../lookups";
import { nameKey } from "../writes";

/**
 * Bodies of a network (its assembly, council, committees, working groups…), through the body
 * form's commands. Bodies have no list export of their own (they are a tree on each network's
 * page), so the columns are declared here, with their headers in the export catalog
 * (export.columns.organos) like the other tables. A row is matched by the id column, else by
 * name within its network; a parent is named by name within the same network and may be a body
 * created by an earlier row of the file.
 */

const field = (
  key: string,
  type: ImportField["type"],
  synonyms: string[],
  extra: Partial<ImportField> = {},
) => ({ key, type, synonyms, ...extra }) satisfies ImportField;

const fields: ImportField[] = [
  field("network", "text", ["red", "sigla de la red"], { required: true }),
  field("name", "text", ["nombre", "organo", "nombre del organo", "instancia"], { required: true }),
  field("kind", "text", ["tipo de organo"], { enumName: "bodyKind" }),
  field("parent", "text", ["organo superior", "depende de", "padre"]),
  field("thematicArea", "text", ["area", "tema"]),
  field("cadenceMonths", "integer", ["frecuencia", "cada cuantos meses"]),
  field("cadenceNote", "text", ["nota de frecuencia"]),
  field("usualMonth", "integer", ["mes", "mes habitual de reunion"]),
  field("description", "text", ["descripcion"]),
  field("id", "text", ["id", "id redes"]),
];

type Stored = typeof bodies.$inferSelect;

const formOf = (b: Stored) => ({
  networkId: b.networkId,
  name: b.name,
  kind: b.kind,
  parentId: b.parentId ?? "",
  thematicAreaId: b.thematicAreaId ?? "",
  cadenceMonths: b.cadenceMonths === null ? "" : String(b.cadenceMonths),
  cadenceNote: b.cadenceNote ?? "",
  usualMonth: b.usualMonth === null ? "" : String(b.usualMonth),
  description: b.description ?? "",
});

export const bodiesImport = defineFormImport({
  table: "organos",
  recordType: "body",
  action: "body.manage",
  fields,
  readOnly: [],
  async load(tx) {
    const [network, body, area] = await Promise.all([networkIndex(tx), bodyIndex(tx), areaIndex(tx)]);
    return { records: await tx.select().from(bodies), lookups: { network, body, area } };
  },
  keyField: "name",
  rowKeys(reader, { network }) {
    const networkId = single(network(reader.text("network") ?? ""));
    const name = reader.text("name");
    return networkId && name ? [`${networkId}|${nameKey(name)}`] : [];
  },
  recordKeys: (b) => [`${b.networkId}|${nameKey(b.name)}`],
  formOf,
  newForm: () => ({ kind: "other" }),
  read(reader, form, lookups, match) {
    const networkId = reader.reference("network", "Network", lookups.network);
    // A body stays in its network: the id column cannot move it to another one.
    if (match && networkId && networkId !== match.networkId) reader.error("network", "bodyMovedNetwork");
    form.networkId = match?.networkId ?? networkId;
    const set = reader.into(form);
    set("name", "name", () => reader.text("name") ?? "");
    set(
      "kind",
      "kind",
      () => reader.option("kind", BODY_KINDS, enumsCatalog.bodyKind) || (match?.kind ?? "other"),
    );
    if (networkId)
      set("parent", "parentId", () => reader.reference("parent", "Body", lookups.body.in(networkId)));
    set("thematicArea", "thematicAreaId", () =>
      reader.reference("thematicArea", "ThematicArea", lookups.area),
    );
    set("cadenceMonths", "cadenceMonths", () => reader.number("cadenceMonths"));
    set("cadenceNote", "cadenceNote", () => reader.text("cadenceNote") ?? "");
    set("usualMonth", "usualMonth", () => reader.number("usualMonth"));
    set("description", "description", () => reader.text("description") ?? "");
  },
  remember: (lookups, form, id) => lookups.body.add(String(form.networkId), String(form.name), id),
  fieldOf: {
    name: "name",
    kind: "kind",
    parentId: "parent",
    thematicAreaId: "thematicArea",
    cadenceMonths: "cadenceMonths",
    cadenceNote: "cadenceNote",
    usualMonth: "usualMonth",
    description: "description",
  },
  catalog: { ns: "bodies", keys: bodiesCatalog.validation },
  numeric: ["cadenceMonths", "usualMonth"],
  create: (ctx, { networkId, ...input }) => createBody(ctx, String(networkId), input),
  update: updateBody,
  removal: {
    table: "bodies",
    label: "name",
    referenced: referencedBy({
      bodies: "parent_id",
      seats: "body_id",
      meetings: "body_id",
      commitments: "body_id",
      assignments: "body_id",
    }),
  },
});
