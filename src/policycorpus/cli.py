"""The ``policycorpus`` command: thin argument handling over the library.

Exit codes (also in ``policycorpus --help``):

==== =====================================================================
0    everything succeeded
1    some inputs failed (the rest were processed and written) or, for
     ``validate``, some documents are invalid
2    usage error (unknown option or format, bad argument)
3    fatal error: the output cannot be written (checked before any work),
     or no input could be read (every input given is missing)
130  interrupted (Ctrl-C)
==== =====================================================================

Standard output closed early (``policycorpus extract --sample | head -n1``) is not
an error: the command stops quietly with 0.

Data goes to standard output or ``-o``; progress (only when standard error is a
terminal), warnings, failures and the closing summary go to standard error.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import importlib
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Final, Protocol, TextIO

import orjson
from tqdm import tqdm

from policycorpus import io as pio
from policycorpus._version import __version__
from policycorpus.corpus import Corpus, render_roster
from policycorpus.errors import PolicyCorpusError
from policycorpus.io.jsonl import encode_line
from policycorpus.model import Article, Commitment, Document, Quote, Signatory, Statistic
from policycorpus.pipeline import (
    STDIN,
    STDIN_SOURCE,
    Failure,
    Result,
    expand_paths,
    extract_paths,
    iter_documents,
    iter_stream_documents,
    sample_paths,
)

__all__ = ["EXIT_ERROR", "EXIT_FAILURES", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK: Final = 0
"""Everything succeeded."""
EXIT_FAILURES: Final = 1
"""Some inputs failed (the others were written), or ``validate`` found errors."""
EXIT_USAGE: Final = 2
"""Bad command line."""
EXIT_ERROR: Final = 3
"""Fatal: the output could not be written or no input could be read."""
EXIT_INTERRUPTED: Final = 130
"""Interrupted by the user."""

FORMATS: Final = ("jsonl", "json", "csv", "datapackage", "jsonld")
"""Output formats of ``extract`` and ``convert``."""

_FOLDER_FORMATS: Final = ("csv", "datapackage")
"""Formats that write a folder of files."""

RECORDS: Final[dict[str, type]] = {
    "document": Document,
    "article": Article,
    "statistic": Statistic,
    "signatory": Signatory,
    "commitment": Commitment,
    "quote": Quote,
}
"""Record names ``schema`` accepts (any case)."""

_SUFFIX_FORMATS: Final = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".jsonld": "jsonld",
}

_EPILOG: Final = """\
exit codes:
  0    success (also when standard output is closed early, as by | head)
  1    some inputs failed (the others were processed), or validate found errors
  2    usage error
  3    fatal error: output not writable (checked before any work), or no input readable
  130  interrupted (Ctrl-C)

examples:
  policycorpus extract --sample                      # the built-in sample, JSON Lines to stdout
  policycorpus extract articles/ -o out.jsonl --workers 4
  policycorpus extract articles/ -o out.jsonl --dask local
  policycorpus extract page.html - < other.txt       # files and standard input
  policycorpus convert out.jsonl tables/ --to datapackage
  policycorpus validate out.jsonl tables/            # JSON Lines, JSON, CSV folder, Data Package
  cat out.jsonl | policycorpus validate -            # - reads standard input
  policycorpus reconcile out.jsonl
  policycorpus rosters out.jsonl --json
