// The reference data of the demo seed (data/*.json), parsed and typed. Parsing at load time
// means a hand edit that breaks the shape fails loudly here instead of as a bad row later.
import { z } from "zod";
import { appRole, bodyKind, membershipStatus, networkKind, seatKind, termStatus } from "@/db/schema";
import networksJson from "./data/networks.json";
import peopleJson from "./data/people.json";

/** "2024", "2024-06" or "2024-06-18": the JSON gives dates at the precision its source has. */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

const bodySchema = z.object({
  key: z.string(),
  name: z.string(),
  kind: z.enum(bodyKind.enumValues),
  parent: z.string().optional(),
  thematicArea: z.string().optional(),
  cadence: z.string().optional(),
  usualMonth: z.number().int().min(1).max(12).optional(),
  note: z.string().optional(),
  source: z.string(),
});

const seatSchema = z.object({
  title: z.string(),
  kind: z.enum(seatKind.enumValues),
  body: z.string(),
  start: partialDate,
  end: partialDate.nullable(),
  status: z.enum(termStatus.enumValues),
  estimated: z.boolean().optional(),
  verify: z.boolean().optional(),
  renewal: z.string().optional(),
  source: z.string(),
});

const pastMeetingSchema = z.object({
  title: z.string(),
  body: z.string(),
  start: partialDate,
  end: partialDate.nullable(),
  city: z.string(),
  country: z.string().length(2),
  timezone: z.string(),
  venue: z.string().optional(),
  dayUnknown: z.boolean().optional(),
  source: z.string(),
});

const upcomingMeetingSchema = z.object({
  title: z.string(),
  body: z.string(),
  year: z.number().int(),
  city: z.string(),
  country: z.string().length(2),
  timezone: z.string(),
  status: z.literal("tentative"),
  source: z.string(),
});

const networkSchema = z.object({
  key: z.string(),
  name: z.string(),
  acronym: z.string(),
  kind: z.enum(networkKind.enumValues),
  scope: z.string(),
  founded: z.number().int().optional(),
  headquarters: z.string().optional(),
  website: z.url(),
  languages: z.array(z.string()),
  note: z.string().optional(),
  thematicAreas: z.array(z.string()),
  membership: z.object({
    status: z.enum(membershipStatus.enumValues),
    since: partialDate.optional(),
    estimated: z.boolean().optional(),
    note: z.string().optional(),
    source: z.string(),
  }),
  bodies: z.array(bodySchema),
  seats: z.array(seatSchema),
  pastMeetings: z.array(pastMeetingSchema),
  upcoming: z.array(upcomingMeetingSchema).optional(),
});

const networksFileSchema = z.object({
  thematicAreas: z.array(z.string()),
  networks: z.array(networkSchema),
});

const peopleFileSchema = z.object({
  departments: z.array(
    z.object({ key: z.string(), name: z.string(), short: z.string(), parent: z.string().optional() }),
  ),
  people: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      position: z.string(),
      department: z.string(),
      email: z.email().optional(),
      political: z.boolean().optional(),
    }),
  ),
  demoAccounts: z.array(
    z.object({
      email: z.email(),
      role: z.enum(appRole.enumValues),
      person: z.string(),
      department: z.string().optional(),
    }),
  ),
  demoPassword: z.string().min(8),
});

export type NetworkSource = z.infer<typeof networkSchema>;
export type BodySource = z.infer<typeof bodySchema>;
export type SeatSource = z.infer<typeof seatSchema>;
export type PeopleFile = z.infer<typeof peopleFileSchema>;
export type PersonSource = PeopleFile["people"][number];

export const NETWORKS_FILE = networksFileSchema.parse(networksJson);
export const PEOPLE_FILE = peopleFileSchema.parse(peopleJson);
