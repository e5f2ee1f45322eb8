"""Numbers in table rows and infobox columns: a label and its value on one line, or a
column of bare numbers."""

from __future__ import annotations

import re
from typing import Final

from policycorpus.extract import _vocab_numbers as V
from policycorpus.extract._num_lookarounds import _line_start_before
from policycorpus.extract._num_tokens import Tokens


def _infobox_label(tk: Tokens, i: int, last: int) -> bool:
    """Whether the digits at ``i`` close a line that opens with a capitalised count label
    run into them ("Parties38", "Signatories133 [1]"), as copied wiki infoboxes print
    rows (a footnote mark may follow)."""
    label = i - 1
    return (
        tk.texts[label][0].isupper()
        and tk.lower[label] in V.INFOBOX_COUNT_LABELS
        and _line_start_before(tk, label)
        and _row_residue(tk, last + 1)
    )


_ROW_RESIDUE: Final = frozenset({"[", "]", "|", ",", ")", ";"})


def _row_residue(tk: Tokens, k: int) -> bool:
    """Whether only footnote marks, cell bars and commas stand from token ``k`` to the
    line's end ("[1]", "| ", ", , ,")."""
    start = k
    while k < len(tk) and tk.same_line(start - 1, k):
        if tk.texts[k] == "(":
            while k < len(tk) and tk.same_line(start - 1, k) and tk.texts[k] != ")":
                k += 1  # an aside: "(complete list)"
        elif tk.texts[k] not in _ROW_RESIDUE and not (
            tk.is_digits(k) and k > 0 and tk.texts[k - 1] == "["
        ):
            return False
        k += 1
    return True


def _infobox_row(tk: Tokens, i: int, last: int) -> str | None:
    """The count label of an infobox row whose value is the number at ``i``.

    row := BULLET? LABEL (":" | "|" | "(") NUMBER ")"? RESIDUE     "Signatories: 12, , ,"
                                                                   "Parties(13) Chile, ..."
                                                                   "Signatories | 94[1] |"
    (a row whose label is run into the number is read by :func:`_infobox_label`).
    """
    sep = i - 1
    if sep >= 0 and tk.is_word(sep) and not tk.touching(i):
        sep, label = i, i - 1  # "Signatories 130[2]": the label, a space, the count
    elif sep < 1 or tk.texts[sep] not in {":", "|", "("}:
        return None
    else:
        label = sep - 1
        if tk.texts[sep] == "|" and tk.texts[label : label + 1] == [":"]:
            label -= 1  # "Membership: | 42 |"
    if not (
        tk.is_word(label)
        and tk.texts[label][0].isupper()
        and tk.lower[label] in V.INFOBOX_COUNT_LABELS
        and tk.same_line(label, i)
        and _line_start_before(tk, label)
    ):
        return None
    unit = V.INFOBOX_LABEL_UNITS.get(tk.lower[label], tk.lower[label])
    if tk.texts[sep] == "(":
        return unit if tk.texts[last + 1 : last + 2] == [")"] else None
    return unit if _row_residue(tk, last + 1) else None


_COLUMN_ROW: Final = re.compile(r"[ \t]*[0-9][0-9,]*[ \t]*(?:\([^()\n]{0,30}\))?[ \t]*")


_COLUMN_ROWS: Final = 4


_COLUMN_LINE_MAX: Final = 40


def _infobox_column(tk: Tokens, i: int, last: int) -> str | None:
    """The count label of an infobox printed as a column: the label alone on a line and
    its values on the lines below, blank lines between ("Membership", "76 (National)",
    "104 (Local)"). Looks back over at most ``_COLUMN_ROWS`` short lines, so it stays
    constant-time per number."""
    if not _line_start_before(tk, i) or not _row_residue(tk, last + 1):
        return None
    text = tk.text
    end = text.rfind("\n", 0, tk.starts[i])
    rows = 0
    while end > 0 and rows <= _COLUMN_ROWS:
        start = text.rfind("\n", max(0, end - _COLUMN_LINE_MAX), end) + 1
        if start == 0 and end > _COLUMN_LINE_MAX:
            return None  # a long line: prose, not a label
        line = text[start:end].strip()
        end = start - 1
        if not line:
            continue
        if line.lower() in V.INFOBOX_COUNT_LABELS and line[0].isupper():
            return V.INFOBOX_LABEL_UNITS.get(line.lower(), line.lower())
        if _COLUMN_ROW.fullmatch(line) is None:
            return None
        rows += 1
    return None
