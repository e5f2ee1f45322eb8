"""Parse throughput: policycorpus on plain text and HTML, and trafilatura on the same HTML.

Run::

    .venv/bin/python benchmarks/bench_parse.py [--pages 200] [--repeat 5]

Inputs are generated here from sentences written for the benchmark (no scraped text):

* **plain**: ``--pages`` scraped-style articles (a bullet date line, a headline and its
  repeat, a byline, 25 paragraphs, a list, an FAQ, a sign-off and comment-form debris),
  about 6 KB each.
* **html**: the same articles as full pages (``<head>`` with meta tags and JSON-LD,
  navigation, a cookie banner, ``<article>`` with ``<h1>``, paragraphs, lists, a
  figure, share buttons, an aside and a footer), about 10 KB each.

Timed, per run over all pages: :func:`policycorpus.parse.parse_text` on the plain
pages, :func:`policycorpus.parse.parse_html` on the HTML pages and, when installed,
``trafilatura.extract(page, with_metadata=True)`` on the same HTML pages (a
benchmark-only dependency). Reported: median seconds of ``--repeat`` runs, MB/s of
input, pages/s, and the HTML ratio trafilatura time / policycorpus time.
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

from policycorpus.parse import parse_html, parse_text

_SENTENCES = (
    "The ministry pledged to fund {n} new online safety officers across school districts.",
    "Officials said the programme would cost about £{n} million over three years.",
    "A review published last month found reports of online grooming rose by {n}%.",
    "Regional councils agreed to publish progress reports every six months.",
    "Child protection groups welcomed the plan but asked for independent audits.",
    "The regulator said it had received {n} complaints about synthetic images.",
    "Platforms that fail to comply could face fines of up to {n}% of turnover.",
    "Ministers from several countries are expected to sign a joint statement next week.",
)


def _paragraph(i: int) -> str:
    parts = [
        _SENTENCES[(i + k) % len(_SENTENCES)].format(n=(i * 37 + k * 11) % 900 + 10)
        for k in range(3)
    ]
    return " ".join(parts)


def plain_page(i: int) -> str:
    title = f"Ministry pledges safety officers for schools, update {i}"
    body = "\n\n".join(_paragraph(i + p) for p in range(25))
    items = "\n".join(f"  • {_paragraph(i + k)[:90]}" for k in range(5))
    return (
        f"• March {i % 28 + 1}, 2024\n {title}\n\n{title}\n\nBy Jane Okafor\n\n{body}\n\n"
        f"The review found that:\n\n{items}\n\nFAQ\n\nWhat does the plan fund?\n\n"
        f"{_paragraph(i + 3)}\n\nJane Okafor, Editor\n\nLeave a Reply\n\n"
        "Your email address will not be published. Required fields are marked *"
    )


def html_page(i: int) -> str:
    title = f"Ministry pledges safety officers for schools, update {i}"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": f"2024-03-{i % 28 + 1:02d}",
        "author": {"@type": "Person", "name": "Jane Okafor"},
        "publisher": {"@type": "Organization", "name": "Example Wire"},
    }
    paras = "\n".join(f"<p>{_paragraph(i + p)}</p>" for p in range(25))
    items = "".join(f"<li>{_paragraph(i + k)[:90]}</li>" for k in range(5))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | Example Wire</title>
<meta property="og:title" content="{title}"><meta name="author" content="Jane Okafor">
<script type="application/ld+json">{json.dumps(ld)}</script>
<style>body {{ font-family: sans-serif; }} .nav a {{ margin: 0 1em; }}</style>
<script>window.dataLayer = window.dataLayer || []; function track() {{ return 1; }}</script>
</head><body>
<header class="site-header"><nav class="nav"><a href="/">Home</a><a href="/news">News</a>
<a href="/policy">Policy</a><a href="/about">About</a></nav></header>
<div class="cookie-banner">We use cookies to improve this site. <button>Accept</button></div>
<main><article><h1>{title}</h1><p class="byline">By Jane Okafor</p>
<time datetime="2024-03-{i % 28 + 1:02d}">March {i % 28 + 1}, 2024</time>
{paras}
<h2>What the review found</h2><ul>{items}</ul>
<figure><img src="/img/{i}.jpg" alt="Pupils in a classroom">
<figcaption>Photo: Example</figcaption></figure>
<div class="share-buttons"><a href="#">Share on X</a><a href="#">Share by email</a></div>
</article></main>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Another story</a></li></ul></aside>
<footer class="site-footer"><p>Copyright 2024 Example Wire. All rights reserved.</p></footer>
</body></html>"""


def _time(func: Callable[[str], object], pages: Sequence[str], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for page in pages:
            func(page)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    plain = [plain_page(i) for i in range(args.pages)]
    html = [html_page(i) for i in range(args.pages)]
    plain_mb = sum(len(p.encode("utf-8")) for p in plain) / 1e6
    html_mb = sum(len(p.encode("utf-8")) for p in html) / 1e6

    rows: list[tuple[str, float, float]] = []
    t_plain = _time(parse_text, plain, args.repeat)
    rows.append(("policycorpus parse_text (plain)", t_plain, plain_mb))
    t_html = _time(parse_html, html, args.repeat)
    rows.append(("policycorpus parse_html", t_html, html_mb))
    t_traf: float | None = None
    try:
        trafilatura: Any = importlib.import_module("trafilatura")
    except ImportError:
        trafilatura = None
    if trafilatura is not None:

        def extract(page: str) -> object:
            return trafilatura.extract(page, with_metadata=True)

        t_traf = _time(extract, html, args.repeat)
        rows.append(("trafilatura.extract (html)", t_traf, html_mb))

    print(f"{args.pages} pages, median of {args.repeat} runs")
    print(f"{'parser':<36} {'seconds':>8} {'MB/s':>8} {'pages/s':>9}")
    for name, seconds, mb in rows:
        print(f"{name:<36} {seconds:>8.3f} {mb / seconds:>8.2f} {args.pages / seconds:>9.0f}")
    if t_traf is not None:
        print(f"HTML: trafilatura time / policycorpus time = {t_traf / t_html:.2f}")
    else:
        print("trafilatura is not installed: pip install trafilatura to compare")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
