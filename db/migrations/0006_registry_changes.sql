-- A counter that every change to data a roster problem is built from moves forward, so an API
-- process can keep a built problem in memory and know, with one cheap read, when it is stale.
CREATE TABLE registry_changes (id integer PRIMARY KEY CHECK (id = 1), n bigint NOT NULL);
--> statement-breakpoint
INSERT INTO registry_changes VALUES (1, 0);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION zhiban_registry_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE registry_changes SET n = n + 1 WHERE id = 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER people_changed AFTER INSERT OR UPDATE OR DELETE ON people FOR EACH STATEMENT EXECUTE FUNCTION zhiban_registry_changed();
--> statement-breakpoint
CREATE TRIGGER unavailability_changed AFTER INSERT OR UPDATE OR DELETE ON unavailability FOR EACH STATEMENT EXECUTE FUNCTION zhiban_registry_changed();
--> statement-breakpoint
CREATE TRIGGER appointments_changed AFTER INSERT OR UPDATE OR DELETE ON appointments FOR EACH STATEMENT EXECUTE FUNCTION zhiban_registry_changed();
--> statement-breakpoint
CREATE TRIGGER sites_changed AFTER INSERT OR UPDATE OR DELETE ON sites FOR EACH STATEMENT EXECUTE FUNCTION zhiban_registry_changed();
--> statement-breakpoint
CREATE TRIGGER bookings_changed AFTER INSERT OR UPDATE OR DELETE ON bookings FOR EACH STATEMENT EXECUTE FUNCTION zhiban_registry_changed();
--> statement-breakpoint
CREATE TRIGGER roster_versions_changed AFTER INSERT ON roster_versions FOR EACH STATEMENT EXECUTE FUNCTION zhiban_registry_changed();
--> statement-breakpoint
CREATE TRIGGER subsidy_rules_changed AFTER INSERT OR UPDATE OR DELETE ON subsidy_rules FOR EACH STATEMENT EXECUTE FUNCTION zhiban_registry_changed();
--> statement-breakpoint
CREATE TRIGGER subsidy_budgets_changed AFTER INSERT OR UPDATE OR DELETE ON subsidy_budgets FOR EACH STATEMENT EXECUTE FUNCTION zhiban_registry_changed();
--> statement-breakpoint
CREATE TRIGGER districts_changed AFTER INSERT OR UPDATE OR DELETE ON districts FOR EACH STATEMENT EXECUTE FUNCTION zhiban_registry_changed();
