import { pgEnum } from "drizzle-orm/pg-core";
import * as v from "./values";

export * from "./values";

// PostgreSQL enums built from the value lists in ./values (shared with browser code).
export const appRole = pgEnum("app_role", v.APP_ROLES);
export const networkKind = pgEnum("network_kind", v.NETWORK_KINDS);
export const membershipStatus = pgEnum("membership_status", v.MEMBERSHIP_STATUSES);
export const bodyKind = pgEnum("body_kind", v.BODY_KINDS);
export const seatKind = pgEnum("seat_kind", v.SEAT_KINDS);
export const termStatus = pgEnum("term_status", v.TERM_STATUSES);
export const meetingKind = pgEnum("meeting_kind", v.MEETING_KINDS);
export const meetingMode = pgEnum("meeting_mode", v.MEETING_MODES);
export const meetingStatus = pgEnum("meeting_status", v.MEETING_STATUSES);
export const delegationRole = pgEnum("delegation_role", v.DELEGATION_ROLES);
export const attendanceStatus = pgEnum("attendance_status", v.ATTENDANCE_STATUSES);
export const commitmentStatus = pgEnum("commitment_status", v.COMMITMENT_STATUSES);
export const assignmentRole = pgEnum("assignment_role", v.ASSIGNMENT_ROLES);
export const assignmentStatus = pgEnum("assignment_status", v.ASSIGNMENT_STATUSES);
export const participationKind = pgEnum("participation_kind", v.PARTICIPATION_KINDS);
export const feedScope = pgEnum("feed_scope", v.FEED_SCOPES);
