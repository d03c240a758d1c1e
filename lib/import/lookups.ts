import "server-only";
import type { Db } from "@/db/client";
import { bodies, departments, meetings, networks, people, thematicAreas } from "@/db/schema";
import { emailKey } from "./cells";
import { nameIndex } from "./row-reader";
import { nameKey } from "./writes";

// The records a file names by their names, read once per import run: each index answers every
// record a name could mean (none, one, or several — the row then says which). Names are compared
// without case or accents; e-mails without case.

/** Networks by name or acronym. */
export async function networkIndex(tx: Db) {
  const rows = await tx
    .select({ id: networks.id, name: networks.name, acronym: networks.acronym })
    .from(networks);
  return nameIndex(
    rows,
    (n) => n.id,
    (n) => [n.name, n.acronym],
  );
}

/** Thematic areas by name. */
export async function areaIndex(tx: Db) {
  const rows = await tx.select({ id: thematicAreas.id, name: thematicAreas.name }).from(thematicAreas);
  return nameIndex(
    rows,
    (a) => a.id,
    (a) => [a.name],
  );
}

/** Departments by name or short name. */
export async function departmentIndex(tx: Db) {
  const rows = await tx
    .select({ id: departments.id, name: departments.name, shortName: departments.shortName })
    .from(departments);
  return nameIndex(
    rows,
    (d) => d.id,
    (d) => [d.name, d.shortName],
  );
}

/** People by e-mail or full name (an e-mail names one person; a name may name several). */
export async function personIndex(tx: Db) {
  return personResolver(
    await tx.select({ id: people.id, fullName: people.fullName, email: people.email }).from(people),
  );
}

/** The same from rows already read (a table that also needs the people's names). */
export function personResolver(rows: readonly { id: string; fullName: string; email: string | null }[]) {
  const byName = nameIndex(
    rows,
    (p) => p.id,
    (p) => [p.fullName],
  );
  const byEmail = new Map(rows.filter((p) => p.email).map((p) => [emailKey(p.email!), p.id]));
  return (text: string): string[] => {
    const owner = text.includes("@") ? byEmail.get(emailKey(text)) : undefined;
    return owner ? [owner] : byName(text);
  };
}

/**
 * Records named within a network (its bodies, its meetings): `in(networkId)(name)`. `add` makes
 * a record written by an earlier row of the file known to the later ones (a body created on row
 * 2 is the parent named on row 3).
 */
function withinNetwork<T extends { id: string; networkId: string }>(rows: T[], names: (r: T) => string[]) {
  const index = new Map<string, string[]>();
  const add = (networkId: string, name: string, id: string) => {
    const key = `${networkId}|${nameKey(name)}`;
    if (!index.get(key)?.includes(id)) index.set(key, [...(index.get(key) ?? []), id]);
  };
  for (const r of rows) for (const name of names(r)) add(r.networkId, name, r.id);
  return {
    in:
      (networkId: string) =>
      (text: string): string[] =>
        index.get(`${networkId}|${nameKey(text)}`) ?? [],
    add,
  };
}

/** Bodies by name within their network. */
export async function bodyIndex(tx: Db) {
  const rows = await tx
    .select({ id: bodies.id, networkId: bodies.networkId, name: bodies.name })
    .from(bodies);
  return withinNetwork(rows, (b) => [b.name]);
}

/** Meetings by title within their network. */
export async function meetingIndex(tx: Db) {
  const rows = await tx
    .select({ id: meetings.id, networkId: meetings.networkId, title: meetings.title })
    .from(meetings);
  return withinNetwork(rows, (m) => [m.title]);
}

/** The one id a name means, or null (none or several): for match keys, which report nothing. */
export const single = (found: readonly string[]): string | null => (found.length === 1 ? found[0]! : null);
