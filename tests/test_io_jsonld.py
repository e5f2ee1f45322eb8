"""schema.org JSON-LD: pyld expands it with nothing fetched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given
from pyld import jsonld

import policycorpus.strategies as pcst
from policycorpus.io import to_jsonld, write_jsonld
from policycorpus.model import Document

SDO = "https://schema.org/"


def _no_fetch(url: str, options: Any = None) -> Any:
    raise AssertionError(f"tried to fetch {url}")


OPTIONS = {"documentLoader": _no_fetch}


@given(pcst.documents())
def test_expands_without_fetching(doc: Document) -> None:
    expanded = jsonld.expand(to_jsonld(doc), OPTIONS)
    (article,) = expanded
    assert article["@type"] == [SDO + "NewsArticle"]
    assert article[SDO + "articleBody"] == [{"@value": doc.article.text}]
    parts = article.get(SDO + "hasPart", [])
    claims = [p for p in parts if p["@type"] == [SDO + "Claim"]]
    quotations = [p for p in parts if p["@type"] == [SDO + "Quotation"]]
    assert len(claims) == len(doc.statistics) + len(doc.commitments)
    assert len(quotations) == len(doc.quotes)
    names = {s.name for s in doc.signatories}
    mentions = article.get(SDO + "mentions", [])
    assert {m[SDO + "name"][0]["@value"] for m in mentions} == names


def test_mapping_details() -> None:
    doc = pcst.sample_documents(1, seed=3)[0]
    data = to_jsonld(doc)
    expanded = jsonld.expand(data, OPTIONS)[0]
    stat = doc.statistics[0]
    claim = next(p for p in expanded[SDO + "hasPart"] if p[SDO + "text"][0]["@value"] == stat.text)
    value = claim[SDO + "about"][0][SDO + "value"][0]
    assert value == {
        "@value": str(stat.value),
        "@type": "http://www.w3.org/2001/XMLSchema#decimal",
    }
    people = [m for m in data["mentions"] if m["@type"] == "Person"]
    for person in people:
        assert person["jobTitle"]
    compacted = jsonld.compact(expanded, {"@vocab": SDO}, OPTIONS)
    assert compacted["@type"] == "NewsArticle"


def test_write_graph(tmp_path: Path) -> None:
    docs = pcst.sample_documents(3, seed=4)
    path = tmp_path / "out.jsonld"
    assert write_jsonld(docs, path) == 3
    data = orjson.loads(path.read_bytes())
    assert len(data["@graph"]) == 3
    flattened = jsonld.flatten(data, None, OPTIONS)
    assert any(node.get("@type") == [SDO + "NewsArticle"] for node in flattened)


def test_context_only_once_in_graph() -> None:
    doc = pcst.sample_documents(1, seed=5)[0]
    assert "@context" not in to_jsonld(doc, context=False)
    with pytest.raises(jsonld.JsonLdError, match="Dereferencing a URL"):
        jsonld.expand({"@context": "https://schema.org/", "name": "x"}, OPTIONS)
