"""policycorpus._text: decoding and normalisation with offsets back to the raw text."""

from __future__ import annotations

import codecs
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from policycorpus._text import ODD_SPACE, TextBuilder, decode, fold, is_binary
from policycorpus.model import OffsetMap


def test_decode_choices_are_recorded() -> None:
    text = "Caf\u00e9 \u201cpledge\u201d"
    assert decode(text.encode("utf-8")) == (text, "utf-8")
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode(text.encode("cp1252")) == (text, "cp1252")
    assert decode(text.encode("utf-16")) == (text, "utf-16")


def test_decode_never_fails() -> None:
    raw, codec = decode(bytes(range(256)))
    assert codec == "cp1252"
    assert len(raw) == 256


def test_is_binary() -> None:
    assert is_binary("abc\x00def")
    assert is_binary("\x01\x02\x03\x04" * 50)
    assert not is_binary("An ordinary sentence.\nAnother line.\t Tabbed.")


def test_fold_spaces_quotes_and_nfc() -> None:
    assert fold("a\u00a0\u00a0b\tc\u200bd") == "a b cd"
    assert fold("\u201cquoted\u201d") == "\u201cquoted\u201d"  # curly quotes kept
    assert fold("Cafe\u0301") == "Caf\u00e9"


def _build(raw: str) -> tuple[str, OffsetMap]:
    builder = TextBuilder(raw)
    builder.add(0, len(raw))
    return builder.text(), OffsetMap(builder.offsets())


def test_builder_folds_and_maps() -> None:
    raw = "The\u00a0fund  grew\u200b by\n 5%."
    text, offsets = _build(raw)
    assert text == "The fund grew by 5%."
    for i, ch in enumerate(text):
        if ch != " ":
            assert raw[offsets.to_raw(i)] == ch


def test_builder_literal_and_ranges() -> None:
    raw = "Title\n\nBody  text here."
    builder = TextBuilder(raw)
    builder.add(0, 5)
    builder.literal("\n\n")
    builder.add(7, len(raw))
    text = builder.text()
    offsets = OffsetMap(builder.offsets())
    assert text == "Title\n\nBody text here."
    assert raw[offsets.to_raw(text.index("Body"))] == "B"
    assert raw[offsets.to_raw(text.index("here"))] == "h"


_CHARS = st.sampled_from(
    list("ab .,\u201c\u201d\u00e9\n") + list(ODD_SPACE) + ["e\u0301", "\u200b"]
)


@given(st.lists(_CHARS, max_size=80).map("".join))
def test_builder_maps_every_character_back(raw: str) -> None:
    text, offsets = _build(raw)
    assert unicodedata.is_normalized("NFC", text)
    assert "  " not in text
    last = 0
    for i, ch in enumerate(text):
        r = offsets.to_raw(i)
        assert last <= r < max(1, len(raw))
        last = r
        if ch == " ":
            continue
        # the character came from the raw character there (modulo NFC composition)
        assert unicodedata.normalize("NFC", raw[r : r + 2])[0] == ch or raw[r] == ch
