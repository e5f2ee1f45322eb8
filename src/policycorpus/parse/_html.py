"""HTML to :class:`~policycorpus.Article`, through lxml.

Safety: lxml's HTML parser is used with ``no_network=True`` (nothing the page refers
to is ever fetched), comments and processing instructions removed, and ``huge_tree``
only for inputs over 8 MB (so a very long text node is not cut; smaller pages keep
libxml2's depth limits, and deep nesting is flattened by the parser instead of
crashing). The HTML parser knows only the HTML character entities; no DTD is read,
so no entity is expanded from anywhere else. Walking the tree uses ``iterwalk``,
never Python recursion.

Metadata, in order of preference:

* title: the first ``<h1>`` of the main content, else JSON-LD ``headline``,
  ``og:title``, ``twitter:title``, ``<title>`` (a " | Site" suffix cut off);
* published: JSON-LD ``datePublished``, ``article:published_time`` and the other
  common meta names, ``itemprop="datePublished"``, the first ``<time datetime>``;
* authors: JSON-LD ``author``, ``<meta name="author">``, ``rel="author"`` links;
* publisher: JSON-LD ``publisher.name``, ``og:site_name``.

The main content is the largest ``<article>``, else ``<main>``, else ``<body>``,
without scripts, styles, navigation, forms, asides, footers, figures and elements
whose class or id names chrome ("cookie", "share", "newsletter"...). Its blocks are
written out one per line (list items with a bullet) and go through the plain-text
rules of :mod:`policycorpus.parse._plain`; offsets are mapped back to the HTML source.
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
import json
import re
from collections.abc import Iterator
from typing import Any, Final

import lxml.etree as etree
import lxml.html

from policycorpus._text import fold
from policycorpus.dates import find_dates, parse_date
from policycorpus.model import Article, OffsetMap, PartialDate
from policycorpus.parse._metadata import byline_names, dayfirst_hint, person_name
from policycorpus.parse._plain import Hints, cut_headline_chrome, cut_site_name, parse_plain
from policycorpus.parse._vocab import vocabulary

__all__ = ["parse_html_text"]

_HUGE: Final = 8_000_000
_DROP_TAGS: Final = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "canvas",
        "iframe",
        "object",
        "embed",
        "form",
        "button",
        "input",
        "select",
        "textarea",
        "nav",
        "aside",
        "footer",
        "figure",
        "figcaption",
        "picture",
        "video",
        "audio",
        "map",
        "dialog",
    }
)
_BLOCK_TAGS: Final = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "address",
        "hr",
        "time",
        "details",
        "summary",
    }
)
_CHROME: Final = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|cookies?|consent|gdpr|newsletter"
    r"|subscribe|subscription|share|sharing|social|comments?|related|sidebar|promo|advert"
    r"|adverts?|ads|banner|skip|popup|modal|masthead|site-header|site-footer|footer|toolbar"
    r"|pagination|tags|author-bio|recommended|most-read|paywall)(?:$|[\s_-])",
    re.I,
)
_CHROME_ROLES: Final = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_ARTICLE_TYPES: Final = frozenset(
    {
        "newsarticle",
        "article",
        "blogposting",
        "reportagenews",
        "analysisnewsarticle",
        "pressrelease",
        "scholarlyarticle",
        "report",
        "webpage",
        "opinionnewsarticle",
        "governmentservice",
    }
)
_DATE_META: Final = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "dc.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dcterms.date",
    "citation_publication_date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
)
_AUTHOR_META: Final = (
    "author",
    "article:author",
    "dc.creator",
    "parsely-author",
    "sailthru.author",
)
_TITLE_SUFFIX: Final = re.compile(r"\s+[|–—·-]\s+[^|–—·]{1,60}\Z")
_JSON_LIMIT: Final = 1_000_000


def _meta(root: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in root.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        content = el.get("content")
        if key and content and key.lower() not in out:
            out[key.lower()] = content.strip()
    return out


def _walk_json(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    stack: list[tuple[Any, int]] = [(node, 0)]
    while stack:
        item, level = stack.pop()
        if level > 12:
            continue
        if isinstance(item, dict):
            yield item
            for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
                if key in item:
                    stack.append((item[key], level + 1))
        elif isinstance(item, list):
            stack.extend((x, level + 1) for x in reversed(item[:200]))


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower()}
    if isinstance(t, list):
        return {x.lower() for x in t if isinstance(x, str)}
    return set()


def _json_ld(root: Any) -> dict[str, Any] | None:
    found: dict[str, Any] | None = None
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        body = script.text or ""
        if len(body) > _JSON_LIMIT:
            continue
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            continue
        for obj in _walk_json(data):
            kinds = _types(obj)
            if kinds & _ARTICLE_TYPES and (
                found is None or ("webpage" in _types(found) and "webpage" not in kinds)
            ):
                found = obj
    return found


def _names(value: Any) -> list[str]:
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        if isinstance(item, dict):
            item = item.get("name")
        if isinstance(item, str) and "://" not in item and (name := fold(item)):
            out.append(name)
    return out


_AMBIGUOUS: Final = re.compile(r"\s*(0?[1-9]|1[0-2])[/.-](0?[1-9]|1[0-2])[/.-](\d{4})\b")


def _iso_date(value: Any, page: _Page | None = None) -> PartialDate | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    m = re.match(r"\d{4}-\d{2}-\d{2}|\d{4}-\d{2}(?!\d)|\d{4}(?!\d)", value)
    if m is not None:
        try:
            return PartialDate.fromisoformat(m.group(0))
        except ValueError:
            return None
    if page is not None and (amb := _AMBIGUOUS.match(value)) is not None:
        return page.numeric(int(amb.group(1)), int(amb.group(2)), int(amb.group(3)))
    return parse_date(value[:64])


class _Page:
    """The page's evidence for an ambiguous numeric date in its metadata ("06/03/2024"):
    the written dates of its text, then the day-first hint of its domain and spelling."""

    def __init__(self, text: str, source: str | None) -> None:
        self.text = text
        self.source = source

    def numeric(self, a: int, b: int, year: int) -> PartialDate | None:
        readings = []
        for day, month in ((a, b), (b, a)):
            try:
                readings.append(PartialDate(year, month, day))
            except ValueError:
                continue
        if len(readings) < 2 or readings[0] == readings[1]:
            return readings[0] if readings else None
        written = {
            m.resolution.date
            for m in find_dates(self.text[:_EVIDENCE_CHARS])
            if m.resolution is not None and m.resolution.rule == "explicit"
        }
        seen = [r for r in readings if r in written]
        if len(seen) == 1:
            return seen[0]  # "06/03/2024" over a page that says "6th March 2024"
        return readings[0] if dayfirst_hint(self.text, self.source) else readings[1]


_EVIDENCE_CHARS: Final = 20_000
"""How much of the page's text is searched for the written form of a numeric date."""


