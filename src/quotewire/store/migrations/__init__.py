"""Named, ordered schema migrations: ``NNNN_name.sqlite.sql`` and ``NNNN_name.postgresql.sql``.

Each migration is applied once, in name order, inside one transaction, and recorded in the
table ``schema_migrations``. To change the schema, add the next-numbered pair of files; never
edit a migration that has been released.
"""
