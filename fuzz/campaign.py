"""A fuzzing campaign: parse_article -> extract -> to_json -> from_json on generated input.

Run (from the checkout, after ``pip install -e '.[dev]'``)::

    nice -n 10 .venv/bin/python fuzz/campaign.py --inputs 1000000 [--seed 1] [--report-every 10000]
                                                 [--seed-chars 300]

Inputs, in turn from a seeded generator (so ``--seed`` and an input number reproduce one):

* ``text`` / ``bytes``: Hypothesis-style random text (letters, digits, punctuation,
  control and bidi characters, astral characters) and random bytes;
* ``mutation``: an article (the packaged samples, ``tests/heldout*/raw``, and the shared
  corpus when it sits next to the checkout) with a few edits: insertions of digits,
  separators, currency signs, quotes, bullets, control and bidi characters, BOMs, number
  words and pledge verbs; deleted, duplicated or swapped stretches; truncation; splices of
  two articles; re-encoding as bytes (UTF-8, UTF-8 with BOM, UTF-16, cp1252, Latin-1);
* ``html``: an article wrapped in HTML with random tags, unclosed and deeply nested
  elements, entities, scripts, comments, meta tags and JSON-LD, then mutated.

Each input must either be rejected with a :class:`~policycorpus.PolicyCorpusError` by
``parse_article``, or give a Document whose JSON loads back (strict, validating) equal to
it, within 1 s of CPU time per 10 KB of input (at least 1 s; a slow input is timed again
before it counts). Anything else (another exception, a Document that does not round-trip, a slow
input) is a failure: the input is written to ``--failures`` (default ``fuzz/failures``)
as ``<kind>-<hash>.bin`` (the exact bytes or UTF-8 text given) with a ``.txt`` note
saying what failed, so it can become a regression test. The exit status is 1 when
anything failed.

``tests/test_fuzz.py`` runs a few thousand inputs of the same generator in CI.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from policycorpus import PolicyCorpusError, extract, from_json, parse_article, to_json

ROOT: Final = Path(__file__).resolve().parents[1]
SEED_DIRS: Final = (
    ROOT / "src" / "policycorpus" / "data" / "sample",
    *sorted(ROOT.glob("tests/heldout*/raw")),
    ROOT.parent / "shared" / "corpus" / "seeds",
    ROOT.parent / "shared" / "corpus" / "dev" / "raw",
    ROOT.parent / "shared" / "corpus" / "dev2" / "raw",
)
SECONDS_PER_10KB: Final = 1.0

# -- what gets inserted --------------------------------------------------------------------

DIGITS: Final = ("0", "7", "12", "1,000", "2,50,000", "3.14", "1.2.3", "99999999999", "2024")
SEPARATORS: Final = (",", ".", "-", "–", "—", "/", ":", ";", "%", "+", "x", " ", "\u00a0", "\u2009")
CURRENCY: Final = ("£", "$", "€", "¥", "₹", "US$", "A$", "Rs.", "KSh", "EUR ", "R", "p", "bn", "m")
QUOTES: Final = ('"', "“", "”", "‘", "’", "'", "«", "»", "„", '"said ', ' said "')
BULLETS: Final = ("•", "*", "-", "·", "▪", "◦", "‣", "●", "\n• ", "\n1. ", "\n(a) ", "\n- ")
CONTROL: Final = tuple(chr(c) for c in (*range(9), 11, 12, *range(14, 32), 127, 0x85))
BIDI: Final = (
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
)
BOMS: Final = ("\ufeff", "\ufffe", "\ufffd")
WORDS: Final = (
    "pledged",
    "committed",
    "vowed",
    "agreed to",
    "signed",
    "joined",
    "will",
    "and",
    ", and",
    "the United Kingdom",
    "France",
    "Germany",
    "Meta",
    "said",
    "according to",
    "about",
    "more than",
    "up to",
    "nearly",
    "between",
    "million",
    "billion",
    "thousand",
    "hundred",
    "twenty-one",
    "a third",
    "half",
    "per cent",
    "percent",
    "a year",
    "each year",
    "January",
    "2 March 2024",
    "Monday",
    "by 2030",
    "aged 12",
    "(",
    ")",
    "[",
    "]",
    "\n",
    "\n\n",
    "  ",
    "\t",
    "\r\n",
    "\r",
    "<p>",
    "</p>",
    "&amp;",
    "&#8220;",
    "Published:",
    "By Jane Doe",
)
INSERT_CLASSES: Final = (DIGITS, SEPARATORS, CURRENCY, QUOTES, BULLETS, CONTROL, BIDI, BOMS, WORDS)

HTML_TAGS: Final = (
    "p",
    "div",
    "span",
    "article",
    "main",
    "section",
    "nav",
    "footer",
    "header",
    "h1",
    "h2",
    "li",
    "ul",
    "ol",
    "table",
    "tr",
    "td",
    "br",
    "b",
    "i",
    "a",
    "script",
    "style",
    "form",
    "aside",
    "time",
    "blockquote",
    "figure",
    "figcaption",
    "pre",
    "noscript",
    "template",
    "iframe",
    "svg",
)
HTML_BITS: Final = (
    "<!-- comment -->",
    "<![CDATA[ x ]]>",
    "&nbsp;",
    "&lt;",
    "&#0;",
    "&#x110000;",
    "&bogus;",
    '<meta name="date" content="2023-13-45">',
    '<meta property="article:published_time" content="2024-02-30T25:61">',
    '<meta name="author" content="">',
    '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"x",'
    '"author":[{"name":null}],"headline":{"a":1}}</script>',
    '<script type="application/ld+json">{{{</script>',
    "<title></title>",
    "<title>T</title>",
    "<html>",
    "</html>",
    "<body>",
    "</body>",
    "<?xml version='1.0'?>",
    "<!DOCTYPE html>",
)

# -- generators ----------------------------------------------------------------------------


def load_seeds() -> list[str]:
    """The articles mutations start from (read at run time, never copied)."""
    texts: list[str] = []
    for folder in SEED_DIRS:
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                if path.suffix in {".txt", ".md", ".html", ".htm"}:
                    texts.append(path.read_text(encoding="utf-8", errors="replace"))
    if not texts:
        texts.append("Ministers pledge action\n\nThe United Kingdom and France pledged 12 m.")
    return texts


_ALPHABETS: Final = (
    "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "0123456789,.-–/:%+ ",
    "\"'“”‘’«»()[]{}<>!?;:&#*•·",
    "\n\r\t \u00a0\u2009\u202f\u3000",
    "".join(CONTROL) + "".join(BIDI) + "".join(BOMS),
    "éüßçñøåÆŒ£€¥₹ДЖ中文字日本語한국어العربية𝟙𝟚😀\U0010ffff\ud7ff",
)


def random_text(rng: random.Random) -> str:
    """Text drawn from a few alphabets, weighted toward the grammar's own symbols."""
    size = rng.choice((0, 1, 2, 5, 20, 80, 300, 2000))
    pools = rng.sample(_ALPHABETS, rng.randint(1, len(_ALPHABETS)))
    alphabet = "".join(pools)
    out = []
    while len(out) < size:
        if rng.random() < 0.15:
            out.extend(rng.choice(rng.choice(INSERT_CLASSES)))
        else:
            out.append(rng.choice(alphabet))
    return "".join(out)


