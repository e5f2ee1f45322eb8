"""The actor records: a gazetteer entry, a mention in a text, and a titled person.

Plain frozen records with no behaviour; the gazetteer (:mod:`._gazetteer`) makes
entries and mentions, the people rules (:mod:`._people`) make persons.
"""

from __future__ import annotations

import attrs

from policycorpus.model import ActorKind


@attrs.frozen
class Actor:
    """An entry of the gazetteer."""

    name: str
    """Canonical name ("United Kingdom")."""
    kind: ActorKind
    """What kind of party it is."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code of its country, when it has one."""
    aliases: tuple[str, ...] = ()
    """Other surface forms ("UK", "Britain"); the canonical name matches too."""


@attrs.frozen
class ActorMention:
    """One place in a text where an actor is named."""

    start: int
    """Offset of the first character of the mention in the searched text."""
    end: int
    """Offset one past the mention's last character."""
    name: str
    """Canonical name of the actor ("United Kingdom" for "UK")."""
    kind: ActorKind
    """What kind of party it is."""
    country: str | None
    """ISO 3166-1 alpha-2 code, when known."""
    via: str
    """How it was found: "gazetteer", "abbreviation", "demonym", "person", "title" or
    "pattern" (an unknown organisation recognised by its form, "Acme Robotics Inc.")."""
    role: str | None = None
    """For a person: the title they were introduced with ("Home Secretary")."""
    represents: str | None = None
    """For a person: the actor named with their title ("United States")."""


@attrs.frozen
class Person:
    """A person an article introduces with a title."""

    name: str
    """The name as printed at the introduction ("Suella Braverman")."""
    role: str | None
    """The title ("Home Secretary", "Minister for Industry and Science")."""
    represents: str | None
    """Canonical name of the actor named with the title, if any."""
    start: int
    """Offset of the introduction."""
