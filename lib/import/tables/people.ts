import "server-only";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { departments, people, users } from "@/db/schema";
import { queryRows } from "@/db/client";
import { can, scopeFor } from "../../auth/policy";
import { peopleExport } from "../../export/tables/people";
import { personColumns } from "../../people/queries";
import { personInputSchema } from "../../people/schema";
import { isUuid } from "../../validation/fields";
import { cellText, emailKey } from "../cells";
import {
  fieldsFromExport,
  type CellError,
  type ImportDefinition,
  type RowOutcome,
  type RunScope,
} from "../definition";
import { auditBatch, chunks, departmentResolver, insertJsonRows, schemaErrors } from "../writes";

/**
 * People (/personas): name, e-mail, phone, position and department, as the export writes them.
 * A row is matched to a person by the export's id column when the file has it, else by e-mail
 * (compared without case, as people_email_uq does); a row that matches nobody is a new person.
 * Departments are named by short name or name. Everything the rows refer to is read once
 * before the first row, so 20,000 rows cost a handful of queries, not one per row.
 */

const fields = fieldsFromExport(peopleExport.columns, {
  name: {
    required: true,
    synonyms: ["nombre y apellido", "apellido y nombre", "persona", "nombre completo"],
  },
  email: {
    synonyms: ["correo", "email", "e-mail", "mail", "correo electronico", "direccion de correo"],
  },
  phone: { synonyms: ["telefono", "tel", "celular", "movil"] },
  position: { synonyms: ["cargo", "funcion", "puesto"] },
  department: { synonyms: ["reparticion", "area", "dependencia", "organismo", "sigla de la reparticion"] },
  id: { synonyms: ["id", "id redes"] },
});

/** The person's columns the import writes (and the undo restores). */
interface PersonColumns {
  fullName: string;
  email: string | null;
  phone: string | null;
  position: string | null;
  departmentId: string | null;
}

interface Existing extends PersonColumns {
  id: string;
  notes: string | null;
  version: number;
  userEmail: string | null;
}

const PERSON_SQL_COLUMNS = {
  id: "uuid",
  full_name: "text",
  email: "text",
  phone: "text",
  position: "text",
  department_id: "uuid",
};

const COLUMN_KEYS = ["fullName", "email", "phone", "position", "departmentId"] as const;
/** Import field → person column. */
const FIELD_OF: Record<(typeof COLUMN_KEYS)[number], string> = {
  fullName: "name",
  email: "email",
  phone: "phone",
  position: "position",
  departmentId: "department",
};

async function loadPeople(scope: RunScope): Promise<Existing[]> {
  return scope.tx
    .select({
      ...personColumns,
      departmentId: people.departmentId,
      notes: people.notes,
      version: people.version,
      userEmail: users.email,
    })
    .from(people)
    .leftJoin(users, eq(users.personId, people.id));
}

/** A row's planned write, once every check passed. */
interface Planned {
  index: number;
  columns: PersonColumns;
  existing: Existing | null;
  /** A department the import creates (by the name written in the file). */
  newDepartment: string | null;
}

const same = (a: PersonColumns, b: PersonColumns, mapped: Set<string>) =>
  COLUMN_KEYS.every((k) => {
    if (!mapped.has(FIELD_OF[k])) return true;
    const x = a[k];
    const y = b[k];
    return k === "email" ? (x ?? "").toLowerCase() === (y ?? "").toLowerCase() : (x ?? null) === (y ?? null);
  });

