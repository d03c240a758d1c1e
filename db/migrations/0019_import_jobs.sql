CREATE TABLE "import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"table_name" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"file_size" integer NOT NULL,
	"file" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"state" text DEFAULT 'uploaded' NOT NULL,
	"mapping" jsonb,
	"options" jsonb,
	"headers" jsonb,
	"rows_total" integer DEFAULT 0 NOT NULL,
	"created_count" integer DEFAULT 0 NOT NULL,
	"updated_count" integer DEFAULT 0 NOT NULL,
	"unchanged_count" integer DEFAULT 0 NOT NULL,
	"skipped_count" integer DEFAULT 0 NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"rows_done" integer DEFAULT 0 NOT NULL,
	"heartbeat_at" timestamp with time zone,
	"error" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_jobs_state" CHECK ("import_jobs"."state" IN ('uploaded', 'validating', 'validated', 'importing', 'done', 'failed', 'undone'))
);
--> statement-breakpoint
CREATE TABLE "import_rows" (
	"job_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"status" text NOT NULL,
	"record_id" uuid,
	"cells" jsonb,
	"errors" jsonb,
	"previous" jsonb,
	"written_version" integer,
	CONSTRAINT "import_rows_job_id_line_pk" PRIMARY KEY("job_id","line"),
	CONSTRAINT "import_rows_status" CHECK ("import_rows"."status" IN ('new', 'update', 'unchanged', 'error', 'skipped'))
);
--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_job_id_import_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."import_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_jobs_created_idx" ON "import_jobs" USING btree ("created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "import_jobs_uploader_idx" ON "import_jobs" USING btree ("uploaded_by","table_name","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "import_jobs_running_idx" ON "import_jobs" USING btree ("heartbeat_at") WHERE "import_jobs"."state" IN ('validating', 'importing');--> statement-breakpoint
CREATE INDEX "import_rows_status_idx" ON "import_rows" USING btree ("job_id","status","line");