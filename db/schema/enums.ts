import { pgEnum } from "drizzle-orm/pg-core";

// Value lists of the domain (see docs/domain.md). The TypeScript unions are derived from
// these so that validation schemas, policy and UI labels cannot drift from the database.

export const appRole = pgEnum("app_role", ["admin", "coordinator", "head", "technical", "viewer"]);
export const networkKind = pgEnum("network_kind", ["regional", "global", "thematic"]);
export const membershipStatus = pgEnum("membership_status", ["member", "observer", "candidate", "former"]);
export const bodyKind = pgEnum("body_kind", [
  "assembly",
  "council",
  "executive",
  "presidency",
  "secretariat",
  "committee",
  "thematic_unit",
  "working_group",
  "other",
]);
export const seatKind = pgEnum("seat_kind", ["political", "executive", "technical"]);
export const termStatus = pgEnum("term_status", ["active", "ended", "candidate"]);
export const meetingKind = pgEnum("meeting_kind", [
  "summit",
  "assembly",
  "council",
  "executive",
  "working_group",
  "webinar",
  "bilateral",
  "other",
]);
export const meetingMode = pgEnum("meeting_mode", ["in_person", "online", "hybrid"]);
export const meetingStatus = pgEnum("meeting_status", [
  "tentative",
  "confirmed",
  "held",
  "cancelled",
  "postponed",
]);
export const delegationRole = pgEnum("delegation_role", ["head", "speaker", "delegate", "support"]);
export const attendanceStatus = pgEnum("attendance_status", ["invited", "confirmed", "attended", "absent"]);
export const commitmentStatus = pgEnum("commitment_status", ["open", "in_progress", "done", "dropped"]);
export const assignmentRole = pgEnum("assignment_role", ["focal_point", "member", "alternate"]);
export const assignmentStatus = pgEnum("assignment_status", ["active", "paused", "ended"]);
export const participationKind = pgEnum("participation_kind", [
  "meeting_attended",
  "contribution",
  "document",
  "other",
]);
export const feedScope = pgEnum("feed_scope", ["all", "mine"]);

export type AppRole = (typeof appRole.enumValues)[number];
export type NetworkKind = (typeof networkKind.enumValues)[number];
export type MembershipStatus = (typeof membershipStatus.enumValues)[number];
export type BodyKind = (typeof bodyKind.enumValues)[number];
export type SeatKind = (typeof seatKind.enumValues)[number];
export type TermStatus = (typeof termStatus.enumValues)[number];
export type MeetingKind = (typeof meetingKind.enumValues)[number];
export type MeetingMode = (typeof meetingMode.enumValues)[number];
export type MeetingStatus = (typeof meetingStatus.enumValues)[number];
export type DelegationRole = (typeof delegationRole.enumValues)[number];
export type AttendanceStatus = (typeof attendanceStatus.enumValues)[number];
export type CommitmentStatus = (typeof commitmentStatus.enumValues)[number];
export type AssignmentRole = (typeof assignmentRole.enumValues)[number];
export type AssignmentStatus = (typeof assignmentStatus.enumValues)[number];
export type ParticipationKind = (typeof participationKind.enumValues)[number];