def random_bytes(rng: random.Random) -> bytes:
    size = rng.choice((0, 1, 3, 16, 200, 2000))
    if rng.random() < 0.5:
        return rng.randbytes(size)
    head = rng.choice((b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"<html>", b"\x00"))
    return head + random_text(rng).encode(rng.choice(("utf-8", "utf-16", "latin-1")), "replace")


def _insert(rng: random.Random, text: str) -> str:
    at = rng.randint(0, len(text))
    bit = rng.choice(rng.choice(INSERT_CLASSES)) * rng.choice((1, 1, 1, 2, 5, 50))
    return text[:at] + bit + text[at:]


def _delete(rng: random.Random, text: str) -> str:
    if not text:
        return text
    a = rng.randrange(len(text))
    b = min(len(text), a + rng.choice((1, 3, 20, 200)))
    return text[:a] + text[b:]


def _duplicate(rng: random.Random, text: str) -> str:
    if not text:
        return text
    a = rng.randrange(len(text))
    b = min(len(text), a + rng.choice((1, 10, 100, 1000)))
    return text[:b] + text[a:b] * rng.choice((1, 2, 10)) + text[b:]


def _swap_char(rng: random.Random, text: str) -> str:
    """Replace one character by a neighbour in the grammar's eyes (digit, mark, letter)."""
    if not text:
        return text
    at = rng.randrange(len(text))
    return text[:at] + rng.choice("0123456789,.-'\"“” \nAa$£%") + text[at + 1 :]


