"""Package and record-schema versions."""

__version__ = "0.1.0"
SCHEMA_VERSION = "1.1"
