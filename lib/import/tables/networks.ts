import "server-only";
import { networks, networkThematicAreas, thematicAreas } from "@/db/schema";
import type { Db } from "@/db/client";
import { MEMBERSHIP_STATUSES, NETWORK_KINDS } from "@/db/schema/values";
import enumsCatalog from "@/messages/es-AR/enums.json";
import { networksExport } from "../../export/tables/networks";
import { createNetwork, updateNetwork } from "../../networks/commands";
import { fieldsFromExport } from "../definition";
import { defineFormImport } from "../form-import";
import { referencedBy } from "../undo-records";
import { nameIndex } from "../row-reader";
import { nameKey } from "../writes";

/**
 * Networks (/redes), as the export writes them, through the network form's own commands
 * (lib/import/form-import.ts). A row is matched by the export's id column, else by name or
 * acronym (case and accents aside).
 */

const fields = fieldsFromExport(networksExport.columns, {
  name: { required: true, synonyms: ["red", "nombre de la red"] },
  acronym: { synonyms: ["sigla", "siglas", "acronimo"] },
  kind: { synonyms: ["tipo de red"] },
  membership: { synonyms: ["estado de membresia", "membresia"] },
  memberSince: { synonyms: ["desde", "miembro desde", "fecha de ingreso"] },
  leftOn: { synonyms: ["fecha de baja", "hasta"] },
  headquarters: { synonyms: ["sede", "ciudad sede"] },
  founded: { synonyms: ["fundacion", "ano de fundacion"] },
  areas: { synonyms: ["areas", "area tematica", "temas"] },
  annualFee: { synonyms: ["cuota", "monto de la cuota"] },
  currency: { synonyms: ["moneda de la cuota"] },
  website: { synonyms: ["web", "sitio", "url", "pagina web"] },
  id: { synonyms: ["id", "id redes"] },
});

/** Form field → import field, for the commands' field errors. */
const FIELD_OF: Record<string, string> = {
  name: "name",
  acronym: "acronym",
  kind: "kind",
  membershipStatus: "membership",
  memberSince: "memberSince",
  leftOn: "leftOn",
  headquarters: "headquarters",
  foundedYear: "founded",
  thematicAreaIds: "areas",
  annualFee: "annualFee",
  feeCurrency: "currency",
  website: "website",
};

type Stored = typeof networks.$inferSelect & { areaIds: string[] };

/** The network as its form would submit it now: what an update keeps of the columns not in the file. */
const formOf = (n: Stored) => ({
  name: n.name,
  acronym: n.acronym ?? "",
  kind: n.kind,
  scope: n.scope ?? "",
  description: n.description ?? "",
  website: n.website ?? "",
  headquarters: n.headquarters ?? "",
  foundedYear: n.foundedYear === null ? "" : String(n.foundedYear),
  languages: n.languages,
  thematicAreaIds: n.areaIds,
  membershipStatus: n.membershipStatus,
  memberSince: n.memberSince ?? "",
  leftOn: n.leftOn ?? "",
  annualFee: n.annualFee ?? "",
  feeCurrency: n.feeCurrency ?? "",
  membershipNotes: n.membershipNotes ?? "",
  focalPersonId: n.focalPersonId ?? "",
});

async function loadNetworks(tx: Db): Promise<Stored[]> {
  const rows = await tx.select().from(networks);
  const links = await tx.select().from(networkThematicAreas);
  const areas = new Map<string, string[]>();
  for (const l of links) areas.set(l.networkId, [...(areas.get(l.networkId) ?? []), l.thematicAreaId]);
  return rows.map((n) => ({ ...n, areaIds: (areas.get(n.id) ?? []).sort() }));
}

export const networksImport = defineFormImport({
  table: "redes",
  recordType: "network",
  action: "network.update",
  fields,
  readOnly: ["archived"],
  async load(tx) {
    const areas = await tx.select({ id: thematicAreas.id, name: thematicAreas.name }).from(thematicAreas);
    return {
      records: await loadNetworks(tx),
      lookups: {
        area: nameIndex(
          areas,
          (a) => a.id,
          (a) => [a.name],
        ),
      },
    };
  },
  keyField: "name",
  // By name first, then by acronym (a file may rename a network it names by its acronym).
  rowKeys: (reader) =>
    [reader.text("name"), reader.text("acronym")].filter((k): k is string => !!k).map(nameKey),
  recordKeys: (n) => [n.name, n.acronym].filter((k): k is string => !!k).map(nameKey),
  formOf,
  newForm: () => ({ membershipStatus: "member" }),
  read(reader, form, lookups) {
    const set = reader.into(form);
    set("name", "name", () => reader.text("name") ?? "");
    set("acronym", "acronym", () => reader.text("acronym") ?? "");
    set("headquarters", "headquarters", () => reader.text("headquarters") ?? "");
    set("website", "website", () => reader.text("website") ?? "");
    set("currency", "feeCurrency", () => reader.text("currency") ?? "");
    set("kind", "kind", () => reader.option("kind", NETWORK_KINDS, enumsCatalog.networkKind));
    set("membership", "membershipStatus", () =>
      reader.option("membership", MEMBERSHIP_STATUSES, enumsCatalog.membershipStatus),
    );
    set("memberSince", "memberSince", () => reader.date("memberSince"));
    set("leftOn", "leftOn", () => reader.date("leftOn"));
    set("founded", "foundedYear", () => reader.number("founded"));
    set("annualFee", "annualFee", () => reader.number("annualFee"));
    set("areas", "thematicAreaIds", () => reader.references("areas", "ThematicArea", lookups.area));
  },
  fieldOf: FIELD_OF,
  numeric: ["annualFee", "foundedYear"],
  create: createNetwork,
  update: updateNetwork,
  removal: {
    table: "networks",
    label: "name",
    referenced: referencedBy({
      bodies: "network_id",
      seats: "network_id",
      meetings: "network_id",
      commitments: "network_id",
      assignments: "network_id",
    }),
  },
});
