"""Atomic file writing: a temporary file in the same directory, fsync, then os.replace.

A reader never sees a half-written file: until the final :func:`os.replace` the
destination is untouched (an existing file survives any failure), and afterwards it
is the complete new file. The temporary file is removed on failure.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal, overload

from policycorpus.errors import WriteError

__all__ = ["atomic_write"]

StrPath = str | os.PathLike[str]


@overload
def atomic_write(
    path: StrPath, mode: Literal["w"] = "w", *, encoding: str = "utf-8"
) -> contextlib.AbstractContextManager[IO[str]]: ...
@overload
def atomic_write(
    path: StrPath, mode: Literal["wb"], *, encoding: str = "utf-8"
) -> contextlib.AbstractContextManager[IO[bytes]]: ...
def atomic_write(
    path: StrPath, mode: Literal["w", "wb"] = "w", *, encoding: str = "utf-8"
) -> contextlib.AbstractContextManager[IO[Any]]:
    """Open ``path`` for writing so that it is replaced only if the block succeeds.

    ::

        with atomic_write("out.jsonl") as f:
            f.write(...)

    Text mode (``"w"``) writes ``encoding`` with ``"\\n"`` line endings. On leaving
    the block normally the data is flushed, fsynced and moved over ``path``; if the
    block raises, the temporary file is deleted and ``path`` is left as it was. An
    :class:`OSError` while writing or replacing becomes :class:`WriteError`; any other
    exception propagates unchanged after the clean-up. A new file gets the usual
    permissions (``0o666`` less the umask); a replaced file keeps its own.
    """
    return _atomic(Path(path), mode, encoding)


@contextlib.contextmanager
def _atomic(path: Path, mode: str, encoding: str) -> Iterator[IO[Any]]:
    directory = path.parent
    try:
        fd, temp = _create_temp(path)
    except OSError as exc:
        raise WriteError(f"could not write {path}: {_reason(exc, directory)}") from exc
    try:
        if mode == "wb":
            handle: IO[Any] = os.fdopen(fd, "wb")
        else:
            handle = os.fdopen(fd, "w", encoding=encoding, newline="\n")
    except BaseException:
        os.close(fd)
        temp.unlink(missing_ok=True)
        raise
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _copy_mode(path, temp)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, WriteError):
            raise
        raise WriteError(f"could not write {path}: {exc}") from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_directory(directory)


def _reason(exc: OSError, directory: Path) -> str:
    """Why ``exc`` stopped a write, naming the user's folder, never the temporary file."""
    if isinstance(exc, FileNotFoundError):
        return f"the folder {directory} does not exist"
    if isinstance(exc, NotADirectoryError):
        return f"{directory} is not a folder"
    return exc.strerror or str(exc)


def _create_temp(path: Path) -> tuple[int, Path]:
    """A new hidden file next to ``path``, created with 0o666 less the umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:  # pragma: no cover - 48 random bits
            continue
    raise FileExistsError(f"could not create a temporary file next to {path}")  # pragma: no cover


def _copy_mode(path: Path, temp: Path) -> None:
    """A replaced file keeps its permission bits."""
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        return
    os.chmod(temp, mode)


def _fsync_directory(directory: Path) -> None:
    """Make the rename durable where the platform allows it (POSIX)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows cannot open directories
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some filesystems refuse
        pass
    finally:
        os.close(fd)
