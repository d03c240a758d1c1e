import "server-only";
import { delegationMembers, people } from "@/db/schema";
import type { AttendanceStatus, DelegationRole } from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { todayInBuenosAires } from "../dates";
import { delegationOf, memberDepartment } from "../meetings/joins";
import { getMeeting, type MeetingDetail } from "../meetings/queries";
import { previousMeetingOf, type PreviousMeetingResult } from "../meetings/previous";
import { getNetwork, type NetworkDetail } from "../networks/queries";
import { networkSeats, type SeatRow } from "../seats/queries";

/** A member of the delegation with what the others need to reach them. */
export interface DelegateContact {
  id: string;
  name: string;
  position: string | null;
  department: string | null;
  email: string | null;
  phone: string | null;
  role: DelegationRole;
  attendance: AttendanceStatus;
}

/** Everything the printable briefing pack of a meeting shows. */
export interface Briefing {
  meeting: MeetingDetail;
  network: NetworkDetail;
  /** The city's seats in the network (or its bodies), with their current term. */
  seats: SeatRow[];
  delegation: DelegateContact[];
  previous: PreviousMeetingResult;
  /** The calendar day (Buenos Aires) the pack is prepared on. */
  today: string;
}

/** The delegation, head first, with e-mail and phone: one query. */
async function delegationContacts(ctx: Ctx, meetingId: string): Promise<DelegateContact[]> {
  return delegationOf(ctx.db, meetingId, {
    id: delegationMembers.id,
    name: people.fullName,
    position: people.position,
    department: memberDepartment,
    email: people.email,
    phone: people.phone,
    role: delegationMembers.role,
    attendance: delegationMembers.attendance,
  });
}

/**
 * The briefing pack of a meeting: the meeting (agenda included), the network's profile, the
 * city's seats there, the delegation with contacts, and the previous meeting of the same body
 * with its decisions and open commitments. A fixed number of queries, most in parallel. Null
 * when the meeting does not exist.
 */
export async function getBriefing(
  ctx: Ctx,
  meetingId: string,
  today: string = todayInBuenosAires(),
): Promise<Briefing | null> {
  assertCan(ctx.actor, "meeting.read");
  assertCan(ctx.actor, "network.read");
  assertCan(ctx.actor, "commitment.read");
  const meeting = await getMeeting(ctx, meetingId);
  if (!meeting) return null;
  const [network, seats, delegation, previous] = await Promise.all([
    getNetwork(ctx, meeting.network.id),
    networkSeats(ctx, meeting.network.id, today),
    delegationContacts(ctx, meeting.id),
    previousMeetingOf(ctx, meeting.id, { today }),
  ]);
  if (!network || !previous) return null;
  return { meeting, network, seats, delegation, previous, today };
}
