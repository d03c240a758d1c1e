CREATE TABLE "list_preferences" (
	"user_id" uuid NOT NULL,
	"list_key" text NOT NULL,
	"hidden_columns" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "list_preferences_user_id_list_key_pk" PRIMARY KEY("user_id","list_key"),
	CONSTRAINT "list_preferences_key_format" CHECK ("list_preferences"."list_key" ~ '^[a-z][a-z0-9-]{0,39}$'),
	CONSTRAINT "list_preferences_hidden_count" CHECK (cardinality("list_preferences"."hidden_columns") <= 40)
);
--> statement-breakpoint
ALTER TABLE "list_preferences" ADD CONSTRAINT "list_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;