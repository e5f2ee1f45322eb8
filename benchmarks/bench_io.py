"""JSON Lines encode and decode-with-validation: policycorpus vs msgspec, pydantic v2, orjson.

Run::

    .venv/bin/python benchmarks/bench_io.py [--n 20000] [--repeat 5]

Each library gets the same 20,000 realistic Documents (8 statistics, 3 commitments,
6 signatories, 2 quotes, ~3 KB of text; built by
:func:`policycorpus.strategies.sample_documents`), as models of the same shape:

* **policycorpus**: the attrs records through :func:`policycorpus.io.make_converter`
  (strict types, unknown keys rejected, every field validator, spans checked against
  the text).
* **msgspec**: ``msgspec.Struct`` models (frozen), strict by default, with the same
  constraints where msgspec can express them (non-empty strings, non-negative
  offsets, enums, country pattern) and ``__post_init__`` checks for span order and
  span-slices-to-text.
* **pydantic v2**: ``BaseModel`` (strict, frozen, ``extra="forbid"``) with the same
  constraints and an ``after`` model validator for the span checks.
* **orjson**: ``orjson.dumps``/``orjson.loads`` on plain dicts, no validation (the
  baseline).

Timed: encoding every document to a JSON Lines line, and decoding every line back
into a validated object, streaming (each result dropped, as ``read_jsonl`` and
``write_jsonl`` work; ``--retain`` keeps them all in a list instead, which makes the
cyclic garbage collector's passes over the growing heap dominate every contestant).
The contestants are timed round-robin, ``--repeat`` times each; reported are the
median and the best run in seconds, records/s, ratio to orjson, and
memory per decoded record (tracemalloc: bytes retained by a list of decoded
objects, divided by their number).
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import gc
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any

import msgspec
import orjson
import pydantic

from policycorpus.io import loads, structure_document
from policycorpus.io.jsonl import encode_line
from policycorpus.model import Document
from policycorpus.strategies import sample_documents

# -- msgspec models of the same shape ----------------------------------------------------

NonEmpty = Annotated[str, msgspec.Meta(min_length=1)]
Offset = Annotated[int, msgspec.Meta(ge=0)]
IsoDate = Annotated[str, msgspec.Meta(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
Country = Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{2}$")]


class Kind(enum.Enum):
    GOVERNMENT = "government"
    COMPANY = "company"
    NGO = "ngo"
    AGENCY = "agency"
    INTERGOVERNMENTAL = "intergovernmental"
    PERSON = "person"
    OTHER = "other"


class Mod(enum.Enum):
    PLEDGE = "pledge"
    COMMIT = "commit"
    VOW = "vow"
    PROMISE = "promise"
    AGREE = "agree"
    SIGN = "sign"
    JOIN = "join"
    REQUIRE = "require"
    OTHER = "other"


class BoundE(enum.Enum):
    MIN = "min"
    MAX = "max"


class ParaKind(enum.Enum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUESTION = "question"


class MSpan(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    start: Offset
    end: Offset

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("end before start")


class MParagraph(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    span: MSpan
    kind: ParaKind = ParaKind.PARAGRAPH
    section: NonEmpty | None = None


class MArticle(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    text: str
    id: NonEmpty
    title: NonEmpty | None = None
    published: IsoDate | None = None
    authors: tuple[NonEmpty, ...] = ()
    publisher: NonEmpty | None = None
    source: NonEmpty | None = None
    language: NonEmpty | None = None
    paragraphs: tuple[MParagraph, ...] = ()
    retrieved: dt.date | None = None
    encoding: NonEmpty | None = None
    offsets: tuple[tuple[Offset, Offset], ...] | None = None


class MStatistic(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    value: Decimal
    text: NonEmpty
    span: MSpan
    id: NonEmpty
    unit: NonEmpty | None = None
    subject: NonEmpty | None = None
    approx: bool = False
    bound: BoundE | None = None
    per: NonEmpty | None = None
    attributed_to: NonEmpty | None = None
    range_id: NonEmpty | None = None


class MSignatory(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    name: NonEmpty
    kind: Kind
    text: NonEmpty
    span: MSpan
    id: NonEmpty
    country: Country | None = None
    role: NonEmpty | None = None
    represents: NonEmpty | None = None
    rule: NonEmpty | None = None


class MCommitment(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    actors: tuple[NonEmpty, ...]
    action: NonEmpty
    modality: Mod
    text: NonEmpty
    span: MSpan
    id: NonEmpty
    date: IsoDate | None = None
    date_rule: NonEmpty | None = None
    instrument: NonEmpty | None = None
    groups: tuple[NonEmpty, ...] = ()
    rule: NonEmpty | None = None


class MQuote(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    text: NonEmpty
    span: MSpan
    id: NonEmpty
    speaker: NonEmpty | None = None


class MDocument(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    article: MArticle
    schema_version: int
    statistics: tuple[MStatistic, ...] = ()
    signatories: tuple[MSignatory, ...] = ()
    commitments: tuple[MCommitment, ...] = ()
    quotes: tuple[MQuote, ...] = ()

    def __post_init__(self) -> None:
        _check_spans(self)


def _check_spans(doc: Any) -> None:
    text = doc.article.text
    for records in (doc.statistics, doc.signatories, doc.commitments, doc.quotes):
        for record in records:
            if text[record.span.start : record.span.end] != record.text:
                raise ValueError("span does not slice to text")


# -- pydantic v2 models of the same shape ------------------------------------------------

PNonEmpty = Annotated[str, pydantic.Field(min_length=1)]
POffset = Annotated[int, pydantic.Field(ge=0)]
PIsoDate = Annotated[str, pydantic.Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
PCountry = Annotated[str, pydantic.Field(pattern=r"^[A-Z]{2}$")]
_STRICT = pydantic.ConfigDict(strict=True, frozen=True, extra="forbid")


class PSpan(pydantic.BaseModel):
    model_config = _STRICT
    start: POffset
    end: POffset

    @pydantic.model_validator(mode="after")
    def _order(self) -> PSpan:
        if self.end < self.start:
            raise ValueError("end before start")
        return self


class PParagraph(pydantic.BaseModel):
    model_config = _STRICT
    span: PSpan
    kind: ParaKind = ParaKind.PARAGRAPH
    section: PNonEmpty | None = None


class PArticle(pydantic.BaseModel):
    model_config = _STRICT
    text: str
    id: PNonEmpty
    title: PNonEmpty | None = None
    published: PIsoDate | None = None
    authors: tuple[PNonEmpty, ...] = ()
    publisher: PNonEmpty | None = None
    source: PNonEmpty | None = None
    language: PNonEmpty | None = None
    paragraphs: tuple[PParagraph, ...] = ()
    retrieved: dt.date | None = None
    encoding: PNonEmpty | None = None
    offsets: tuple[tuple[POffset, POffset], ...] | None = None


class PStatistic(pydantic.BaseModel):
    model_config = _STRICT
    value: Annotated[Decimal, pydantic.Field(strict=False)]
    text: PNonEmpty
    span: PSpan
    id: PNonEmpty
    unit: PNonEmpty | None = None
    subject: PNonEmpty | None = None
    approx: bool = False
    bound: BoundE | None = None
    per: PNonEmpty | None = None
    attributed_to: PNonEmpty | None = None
    range_id: PNonEmpty | None = None


class PSignatory(pydantic.BaseModel):
    model_config = _STRICT
    name: PNonEmpty
    kind: Kind
    text: PNonEmpty
    span: PSpan
    id: PNonEmpty
    country: PCountry | None = None
    role: PNonEmpty | None = None
    represents: PNonEmpty | None = None
    rule: PNonEmpty | None = None


class PCommitment(pydantic.BaseModel):
    model_config = _STRICT
    actors: tuple[PNonEmpty, ...]
    action: PNonEmpty
    modality: Mod
    text: PNonEmpty
    span: PSpan
    id: PNonEmpty
    date: PIsoDate | None = None
    date_rule: PNonEmpty | None = None
    instrument: PNonEmpty | None = None
    groups: tuple[PNonEmpty, ...] = ()
    rule: PNonEmpty | None = None


class PQuote(pydantic.BaseModel):
    model_config = _STRICT
    text: PNonEmpty
    span: PSpan
    id: PNonEmpty
    speaker: PNonEmpty | None = None


class PDocument(pydantic.BaseModel):
    model_config = _STRICT
    article: PArticle
    schema_version: int
    statistics: tuple[PStatistic, ...] = ()
    signatories: tuple[PSignatory, ...] = ()
    commitments: tuple[PCommitment, ...] = ()
    quotes: tuple[PQuote, ...] = ()

    @pydantic.model_validator(mode="after")
    def _spans(self) -> PDocument:
        _check_spans(self)
        return self


# -- the contestants ---------------------------------------------------------------------


class Contestant:
    def __init__(
        self,
        name: str,
        encode: Callable[[Any], bytes],
        decode: Callable[[bytes], Any],
        objects: Callable[[list[Document]], list[Any]],
    ) -> None:
        self.name = name
        self.encode = encode
        self.decode = decode
        self.objects = objects


def _pc_encode(doc: Document) -> bytes:
    return encode_line(doc)  # what write_jsonl writes per record


def _pc_decode(line: bytes) -> Document:
    return loads(line)  # what read_jsonl does per line: strict, validating, errors with paths


def _pc_decode_converter(line: bytes) -> Document:
    return structure_document(orjson.loads(line))  # the converter alone (before msgspec)


_ms_encoder = msgspec.json.Encoder(decimal_format="string")
_ms_decoder = msgspec.json.Decoder(MDocument)


def _ms_encode(doc: MDocument) -> bytes:
    return _ms_encoder.encode(doc) + b"\n"


def _pyd_encode(doc: PDocument) -> bytes:
    return doc.model_dump_json().encode() + b"\n"


def _pyd_decode(line: bytes) -> PDocument:
    return PDocument.model_validate_json(line)


def _orjson_encode(data: dict[str, Any]) -> bytes:
    return orjson.dumps(data, option=orjson.OPT_APPEND_NEWLINE)


def _wire(docs: list[Document]) -> list[bytes]:
    return [_pc_encode(d) for d in docs]


CONTESTANTS = [
    Contestant("policycorpus (attrs+cattrs)", _pc_encode, _pc_decode, lambda docs: docs),
    Contestant("policycorpus, converter only", _pc_encode, _pc_decode_converter, lambda docs: docs),
    Contestant(
        "msgspec Struct",
        _ms_encode,
        _ms_decoder.decode,
        lambda docs: [_ms_decoder.decode(line) for line in _wire(docs)],
    ),
    Contestant(
        "pydantic v2 (strict)",
        _pyd_encode,
        _pyd_decode,
        lambda docs: [_pyd_decode(line) for line in _wire(docs)],
    ),
    Contestant(
        "orjson on dicts (no validation)",
        _orjson_encode,
        orjson.loads,
        lambda docs: [orjson.loads(line) for line in _wire(docs)],
    ),
]


def _encode_all(contestant: Contestant, objects: list[Any], retain: bool) -> Callable[[], object]:
    encode = contestant.encode
    if retain:
        return lambda: [encode(x) for x in objects]

    def stream() -> None:
        for x in objects:
            encode(x)

    return stream


def _decode_all(contestant: Contestant, lines: list[bytes], retain: bool) -> Callable[[], object]:
    decode = contestant.decode
    if retain:
        return lambda: [decode(x) for x in lines]

    def stream() -> None:
        for x in lines:
            decode(x)

    return stream


def _once(func: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def _memory_per_record(decode: Callable[[bytes], Any], lines: list[bytes]) -> float:
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = [decode(line) for line in lines]
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del kept
    return (after - before) / len(lines)


def _table(results: dict[str, tuple[float, float, float]], n: int) -> None:
    base_encode, base_decode, _ = results["orjson on dicts (no validation)"]
    ms_encode, ms_decode, ms_memory = results["msgspec Struct"]
    base_total, ms_total = base_encode + base_decode, ms_encode + ms_decode
    print(
        f"{'':34} {'encode s':>9} {'decode s':>9} {'round s':>8} {'docs/s':>9} "
        f"{'x orjson':>9} {'x msgspec':>10} {'B/record':>9} {'mem x ms':>9}"
    )
    for name, (encode, decode, memory) in results.items():
        total = encode + decode
        print(
            f"{name:34} {encode:9.3f} {decode:9.3f} {total:8.3f} {n / total:9.0f} "
            f"{total / base_total:9.2f} {total / ms_total:10.2f} {memory:9.0f} "
            f"{memory / ms_memory:9.2f}"
        )
    pc_encode, pc_decode, _ = results["policycorpus (attrs+cattrs)"]
    print(
        f"policycorpus encode {pc_encode / base_encode:.2f}x orjson, "
        f"decode {pc_decode / base_decode:.2f}x orjson"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="documents (default 20000)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per contestant")
    parser.add_argument("--memory-sample", type=int, default=2000, help="docs for memory")
    parser.add_argument(
        "--retain",
        action="store_true",
        help="keep every decoded object in a list while timing (default: stream, as "
        "read_jsonl does; retaining makes the garbage collector dominate)",
    )
    args = parser.parse_args(argv)

    docs = sample_documents(args.n, seed=2024)
    wire = _wire(docs)
    size = sum(map(len, wire)) / len(wire)
    text = statistics.mean(len(d.article.text) for d in docs)
    print(
        f"{args.n} documents, {size / 1024:.1f} KB of JSON each ({text:.0f} characters of "
        f"text), Python {sys.version.split()[0]}, "
        f"{'retaining decoded objects' if args.retain else 'streaming'}",
        flush=True,
    )
    runs: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {}
    memory: dict[str, float] = {}
    for contestant in CONTESTANTS:
        objects = contestant.objects(docs)
        lines = [contestant.encode(o) for o in objects]
        decoded = [contestant.decode(line) for line in lines]
        assert decoded == objects, contestant.name  # every contestant round-trips
        del decoded
        runs[contestant.name] = (
            _encode_all(contestant, objects, args.retain),
            _decode_all(contestant, lines, args.retain),
        )
        memory[contestant.name] = _memory_per_record(contestant.decode, lines[: args.memory_sample])
    # round-robin: every repeat times every contestant, so load changes on the
    # machine hit them alike
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
    for _ in range(args.repeat):
        for name, (encode, decode) in runs.items():
            times[name].append((_once(encode), _once(decode)))

    for label, pick in (("median", statistics.median), ("best", min)):
        print(f"\n{label} of {args.repeat} runs")
        _table(
            {
                name: (pick(e for e, _ in ts), pick(d for _, d in ts), memory[name])
                for name, ts in times.items()
            },
            args.n,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
