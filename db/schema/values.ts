// The domain's value lists, free of any database import so that browser code (forms,
// filters) can use them too. db/schema/enums.ts turns them into PostgreSQL enums.

export const APP_ROLES = ["admin", "coordinator", "head", "technical", "viewer"] as const;
export const NETWORK_KINDS = ["regional", "global", "thematic"] as const;
export const MEMBERSHIP_STATUSES = ["member", "observer", "candidate", "former"] as const;
export const BODY_KINDS = [
  "assembly",
  "council",
  "executive",
  "presidency",
  "secretariat",
  "committee",
  "thematic_unit",
  "working_group",
  "other",
] as const;
export const SEAT_KINDS = ["political", "executive", "technical"] as const;
export const TERM_STATUSES = ["active", "ended", "candidate"] as const;
export const MEETING_KINDS = [
  "summit",
  "assembly",
  "council",
  "executive",
  "working_group",
  "webinar",
  "bilateral",
  "other",
] as const;
export const MEETING_MODES = ["in_person", "online", "hybrid"] as const;
export const MEETING_STATUSES = ["tentative", "confirmed", "held", "cancelled", "postponed"] as const;
export const DELEGATION_ROLES = ["head", "speaker", "delegate", "support"] as const;
export const ATTENDANCE_STATUSES = ["invited", "confirmed", "attended", "absent"] as const;
export const COMMITMENT_STATUSES = ["open", "in_progress", "done", "dropped"] as const;
export const ASSIGNMENT_ROLES = ["focal_point", "member", "alternate"] as const;
export const ASSIGNMENT_STATUSES = ["active", "paused", "ended"] as const;
export const PARTICIPATION_KINDS = ["meeting_attended", "contribution", "document", "other"] as const;
export const FEED_SCOPES = ["all", "mine"] as const;

/** Official languages a network may list (ISO 639-1). */
export const LANGUAGE_CODES = ["es", "pt", "en", "fr", "it", "de", "ar", "zh", "ca"] as const;

export type AppRole = (typeof APP_ROLES)[number];
export type NetworkKind = (typeof NETWORK_KINDS)[number];
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
export type BodyKind = (typeof BODY_KINDS)[number];
export type SeatKind = (typeof SEAT_KINDS)[number];
export type TermStatus = (typeof TERM_STATUSES)[number];
export type MeetingKind = (typeof MEETING_KINDS)[number];
export type MeetingMode = (typeof MEETING_MODES)[number];
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export type DelegationRole = (typeof DELEGATION_ROLES)[number];
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export type ParticipationKind = (typeof PARTICIPATION_KINDS)[number];
export type LanguageCode = (typeof LANGUAGE_CODES)[number];
