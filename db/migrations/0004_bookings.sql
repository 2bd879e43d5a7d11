CREATE TABLE "availability_overrides" (
	"person_id" integer NOT NULL,
	"on_date" date NOT NULL,
	"windows" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "availability_overrides_person_id_on_date_pk" PRIMARY KEY("person_id","on_date")
);
--> statement-breakpoint
CREATE TABLE "availability_windows" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "availability_windows_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"weekday" smallint NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"valid_from" date,
	"valid_to" date,
	CONSTRAINT "availability_windows_weekday" CHECK ("availability_windows"."weekday" between 1 and 7),
	CONSTRAINT "availability_windows_order" CHECK ("availability_windows"."end_time" > "availability_windows"."start_time")
);
--> statement-breakpoint
CREATE TABLE "booking_rules" (
	"scope" text PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_by" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "booking_settings" (
	"person_id" integer PRIMARY KEY NOT NULL,
	"requires_confirmation" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "origin" text DEFAULT 'school' NOT NULL;--> statement-breakpoint
ALTER TABLE "availability_overrides" ADD CONSTRAINT "availability_overrides_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_windows" ADD CONSTRAINT "availability_windows_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_settings" ADD CONSTRAINT "booking_settings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "availability_windows_person_idx" ON "availability_windows" USING btree ("person_id");--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_status" CHECK ("bookings"."status" in ('pending', 'confirmed', 'cancelled'));--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_origin" CHECK ("bookings"."origin" in ('school', 'proposal', 'demo'));