-- Roles for a team on one shared PostgreSQL database of Dordt West Alliantie.
--
-- Run once, connected to the programme's database as the role that owns it (the
-- role that made the first connection with the app and so created the schema):
--
--     psql "postgresql://eigenaar@server/dordtwest" -f packaging/postgresql-roles.sql
--
-- Then give each coordinator a login role in one of the two groups:
--
--     CREATE ROLE sanne LOGIN PASSWORD '…' IN ROLE dordtwest_editor;  -- changes the programme
--     CREATE ROLE piet  LOGIN PASSWORD '…' IN ROLE dordtwest_reader;  -- reads and exports only
--
-- A reader gets the app read-only with a banner that says why. Schema upgrades
-- of later app versions are run by the owner: open the app once as the owner
-- after updating it. Confidential agenda items are not hidden per role (no
-- row-level security): give the reader role only to people who may see them.
-- Running this script again is harmless.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dordtwest_editor') THEN
        CREATE ROLE dordtwest_editor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dordtwest_reader') THEN
        CREATE ROLE dordtwest_reader NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO dordtwest_editor, dordtwest_reader;

-- Editors change records and write the history; they never change the schema.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO dordtwest_editor;
REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM dordtwest_editor;
-- The search index's rows are numbered by a sequence, which its triggers draw from
-- whenever an editor saves.
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO dordtwest_editor;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO dordtwest_reader;

-- Tables that later migrations add (created by the owner running this script).
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO dordtwest_editor;
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT ON TABLES TO dordtwest_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO dordtwest_editor;
