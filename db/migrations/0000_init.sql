CREATE TYPE "public"."app_role" AS ENUM('admin', 'coordinator', 'head', 'technical', 'viewer');--> statement-breakpoint
CREATE TYPE "public"."assignment_role" AS ENUM('focal_point', 'member', 'alternate');--> statement-breakpoint
CREATE TYPE "public"."assignment_status" AS ENUM('active', 'paused', 'ended');--> statement-breakpoint
CREATE TYPE "public"."attendance_status" AS ENUM('invited', 'confirmed', 'attended', 'absent');--> statement-breakpoint
CREATE TYPE "public"."body_kind" AS ENUM('assembly', 'council', 'executive', 'presidency', 'secretariat', 'committee', 'thematic_unit', 'working_group', 'other');--> statement-breakpoint
CREATE TYPE "public"."commitment_status" AS ENUM('open', 'in_progress', 'done', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."delegation_role" AS ENUM('head', 'speaker', 'delegate', 'support');--> statement-breakpoint
CREATE TYPE "public"."feed_scope" AS ENUM('all', 'mine');--> statement-breakpoint
CREATE TYPE "public"."meeting_kind" AS ENUM('summit', 'assembly', 'council', 'executive', 'working_group', 'webinar', 'bilateral', 'other');--> statement-breakpoint
CREATE TYPE "public"."meeting_mode" AS ENUM('in_person', 'online', 'hybrid');--> statement-breakpoint
CREATE TYPE "public"."meeting_status" AS ENUM('tentative', 'confirmed', 'held', 'cancelled', 'postponed');--> statement-breakpoint
CREATE TYPE "public"."membership_status" AS ENUM('member', 'observer', 'candidate', 'former');--> statement-breakpoint
CREATE TYPE "public"."network_kind" AS ENUM('regional', 'global', 'thematic');--> statement-breakpoint
CREATE TYPE "public"."participation_kind" AS ENUM('meeting_attended', 'contribution', 'document', 'other');--> statement-breakpoint
CREATE TYPE "public"."seat_kind" AS ENUM('political', 'executive', 'technical');--> statement-breakpoint
CREATE TYPE "public"."term_status" AS ENUM('active', 'ended', 'candidate');--> statement-breakpoint
CREATE TABLE "departments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"parent_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "departments_not_own_parent" CHECK ("departments"."parent_id" IS NULL OR "departments"."parent_id" <> "departments"."id")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"full_name" text NOT NULL,
	"email" text,
	"phone" text,
	"position" text,
	"department_id" uuid,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "thematic_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"kind" "body_kind" NOT NULL,
	"thematic_area_id" uuid,
	"cadence_months" smallint,
	"cadence_note" text,
	"usual_month" smallint,
	"description" text,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bodies_not_own_parent" CHECK ("bodies"."parent_id" IS NULL OR "bodies"."parent_id" <> "bodies"."id"),
	CONSTRAINT "bodies_cadence_range" CHECK ("bodies"."cadence_months" IS NULL OR "bodies"."cadence_months" BETWEEN 1 AND 120),
	CONSTRAINT "bodies_usual_month_range" CHECK ("bodies"."usual_month" IS NULL OR "bodies"."usual_month" BETWEEN 1 AND 12)
);
--> statement-breakpoint
CREATE TABLE "network_thematic_areas" (
	"network_id" uuid NOT NULL,
	"thematic_area_id" uuid NOT NULL,
	CONSTRAINT "network_thematic_areas_network_id_thematic_area_id_pk" PRIMARY KEY("network_id","thematic_area_id")
);
--> statement-breakpoint
CREATE TABLE "networks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"acronym" text,
	"kind" "network_kind" NOT NULL,
	"scope" text,
	"description" text,
	"website" text,
	"headquarters" text,
	"founded_year" smallint,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"membership_status" "membership_status" DEFAULT 'member' NOT NULL,
	"member_since" date,
	"left_on" date,
	"annual_fee" numeric(14, 2),
	"fee_currency" text,
	"membership_notes" text,
	"focal_person_id" uuid,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "networks_founded_year_range" CHECK ("networks"."founded_year" IS NULL OR "networks"."founded_year" BETWEEN 1800 AND 2200),
	CONSTRAINT "networks_left_after_since" CHECK ("networks"."left_on" IS NULL OR "networks"."member_since" IS NULL OR "networks"."left_on" >= "networks"."member_since"),
	CONSTRAINT "networks_fee_not_negative" CHECK ("networks"."annual_fee" IS NULL OR "networks"."annual_fee" >= 0),
	CONSTRAINT "networks_fee_currency" CHECK ("networks"."fee_currency" IS NULL OR "networks"."fee_currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "networks_fee_has_currency" CHECK ("networks"."annual_fee" IS NULL OR "networks"."fee_currency" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "seat_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seat_id" uuid NOT NULL,
	"holder_person_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"status" "term_status" NOT NULL,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seat_terms_end_after_start" CHECK ("seat_terms"."ends_on" IS NULL OR "seat_terms"."ends_on" >= "seat_terms"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "seats" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"body_id" uuid,
	"title" text NOT NULL,
	"kind" "seat_kind" NOT NULL,
	"renewal" text,
	"notes" text,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"duration_minutes" integer,
	"presenter" text,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_items_duration_positive" CHECK ("agenda_items"."duration_minutes" IS NULL OR "agenda_items"."duration_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"meeting_id" uuid,
	"body_id" uuid,
	"title" text NOT NULL,
	"owner_person_id" uuid NOT NULL,
	"department_id" uuid,
	"due_on" date,
	"status" "commitment_status" DEFAULT 'open' NOT NULL,
	"completed_on" date,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitments_done_has_date" CHECK ("commitments"."status" <> 'done' OR "commitments"."completed_on" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delegation_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" "delegation_role" DEFAULT 'delegate' NOT NULL,
	"attendance" "attendance_status" DEFAULT 'invited' NOT NULL,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"body_id" uuid,
	"title" text NOT NULL,
	"kind" "meeting_kind" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text DEFAULT 'America/Argentina/Buenos_Aires' NOT NULL,
	"mode" "meeting_mode" DEFAULT 'in_person' NOT NULL,
	"city" text,
	"country" text,
	"venue" text,
	"online_url" text,
	"status" "meeting_status" DEFAULT 'tentative' NOT NULL,
	"minutes" text,
	"ical_sequence" integer DEFAULT 0 NOT NULL,
	"from_cadence" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_end_after_start" CHECK ("meetings"."ends_at" >= "meetings"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"body_id" uuid,
	"thematic_area_id" uuid,
	"role" "assignment_role" DEFAULT 'member' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"status" "assignment_status" DEFAULT 'active' NOT NULL,
	"dedication" text,
	"notes" text,
	"last_updated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignments_end_after_start" CHECK ("assignments"."ends_on" IS NULL OR "assignments"."ends_on" >= "assignments"."starts_on"),
	CONSTRAINT "assignments_has_target" CHECK ("assignments"."body_id" IS NOT NULL OR "assignments"."thematic_area_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "participation_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"kind" "participation_kind" NOT NULL,
	"text" text NOT NULL,
	"author_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_feed_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"scope" "feed_scope" DEFAULT 'all' NOT NULL,
	"network_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "login_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"blocked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"role" "app_role" DEFAULT 'viewer' NOT NULL,
	"department_id" uuid,
	"person_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"failed_login_count" integer DEFAULT 0 NOT NULL,
	"last_failed_login_at" timestamp with time zone,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"oidc_issuer" text,
	"oidc_subject" text,
	"locale" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_failed_count_not_negative" CHECK ("users"."failed_login_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_email" text,
	"action" text NOT NULL,
	"entity_type" text,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"metadata" jsonb
);
--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_parent_id_departments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_parent_id_bodies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_thematic_area_id_thematic_areas_id_fk" FOREIGN KEY ("thematic_area_id") REFERENCES "public"."thematic_areas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_thematic_areas" ADD CONSTRAINT "network_thematic_areas_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_thematic_areas" ADD CONSTRAINT "network_thematic_areas_thematic_area_id_thematic_areas_id_fk" FOREIGN KEY ("thematic_area_id") REFERENCES "public"."thematic_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_focal_person_id_people_id_fk" FOREIGN KEY ("focal_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_terms" ADD CONSTRAINT "seat_terms_seat_id_seats_id_fk" FOREIGN KEY ("seat_id") REFERENCES "public"."seats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_terms" ADD CONSTRAINT "seat_terms_holder_person_id_people_id_fk" FOREIGN KEY ("holder_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seats" ADD CONSTRAINT "seats_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seats" ADD CONSTRAINT "seats_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegation_members" ADD CONSTRAINT "delegation_members_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegation_members" ADD CONSTRAINT "delegation_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_thematic_area_id_thematic_areas_id_fk" FOREIGN KEY ("thematic_area_id") REFERENCES "public"."thematic_areas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_updates" ADD CONSTRAINT "participation_updates_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_updates" ADD CONSTRAINT "participation_updates_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "departments_name_uq" ON "departments" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "departments_parent_idx" ON "departments" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "people_email_uq" ON "people" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "people_name_idx" ON "people" USING btree (lower("full_name"));--> statement-breakpoint
CREATE INDEX "people_department_idx" ON "people" USING btree ("department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "thematic_areas_name_uq" ON "thematic_areas" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "bodies_network_idx" ON "bodies" USING btree ("network_id","name");--> statement-breakpoint
CREATE INDEX "bodies_parent_idx" ON "bodies" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "bodies_area_idx" ON "bodies" USING btree ("thematic_area_id");--> statement-breakpoint
CREATE INDEX "bodies_kind_idx" ON "bodies" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "network_thematic_areas_area_idx" ON "network_thematic_areas" USING btree ("thematic_area_id","network_id");--> statement-breakpoint
CREATE UNIQUE INDEX "networks_name_uq" ON "networks" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "networks_kind_name_idx" ON "networks" USING btree ("kind",lower("name"));--> statement-breakpoint
CREATE INDEX "networks_membership_name_idx" ON "networks" USING btree ("membership_status",lower("name"));--> statement-breakpoint
CREATE INDEX "networks_acronym_idx" ON "networks" USING btree (lower("acronym"));--> statement-breakpoint
CREATE INDEX "networks_founded_idx" ON "networks" USING btree ("founded_year");--> statement-breakpoint
CREATE INDEX "networks_updated_idx" ON "networks" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "networks_active_name_idx" ON "networks" USING btree (lower("name")) WHERE "networks"."archived_at" IS NULL;--> statement-breakpoint
CREATE INDEX "seat_terms_seat_idx" ON "seat_terms" USING btree ("seat_id","starts_on");--> statement-breakpoint
CREATE INDEX "seat_terms_holder_idx" ON "seat_terms" USING btree ("holder_person_id");--> statement-breakpoint
CREATE INDEX "seat_terms_status_end_idx" ON "seat_terms" USING btree ("status","ends_on");--> statement-breakpoint
CREATE UNIQUE INDEX "seat_terms_one_active_uq" ON "seat_terms" USING btree ("seat_id") WHERE "seat_terms"."status" = 'active';--> statement-breakpoint
CREATE INDEX "seats_network_idx" ON "seats" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "seats_body_idx" ON "seats" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "seats_kind_idx" ON "seats" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "agenda_items_meeting_idx" ON "agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "commitments_status_due_idx" ON "commitments" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "commitments_owner_idx" ON "commitments" USING btree ("owner_person_id","due_on");--> statement-breakpoint
CREATE INDEX "commitments_department_idx" ON "commitments" USING btree ("department_id","due_on");--> statement-breakpoint
CREATE INDEX "commitments_network_idx" ON "commitments" USING btree ("network_id","due_on");--> statement-breakpoint
CREATE INDEX "commitments_meeting_idx" ON "commitments" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "commitments_body_idx" ON "commitments" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "decisions_meeting_idx" ON "decisions" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "delegation_members_meeting_person_uq" ON "delegation_members" USING btree ("meeting_id","person_id");--> statement-breakpoint
CREATE INDEX "delegation_members_person_idx" ON "delegation_members" USING btree ("person_id","meeting_id");--> statement-breakpoint
CREATE INDEX "meetings_starts_idx" ON "meetings" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "meetings_network_starts_idx" ON "meetings" USING btree ("network_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_body_starts_idx" ON "meetings" USING btree ("body_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_status_starts_idx" ON "meetings" USING btree ("status","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_kind_starts_idx" ON "meetings" USING btree ("kind","starts_at");--> statement-breakpoint
CREATE INDEX "assignments_person_idx" ON "assignments" USING btree ("person_id","status");--> statement-breakpoint
CREATE INDEX "assignments_network_idx" ON "assignments" USING btree ("network_id","status");--> statement-breakpoint
CREATE INDEX "assignments_body_idx" ON "assignments" USING btree ("body_id","status");--> statement-breakpoint
CREATE INDEX "assignments_area_idx" ON "assignments" USING btree ("thematic_area_id","status");--> statement-breakpoint
CREATE INDEX "assignments_status_updated_idx" ON "assignments" USING btree ("status","last_updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_one_focal_point_uq" ON "assignments" USING btree ("body_id") WHERE "assignments"."role" = 'focal_point' AND "assignments"."status" = 'active' AND "assignments"."body_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "participation_updates_assignment_idx" ON "participation_updates" USING btree ("assignment_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feed_tokens_hash_uq" ON "calendar_feed_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "calendar_feed_tokens_user_idx" ON "calendar_feed_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_uq" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "users_person_uq" ON "users" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_oidc_uq" ON "users" USING btree ("oidc_issuer","oidc_subject");--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("role");--> statement-breakpoint
CREATE INDEX "users_department_idx" ON "users" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id","id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_user_id","id");--> statement-breakpoint
CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action","id");--> statement-breakpoint
CREATE INDEX "audit_events_occurred_idx" ON "audit_events" USING btree ("occurred_at");