def _text_of(el: Any) -> str:
    return fold(" ".join(el.itertext()))


def _is_chrome(el: Any) -> bool:
    if el.tag in _DROP_TAGS:
        return True
    role = (el.get("role") or "").lower()
    if role in _CHROME_ROLES:
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    marks = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(marks.strip()) and _CHROME.search(marks) is not None


def _container(root: Any) -> Any:
    articles = list(root.iter("article"))
    if articles:
        return max(articles, key=lambda a: len(a.text_content()))
    for path in ("//main", "//*[@role='main']", "//*[@itemprop='articleBody']"):
        found = root.xpath(path)
        if found:
            return found[0]
    body = root.find("body")
    return body if body is not None else root


class _Writer:
    """Writes the container's blocks one per line and anchors them in the HTML source."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.parts: list[str] = []
        self.size = 0
        self.line: list[str] = []
        self.anchors: list[tuple[int, int]] = [(0, 0)]
        self.cursor = 0

    def text(self, value: str | None) -> None:
        if value:
            self.line.append(value)

    def flush(self, prefix: str = "") -> None:
        content = fold("".join(self.line))
        self.line = []
        if not content:
            return
        probe = content[:24]
        at = self.raw.find(probe, self.cursor)
        if at < 0:
            at = self.cursor
        else:
            self.cursor = at
        if self.size:
            self.parts.append("\n\n")
            self.size += 2
        self.anchors.append((self.size, at))
        if prefix:
            self.parts.append(prefix)
            self.size += len(prefix)
            self.anchors.append((self.size, at))
        self.parts.append(content)
        self.size += len(content)

    def result(self) -> str:
        return "".join(self.parts)


def _write(container: Any, raw: str) -> tuple[str, list[tuple[int, int]]]:
    writer = _Writer(raw)
    skip_depth = 0
    for event, el in etree.iterwalk(container, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if skip_depth or (el is not container and _is_chrome(el)):
                skip_depth += 1
                continue
            if tag in _BLOCK_TAGS or tag == "br":
                writer.flush()
            writer.text(el.text)
        else:
            if skip_depth:
                skip_depth -= 1
                if skip_depth == 0:
                    writer.text(el.tail)
                continue
            if tag == "li":
                writer.flush("• ")
            elif tag in _BLOCK_TAGS or tag == "br":
                writer.flush()
            if el is not container:
                writer.text(el.tail)
    writer.flush()
    return writer.result(), writer.anchors


_TAG: Final = re.compile(r"<[^<>]{0,4096}>")
_BLOCK_TAG: Final = re.compile(
    r"</?(?:p|div|h[1-6]|li|br|tr|td|section|article|blockquote)\b", re.I
)


def _strip_tags(raw: str) -> tuple[str, list[tuple[int, int]]]:
    """Fallback for pages libxml2 gives up on (very deep nesting): text between tags."""
    writer = _Writer(raw)
    pos = 0
    for m in _TAG.finditer(raw):
        if m.start() > pos:
            writer.text(html.unescape(raw[pos : m.start()]))
        if _BLOCK_TAG.match(m.group(0)):
            writer.flush()
        pos = m.end()
    writer.text(html.unescape(raw[pos:]))
    writer.flush()
    return writer.result(), writer.anchors


def _compose(plain: OffsetMap | None, anchors: list[tuple[int, int]], size: int) -> OffsetMap:
    """Map text offsets -> generated-text offsets -> HTML source offsets.

    Both maps are piecewise linear; the composition needs a breakpoint wherever either
    has one, so the generated-text anchors are carried back through the inverse of
    the plain map.
    """
    plain_anchors = plain.anchors if plain is not None and plain.anchors else ((0, 0),)
    gen_points = [a[0] for a in anchors]
    plain_gen = [a[1] for a in plain_anchors]

    def to_html(g: int) -> int:
        i = bisect.bisect_right(gen_points, g) - 1
        if i < 0:
            return anchors[0][1]
        t, r = anchors[i]
        return r + (g - t)

    points = {t for t, _ in plain_anchors}
    for g, _ in anchors:
        i = bisect.bisect_right(plain_gen, g) - 1
        if i < 0:
            continue
        t0, g0 = plain_anchors[i]
        t = t0 + (g - g0)
        if (i + 1 >= len(plain_anchors) or t < plain_anchors[i + 1][0]) and t < size:
            points.add(t)
    plain_map = plain if plain is not None else OffsetMap(((0, 0),))
    out: list[tuple[int, int]] = []
    for t in sorted(points):
        r = to_html(plain_map.to_raw(t))
        if out and r < out[-1][1]:
            r = out[-1][1]
        out.append((t, r))
    return OffsetMap(tuple(out))


def _title(
    root: Any, container: Any, meta: dict[str, str], ld: dict[str, Any] | None
) -> str | None:
    for h1 in container.iter("h1"):
        text = _text_of(h1)
        if text and _section_heading(text):
            # "News" over the story's own heading: a section name, not the headline
            sub = next((t for h2 in container.iter("h2") if (t := _text_of(h2))), None)
            if sub is not None and not _section_heading(sub):
                return sub
        if text:
            return cut_headline_chrome(text)  # "Press release: Headline"
    if ld is not None:
        for key in ("headline", "name"):
            value = ld.get(key)
            if isinstance(value, str) and fold(value):
                return fold(value)
    for key in ("og:title", "twitter:title", "dc.title"):
        value = fold(meta.get(key) or "")
        if value:
            return cut_site_name(value)  # "Headline | Ministry of X"
    title_el = root.find(".//title")
    if title_el is not None:
        text = _text_of(title_el)
        if text:
            cut = cut_site_name(_TITLE_SUFFIX.sub("", text) or text)
            return cut or text
    return None


def _section_heading(text: str) -> bool:
    """A heading made of section words only ("News", "Latest news", "Press releases")."""
    words = text.lower().split()
    nav = vocabulary().nav_words
    return 0 < len(words) <= 3 and all(w.strip(":|") in nav for w in words)


def _published(
    root: Any, meta: dict[str, str], ld: dict[str, Any] | None, page: _Page | None = None
) -> PartialDate | None:
    if ld is not None:
        date = _iso_date(ld.get("datePublished"), page) or _iso_date(ld.get("dateCreated"), page)
        if date is not None:
            return date
    for key in _DATE_META:
        if key in meta:
            date = _iso_date(meta[key], page)
            if date is not None:
                return date
    for el in root.xpath("//*[@itemprop='datePublished']"):
        date = _iso_date(el.get("content") or el.get("datetime") or _text_of(el))
        if date is not None:
            return date
    for el in root.iter("time"):
        date = _iso_date(el.get("datetime") or _text_of(el))
        if date is not None:
            return date
    return None


def _authors(root: Any, meta: dict[str, str], ld: dict[str, Any] | None) -> tuple[str, ...]:
    if ld is not None:
        names = _names(ld.get("author"))
        if names:
            return tuple(dict.fromkeys(names))
    for key in _AUTHOR_META:
        value = meta.get(key)
        if value and "://" not in value:
            parts = [fold(p) for p in re.split(r",|;|\band\b|&", value)]
            return tuple(dict.fromkeys(p for p in parts if p))
    found: list[str] = []
    for el in root.xpath("//*[@rel='author' or @itemprop='author' or contains(@class, 'byline')]"):
        text = _text_of(el)
        from_byline = byline_names(text)
        if from_byline:
            found.extend(from_byline)
        elif name := person_name(text):
            found.append(name)
        if len(found) >= 10:
            break
    return tuple(dict.fromkeys(found))


def _publisher(meta: dict[str, str], ld: dict[str, Any] | None) -> str | None:
    if ld is not None:
        names = _names(ld.get("publisher"))
        if names:
            return names[0]
    for key in ("og:site_name", "application-name", "publisher"):
        value = fold(meta.get(key) or "")
        if value:
            return value
    return None


def parse_html_text(
    raw: str,
    *,
    source: str | None = None,
    reference_date: dt.date | PartialDate | None = None,
    encoding: str | None = None,
) -> Article:
    """Parse decoded HTML source (see the module docstring)."""
    parser = lxml.html.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=len(raw) > _HUGE,
        encoding="utf-8",
    )
    try:
        root = lxml.html.document_fromstring(raw.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.LxmlError, ValueError):
        root = None
    if root is None:
        return parse_plain(raw, source=source, reference_date=reference_date, encoding=encoding)
    meta = _meta(root)
    ld = _json_ld(root)
    container = _container(root)
    generated, anchors = _write(container, raw)
    if not generated.strip():
        generated, anchors = _strip_tags(raw)
    body = root.find("body")
    lang = root.get("lang") or (body.get("lang") if body is not None else None)
    hints = Hints(
        title=_title(root, container, meta, ld),
        published=_published(root, meta, ld, _Page(generated, source)),
        authors=_authors(root, meta, ld),
        publisher=_publisher(meta, ld),
        language=lang.strip() if lang and lang.strip() else None,
    )
    article = parse_plain(
        generated or " ",
        source=source,
        reference_date=reference_date,
        encoding=encoding,
        hints=hints,
    )
    return Article(
        text=article.text,
        title=article.title,
        published=article.published,
        authors=article.authors,
        publisher=article.publisher,
        source=source,
        language=article.language,
        paragraphs=article.paragraphs,
        retrieved=article.retrieved,
        encoding=encoding,
        offsets=_compose(article.offsets, anchors, len(article.text)),
    )
