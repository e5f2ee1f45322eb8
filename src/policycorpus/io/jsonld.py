"""schema.org JSON-LD: a Document as a ``NewsArticle`` with its actors, quotes and claims.

``to_jsonld(doc)`` gives one JSON-LD object with an inline context
(``{"@vocab": "https://schema.org/"}``), so a JSON-LD processor expands it without
fetching anything:

* the article is a ``NewsArticle`` (``headline``, ``datePublished`` at its precision,
  ``author`` as ``Person`` nodes, ``publisher`` as an ``Organization``, ``url`` when the
  source is a URL, ``inLanguage``, ``articleBody``, ``identifier``);
* each signatory party appears once in ``mentions``, typed by kind: government and
  agency ``GovernmentOrganization``, company ``Corporation``, NGO ``NGO``, person
  ``Person`` (with ``jobTitle`` and ``affiliation``), others ``Organization``; the
  country as ``address.addressCountry``; the surface forms as ``alternateName``;
* each quote is a ``Quotation`` (``text``, ``spokenByCharacter``) in ``hasPart``;
* each commitment is a ``Claim`` in ``hasPart``: the sentence as ``text``, the action
  as ``abstract``, the actors as ``author`` (references to the ``mentions`` nodes),
  the date as ``dateCreated``, the modality in ``keywords``, the instrument as
  ``about``;
* each statistic is a ``Claim`` in ``hasPart`` whose ``about`` is a
  ``QuantitativeValue``: the exact value as an ``xsd:decimal`` literal, ``unitText``
  (with the rate period: ``"reports per month"``), ``minValue``/``maxValue`` for a
  bound, the subject as ``description``; the source it is attributed to as ``author``.

**Lossy**: this export drops spans (no character offsets), paragraphs, the offset map,
``Article.encoding`` and ``retrieved``, ``Statistic.approx``, ``Commitment.date_rule``
and ``groups``, and the per-mention structure of signatories (one node per party,
mentions folded into ``alternateName``). Use JSON or JSON Lines to keep everything.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from typing import Any, Final

import orjson

from policycorpus.io._atomic import atomic_write
from policycorpus.model import ActorKind, Bound, Document, Signatory

__all__ = ["CONTEXT", "to_jsonld", "write_jsonld"]

StrPath = str | os.PathLike[str]

CONTEXT: Final = {"@vocab": "https://schema.org/", "xsd": "http://www.w3.org/2001/XMLSchema#"}
"""The inline context: schema.org terms, and ``xsd`` for typed literals."""

_TYPES: Final = {
    ActorKind.GOVERNMENT: "GovernmentOrganization",
    ActorKind.AGENCY: "GovernmentOrganization",
    ActorKind.COMPANY: "Corporation",
    ActorKind.NGO: "NGO",
    ActorKind.INTERGOVERNMENTAL: "Organization",
    ActorKind.PERSON: "Person",
    ActorKind.OTHER: "Organization",
}
_URL: Final = re.compile(r"https?://", re.IGNORECASE)
_SLUG: Final = re.compile(r"[^0-9A-Za-z]+")


def _actor_id(name: str) -> str:
    return "urn:policycorpus:actor:" + _SLUG.sub("-", name).strip("-").lower()


def _actor_node(mentions: list[Signatory]) -> dict[str, Any]:
    first = mentions[0]
    node: dict[str, Any] = {
        "@id": _actor_id(first.name),
        "@type": _TYPES[first.kind],
        "name": first.name,
    }
    surface = sorted({m.text for m in mentions if m.text != first.name})
    if surface:
        node["alternateName"] = surface
    if first.country is not None:
        node["address"] = {"@type": "PostalAddress", "addressCountry": first.country}
    if first.role is not None:
        node["jobTitle"] = first.role
    if first.represents is not None:
        node["affiliation"] = {"@id": _actor_id(first.represents), "name": first.represents}
    return node


def to_jsonld(doc: Document, *, context: bool = True) -> dict[str, Any]:
    """The schema.org JSON-LD object of ``doc`` (see the module docstring for the mapping).

    With ``context=False`` the ``@context`` is left out (for nodes put in a ``@graph``
    that carries it).
    """
    article = doc.article
    node: dict[str, Any] = {}
    if context:
        node["@context"] = CONTEXT
    node["@id"] = f"urn:policycorpus:{article.id}"
    node["@type"] = "NewsArticle"
    node["identifier"] = article.id
    if article.title is not None:
        node["headline"] = article.title
    if article.published is not None:
        node["datePublished"] = article.published.isoformat()
    if article.authors:
        node["author"] = [{"@type": "Person", "name": name} for name in article.authors]
    if article.publisher is not None:
        node["publisher"] = {"@type": "Organization", "name": article.publisher}
    if article.source is not None and _URL.match(article.source):
        node["url"] = article.source
    if article.language is not None:
        node["inLanguage"] = article.language
    node["articleBody"] = article.text

    parties: dict[str, list[Signatory]] = {}
    for signatory in doc.signatories:
        parties.setdefault(signatory.name, []).append(signatory)
    if parties:
        node["mentions"] = [_actor_node(mentions) for mentions in parties.values()]

    parts: list[dict[str, Any]] = []
    for stat in doc.statistics:
        value = {"@value": str(stat.value), "@type": "xsd:decimal"}
        quantity: dict[str, Any] = {"@type": "QuantitativeValue", "value": value}
        if stat.unit is not None:
            quantity["unitText"] = stat.unit if stat.per is None else f"{stat.unit} per {stat.per}"
        if stat.bound is Bound.MIN:
            quantity["minValue"] = value
        elif stat.bound is Bound.MAX:
            quantity["maxValue"] = value
        if stat.subject is not None:
            quantity["description"] = stat.subject
        claim: dict[str, Any] = {
            "@type": "Claim",
            "identifier": stat.id,
            "text": stat.text,
            "about": quantity,
        }
        if stat.attributed_to is not None:
            claim["author"] = {"@type": "Organization", "name": stat.attributed_to}
        parts.append(claim)
    for commitment in doc.commitments:
        claim = {
            "@type": "Claim",
            "identifier": commitment.id,
            "text": commitment.text,
            "abstract": commitment.action,
            "keywords": [commitment.modality.value],
        }
        if commitment.actors:
            claim["author"] = [{"@id": _actor_id(name), "name": name} for name in commitment.actors]
        if commitment.date is not None:
            claim["dateCreated"] = commitment.date.isoformat()
        if commitment.instrument is not None:
            claim["about"] = {"@type": "CreativeWork", "name": commitment.instrument}
        parts.append(claim)
    for quote in doc.quotes:
        quotation: dict[str, Any] = {
            "@type": "Quotation",
            "identifier": quote.id,
            "text": quote.text,
        }
        if quote.speaker is not None:
            quotation["spokenByCharacter"] = {"@type": "Person", "name": quote.speaker}
        parts.append(quotation)
    if parts:
        node["hasPart"] = parts
    return node


def write_jsonld(docs: Iterable[Document], path: StrPath) -> int:
    """Write ``docs`` to ``path`` as one JSON-LD document with a ``@graph`` (atomically).

    Returns the number of Documents written.
    """
    graph = [to_jsonld(doc, context=False) for doc in docs]
    data = orjson.dumps({"@context": CONTEXT, "@graph": graph}, option=orjson.OPT_INDENT_2)
    with atomic_write(path, "wb") as handle:
        handle.write(data)
        handle.write(b"\n")
    return len(graph)
