"""Validation rules, grouped by layer, one module per layer; importing this package registers them all.

Every module here except the registry is imported, so a new layer needs no edit elsewhere.
"""

import importlib
import pkgutil

from genocat.rules.registry import RULES, Rule, rule

for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    importlib.import_module(f"genocat.rules.{_module}")

__all__ = ["RULES", "Rule", "rule"]
