"""The layouts party lists are written in, and the :class:`PartyList` they yield.

A :class:`PartyList` holds the listed parties, the layout they were written in and the
span of the clause, lead-in line or heading that governs them (decided later, in
:mod:`._lists`). Layouts are a small registry (:data:`LAYOUTS`), each a
:class:`ListLayout`:

- ``inline``: names coordinated in one sentence ("A, B and C", "A; B; C", "A as well as
  B", "A, B (FSM), C", "the governments of A and B"), and a country pair written as one
  compound ("UK-France");
- ``block``: one name per line, bulleted, numbered or bare, under a lead-in line or a
  heading ("The new supporters include:" then "- Canada", "- Chile"); names the
  gazetteer lacks are kept when most of the block is known, with the block's kind;
- ``table``: rows of a flattened table whose first cell is a party, and entry lines
  ("Kestrel, Ana Ruiz, Chief Executive");
- ``grid``: rows of a multi-column table flattened to lines, known names separated by
  spaces only ("Austria Ireland Spain"), read as a table;
- ``note``: a footnote listing parties, governed by the sentence that carries its mark;
- offices each named with their country, set off by semicolons ("The Ministry of Water,
  Chile; the Office of Rivers, Peru; and ... commit"), read inline: the countries.

Layouts within a sentence live in :mod:`._inline_layouts`, layouts of one party per
line in :mod:`._block_layouts`, the intermediate they share in :mod:`._list_view`.
Adding a layout is one class in the module of its kind and one entry in
:data:`LAYOUTS` (docs/decisions/0004-party-lists.md).
"""

from __future__ import annotations

from typing import Final

from policycorpus.extract._block_layouts import (
    HEAD_WORDS,
    BlockLayout,
    EntryLayout,
    GridLayout,
    NoteLayout,
    TableLayout,
    under_signatory_heading,
)
from policycorpus.extract._inline_layouts import InlineLayout, OfficeCountryLayout, listable
from policycorpus.extract._list_view import (
    REACH,
    ListLayout,
    ListView,
    PartyList,
    kind_of,
)

__all__ = [
    "HEAD_WORDS",
    "LAYOUTS",
    "REACH",
    "ListLayout",
    "ListView",
    "PartyList",
    "kind_of",
    "listable",
    "under_signatory_heading",
]


LAYOUTS: Final[tuple[ListLayout, ...]] = (
    NoteLayout(),
    OfficeCountryLayout(),
    InlineLayout(),
    BlockLayout(),
    TableLayout(),
    EntryLayout(),
    GridLayout(),
)
"""The list layouts, each read over the whole article once."""
