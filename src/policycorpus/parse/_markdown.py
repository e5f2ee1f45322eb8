"""Markdown to :class:`~policycorpus.Article`, through markdown-it-py.

Markdown input (a ``.md`` / ``.markdown`` source, or text that opens with front matter
or an ATX heading followed by Markdown blocks, or that carries two kinds of unmistakable
markup: a heading or setext underline, a link with its target, strong emphasis, a fence)
is parsed by markdown-it-py's CommonMark parser, not read as plain text, so markup never
reaches :attr:`Article.text`:

* **front matter** (``---`` lines around ``key: value`` pairs, or TOML's ``+++`` lines
  around ``key = value`` pairs) gives the title
  (``title``), the published date (``date``, ``published``) and the authors (``author``,
  ``authors`` as a string, a ``[a, b]`` list or ``- name`` items); it never reaches the
  text;
* each block (heading, paragraph, list item, quote, table cell row) is written out on a
  line of its own with its inline markup removed (emphasis, code marks, link targets,
  images, HTML tags), list items with a bullet; the lines go through the plain-text
  rules of :mod:`policycorpus.parse._plain` (the first heading is the title candidate,
  a date or byline line under it is metadata);
* the offset map still points every character of :attr:`Article.text` back to the raw
  Markdown: every piece of inline text is located in its source line.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from markdown_it import MarkdownIt
from markdown_it.token import Token

from policycorpus.dates import parse_date
from policycorpus.model import Article, PartialDate
from policycorpus.parse._html import _compose
from policycorpus.parse._plain import Hints, parse_plain

__all__ = ["looks_like_markdown", "parse_markdown"]

_FRONT: Final = re.compile(
    r"\A(?:\ufeff)?(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<body>.*?)\r?\n"
    r"(?:(?P=fence)|\.\.\.)[ \t]*(?:\r?\n|\Z)",
    re.S,
)
"""YAML front matter between ``---`` lines, or TOML (Hugo) between ``+++`` lines."""
_KEY: Final = re.compile(r"([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*)\Z")
"""``key: value`` (YAML) or ``key = value`` (TOML)."""
_ATX: Final = re.compile(r"#{1,6}[ \t]+\S")
_BLOCK_MARKS: Final = re.compile(
    r"(?m)^(?:#{1,6}[ \t]+\S|[-*+][ \t]+\S|\d{1,3}[.)][ \t]+\S|>[ \t]?\S)"
)
_INLINE_MARKS: Final = re.compile(
    r"\*\*\S|__\S|\[[^\[\]\n]{1,300}\]\([^)\s]{1,500}\)|`[^`\n]+`"
    r"|(?<![*\w])\*[^*\s][^*\n]*\*(?![*\w])"
)
_STRONG_MARKS: Final = (
    re.compile(r"(?m)^(?:#{1,6}[ \t]+\S|[=-]{3,}[ \t]*$)"),  # a heading, a setext underline
    re.compile(r"\[[^\[\]\n]{1,300}\]\((?:https?://|/|#|mailto:)[^)\s]{0,500}\)"),  # [text](url)
    re.compile(r"(?<![*\w])\*\*[^*\s][^*\n]*\*\*(?![*\w])|(?<![_\w])__[^_\s][^_\n]*__(?![_\w])"),
    re.compile(r"(?m)^(?:```|~~~)"),  # a code fence
)
"""Markup that plain scraped text does not carry; two kinds of it make a text Markdown."""
_BLOCKS: Final = frozenset({"heading_open", "paragraph_open", "th_open", "td_open"})


def looks_like_markdown(raw: str, source: str | None = None) -> bool:
    """Whether ``raw`` is Markdown: a ``.md``/``.markdown`` source, front matter, or a
    first line that is an ATX heading with more Markdown markup below it."""
    if source is not None and source.lower().endswith((".md", ".markdown", ".mdown")):
        return True
    head = raw[:20_000]
    front = _FRONT.match(head)
    if front is not None and _KEY.match((front.group("body").splitlines() or [""])[0]):
        return True
    first = head.lstrip("\ufeff \t\r\n").split("\n", 1)[0]
    if not _ATX.match(first):
        # no heading first: Markdown when two kinds of unmistakable markup appear
        # (a heading or setext underline, a link with its target, strong emphasis, a fence)
        return sum(1 for mark in _STRONG_MARKS if mark.search(head)) >= 2
    rest = head[len(first) :]
    return len(_BLOCK_MARKS.findall(rest)) + len(_INLINE_MARKS.findall(rest)) >= 2


def _front_matter(raw: str) -> tuple[dict[str, str | list[str]], int]:
    """The front matter's fields and the offset where the Markdown body starts."""
    m = _FRONT.match(raw)
    if m is None:
        return {}, 0
    fields: dict[str, str | list[str]] = {}
    key: str | None = None
    for line in m.group("body").splitlines():
        item = re.match(r"[ \t]+-[ \t]+(.*)\Z|-[ \t]+(.*)\Z", line)
        if item is not None and key is not None:
            value = _unquote(item.group(1) or item.group(2) or "")
            current = fields.get(key)
            fields[key] = [*current, value] if isinstance(current, list) else [value]
            continue
        kv = _KEY.match(line)
        if kv is None:
            continue
        key = kv.group(1).lower()
        value = kv.group(2).strip()
        if value.startswith("[") and value.endswith("]"):
            fields[key] = [_unquote(v) for v in value[1:-1].split(",") if v.strip()]
        elif value:
            fields[key] = _unquote(value)
        else:
            fields[key] = []
    return fields, m.end()


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _hints(fields: dict[str, str | list[str]]) -> Hints:
    title = fields.get("title")
    published: PartialDate | None = None
    for key in ("date", "published", "pubdate", "publishdate"):
        value = fields.get(key)
        if isinstance(value, str):
            published = parse_date(value[:10]) or parse_date(value)
            if published is not None:
                break
    authors: list[str] = []
    for key in ("author", "authors", "byline"):
        value = fields.get(key)
        if isinstance(value, str) and value:
            authors.extend(a.strip() for a in re.split(r",| and ", value) if a.strip())
        elif isinstance(value, list):
            authors.extend(a for a in value if a)
    return Hints(
        title=title if isinstance(title, str) and title else None,
        published=published,
        authors=tuple(dict.fromkeys(authors)),
    )


