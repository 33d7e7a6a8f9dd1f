"""Item models, one per file, fed with service DTOs (never with a database handle)."""