export const peopleImport: ImportDefinition = {
  table: "personas",
  recordType: "person",
  action: "person.manage",
  scoped: true,
  createsDepartments: true,
  fields,
  readOnly: ["activeAssignments", "seatsHeld", "hasUser"],

  async run(scope, rows) {
    const { tx, ctx, options } = scope;
    const existing = await loadPeople(scope);
    const byId = new Map(existing.map((p) => [p.id, p]));
    const byEmail = new Map<string, Existing>();
    for (const p of existing) if (p.email) byEmail.set(emailKey(p.email), p);
    const resolveDepartment = departmentResolver(
      await tx
        .select({ id: departments.id, name: departments.name, shortName: departments.shortName })
        .from(departments),
    );
    const mapped = new Set(rows.length ? Object.keys(rows[0]!.cells) : []);
    const mayCreateDepartments = options.createDepartments && can(ctx.actor, "department.manage");
    // A scoped importer (a head: own_department) is checked on every row's department.
    const headScoped = scopeFor(ctx.actor.role, "import.run") !== "any";

    const outcomes: RowOutcome[] = [];
    const planned: Planned[] = [];
    const seenEmail = new Map<string, number>();
    const seenId = new Map<string, number>();

    rows.forEach((row) => {
      const errors: CellError[] = [];
      const text = (field: string) => cellText(row.cells[field]);
      // The record it matches: by id when the file carries one, else by e-mail.
      let match: Existing | null = null;
      const idText = text("id");
      if (idText) {
        const id = idText.toLowerCase();
        if (!isUuid(id))
          errors.push({ field: "id", key: "import.errors.invalidId", values: { value: idText } });
        else if (seenId.has(id))
          errors.push({ field: "id", key: "import.errors.duplicateId", values: { line: seenId.get(id)! } });
        else {
          seenId.set(id, row.line);
          match = byId.get(id) ?? null;
          if (!match)
            errors.push({ field: "id", key: "import.errors.unknownPersonId", values: { value: idText } });
        }
      }
      const emailText = text("email");
      if (emailText) {
        const key = emailKey(emailText);
        const earlier = seenEmail.get(key);
        if (earlier !== undefined)
          errors.push({ field: "email", key: "import.errors.duplicateEmail", values: { line: earlier } });
        else seenEmail.set(key, row.line);
        const owner = byEmail.get(key);
        if (owner && !idText) match = owner;
        else if (owner && match && owner.id !== match.id)
          errors.push({ field: "email", key: "import.errors.emailTaken", values: { value: emailText } });
      }
      // The department, by short name or name; a new one only when allowed.
      let departmentId: string | null = match?.departmentId ?? null;
      let newDepartment: string | null = null;
      if (mapped.has("department")) {
        const name = text("department");
        departmentId = null;
        if (name) {
          const found = resolveDepartment(name);
          if (found.length === 1) departmentId = found[0]!;
          else if (found.length > 1)
            errors.push({
              field: "department",
              key: "import.errors.ambiguousDepartment",
              values: { value: name, count: found.length },
            });
          else if (mayCreateDepartments) newDepartment = name;
          else
            errors.push({
              field: "department",
              key:
                options.createDepartments && !mayCreateDepartments
                  ? "import.errors.cannotCreateDepartment"
                  : "import.errors.unknownDepartment",
              values: { value: name },
            });
        }
      }
      // The form's own schema: the same limits and formats as typing the person in.
      const input = {
        fullName: mapped.has("name") ? (text("name") ?? "") : (match?.fullName ?? ""),
        email: mapped.has("email") ? (emailText ?? "") : (match?.email ?? ""),
        phone: mapped.has("phone") ? (text("phone") ?? "") : (match?.phone ?? ""),
        position: mapped.has("position") ? (text("position") ?? "") : (match?.position ?? ""),
      };
      const parsed = personInputSchema.safeParse(input);
      if (!parsed.success) errors.push(...schemaErrors(parsed.error, FIELD_OF));
      // A head imports only people of their own department: the person's as stored and as written.
      if (headScoped) {
        const owners = [departmentId, ...(match ? [match.departmentId] : [])];
        if (newDepartment || owners.some((d) => !can(ctx.actor, "import.run", { departmentId: d })))
          errors.push({
            field: mapped.has("department") ? "department" : null,
            key: "import.errors.otherDepartment",
          });
      }
      if (errors.length || !parsed.success) {
        outcomes.push({ line: row.line, status: "error", recordId: match?.id ?? null, errors });
        return;
      }
      const columns: PersonColumns = {
        fullName: parsed.data.fullName,
        email: parsed.data.email ?? null,
        phone: parsed.data.phone ?? null,
        position: parsed.data.position ?? null,
        departmentId,
      };
      if (match && !newDepartment && same(columns, match, mapped)) {
        outcomes.push({ line: row.line, status: "unchanged", recordId: match.id });
        return;
      }
      outcomes.push({ line: row.line, status: match ? "update" : "new", recordId: match?.id ?? null });
      planned.push({ index: outcomes.length - 1, columns, existing: match, newDepartment });
    });
    scope.progress(rows.length / 2);

    const hasErrors = outcomes.some((o) => o.status === "error");
    if (hasErrors && !scope.writeValid) return outcomes;
    await writePeople(scope, planned, outcomes, departmentNamesOf(resolveDepartment.all));
    scope.progress(rows.length);
    return outcomes;
  },

  undo: undoPeople,
};

