"""The documentation states the contract: keep it in step with the code."""

import re
from dataclasses import fields

from conftest import ROOT
from ingest import records, schema
from ingest.rules import RULES

SCHEMA_MD = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
RULES_MD = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")


def _section_columns(name):
    section = SCHEMA_MD.split(f"## {name}")[1].split("\n## ")[0]
    return re.findall(r"^\| (\w+) \| ([\w<>\[\], ]+) \|", section, re.M)


def test_schema_doc_lists_every_column_with_its_type():
    for name, arrow in schema.TABLES.items():
        documented = [(c, t) for c, t in _section_columns(name) if t != "type"]
        assert [c for c, _ in documented] == arrow.names, name
        for col, typ in documented:
            assert str(arrow.field(col).type).replace("timestamp[us, tz=UTC]", "timestamp[us, UTC]").replace(
                "list<item: string>", "list<string>").replace("list<item: date32[day]>", "list<date32>").replace(
                "date32[day]", "date32") == typ, (name, col)


def test_records_match_schemas():
    for cls, arrow in ((records.DocumentRecord, schema.DOCUMENTS), (records.MeasureRecord, schema.MEASURES),
                       (records.FindingRecord, schema.FINDINGS)):
        assert [f.name for f in fields(cls)] == arrow.names


def test_rules_doc_lists_every_code_with_its_severity():
    documented = dict(re.findall(r"^\| `(\w+)` \| (\w+) \|", RULES_MD, re.M))
    assert documented == {code: r.severity for code, r in RULES.items()}
