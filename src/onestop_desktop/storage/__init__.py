"""SQLCipher, keys, migrations, repositories, change log and audit trail."""
