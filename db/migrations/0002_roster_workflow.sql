ALTER TABLE "rosters" ADD COLUMN "stop_requested" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "rosters" ADD COLUMN "report" jsonb;--> statement-breakpoint
ALTER TABLE "rosters" ADD COLUMN "report_version" integer;--> statement-breakpoint
ALTER TABLE "rosters" ADD COLUMN "solved_at" timestamp with time zone;