def _truncate(rng: random.Random, text: str) -> str:
    cut = rng.randint(0, len(text))
    return text[:cut] if rng.random() < 0.5 else text[cut:]


EDITS: Final[tuple[Callable[[random.Random, str], str], ...]] = (
    _insert,
    _insert,
    _insert,
    _delete,
    _duplicate,
    _swap_char,
    _swap_char,
    _truncate,
)


def mutate(rng: random.Random, text: str, seeds: list[str]) -> str:
    if rng.random() < 0.1:  # splice two articles
        other = rng.choice(seeds)
        text = text[: rng.randint(0, len(text))] + other[rng.randint(0, len(other)) :]
    for _ in range(rng.choice((1, 1, 2, 3, 5, 10))):
        text = rng.choice(EDITS)(rng, text)
    return text


def _encode(rng: random.Random, text: str) -> str | bytes:
    choice = rng.random()
    if choice < 0.7:
        return text
    codec = rng.choice(("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"))
    data = text.encode(codec, "replace" if codec != "utf-16" else "surrogatepass")
    if rng.random() < 0.2 and data:  # flip a byte
        at = rng.randrange(len(data))
        data = data[:at] + bytes([rng.randrange(256)]) + data[at + 1 :]
    return data


def html_page(rng: random.Random, text: str) -> str:
    """``text`` as paragraphs of an HTML page with random tags, then mutated."""
    parts = [rng.choice(("<!DOCTYPE html>", "<html>", "<body>", "<article>", "<p>"))]
    if rng.random() < 0.5:
        parts.append("<head>" + "".join(rng.sample(HTML_BITS, 3)) + "</head>")
    depth = rng.choice((0, 1, 3, 50, 300))
    parts.append("<div>" * depth)
    for para in text.split("\n")[: rng.choice((3, 20, 200))]:
        tag = rng.choice(HTML_TAGS)
        close = "" if rng.random() < 0.1 else f"</{tag}>"
        attrs = rng.choice(("", ' class="x"', " hidden", ' style="display:none"', ' a="<p>"'))
        parts.append(f"<{tag}{attrs}>{para}{close}")
        if rng.random() < 0.1:
            parts.append(rng.choice(HTML_BITS))
    parts.append("</div>" * rng.randint(0, depth))
    page = "".join(parts)
    return mutate(rng, page, [page]) if rng.random() < 0.5 else page


@dataclass(frozen=True)
class Case:
    kind: str
    data: str | bytes


def generate(seed: int, seeds: list[str]) -> Iterator[Case]:
    """Cases in an endless, reproducible stream."""
    rng = random.Random(seed)
    while True:
        roll = rng.random()
        if roll < 0.15:
            yield Case("text", random_text(rng))
        elif roll < 0.25:
            yield Case("bytes", random_bytes(rng))
        elif roll < 0.85:
            yield Case("mutation", _encode(rng, mutate(rng, rng.choice(seeds), seeds)))
        else:
            yield Case("html", _encode(rng, html_page(rng, rng.choice(seeds))))


# -- the check -----------------------------------------------------------------------------


