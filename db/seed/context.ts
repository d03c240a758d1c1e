// What the domain builders of the demo seed share: the day the data is relative to, the rows
// built so far (ids are generated here, so rows can reference each other before any insert)
// and lookups from the reference data's keys to those ids.
import { randomUUID } from "node:crypto";
import type * as schema from "@/db/schema";
import type { BodySource, NetworkSource, PersonSource } from "./source";

type Row<T extends { $inferInsert: unknown }> = T["$inferInsert"] & { id: string };
type Rows<K extends keyof typeof schema> = (typeof schema)[K] extends { $inferInsert: unknown }
  ? Row<(typeof schema)[K]>[]
  : never;

/**
 * The demo's rows by table, each key the schema's name of its table; in insert order (parents
 * before children: lib/seed/insert.ts walks them in this order).
 */
export const DEMO_TABLES = [
  "thematicAreas",
  "departments",
  "people",
  "users",
  "networks",
  "networkThematicAreas",
  "bodies",
  "seats",
  "seatTerms",
  "meetings",
  "agendaItems",
  "delegationMembers",
  "decisions",
  "commitments",
  "assignments",
  "participationUpdates",
] as const;

export type DemoRows = {
  [K in (typeof DEMO_TABLES)[number]]: K extends "networkThematicAreas"
    ? (typeof schema.networkThematicAreas.$inferInsert)[]
    : Rows<K>;
};

export interface PersonRef {
  id: string;
  key: string;
  source: PersonSource;
  departmentId: string;
}

export interface NetworkRef {
  id: string;
  source: NetworkSource;
  /** The zone of the network's secretariat: default for online and not-yet-located meetings. */
  homeTimeZone: string;
}

export interface BodyRef {
  id: string;
  networkKey: string;
  source: BodySource;
  cadenceMonths: number | null;
  thematicAreaId: string | null;
}

export class SeedContext {
  readonly rows: DemoRows = {
    thematicAreas: [],
    departments: [],
    people: [],
    users: [],
    networks: [],
    networkThematicAreas: [],
    bodies: [],
    seats: [],
    seatTerms: [],
    meetings: [],
    agendaItems: [],
    delegationMembers: [],
    decisions: [],
    commitments: [],
    assignments: [],
    participationUpdates: [],
  };

  readonly thematicAreaIds = new Map<string, string>();
  readonly departmentIds = new Map<string, string>();
  readonly people = new Map<string, PersonRef>();
  /** Demo users by the key of their person (for authorship of participation updates). */
  readonly userIdsByPerson = new Map<string, string>();
  readonly networks = new Map<string, NetworkRef>();
  /** Bodies by "networkKey/bodyKey". */
  readonly bodies = new Map<string, BodyRef>();
  /** Keys of the people actively assigned to a body (focal point first), for delegations. */
  readonly assigneesByBody = new Map<string, string[]>();

  constructor(
    /** The calendar day (Buenos Aires) every generated date is relative to. */
    readonly today: string,
  ) {}

  newId(): string {
    return randomUUID();
  }

  thematicAreaId(name: string): string {
    return required(this.thematicAreaIds.get(name), `thematic area "${name}"`);
  }

  departmentId(key: string): string {
    return required(this.departmentIds.get(key), `department "${key}"`);
  }

  person(key: string): PersonRef {
    return required(this.people.get(key), `person "${key}"`);
  }

  network(key: string): NetworkRef {
    return required(this.networks.get(key), `network "${key}"`);
  }

  body(networkKey: string, bodyKey: string): BodyRef {
    return required(this.bodies.get(`${networkKey}/${bodyKey}`), `body "${networkKey}/${bodyKey}"`);
  }
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo seed: unknown ${what}`);
  return value;
}
