"""Validation rules, grouped by layer; importing this package registers them all."""

from genocat.rules import catalogue, consent, disclosure, parse, semantics, structure  # noqa: F401  (registration)
from genocat.rules.registry import RULES, Rule, rule

__all__ = ["RULES", "Rule", "rule"]