"""


class _UsageError(Exception):
    """A bad argument found after parsing (exit code 2)."""


class _Fatal(Exception):
    """An error that stops the command (exit code 3)."""


# -- argument parsing ----------------------------------------------------------------------


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation tools)."""
    parser = argparse.ArgumentParser(
        prog="policycorpus",
        description="Extract who pledged what, when, and which figures were cited, "
        "from news articles and official texts.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"policycorpus {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="parse and extract articles (files, folders, - for stdin)",
        description="Parse articles and extract statistics, signatories, commitments and "
        "quotes. Folders are searched recursively for "
        ".txt/.text/.html/.htm/.xhtml/.md files. Without -o, JSON Lines go to stdout.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ex.add_argument("paths", nargs="*", metavar="PATH", help="file, folder, or - for stdin")
    ex.add_argument("-o", "--output", metavar="OUT", help="output file or folder (default stdout)")
    ex.add_argument(
        "-f", "--format", choices=FORMATS, help="output format (default: from OUT, else jsonl)"
    )
    ex.add_argument(
        "-w", "--workers", type=_workers, default=1, metavar="N", help="processes (default 1)"
    )
    ex.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="give up on an article after this long (reported as a failure; Unix)",
    )
    ex.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run on Dask: 'local' (a cluster sized to this machine) or tcp://HOST:PORT "
        "(needs the dask extra; same output as a serial run)",
    )
    ex.add_argument("--sample", action="store_true", help="run on the built-in sample corpus")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress and no summary")

    cv = sub.add_parser(
        "convert",
        help="convert documents between formats",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cv.add_argument(
        "input",
        metavar="IN",
        help="JSON Lines, JSON, a CSV tables folder or Data Package, or - for stdin",
    )
    cv.add_argument("output", metavar="OUT", help="output file or folder (- for stdout)")
    cv.add_argument("--to", choices=FORMATS, help="output format (default: from OUT)")
    cv.add_argument("-q", "--quiet", action="store_true", help="no summary")

    va = sub.add_parser(
        "validate",
        help="check documents; report every error with line and field path",
        description="Check documents: JSON Lines or JSON files, CSV tables folders or Data "
        "Packages written by policycorpus, or - for standard input (JSON Lines). Every "
        "error is reported as FILE:LINE: FIELD.PATH: reason; a file that is not JSON "
        "Lines is reported once. The exit code is 1 when any error is found.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    va.add_argument("files", nargs="+", metavar="FILE", help="file, folder, or - for stdin")

    sc = sub.add_parser("schema", help="print the JSON Schema of a record")
    sc.add_argument(
        "record",
        nargs="?",
        default="document",
        metavar="RECORD",
        help=f"one of {', '.join(RECORDS)} (default document)",
    )

    rc = sub.add_parser(
        "reconcile",
        help="statistic clusters and the signatory matrix of a corpus",
        description="Load documents (JSON Lines/JSON) or articles (files, folders) and "
        "print the figures reported across articles, grouped and labelled, and the "
        "matrix of who signed or pledged which statement.",
    )
    rc.add_argument("corpus", nargs="*", metavar="CORPUS", help="JSON Lines file, folder, ...")
    rc.add_argument("--sample", action="store_true", help="use the built-in sample corpus")
    rc.add_argument("--all", action="store_true", help="also print figures mentioned only once")
    rc.add_argument("--json", action="store_true", help="machine-readable JSON output")

    ro = sub.add_parser(
        "rosters",
        help="who signed each statement, against the counts claimed",
        description="Load documents (JSON Lines/JSON) or articles (files, folders) and "
        "print one roster per statement: its members (with the articles that say so), "
        "the counts claimed vs named, and the joins and withdrawals after the launch.",
    )
    ro.add_argument("corpus", nargs="*", metavar="CORPUS", help="JSON Lines file, folder, ...")
    ro.add_argument("--sample", action="store_true", help="use the built-in sample corpus")
    ro.add_argument("--json", action="store_true", help="a JSON array, one object per statement")
    ro.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        help="also write the roster tables and datapackage.json into DIR",
    )
    return parser


# -- entry point -----------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see the module docstring)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    commands: dict[str, Callable[[argparse.Namespace], int]] = {
        "extract": _cmd_extract,
        "convert": _cmd_convert,
        "validate": _cmd_validate,
        "schema": _cmd_schema,
        "reconcile": _cmd_reconcile,
        "rosters": _cmd_rosters,
    }
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return commands[args.command](args)
    except BrokenPipeError:  # stdout closed early (| head): the reader has what it wants
        with contextlib.suppress(OSError, ValueError):  # an in-memory stream has no fd
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except _UsageError as exc:
        print(f"policycorpus {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (_Fatal, PolicyCorpusError, OSError) as exc:
        print(f"policycorpus {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("policycorpus: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: say so plainly, with the traceback to report
        traceback.print_exc(file=sys.stderr)
        print(f"policycorpus {args.command}: internal error: {exc!r}", file=sys.stderr)
        return EXIT_ERROR


# -- extract -------------------------------------------------------------------------------


def _output_format(output: str | None, given: str | None, flag: str = "--format") -> str:
    """The format asked for, else the one ``output``'s suffix names (an existing folder: csv).

    ``flag`` is the option that sets the format in the calling command, for the message.
    """
    if given is not None:
        return given
    if output is None or output == "-":
        return "jsonl"
    suffix = Path(output).suffix.lower()
    if suffix in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[suffix]
    if os.path.isdir(output) or output.endswith(("/", os.sep)):
        return "csv"
    raise _UsageError(
        f"cannot tell the format of {output!r}; use a .jsonl, .json or .jsonld suffix, "
        f"a folder (csv), or {flag}"
    )


def _check_output(output: str | None, fmt: str) -> None:
    """Fail before any work, naming ``output``, when it cannot be written.

    The folder it goes in must exist (no format creates missing parents); a folder
    format (csv, datapackage) needs a folder or a new name, a file format a file or a
    new name.
    """
    if output is None or output == "-":
        return
    path = Path(output)
    parent = path.parent
    if not parent.is_dir():
        what = "is not a folder" if parent.exists() else "does not exist"
        raise _Fatal(f"cannot write {output}: the folder {parent} {what}")
    if fmt in _FOLDER_FORMATS:
        if path.exists() and not path.is_dir():
            raise _Fatal(f"cannot write {output}: {fmt} writes a folder, and this is a file")
    elif path.is_dir():
        raise _Fatal(f"cannot write {output}: it is a folder, and {fmt} writes a file")
    if not os.access(parent, os.W_OK):
        raise _Fatal(f"cannot write {output}: no permission to write in {parent}")


class _Progress:
    """A progress bar on stderr (count, rate, time left), only when stderr is a terminal.

    Drawn by tqdm, the bar Python users know from pandas and pip, so it shows the rate
    and the time left and copes with terminal width; nothing is drawn when stderr is a
    file or a pipe, or with ``-q``.
    """

    def __init__(self, total: int, enabled: bool) -> None:
        self.failed = 0
        self._bar: Any = None
        if enabled and sys.stderr.isatty():
            self._bar = tqdm(
                total=total,
                unit="article",
                file=sys.stderr,
                dynamic_ncols=True,
                leave=True,
                postfix={"failed": 0},
            )

    def step(self, result: Result) -> None:
        if result.failure is not None:
            self.failed += 1
            if self._bar is not None:
                self._bar.set_postfix(failed=self.failed, refresh=False)
        if self._bar is not None:
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _cmd_extract(args: argparse.Namespace) -> int:
    paths: list[str] = list(args.paths)
    if args.sample:
        paths.extend(sample_paths())
    if not paths:
        raise _UsageError("give at least one PATH (or - for stdin, or --sample)")
    fmt = _output_format(args.output, args.format)
    if fmt in _FOLDER_FORMATS and args.output in (None, "-"):
        raise _UsageError(f"--format {fmt} writes a folder; give one with -o")
    _check_output(args.output, fmt)
    absent = [p for p in paths if p != "-" and not os.path.exists(p)]
    if len(absent) == len(paths):
        raise _Fatal(f"no input could be read: {', '.join(absent)}: no such file or folder")
    started = time.perf_counter()
    inputs = expand_paths(paths)
    failures: list[Failure] = []
    warnings: list[str] = []
    missing = [p for p in paths if p != "-" and os.path.isdir(p) and p not in _parents(inputs)]
    for folder in missing:
        failures.append(Failure(folder, "NoInput", "no article files found in this folder"))
    progress = _Progress(len(inputs), not args.quiet)
    results = _results(inputs, args)

    def documents() -> Iterator[Document]:
        for result in results:
            progress.step(result)
            if result.failure is not None:
                failures.append(result.failure)
            warnings.extend(f"{result.source}: {w}" for w in result.warnings)
            if result.document is not None:
                yield result.document

    try:
        written = _write(documents(), failures, args.output, fmt)
    finally:
        progress.close()
    _report(failures, warnings)
    if not args.quiet:
        elapsed = time.perf_counter() - started
        where = args.output if args.output not in (None, "-") else "stdout"
        print(
            f"policycorpus: {written} of {len(inputs)} article(s) extracted, "
            f"{len(failures)} failed, {elapsed:.2f}s -> {where} ({fmt})",
            file=sys.stderr,
        )
    return EXIT_FAILURES if failures else EXIT_OK


def _results(inputs: list[str], args: argparse.Namespace) -> Iterator[Result]:
    """The extraction results: in this machine's processes, or on Dask with ``--dask``."""
    if args.dask is None:
        return extract_paths(inputs, workers=args.workers, timeout=args.timeout)
    if args.timeout is not None:
        raise _UsageError(
            "--timeout is not available with --dask (it needs signals in a main thread, "
            "which Dask workers do not have)"
        )
    if args.workers != 1:
        raise _UsageError("--workers and --dask exclude each other (size the cluster instead)")
    try:
        # imported here, not at the top: the dask extra is optional
        dask_runner = importlib.import_module("policycorpus.dask")
    except ModuleNotFoundError as exc:
        raise _UsageError(f"{exc}") from None
    results: Iterator[Result] = dask_runner.extract_results(inputs, address=args.dask)
    return results


def _parents(inputs: list[str]) -> set[str]:
    """Every ancestor folder string of the expanded inputs (to spot empty folders)."""
    out: set[str] = set()
    for path in inputs:
        parent = os.path.dirname(path)
        while parent and parent not in out:
            out.add(parent)
            out.add(parent + os.sep)
            parent = os.path.dirname(parent)
    return out


def _report(failures: Sequence[Failure], warnings: Sequence[str]) -> None:
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    if failures:
        print(f"failed ({len(failures)}):", file=sys.stderr)
        for f in failures:
            print(f"  {f}", file=sys.stderr)


# -- writing -------------------------------------------------------------------------------


def _failure_dict(f: Failure) -> dict[str, str]:
    return {"source": f.source, "error": f.error, "message": f.message}


def _write(docs: Iterable[Document], failures: list[Failure], output: str | None, fmt: str) -> int:
    """Write ``docs`` in ``fmt``; returns how many. ``failures`` may grow while it runs.

    A document that cannot be serialised becomes a failure; the others are written.
    """
    if output is None or output == "-":
        if fmt == "jsonl":
            sys.stdout.flush()
            buffer = getattr(sys.stdout, "buffer", None)
            if buffer is None:
                return _write_lines(docs, failures, _TextSink(sys.stdout))
            count = _write_lines(docs, failures, buffer)
            buffer.flush()
            return count
        if fmt in ("csv", "datapackage"):
            raise _UsageError(f"--format {fmt} writes a folder; give one with -o")
        data, count = _json_bytes(docs, failures, fmt)
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
        return count
    if fmt == "jsonl":
        with pio.atomic_write(output, "wb") as handle:
            return _write_lines(docs, failures, handle)
    if fmt in ("json", "jsonld"):
        data, count = _json_bytes(docs, failures, fmt)
        with pio.atomic_write(output, "wb") as handle:
            handle.write(data)
        return count
    collected = list(docs)
    if fmt == "csv":
        pio.write_tables(collected, output)
    else:
        pio.write_datapackage(collected, output)
    if failures:
        _write_failures_csv(failures, Path(output))
    return len(collected)


class _TextSink:
    """Bytes in, text out: for a text stream without a binary buffer."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, data: bytes) -> int:
        return self.out.write(data.decode("utf-8"))


class _Sink(Protocol):
    def write(self, data: bytes, /) -> int: ...


def _unserialisable(doc: Document, exc: Exception) -> Failure:
    source = doc.article.source or doc.id
    return Failure(source, type(exc).__name__, f"cannot serialise: {exc}")


def _write_lines(docs: Iterable[Document], failures: list[Failure], sink: _Sink) -> int:
    """JSON Lines, one document per line; unserialisable documents become failures."""
    count = 0
    for doc in docs:
        try:
            line = encode_line(doc)
        except Exception as exc:
            failures.append(_unserialisable(doc, exc))
            continue
        sink.write(line)
        count += 1
    return count


def _json_bytes(docs: Iterable[Document], failures: list[Failure], fmt: str) -> tuple[bytes, int]:
    """The JSON collection (documents and failures) or the JSON-LD array, indented."""
    items: list[Any] = []
    for doc in docs:
        try:
            items.append(pio.unstructure_document(doc) if fmt == "json" else pio.to_jsonld(doc))
        except Exception as exc:
            failures.append(_unserialisable(doc, exc))
    payload: Any = items
    if fmt == "json":
        payload = {"documents": items, "failures": [_failure_dict(f) for f in failures]}
    return orjson.dumps(payload, option=orjson.OPT_INDENT_2) + b"\n", len(items)


def _write_failures_csv(failures: Sequence[Failure], directory: Path) -> None:
    with pio.atomic_write(directory / "failures.csv", "w") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "error", "message"])
        for f in failures:
            writer.writerow([f.source, f.error, f.message])


# -- convert -------------------------------------------------------------------------------


def _tables_folder(name: str) -> Path | None:
    """The CSV tables folder ``name`` stands for (a folder, or a ``datapackage.json``)."""
    path = Path(name)
    if path.is_dir():
        return path
    if path.name == "datapackage.json" and path.is_file():
        return path.parent
    return None


def _cmd_convert(args: argparse.Namespace) -> int:
    fmt = _output_format(args.output, args.to, "--to")
    if fmt in _FOLDER_FORMATS and args.output == "-":
        raise _UsageError(f"--to {fmt} writes a folder; give one as OUT")
    if args.input != STDIN and not os.path.exists(args.input):
        raise _Fatal(f"{args.input}: no such file or folder")
    _check_output(args.output, fmt)
    recorded: list[Failure] = []
    failures: list[Failure] = []
    tables = None if args.input == STDIN else _tables_folder(args.input)

    def documents() -> Iterator[Document]:
        if tables is not None:
            yield from pio.read_tables(tables)
            return
        items = (
            iter_stream_documents(sys.stdin.buffer, STDIN_SOURCE)
            if args.input == STDIN
            else iter_documents(args.input, recorded=recorded)
        )
        for item in items:
            if isinstance(item, Document):
                yield item
            else:
                failures.append(item)

    if fmt == "jsonl":  # streams: constant memory whatever the size
        written = _write(documents(), failures, args.output, fmt)
    else:  # the others need every failure before they write
        docs = list(documents())
        written = _write(docs, recorded + failures, args.output, fmt)
    _report(failures, [])
    if not args.quiet:
        print(
            f"policycorpus: {written} document(s) converted, {len(failures)} failed "
            f"-> {args.output} ({fmt})",
            file=sys.stderr,
        )
    return EXIT_FAILURES if failures else EXIT_OK


# -- validate -------------------------------------------------------------------------------


def _cmd_validate(args: argparse.Namespace) -> int:
    absent = [f for f in args.files if f != STDIN and not os.path.exists(f)]
    if len(absent) == len(args.files):
        raise _Fatal(f"no input could be read: {', '.join(absent)}: no such file or folder")
    bad = 0
    for name in args.files:
        errors = list(_validation_errors(name))
        bad += len(errors)
        for message in errors:
            print(message)
        if not errors:
            print(f"{name}: OK", file=sys.stderr)
    if bad:
        print(f"policycorpus: {bad} error(s)", file=sys.stderr)
        return EXIT_FAILURES
    return EXIT_OK


def _validation_errors(name: str) -> Iterator[str]:
    if name == STDIN:
        yield from _jsonl_errors(STDIN_SOURCE, sys.stdin.buffer)
        return
    tables = _tables_folder(name)
    if tables is not None:
        try:
            pio.read_tables(tables)
        except PolicyCorpusError as exc:
            yield str(exc) if str(tables) in str(exc) else f"{name}: {exc}"
        return
    if not os.path.isfile(name):
        yield f"{name}: cannot read: no such file"
        return
    if name.lower().endswith(".json"):
        try:
            value = orjson.loads(Path(name).read_bytes())
        except orjson.JSONDecodeError as exc:
            yield f"{name}:{exc.lineno}: invalid JSON: {exc.msg}"
            return
        items: list[Any]
        prefix: str | None
        if isinstance(value, dict) and "documents" in value and "article" not in value:
            items = value["documents"] if isinstance(value["documents"], list) else [None]
            prefix = "documents"
        elif isinstance(value, list):
            items, prefix = value, ""
        else:
            items, prefix = [value], None
        for i, item in enumerate(items):
            where = "" if prefix is None else (f"{prefix}[{i}]" if prefix else f"[{i}]")
            for err in pio.document_errors(item):
                path = ".".join(p for p in (where, err.path or "") if p)
                yield f"{name}: {path or '(document)'}: {err.reason}"
        return
    yield from _jsonl_errors(name, name)


def _jsonl_errors(name: str, src: str | IO[bytes]) -> Iterator[str]:
    """``FILE:LINE: FIELD.PATH: reason`` for each error (``FILE: reason`` for the file)."""
    for err in pio.validate_jsonl(src):
        if err.line is None:
            yield f"{name}: {err.reason}"
        else:
            yield f"{name}:{err.line}: {err.path or '(line)'}: {err.reason}"


# -- schema ----------------------------------------------------------------------------------


def _cmd_schema(args: argparse.Namespace) -> int:
    record = RECORDS.get(args.record.casefold())
    if record is None:
        raise _UsageError(f"unknown record {args.record!r}; choose from {', '.join(RECORDS)}")
    schema = pio.json_schema(record)
    sys.stdout.write(orjson.dumps(schema, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n")
    return EXIT_OK


# -- reconcile -------------------------------------------------------------------------------


def _load_corpus(args: argparse.Namespace) -> Corpus:
    """The corpus the ``reconcile`` and ``rosters`` arguments name."""
    paths: list[str] = list(args.corpus)
    if args.sample:
        paths.extend(sample_paths())
    if not paths:
        raise _UsageError("give a CORPUS (JSON Lines, JSON, files or folders) or --sample")
    for p in paths:
        if not os.path.exists(p):
            raise _Fatal(f"{p}: no such file or folder")
    corpus = Corpus.from_paths(*paths)
    if not corpus.documents and corpus.failures:
        _report(corpus.failures, [])
        raise _Fatal("no document could be loaded")
    return corpus


def _cmd_reconcile(args: argparse.Namespace) -> int:
    corpus = _load_corpus(args)
    clusters = [c for c in corpus.reconcile() if args.all or len(c.members) > 1]
    matrix = corpus.signatory_matrix()
    if args.json:
        payload = {
            "clusters": [_cluster_dict(c) for c in clusters],
            "matrix": matrix.rows(),
            "failures": [_failure_dict(f) for f in corpus.failures],
        }
        sys.stdout.write(orjson.dumps(payload, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        out = sys.stdout
        print(f"Statistic clusters ({len(clusters)}):", file=out)
        for c in clusters:
            print(c.explain(), file=out)
        print(file=out)
        print(
            f"Signatory matrix ({len(matrix.actors)} actors x {len(matrix.statements)} "
            "statements; numbers are supporting articles):",
            file=out,
        )
        print(matrix.render(), file=out)
    _report(corpus.failures, [])
    return EXIT_FAILURES if corpus.failures else EXIT_OK


def _cluster_dict(c: Any) -> dict[str, Any]:
    return {
        "id": c.id,
        "value": str(c.value),
        "unit": c.unit,
        "per": c.per,
        "subject": c.subject,
        "conflict": c.conflict,
        "mentions": [
            {
                "document": m.mention.document,
                "source": m.mention.source,
                "text": m.mention.statistic.text,
                "value": str(m.mention.statistic.value),
                "label": m.label.value,
                "reason": m.reason,
            }
            for m in c.members
        ],
    }


# -- rosters ---------------------------------------------------------------------------------


def _cmd_rosters(args: argparse.Namespace) -> int:
    corpus = _load_corpus(args)
    rosters = corpus.rosters()
    if args.output is not None:
        pio.write_roster_datapackage(rosters, args.output)
    if args.json:
        sys.stdout.write(pio.dumps_rosters(rosters) + "\n")
    else:
        blocks = [render_roster(r) for r in rosters]
        sys.stdout.write("\n\n".join(blocks) + ("\n" if blocks else ""))
        print(f"{len(rosters)} statement(s)", file=sys.stderr)
    _report(corpus.failures, [])
    return EXIT_FAILURES if corpus.failures else EXIT_OK
