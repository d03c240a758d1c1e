import "server-only";
import { inArray, sql } from "drizzle-orm";
import { networks, networkThematicAreas, thematicAreas } from "@/db/schema";
import { queryRows } from "@/db/client";
import { MEMBERSHIP_STATUSES, NETWORK_KINDS } from "@/db/schema/values";
import enumsCatalog from "@/messages/es-AR/enums.json";
import peopleCatalog from "@/messages/es-AR/people.json";
import { recordAudit } from "../../audit";
import type { Ctx } from "../../context";
import { networksExport } from "../../export/tables/networks";
import { createNetwork, updateNetwork } from "../../networks/commands";
import { isUuid } from "../../validation/fields";
import { messageOf } from "../../validation/message-key";
import { cellDate, cellNumber, cellText } from "../cells";
import { fieldsFromExport, type CellError, type ImportDefinition, type RowOutcome } from "../definition";
import { nameKey } from "../writes";

/**
 * Networks (/redes), as the export writes them. A file of networks is short (the area belongs
 * to a few dozen), so each row goes through the network form's own commands — createNetwork,
 * updateNetwork — inside a savepoint of the import's transaction: the same checks, the same
 * audit events (tagged with the import's id), and a row that fails leaves the others alone.
 * A row is matched by the export's id column, else by name or acronym (case and accents aside).
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

/** A value list's member from its Spanish label or its own code ("Temática" or "thematic"). */
function enumValue(
  values: readonly string[],
  labels: Record<string, string>,
  text: string,
): string | undefined {
  const key = nameKey(text);
  return values.find((v) => v === text || nameKey(labels[v] ?? "") === key);
}

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

const PEOPLE_KEYS = new Set(Object.keys(peopleCatalog.validation));
function formErrors(fieldErrors: Record<string, string[]>): CellError[] {
  return Object.entries(fieldErrors).flatMap(([field, keys]) =>
    keys.map((k) => {
      const { name, values } = messageOf(k);
      return {
        field: FIELD_OF[field] ?? null,
        key: PEOPLE_KEYS.has(name) ? `people.validation.${name}` : `validation.${name}`,
        ...(values ? { values } : {}),
      };
    }),
  );
}

async function loadNetworks(ctx: Ctx): Promise<Stored[]> {
  const rows = await ctx.db.select().from(networks);
  const links = await ctx.db.select().from(networkThematicAreas);
  const areas = new Map<string, string[]>();
  for (const l of links) areas.set(l.networkId, [...(areas.get(l.networkId) ?? []), l.thematicAreaId]);
  return rows.map((n) => ({ ...n, areaIds: (areas.get(n.id) ?? []).sort() }));
}

