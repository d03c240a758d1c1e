-- The data's version (lib/data-version.ts): every statement that changes a table of the
-- area's data draws the next value of data_changes, so figures computed from that data can be
-- kept until its last value moves. A sequence, not a counter row: drawing a value takes no
-- lock, so concurrent writes never wait on each other for it. Left out: the audit log (it only
-- grows with the writes already counted, and with sign-ins), users, sign-in throttles and
-- calendar feed tokens (touched by sign-ins and feed reads; no figure reads them).
CREATE SEQUENCE data_changes;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION data_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('data_changes');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'agenda_items', 'assignments', 'bodies', 'commitments', 'decisions', 'delegation_members',
    'departments', 'meetings', 'network_thematic_areas', 'networks', 'participation_updates',
    'people', 'seat_terms', 'seats', 'thematic_areas'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
         FOR EACH STATEMENT EXECUTE FUNCTION data_changed()',
      t || '_data_changed', t);
  END LOOP;
END;
$$;
