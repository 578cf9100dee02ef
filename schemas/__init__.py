"""Table declarations (``schemas.tables``), row validation (``schemas.validate``)
and the generated data dictionary (``schemas.dictionary``)."""
