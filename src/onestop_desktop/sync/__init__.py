"""Sync between devices: the merge rule, the sealed bundle file format and the run (`engine.py` names its parts).

This package sits between services and storage; it may import storage and domain, never export, services,
ui, cli or Qt (see the import-linter contracts in pyproject.toml).
"""

from __future__ import annotations

from .bundle import BundleRefused, OpenedBundle, bundle_name, open_bundle, parse_bundle_name, seal

__all__ = ["BundleRefused", "OpenedBundle", "bundle_name", "open_bundle", "parse_bundle_name", "seal"]