class _Writer:
    """Writes the blocks' plain text, one block a line, with anchors to the raw input."""

    def __init__(self, raw: str, line_starts: list[int]) -> None:
        self.raw = raw
        self.line_starts = line_starts
        self.parts: list[str] = []
        self.size = 0
        self.anchors: list[tuple[int, int]] = []
        self.in_list = False

    def emit(self, piece: str, raw_at: int) -> None:
        if not piece:
            return
        self.anchors.append((self.size, raw_at))
        self.parts.append(piece)
        self.size += len(piece)

    def newline(self, raw_at: int) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.emit("\n", raw_at)

    def block(self, inline: Token, first_line: int, bullet: bool) -> None:
        """One block's inline content, each text piece found in its source lines."""
        start = self.line_starts[first_line]
        end_line = inline.map[1] if inline.map else first_line + 1
        end = self.line_starts[min(end_line, len(self.line_starts) - 1)]
        if end <= start:
            end = len(self.raw)
        self.newline(start)
        if self.parts and not (bullet and self.in_list):
            self.emit("\n", start)  # a blank line between blocks, not between list items
        self.in_list = bullet
        if bullet:
            self.emit("• ", start)
        cursor = start
        for child in inline.children or ():
            if child.type in ("text", "code_inline"):
                text = child.content
                at = self.raw.find(text, cursor, end) if text else -1
                if at < 0:
                    at = cursor
                else:
                    cursor = at + len(text)
                self.emit(text, at)
            elif child.type in ("softbreak", "hardbreak"):
                # a line break stays one: the plain-text rules join a hard-wrapped
                # paragraph and keep a headline apart from a date line under it
                nl = self.raw.find("\n", cursor, end)
                self.emit("\n", nl if nl >= 0 else cursor)
                if nl >= 0:
                    cursor = nl + 1


def parse_markdown(
    raw: str,
    *,
    source: str | None = None,
    reference_date: dt.date | PartialDate | None = None,
    encoding: str | None = None,
) -> Article:
    """Parse Markdown (see the module docstring)."""
    fields, body_start = _front_matter(raw)
    hints = _hints(fields)
    line_starts = [0]
    for m in re.finditer("\n", raw):
        line_starts.append(m.end())
    line_starts.append(len(raw))
    first_line = raw.count("\n", 0, body_start)
    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").parse(raw[body_start:])
    writer = _Writer(raw, line_starts)
    bullet_depth = 0
    pending_bullet = False
    for i, token in enumerate(tokens):
        if token.type == "list_item_open":
            bullet_depth += 1
            pending_bullet = True
        elif token.type == "list_item_close":
            bullet_depth -= 1
        elif token.type in _BLOCKS and i + 1 < len(tokens) and tokens[i + 1].type == "inline":
            inline = tokens[i + 1]
            line = first_line + (inline.map[0] if inline.map else 0)
            if inline.map is not None:
                inline.map = [line, first_line + inline.map[1]]
            writer.block(inline, line, pending_bullet)
            pending_bullet = False
    generated = "".join(writer.parts)
    if not generated.strip():
        return parse_plain(raw, source=source, reference_date=reference_date, encoding=encoding)
    article = parse_plain(
        generated, source=source, reference_date=reference_date, encoding=encoding, hints=hints
    )
    return Article(
        text=article.text,
        title=article.title,
        published=article.published or hints.published,
        authors=article.authors,
        publisher=article.publisher,
        source=source,
        language=article.language,
        paragraphs=article.paragraphs,
        retrieved=article.retrieved,
        encoding=encoding,
        offsets=_compose(article.offsets, writer.anchors or [(0, 0)], len(article.text)),
    )
