import "server-only";
import { eq } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { bodies, commitments, departments, meetings, networks, people } from "@/db/schema";
import type { JoinedSelect } from "../joined-select";

type CommitmentJoins = {
  commitments: "not-null";
  networks: "not-null";
  people: "not-null";
  departments: "nullable";
  meetings: "nullable";
  bodies: "nullable";
};

/**
 * Commitments with what they refer to — network, owner, department, meeting, body — as the
 * record, the list, its export and Mi participación read them, with the fields the caller picks.
 * (A left join none of the fields uses is dropped by PostgreSQL, so a read pays only for the
 * tables it shows.)
 */
export function fromCommitments<F extends SelectedFields>(
  db: Db,
  fields: F,
): JoinedSelect<"commitments", F, CommitmentJoins> {
  const select = db
    .select(fields as SelectedFields)
    .from(commitments)
    .innerJoin(networks, eq(networks.id, commitments.networkId))
    .innerJoin(people, eq(people.id, commitments.ownerPersonId))
    .leftJoin(departments, eq(departments.id, commitments.departmentId))
    .leftJoin(meetings, eq(meetings.id, commitments.meetingId))
    .leftJoin(bodies, eq(bodies.id, commitments.bodyId));
  return select.$dynamic() as unknown as JoinedSelect<"commitments", F, CommitmentJoins>;
}
