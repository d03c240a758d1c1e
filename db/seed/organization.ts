// The city side of the demo data: thematic areas, departments, the fictitious people of
// people.json (never real officials) and the five demo user accounts.
import { DEMO_ACCOUNTS } from "./accounts";
import type { SeedContext } from "./context";
import { NETWORKS_FILE, PEOPLE_FILE } from "./source";
import { emailLocalPart } from "./spanish";

export function buildOrganization(ctx: SeedContext, passwordHash: string): void {
  for (const name of NETWORKS_FILE.thematicAreas) {
    const id = ctx.newId();
    ctx.thematicAreaIds.set(name, id);
    ctx.rows.thematicAreas.push({ id, name });
  }

  // Ids first, so a department can name a parent listed after it.
  for (const department of PEOPLE_FILE.departments) ctx.departmentIds.set(department.key, ctx.newId());
  for (const department of PEOPLE_FILE.departments) {
    ctx.rows.departments.push({
      id: ctx.departmentId(department.key),
      name: department.name,
      shortName: department.short,
      parentId: department.parent ? ctx.departmentId(department.parent) : null,
    });
  }

  const usedEmails = new Set(PEOPLE_FILE.people.flatMap((person) => (person.email ? [person.email] : [])));
  PEOPLE_FILE.people.forEach((person, index) => {
    const id = ctx.newId();
    const departmentId = ctx.departmentId(person.department);
    ctx.people.set(person.key, { id, key: person.key, source: person, departmentId });
    ctx.rows.people.push({
      id,
      fullName: person.name,
      email: person.email ?? uniqueEmail(person.name, usedEmails),
      // Fictitious numbers in one obviously made-up block; authorities get none.
      phone: person.political ? null : `+54 11 5555-${String(100 + index).padStart(4, "0")}`,
      position: person.position,
      departmentId,
    });
  });

  for (const account of DEMO_ACCOUNTS) {
    const person = ctx.person(account.personKey);
    const id = ctx.newId();
    ctx.userIdsByPerson.set(person.key, id);
    ctx.rows.users.push({
      id,
      email: account.email,
      name: person.source.name,
      // Hashed once by the caller: argon2id is deliberately slow.
      passwordHash,
      role: account.role,
      // A head is scoped by the department people.json gives; others carry their person's.
      departmentId: account.departmentKey ? ctx.departmentId(account.departmentKey) : person.departmentId,
      personId: person.id,
    });
  }
}

function uniqueEmail(fullName: string, used: Set<string>): string {
  const base = emailLocalPart(fullName);
  let candidate = `${base}@redes.local`;
  for (let n = 2; used.has(candidate); n++) candidate = `${base}${n}@redes.local`;
  used.add(candidate);
  return candidate;
}