export const networksImport: ImportDefinition = {
  table: "redes",
  recordType: "network",
  fields,
  readOnly: ["archived"],

  async run(scope, rows) {
    const { tx, ctx } = scope;
    const rowCtx: Ctx = { db: tx, actor: ctx.actor, auditTag: { importId: scope.importId } };
    const stored = await loadNetworks(rowCtx);
    const byId = new Map(stored.map((n) => [n.id, n]));
    const byName = new Map<string, Stored[]>();
    for (const n of stored) {
      for (const key of new Set([n.name, n.acronym].filter(Boolean).map((k) => nameKey(k!)))) {
        byName.set(key, [...(byName.get(key) ?? []), n]);
      }
    }
    const areaIds = new Map(
      (await tx.select({ id: thematicAreas.id, name: thematicAreas.name }).from(thematicAreas)).map((a) => [
        nameKey(a.name),
        a.id,
      ]),
    );
    const mapped = new Set(rows.length ? Object.keys(rows[0]!.cells) : []);
    const seen = new Map<string, number>();
    const outcomes: RowOutcome[] = [];
    let done = 0;

    for (const row of rows) {
      const errors: CellError[] = [];
      const text = (field: string) => cellText(row.cells[field]);
      let match: Stored | null = null;
      const idText = text("id");
      const name = text("name");
      if (idText) {
        const id = idText.toLowerCase();
        match = isUuid(id) ? (byId.get(id) ?? null) : null;
        if (!match)
          errors.push({ field: "id", key: "import.errors.unknownNetworkId", values: { value: idText } });
      } else {
        // By name first, then by acronym (a file may rename a network it names by its acronym).
        const acronym = text("acronym");
        const byNameFound = name ? (byName.get(nameKey(name)) ?? []) : [];
        const candidates =
          byNameFound.length || !acronym ? byNameFound : (byName.get(nameKey(acronym)) ?? []);
        if (candidates.length > 1)
          errors.push({
            field: "name",
            key: "import.errors.ambiguousNetwork",
            values: { value: name ?? acronym ?? "", count: candidates.length },
          });
        match = candidates.length === 1 ? candidates[0]! : null;
      }
      const key = match?.id ?? nameKey(name ?? "");
      if (seen.has(key))
        errors.push({
          field: "name",
          key: "import.errors.duplicateNetwork",
          values: { line: seen.get(key)! },
        });
      else seen.set(key, row.line);

      const input: Record<string, unknown> = match ? formOf(match) : { membershipStatus: "member" };
      const set = (field: string, formField: string, value: unknown) => {
        if (mapped.has(field)) input[formField] = value;
      };
      set("name", "name", name ?? "");
      set("acronym", "acronym", text("acronym") ?? "");
      set("headquarters", "headquarters", text("headquarters") ?? "");
      set("website", "website", text("website") ?? "");
      set("currency", "feeCurrency", text("currency") ?? "");
      for (const [field, formField, values, labels] of [
        ["kind", "kind", NETWORK_KINDS, enumsCatalog.networkKind],
        ["membership", "membershipStatus", MEMBERSHIP_STATUSES, enumsCatalog.membershipStatus],
      ] as const) {
        const value = text(field);
        const found = value ? enumValue(values, labels, value) : "";
        if (found === undefined)
          errors.push({ field, key: "import.errors.unknownOption", values: { value: value! } });
        set(field, formField, found ?? "");
      }
      for (const [field, formField] of [
        ["memberSince", "memberSince"],
        ["leftOn", "leftOn"],
      ] as const) {
        const date = cellDate(row.cells[field]);
        if (date === undefined)
          errors.push({ field, key: "import.errors.invalidDate", values: { value: text(field) ?? "" } });
        set(field, formField, date ?? "");
      }
      for (const [field, formField] of [
        ["founded", "foundedYear"],
        ["annualFee", "annualFee"],
      ] as const) {
        const number = cellNumber(row.cells[field]);
        if (number === undefined)
          errors.push({ field, key: "import.errors.invalidNumber", values: { value: text(field) ?? "" } });
        set(field, formField, number === null || number === undefined ? "" : String(number));
      }
      if (mapped.has("areas")) {
        const names = (text("areas") ?? "")
          .split(/[,;]/)
          .map((a) => a.trim())
          .filter(Boolean);
        const ids = names.map((n) => areaIds.get(nameKey(n)));
        names.forEach((n, i) => {
          if (!ids[i])
            errors.push({ field: "areas", key: "import.errors.unknownThematicArea", values: { value: n } });
        });
        input.thematicAreaIds = [...new Set(ids.filter((id): id is string => !!id))].sort();
      }

      if (errors.length) {
        outcomes.push({ line: row.line, status: "error", recordId: match?.id ?? null, errors });
      } else if (match && sameNetwork(input, formOf(match))) {
        outcomes.push({ line: row.line, status: "unchanged", recordId: match.id });
      } else {
        // The form's own command, in a savepoint: its checks, its write, its audit event.
        const result = match
          ? await updateNetwork(rowCtx, match.id, { ...input, version: match.version })
          : await createNetwork(rowCtx, input);
        if (!result.ok) {
          const cellErrors = result.fieldErrors ? formErrors(result.fieldErrors) : [];
          outcomes.push({
            line: row.line,
            status: "error",
            recordId: match?.id ?? null,
            errors: cellErrors.length ? cellErrors : [{ field: null, key: `errors.${result.code}` }],
          });
        } else {
          outcomes.push({
            line: row.line,
            status: match ? "update" : "new",
            recordId: match?.id ?? result.data.id,
            previous: match ? formOf(match) : null,
            writtenVersion: "version" in result.data ? Number(result.data.version) : 1,
          });
        }
      }
      scope.progress(++done);
    }
    return outcomes;
  },

  /**
   * Removes the networks the import created and gives the updated ones their previous form
   * back (through updateNetwork), except networks edited since — or, for a created one, that
   * has bodies, seats, meetings, commitments or assignments now (removing it would take them).
   */
  async undo(scope, rows) {
    const { tx, ctx, importId } = scope;
    const rowCtx: Ctx = { db: tx, actor: ctx.actor, auditTag: { importId } };
    const ids = rows.map((r) => r.recordId);
    const current = ids.length
      ? await queryRows<{ id: string; version: number; referenced: boolean }>(
          tx,
          sql`SELECT n.id, n.version,
                 (EXISTS (SELECT 1 FROM bodies b WHERE b.network_id = n.id)
                  OR EXISTS (SELECT 1 FROM seats s WHERE s.network_id = n.id)
                  OR EXISTS (SELECT 1 FROM meetings m WHERE m.network_id = n.id)
                  OR EXISTS (SELECT 1 FROM commitments c WHERE c.network_id = n.id)
                  OR EXISTS (SELECT 1 FROM assignments a WHERE a.network_id = n.id)) AS referenced
              FROM networks n WHERE n.id IN (${sql.join(
                ids.map((id) => sql`${id}::uuid`),
                sql`, `,
              )})`,
        )
      : [];
    const byId = new Map(current.map((c) => [c.id, { ...c, version: Number(c.version) }]));
    const kept: { line: number; recordId: string }[] = [];
    const removals: string[] = [];
    let restored = 0;
    for (const row of rows) {
      const now = byId.get(row.recordId);
      if (!now) continue;
      if (now.version !== row.writtenVersion || (row.status === "new" && now.referenced)) {
        kept.push({ line: row.line, recordId: row.recordId });
      } else if (row.status === "new") {
        removals.push(row.recordId);
      } else {
        const result = await updateNetwork(rowCtx, row.recordId, { ...row.previous, version: now.version });
        if (result.ok) restored += 1;
        else kept.push({ line: row.line, recordId: row.recordId });
      }
    }
    if (removals.length) {
      const gone = await tx
        .delete(networks)
        .where(inArray(networks.id, removals))
        .returning({ id: networks.id, name: networks.name });
      for (const g of gone) {
        await recordAudit(tx, ctx.actor, {
          action: "network.delete",
          entityType: "network",
          entityId: g.id,
          before: { name: g.name },
          metadata: { importId },
        });
      }
    }
    return { removed: removals.length, restored, kept };
  },
};

/** Whether the form built from the row asks for any change (lists compared as sets). */
function sameNetwork(input: Record<string, unknown>, current: Record<string, unknown>): boolean {
  return Object.keys(current).every((k) => {
    const a = input[k];
    const b = current[k];
    if (Array.isArray(a) && Array.isArray(b)) return [...a].sort().join() === [...b].sort().join();
    if (k === "annualFee" || k === "foundedYear") return Number(a || NaN) === Number(b || NaN) || a === b;
    return (a ?? "") === (b ?? "");
  });
}
