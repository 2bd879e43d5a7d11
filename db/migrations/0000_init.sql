CREATE TYPE "public"."appointment_kind" AS ENUM('vice_principal', 'village_adviser');--> statement-breakpoint
CREATE TYPE "public"."calendar_mode" AS ENUM('every_day', 'working_days', 'school_days');--> statement-breakpoint
CREATE TYPE "public"."employer_kind" AS ENUM('law_firm', 'notary_office', 'legal_service_office', 'court', 'procuratorate', 'police', 'justice_bureau', 'mediation_committee');--> statement-breakpoint
CREATE TYPE "public"."language" AS ENUM('zh', 'yi', 'miao', 'buyi');--> statement-breakpoint
CREATE TYPE "public"."person_role" AS ENUM('lawyer', 'notary', 'grassroots_worker', 'mediator', 'legal_vice_principal');--> statement-breakpoint
CREATE TYPE "public"."site_type" AS ENUM('centre', 'station', 'workroom', 'resettlement', 'school', 'online');--> statement-breakpoint
CREATE TYPE "public"."token_role" AS ENUM('admin', 'coordinator', 'person', 'school', 'finance');--> statement-breakpoint
CREATE TYPE "public"."township_kind" AS ENUM('街道', '镇', '乡', '民族乡');--> statement-breakpoint
CREATE TYPE "public"."unavailability_kind" AS ENUM('leave', 'court', 'training', 'sick', 'other');--> statement-breakpoint
CREATE TABLE "districts" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"seat_lat" double precision NOT NULL,
	"seat_lon" double precision NOT NULL,
	"central" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "townships" (
	"code" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"name" text NOT NULL,
	"kind" "township_kind" NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"ethnic_languages" "language"[] DEFAULT '{}' NOT NULL,
	"remote" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employers" (
	"code" text PRIMARY KEY NOT NULL,
	"kind" "employer_kind" NOT NULL,
	"name" text NOT NULL,
	"district_code" text
);
--> statement-breakpoint
CREATE TABLE "sites" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sites_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"type" "site_type" NOT NULL,
	"name" text NOT NULL,
	"district_code" text,
	"township_code" text,
	"address" text DEFAULT '' NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"opening_hours" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"languages_needed" "language"[] DEFAULT '{}' NOT NULL,
	"population" integer,
	"school_level" text,
	"remote" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sites_code_unique" UNIQUE("code"),
	CONSTRAINT "sites_lat_range" CHECK ("sites"."lat" is null or ("sites"."lat" between -90 and 90)),
	CONSTRAINT "sites_lon_range" CHECK ("sites"."lon" is null or ("sites"."lon" between -180 and 180)),
	CONSTRAINT "sites_coords_both" CHECK (("sites"."lat" is null) = ("sites"."lon" is null))
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "people_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"gender" text,
	"roles" "person_role"[] NOT NULL,
	"employer_code" text,
	"public_official" boolean DEFAULT false NOT NULL,
	"home_district_code" text NOT NULL,
	"home_lat" double precision NOT NULL,
	"home_lon" double precision NOT NULL,
	"skills" text[] DEFAULT '{}' NOT NULL,
	"languages" "language"[] DEFAULT '{"zh"}' NOT NULL,
	"max_duties_per_week" integer DEFAULT 3 NOT NULL,
	"max_duties_per_month" integer DEFAULT 10 NOT NULL,
	"max_hours_per_month" integer DEFAULT 60 NOT NULL,
	"contract_start" date NOT NULL,
	"contract_end" date,
	"phone" text DEFAULT '' NOT NULL,
	"hotline_pool" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_code_unique" UNIQUE("code"),
	CONSTRAINT "people_roles_nonempty" CHECK (cardinality("people"."roles") > 0),
	CONSTRAINT "people_home_lat" CHECK ("people"."home_lat" between -90 and 90),
	CONSTRAINT "people_home_lon" CHECK ("people"."home_lon" between -180 and 180),
	CONSTRAINT "people_limits" CHECK ("people"."max_duties_per_week" >= 0 and "people"."max_duties_per_month" >= 0 and "people"."max_hours_per_month" >= 0),
	CONSTRAINT "people_contract" CHECK ("people"."contract_end" is null or "people"."contract_end" >= "people"."contract_start")
);
--> statement-breakpoint
CREATE TABLE "unavailability" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "unavailability_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"kind" "unavailability_kind" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unavailability_order" CHECK ("unavailability"."ends_at" > "unavailability"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "appointments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "appointments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "appointment_kind" NOT NULL,
	"person_id" integer NOT NULL,
	"site_id" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointments_order" CHECK ("appointments"."ends_on" is null or "appointments"."ends_on" >= "appointments"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "duty_templates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "duty_templates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"site_id" integer NOT NULL,
	"name" text NOT NULL,
	"rrule" text NOT NULL,
	"start_time" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"calendar_mode" "calendar_mode" NOT NULL,
	"seats" jsonb NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"flexible" jsonb,
	"valid_from" date,
	"valid_to" date,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "duty_templates_duration" CHECK ("duty_templates"."duration_minutes" > 0 and "duty_templates"."duration_minutes" <= 1440)
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"roster_id" integer NOT NULL,
	"shift_id" integer NOT NULL,
	"seat_group" integer NOT NULL,
	"seat_index" integer NOT NULL,
	"person_id" integer NOT NULL,
	"pinned" boolean DEFAULT false NOT NULL,
	"source" text DEFAULT 'solver' NOT NULL,
	CONSTRAINT "assignments_shift_id_seat_group_seat_index_pk" PRIMARY KEY("shift_id","seat_group","seat_index")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "published_assignments" (
	"roster_id" integer NOT NULL,
	"version" integer NOT NULL,
	"shift_id" integer NOT NULL,
	"seat_group" integer NOT NULL,
	"seat_index" integer NOT NULL,
	"person_id" integer NOT NULL,
	CONSTRAINT "published_assignments_roster_id_version_shift_id_seat_group_seat_index_pk" PRIMARY KEY("roster_id","version","shift_id","seat_group","seat_index")
);
--> statement-breakpoint
CREATE TABLE "roster_versions" (
	"roster_id" integer NOT NULL,
	"version" integer NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" text NOT NULL,
	"score" jsonb,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "roster_versions_roster_id_version_pk" PRIMARY KEY("roster_id","version")
);
--> statement-breakpoint
CREATE TABLE "rosters" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rosters_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"period" text NOT NULL,
	"scope" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"draft_version" integer DEFAULT 1 NOT NULL,
	"published_version" integer,
	"score" jsonb,
	"progress" jsonb,
	"error" text,
	"seed" integer DEFAULT 1 NOT NULL,
	"seconds" integer DEFAULT 20 NOT NULL,
	"job_id" text,
	"created_by" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shifts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "shifts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"roster_id" integer NOT NULL,
	"template_id" integer,
	"site_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"local_date" date NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"seats" jsonb NOT NULL,
	"group_key" text,
	"group_count" integer,
	CONSTRAINT "shifts_order" CHECK ("shifts"."ends_at" > "shifts"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bookings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"school_site_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'confirmed' NOT NULL,
	"topic" text DEFAULT '' NOT NULL,
	"idempotency_key" text,
	"sequence" integer DEFAULT 0 NOT NULL,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_order" CHECK ("bookings"."ends_at" > "bookings"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "subsidy_budgets" (
	"district_code" text NOT NULL,
	"month" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	CONSTRAINT "subsidy_budgets_district_code_month_pk" PRIMARY KEY("district_code","month"),
	CONSTRAINT "budget_nonneg" CHECK ("subsidy_budgets"."amount_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "subsidy_records" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "subsidy_records_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"shift_id" integer NOT NULL,
	"roster_id" integer NOT NULL,
	"roster_version" integer NOT NULL,
	"district_code" text NOT NULL,
	"month" text NOT NULL,
	"rule_code" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"reverses" integer,
	"detail" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subsidy_rules" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "subsidy_rules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_code" text,
	"code" text NOT NULL,
	"rule" jsonb NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "api_tokens_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"public_id" text NOT NULL,
	"secret_hash" text NOT NULL,
	"role" "token_role" NOT NULL,
	"district_code" text,
	"person_id" integer,
	"site_id" integer,
	"label" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_public_id_unique" UNIQUE("public_id")
);
--> statement-breakpoint
CREATE TABLE "feed_tokens" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "feed_tokens_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"public_id" text NOT NULL,
	"secret_hash" text NOT NULL,
	"subject" text NOT NULL,
	"person_id" integer,
	"site_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "feed_tokens_public_id_unique" UNIQUE("public_id")
);
--> statement-breakpoint
ALTER TABLE "townships" ADD CONSTRAINT "townships_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sites" ADD CONSTRAINT "sites_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sites" ADD CONSTRAINT "sites_township_code_townships_code_fk" FOREIGN KEY ("township_code") REFERENCES "public"."townships"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_employer_code_employers_code_fk" FOREIGN KEY ("employer_code") REFERENCES "public"."employers"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_home_district_code_districts_code_fk" FOREIGN KEY ("home_district_code") REFERENCES "public"."districts"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unavailability" ADD CONSTRAINT "unavailability_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_templates" ADD CONSTRAINT "duty_templates_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_roster_id_rosters_id_fk" FOREIGN KEY ("roster_id") REFERENCES "public"."rosters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_shift_id_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."shifts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_assignments" ADD CONSTRAINT "published_assignments_shift_id_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."shifts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_assignments" ADD CONSTRAINT "published_assignments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_versions" ADD CONSTRAINT "roster_versions_roster_id_rosters_id_fk" FOREIGN KEY ("roster_id") REFERENCES "public"."rosters"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shifts" ADD CONSTRAINT "shifts_roster_id_rosters_id_fk" FOREIGN KEY ("roster_id") REFERENCES "public"."rosters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shifts" ADD CONSTRAINT "shifts_template_id_duty_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."duty_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shifts" ADD CONSTRAINT "shifts_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_school_site_id_sites_id_fk" FOREIGN KEY ("school_site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_budgets" ADD CONSTRAINT "subsidy_budgets_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_records" ADD CONSTRAINT "subsidy_records_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_records" ADD CONSTRAINT "subsidy_records_shift_id_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."shifts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_rules" ADD CONSTRAINT "subsidy_rules_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feed_tokens" ADD CONSTRAINT "feed_tokens_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feed_tokens" ADD CONSTRAINT "feed_tokens_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "townships_district_idx" ON "townships" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "sites_district_type_idx" ON "sites" USING btree ("district_code","type");--> statement-breakpoint
CREATE INDEX "sites_type_idx" ON "sites" USING btree ("type");--> statement-breakpoint
CREATE INDEX "people_district_idx" ON "people" USING btree ("home_district_code");--> statement-breakpoint
CREATE INDEX "unavailability_person_idx" ON "unavailability" USING btree ("person_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_person_idx" ON "appointments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "appointments_site_idx" ON "appointments" USING btree ("site_id");--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_unique" ON "appointments" USING btree ("kind","person_id","site_id");--> statement-breakpoint
CREATE INDEX "duty_templates_site_idx" ON "duty_templates" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "assignments_roster_person_idx" ON "assignments" USING btree ("roster_id","person_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "published_assignments_person_idx" ON "published_assignments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "rosters_period_scope_idx" ON "rosters" USING btree ("period","scope");--> statement-breakpoint
CREATE INDEX "shifts_roster_idx" ON "shifts" USING btree ("roster_id","local_date");--> statement-breakpoint
CREATE INDEX "bookings_school_idx" ON "bookings" USING btree ("school_site_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_person_idx" ON "bookings" USING btree ("person_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_idempotency" ON "bookings" USING btree ("school_site_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "subsidy_records_month_idx" ON "subsidy_records" USING btree ("month","district_code");--> statement-breakpoint
CREATE INDEX "subsidy_records_person_idx" ON "subsidy_records" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "feed_tokens_person_idx" ON "feed_tokens" USING btree ("person_id");