def _budget(data: str | bytes) -> float:
    return max(1.0, SECONDS_PER_10KB * len(data) / 10_000)


def check(data: str | bytes) -> tuple[str, str | None]:
    """("rejected" | "ok", None) or ("failure", why) for one input."""
    try:
        article = parse_article(data, source="fuzz")
    except PolicyCorpusError:
        return "rejected", None
    except Exception:  # every other exception is what the campaign hunts
        return "failure", "parse_article raised\n" + traceback.format_exc()
    try:
        doc = extract(article)
    except Exception:
        return "failure", "extract raised\n" + traceback.format_exc()
    try:
        wire = to_json(doc)
        back = from_json(wire)
    except Exception:
        return "failure", "to_json/from_json raised\n" + traceback.format_exc()
    if back != doc:
        return "failure", "the Document did not round-trip through JSON"
    if to_json(back) != wire:
        return "failure", "the JSON of the loaded Document differs from the first"
    return "ok", None


def timed_check(data: str | bytes) -> tuple[str, str | None, float]:
    """:func:`check` with its CPU time (not wall time: the machine may be shared)."""
    t0 = time.process_time()
    outcome, why = check(data)
    elapsed = time.process_time() - t0
    if outcome != "failure" and elapsed > _budget(data):
        t0 = time.process_time()  # a busy machine can slow one run: time it again
        check(data)
        again = time.process_time() - t0
        if again > _budget(data):
            why = f"slow: {min(elapsed, again):.2f} s for {len(data)} characters/bytes"
            return "failure", why, elapsed
    return outcome, why, elapsed


def save_failure(folder: Path, case: Case, why: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    raw = case.data if isinstance(case.data, bytes) else case.data.encode("utf-8", "surrogatepass")
    name = f"{case.kind}-{'bytes' if isinstance(case.data, bytes) else 'str'}-"
    name += hashlib.sha1(raw).hexdigest()[:12]
    path = folder / f"{name}.bin"
    path.write_bytes(raw)
    (folder / f"{name}.txt").write_text(why, encoding="utf-8")
    return path


def run(
    inputs: int,
    seed: int,
    failures: Path | None,
    report_every: int = 0,
    out: Callable[[str], None] = print,
    seed_chars: int | None = None,
) -> tuple[Counter[str], list[tuple[Case, str]]]:
    """Run ``inputs`` cases; returns outcome counts and the failures with why.

    ``seed_chars`` cuts every seed article to that many characters (a quicker run).
    """
    seeds = [s[:seed_chars] for s in load_seeds()] if seed_chars else load_seeds()
    counts: Counter[str] = Counter()
    failed: list[tuple[Case, str]] = []
    start = time.perf_counter()
    slowest = 0.0
    for n, case in enumerate(generate(seed, seeds), 1):
        if n > inputs:
            break
        outcome, why, elapsed = timed_check(case.data)
        slowest = max(slowest, elapsed / _budget(case.data))
        counts[outcome] += 1
        counts[case.kind] += 1
        if outcome == "failure":
            assert why is not None
            failed.append((case, why))
            if failures is not None:
                path = save_failure(failures, case, why)
                out(f"FAILURE #{n} ({case.kind}) -> {path}: {why.strip().splitlines()[-1]}")
        if report_every and n % report_every == 0:
            rate = n / (time.perf_counter() - start)
            out(f"{n} inputs, {rate:.0f}/s, {dict(counts)}, slowest {slowest:.2f} of budget")
    counts["seconds"] = round(time.perf_counter() - start)
    return counts, failed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--inputs", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--failures", type=Path, default=ROOT / "fuzz" / "failures")
    ap.add_argument("--report-every", type=int, default=10_000)
    ap.add_argument(
        "--seed-chars",
        type=int,
        default=None,
        help="cut every seed article to this many characters (smaller, quicker inputs)",
    )
    args = ap.parse_args()
    counts, failed = run(
        args.inputs, args.seed, args.failures, args.report_every, seed_chars=args.seed_chars
    )
    print(f"done: {dict(counts)}; {len(failed)} failures")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