const departmentNamesOf = (all: { id: string; name: string }[]) => new Map(all.map((d) => [d.id, d.name]));

/** Audit snapshot, the same shape as the person commands' (lib/people/commands.ts). */
function snapshot(
  columns: PersonColumns,
  names: Map<string, string>,
  rest: { notes: string | null; user: string | null; version: number },
) {
  return {
    name: columns.fullName,
    email: columns.email,
    phone: columns.phone,
    position: columns.position,
    department: columns.departmentId ? (names.get(columns.departmentId) ?? null) : null,
    notes: rest.notes,
    user: rest.user,
    version: rest.version,
  };
}

/** Creates the new departments, inserts the new people and updates the matched ones, in batches. */
async function writePeople(
  scope: RunScope,
  planned: Planned[],
  outcomes: RowOutcome[],
  names: Map<string, string>,
) {
  const { tx, importId } = scope;
  const audits: Parameters<typeof auditBatch>[2] = [];
  // Departments first: one per distinct name the file introduces.
  const created = new Map<string, string>();
  for (const plan of planned) {
    if (!plan.newDepartment) continue;
    const key = plan.newDepartment.toLowerCase();
    let id = created.get(key);
    if (!id) {
      id = randomUUID();
      created.set(key, id);
      await tx.insert(departments).values({ id, name: plan.newDepartment });
      names.set(id, plan.newDepartment);
      audits.push({
        action: "department.create",
        entityType: "department",
        entityId: id,
        after: { name: plan.newDepartment, shortName: null, parent: null, version: 1 },
      });
    }
    plan.columns.departmentId = id;
  }

  const inserts = planned.filter((p) => !p.existing);
  const values = inserts.map((p) => {
    const id = randomUUID();
    Object.assign(outcomes[p.index]!, { recordId: id, writtenVersion: 1 });
    audits.push({
      action: "person.create",
      entityType: "person",
      entityId: id,
      after: snapshot(p.columns, names, { notes: null, user: null, version: 1 }),
    });
    const c = p.columns;
    return {
      id,
      full_name: c.fullName,
      email: c.email,
      phone: c.phone,
      position: c.position,
      department_id: c.departmentId,
    };
  });
  await insertJsonRows(tx, "people", PERSON_SQL_COLUMNS, values);

  const updates = planned.filter((p) => p.existing);
  for (const batch of chunks(updates, 5000)) {
    const values = batch.map((p) => ({
      id: p.existing!.id,
      version: p.existing!.version,
      full_name: p.columns.fullName,
      email: p.columns.email,
      phone: p.columns.phone,
      position: p.columns.position,
      department_id: p.columns.departmentId,
    }));
    // One statement per batch, each row only at the version read: a person saved by someone
    // else since is left alone and reported.
    const written = await queryRows<{ id: string; version: number }>(
      tx,
      sql`UPDATE people AS p SET full_name = v.full_name, email = v.email, phone = v.phone,
            position = v.position, department_id = v.department_id,
            version = p.version + 1, updated_at = now()
          FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb)
            AS v(id uuid, version int, full_name text, email text, phone text, position text, department_id uuid)
          WHERE p.id = v.id AND p.version = v.version
          RETURNING p.id, p.version`,
    );
    const versions = new Map(written.map((w) => [w.id, Number(w.version)]));
    for (const p of batch) {
      const before = p.existing!;
      const outcome = outcomes[p.index]!;
      const version = versions.get(before.id);
      if (version === undefined) {
        Object.assign(outcome, {
          status: "error",
          errors: [{ field: null, key: "import.errors.changedMeanwhile" }],
        });
        continue;
      }
      const rest = { notes: before.notes, user: before.userEmail };
      Object.assign(outcome, {
        writtenVersion: version,
        previous: Object.fromEntries(COLUMN_KEYS.map((k) => [k, before[k]])),
      });
      audits.push({
        action: "person.update",
        entityType: "person",
        entityId: before.id,
        before: snapshot(before, names, { ...rest, version: before.version }),
        after: snapshot(p.columns, names, { ...rest, version }),
      });
    }
  }
  if (!scope.preview) await auditBatch(tx, scope.ctx.actor, audits, importId);
}

