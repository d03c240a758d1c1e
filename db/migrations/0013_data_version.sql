-- The data's version (lib/data-version.ts): every statement that changes a table of the
-- area's data draws the next value of data_changes, so figures computed from that data can be
-- kept until its last value moves. A sequence, not a counter row: drawing a value takes no
-- lock, so concurrent writes never wait on each other for it. Left out: the audit log (it only
-- grows with the writes already counted, and with sign-ins), users, sign-in throttles and
-- calendar feed tokens (touched by sign-ins and feed reads; no figure reads them).
--
-- Both functions run as their owner (SECURITY DEFINER, with a fixed search_path), so an
-- application role granted only its tables (docs/operations.md) needs no right on the
-- sequence, even one created after its grants.
CREATE SEQUENCE public.data_changes;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.data_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  PERFORM nextval('public.data_changes');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- The version, and whether a value read from now on may be kept under it: no transaction that
-- writes is in progress in this database. The lock check runs after the version is read —
-- two statements, in this order (see lib/data-version.ts for why it matters).
CREATE OR REPLACE FUNCTION public.data_version(OUT version bigint, OUT settled boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  SELECT CASE WHEN is_called THEN last_value ELSE 0 END INTO version FROM public.data_changes;
  settled := NOT EXISTS (
    SELECT 1 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
    WHERE l.locktype = 'transactionid' AND a.datname = current_database()
  );
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
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON public.%I
         FOR EACH STATEMENT EXECUTE FUNCTION public.data_changed()',
      t || '_data_changed', t);
  END LOOP;
END;
$$;
