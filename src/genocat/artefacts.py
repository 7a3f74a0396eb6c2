"""The artefacts generated from the LinkML schema, as the package ships them (read once per run)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

KIND_CLASS = {"dataset": "Dataset", "node_catalogue": "NodeCatalogue", "catalogue": "Catalogue"}


def read_text(name: str) -> str:
    return resources.files("genocat.generated").joinpath(name).read_text(encoding="utf-8")


@cache
def json_schema() -> dict:
    return json.loads(read_text("genocat.schema.json"))


@cache
def schema_index() -> dict:
    return json.loads(read_text("schema_index.json"))


def enum_codes(enum: str) -> dict[str, dict]:
    return schema_index()["enums"][enum]