/**
 * Removes the people the import created and restores the ones it updated, except those edited
 * since (their version is no longer the one the import left) or, for a created person, now
 * referenced elsewhere (an assignment, a seat term): those are kept and listed.
 */
async function undoPeople(...[scope, rows]: Parameters<ImportDefinition["undo"]>) {
  const { tx } = scope;
  const kept: { line: number; recordId: string }[] = [];
  const audits: Parameters<typeof auditBatch>[2] = [];
  const ids = rows.map((r) => r.recordId);
  const current = new Map<string, Existing & { referenced: boolean }>();
  for (const batch of chunks(ids, 1000)) {
    const found = await queryRows<Existing & { referenced: boolean }>(
      tx,
      sql`SELECT p.id, p.full_name AS "fullName", p.email, p.phone, p.position,
                 p.department_id AS "departmentId", p.notes, p.version, u.email AS "userEmail",
                 (EXISTS (SELECT 1 FROM assignments a WHERE a.person_id = p.id)
                  OR EXISTS (SELECT 1 FROM seat_terms t WHERE t.holder_person_id = p.id)
                  OR EXISTS (SELECT 1 FROM delegation_members d WHERE d.person_id = p.id)
                  OR EXISTS (SELECT 1 FROM commitments c WHERE c.owner_person_id = p.id)
                  OR u.id IS NOT NULL) AS referenced
          FROM people p LEFT JOIN users u ON u.person_id = p.id
          WHERE p.id IN (${sql.join(
            batch.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
    );
    for (const f of found) current.set(f.id, { ...f, version: Number(f.version) });
  }
  const names = departmentNamesOf(
    await tx.select({ id: departments.id, name: departments.name }).from(departments),
  );
  const removals: string[] = [];
  let restored = 0;
  for (const row of rows) {
    const now = current.get(row.recordId);
    if (!now) continue; // deleted since: nothing to undo
    // Edited since, or (a person the import created) now referenced by other records.
    if (now.version !== row.writtenVersion || (row.status === "new" && now.referenced)) {
      kept.push({ line: row.line, recordId: row.recordId });
      continue;
    }
    const rest = { notes: now.notes, user: now.userEmail };
    if (row.status === "new") {
      removals.push(row.recordId);
      audits.push({
        action: "person.delete",
        entityType: "person",
        entityId: row.recordId,
        before: snapshot(now, names, { ...rest, version: now.version }),
      });
      continue;
    }
    const previous = row.previous as unknown as PersonColumns;
    await tx
      .update(people)
      .set({ ...previous, version: sql`${people.version} + 1`, updatedAt: new Date() })
      .where(sql`${people.id} = ${row.recordId} AND ${people.version} = ${row.writtenVersion}`);
    restored += 1;
    audits.push({
      action: "person.update",
      entityType: "person",
      entityId: row.recordId,
      before: snapshot(now, names, { ...rest, version: now.version }),
      after: snapshot(previous, names, { ...rest, version: now.version + 1 }),
    });
  }
  for (const batch of chunks(removals, 1000))
    await tx.delete(people).where(
      sql`${people.id} IN (${sql.join(
        batch.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
  await auditBatch(tx, scope.ctx.actor, audits, scope.importId);
  return { removed: removals.length, restored, kept };
}
