"""JSON Schemas generated from the model, so an editor's own tool can check a file as it
is typed (e.g. VS Code with Even Better TOML reads the `#:schema` line at the top)."""

from __future__ import annotations

import json
from pathlib import Path

from .model import CategoryFile, ContentInfo, Milestone

SCHEMAS = {
    "milestone.schema.json": Milestone,
    "categories.schema.json": CategoryFile,
    "content.schema.json": ContentInfo,
}


def schema_text(model: type) -> str:
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMAS.items():
        path = folder / name
        tmp = path.with_suffix(".tmp")
        tmp.write_text(schema_text(model), encoding="utf-8")
        tmp.replace(path)
        written.append(path)
    return written
