ALTER TABLE "rosters" ADD COLUMN "shift_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "rosters" ADD COLUMN "seat_count" integer DEFAULT 0 NOT NULL;