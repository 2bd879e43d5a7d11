-- Integrity rules the database enforces itself, beyond what the drizzle schema can say.

-- A published roster version and its assignments are immutable.
CREATE OR REPLACE FUNCTION zhiban_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% on % is refused: rows are immutable', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'P0001', HINT = 'append a new version or a reversing record instead';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER published_assignments_immutable BEFORE UPDATE OR DELETE ON published_assignments
  FOR EACH ROW EXECUTE FUNCTION zhiban_refuse_change();
--> statement-breakpoint
CREATE TRIGGER roster_versions_immutable BEFORE UPDATE OR DELETE ON roster_versions
  FOR EACH ROW EXECUTE FUNCTION zhiban_refuse_change();
--> statement-breakpoint
-- The subsidy ledger is append-only: a correction is a reversing record.
CREATE TRIGGER subsidy_records_append_only BEFORE UPDATE OR DELETE ON subsidy_records
  FOR EACH ROW EXECUTE FUNCTION zhiban_refuse_change();
--> statement-breakpoint
CREATE TRIGGER subsidy_records_no_truncate BEFORE TRUNCATE ON subsidy_records
  FOR EACH STATEMENT EXECUTE FUNCTION zhiban_refuse_change();
--> statement-breakpoint
-- No person is booked twice at overlapping times (schools' law-education sessions).
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap
  EXCLUDE USING gist (person_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
  WHERE (status <> 'cancelled');
--> statement-breakpoint
-- One legal adviser per village at any time (appointment date ranges may not overlap).
ALTER TABLE appointments ADD CONSTRAINT appointments_one_adviser
  EXCLUDE USING gist (site_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&)
  WHERE (kind = 'village_adviser');
--> statement-breakpoint
-- At most two schools per legal vice-principal at any time (教育部令第52号): counted over the
-- appointments whose dates overlap the new one, under a lock on the person's row.
CREATE OR REPLACE FUNCTION zhiban_vice_principal_limit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  IF NEW.kind = 'vice_principal' THEN
    PERFORM 1 FROM people WHERE id = NEW.person_id FOR UPDATE;
    SELECT count(*) INTO n FROM appointments
      WHERE person_id = NEW.person_id AND kind = 'vice_principal' AND id <> NEW.id
        AND daterange(starts_on, ends_on, '[]') && daterange(NEW.starts_on, NEW.ends_on, '[]');
    IF n >= 2 THEN
      RAISE EXCEPTION 'a legal vice-principal serves at most 2 schools'
        USING ERRCODE = '23514', CONSTRAINT = 'appointments_vice_principal_limit';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER appointments_vice_principal_limit BEFORE INSERT OR UPDATE ON appointments
  FOR EACH ROW EXECUTE FUNCTION zhiban_vice_principal_limit();
