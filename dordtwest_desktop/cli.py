"""The command line (see DESIGN.md); no command but the default one needs a display."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dordtwest_desktop import __version__
from dordtwest_desktop.domain.errors import DomainError
from dordtwest_desktop.files import check_output, output_error
from dordtwest_desktop.i18n import mark, set_language, tr, trn
from dordtwest_desktop.logs import setup_logging

LIST_KINDS = ("goals", "initiatives", "milestones", "meetings", "actions")

ARGPARSE = "argparse"  # the translation context of argparse's own words

# argparse's own words, which it marks for gettext: the headings and the messages a
# user can meet (a mistyped command, a missing option); its messages about a wrong
# parser definition are for us and stay English. Python 3.11 to 3.13.
ARGPARSE_WORDS = (
    mark("usage: ", context="argparse"),
    mark("options", context="argparse"),
    mark("positional arguments", context="argparse"),
    mark("subcommands", context="argparse"),
    mark("show this help message and exit", context="argparse"),
    mark("show program's version number and exit", context="argparse"),
    mark(" (default: %(default)s)", context="argparse"),
    mark("%(prog)s: error: %(message)s\n", context="argparse"),
    mark("%(prog)s: warning: %(message)s\n", context="argparse"),
    mark("argument %(argument_name)s: %(message)s", context="argparse"),
    mark("invalid choice: %(value)r (choose from %(choices)s)", context="argparse"),
    mark("invalid %(type)s value: %(value)r", context="argparse"),
    mark("the following arguments are required: %s", context="argparse"),
    mark("unrecognized arguments: %s", context="argparse"),
    mark("ambiguous option: %(option)s could match %(matches)s", context="argparse"),
    mark("expected one argument", context="argparse"),
    mark("expected at most one argument", context="argparse"),
    mark("expected at least one argument", context="argparse"),
    mark("expected %s argument", context="argparse"),
    mark("expected %s arguments", context="argparse"),
    mark("ignored explicit argument %r", context="argparse"),
    mark("not allowed with argument %s", context="argparse"),
    mark("one of the arguments %s is required", context="argparse"),
    mark("unexpected option string: %s", context="argparse"),
    mark("unknown parser %(parser_name)r (choices: %(choices)s)", context="argparse"),
    mark("can't open '%(filename)s': %(error)s", context="argparse"),
    mark("option '%(option)s' is deprecated", context="argparse"),
    mark("argument '%(argument_name)s' is deprecated", context="argparse"),
    mark("command '%(parser_name)s' is deprecated", context="argparse"),
)


@contextmanager
def argparse_in_app_language() -> Iterator[None]:
    """argparse's own words (usage, options, its errors) in the app's language.

    argparse looks each of them up through its module's `_` and `ngettext` when it
    prints. Python's howto ("How to translate the argparse output") feeds those from
    a gettext catalogue chosen by the process's locale; the app's language is its own
    choice (--lang, Dutch by default) and all its Dutch is in one .ts, so the two
    look-ups are pointed at that. Words of an argparse newer than the list above
    stay English rather than fail. Only while the app's parser is built and parses:
    another parser in the same process (a test runner's) keeps its own words.
    """
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = _argparse_word  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_words  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def _argparse_word(text: str) -> str:
    return tr(text, context=ARGPARSE)


def _argparse_words(singular: str, plural: str, n: int) -> str:
    # Dutch and English both take the singular for one and the plural otherwise.
    return tr(singular if n == 1 else plural, context=ARGPARSE)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dordtwest",
        description=tr("Programme and meetings of the Nationaal Programma Dordt West."),
        epilog=tr("Without a command the app opens on the default database."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=__version__,
        help=tr("show the version number and exit"),
    )
    parser.add_argument(
        "--db", metavar=tr("PATH_OR_URL"), help=tr("database file or SQLAlchemy URL")
    )
    parser.add_argument("--lang", choices=("nl", "en"), help=tr("language of the app"))
    commands = parser.add_subparsers(title=tr("commands"), dest="command", metavar=tr("COMMAND"))

    gui = commands.add_parser("gui", help=tr("open the app (the default)"))
    gui.set_defaults(handler=_gui)

    listing = commands.add_parser("list", help=tr("list records"))
    listing.add_argument(
        "kind", choices=(*LIST_KINDS, "search"), help=tr("what to list, or search")
    )
    listing.add_argument("query", nargs="*", metavar=tr("QUERY"), help=tr("what to search for"))
    listing.add_argument("--json", action="store_true", help=tr("as JSON"))
    listing.set_defaults(handler=_list)

    export = commands.add_parser("export", help=tr("export PDF documents or the whole store"))
    export.add_argument(
        "what",
        choices=(
            "agenda",
            "pack",
            "decisions",
            "dashboard",
            "report",
            "partner",
            "json",
            "ori",
            "ics",
            "xlsx",
        ),
        help=tr("the document, or the data in a format for other software"),
    )
    export.add_argument(
        "--out", required=True, type=Path, metavar=tr("FILE"), help=tr("for ori: a folder")
    )
    export.add_argument("--meeting", metavar="ID", help=tr("meeting UUID (or a unique prefix)"))
    export.add_argument("--draft", action="store_true", help=tr("mark as draft (CONCEPT)"))
    export.add_argument("--public", action="store_true", help=tr("leave out confidential items"))
    export.add_argument("--fillable", action="store_true", help=tr("add fields for remarks"))
    export.add_argument(
        "--period", metavar=tr("PERIOD"), help=tr("report period: a year, H1 2024 or Q3 2024")
    )
    export.add_argument("--all", action="store_true", help=tr("all meetings (ics)"))
    export.add_argument("--org", metavar=tr("NAME|ID"), help=tr("organisation (partner)"))
    export.add_argument(
        "--include-confidential",
        action="store_true",
        help=tr("include confidential items, marked on every page (partner)"),
    )
    export.set_defaults(handler=_export)

    importing = commands.add_parser(
        "import", help=tr("import an exchange file, remarks or figures")
    )
    importing.add_argument(
        "what",
        choices=("json", "annotations", "indicators", "ics"),
        help=tr("what the files hold"),
    )
    importing.add_argument(
        "files", nargs="+", type=Path, metavar=tr("FILE"), help=tr("the files to import")
    )
    importing.add_argument(
        "--author", metavar=tr("NAME"), help=tr("author of the imported remarks")
    )
    importing.set_defaults(handler=_import)

    backup = commands.add_parser("backup", help=tr("write a backup of the database"))
    backup.add_argument("--out", required=True, type=Path, metavar=tr("FILE"))
    backup.set_defaults(handler=_backup)

    copying = commands.add_parser(
        "copy", help=tr("copy the whole programme to another database (file or server)")
    )
    copying.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar=tr("PATH_OR_URL"),
        help=tr("the database to copy"),
    )
    copying.add_argument(
        "--to",
        dest="target",
        required=True,
        metavar=tr("PATH_OR_URL"),
        help=tr("the database to copy to: a new or empty one, unless --merge"),
    )
    copying.add_argument(
        "--merge", action="store_true", help=tr("merge by UUID into a database that is not empty")
    )
    copying.set_defaults(handler=_copy)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    _early_language(args_list)
    with argparse_in_app_language():
        args = build_parser().parse_args(args_list)
    if args.lang:
        set_language(args.lang)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _gui)
    if handler is not _gui:
        # The GUI sets up its own log; a command logs to the same file, never to stderr,
        # where only the one sentence of an expected error belongs.
        setup_logging()
    try:
        return handler(args)
    except DomainError as error:
        print(tr("Error: {message}").format(message=error.message), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`… | head`): not an error of ours.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stays open until exit
        return 0
    except OSError as error:
        message = output_error(Path(error.filename or "?"), error).message
        print(tr("Error: {message}").format(message=message), file=sys.stderr)
        return 1


def _early_language(argv: list[str]) -> None:
    # --help is printed while parsing, so the language must be known before.
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            set_language(argv[index + 1])
        elif arg.startswith("--lang="):
            set_language(arg.split("=", 1)[1])


def _open(args: argparse.Namespace) -> Any:
    from dordtwest_desktop.paths import default_database
    from dordtwest_desktop.services.storage import open_store

    return open_store(args.db or default_database())


def _gui(args: argparse.Namespace) -> int:
    from dordtwest_desktop.ui.app import run

    return run(db=args.db, lang=args.lang)


def _list(args: argparse.Namespace) -> int:
    from dordtwest_desktop.services import listing

    if args.kind == "search" or args.query:
        return _search(args)
    store = _open(args)
    try:
        rows = listing.rows(store, args.kind)
    finally:
        store.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print(listing.as_text(rows, args.kind))
    return 0


def _search(args: argparse.Namespace) -> int:
    from dordtwest_desktop.services import search

    if args.kind != "search":
        raise DomainError(tr("Only 'list search' takes a search text."))
    query = " ".join(args.query)
    search.query_words(query)  # a clear error before the database opens
    store = _open(args)
    try:
        # Personal remarks are found for their author only: here the login name, the
        # same name the app uses until another is set.
        results = search.SearchService(store).search(query, viewer=search.login_name())
    finally:
        store.close()
    if args.json:
        print(json.dumps(search.as_rows(results), ensure_ascii=False, indent=2))
    else:
        print(search.as_text(results))
    return 0


def _export(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        if args.what == "json":
            from dordtwest_desktop.services.storage import export_json

            counts = export_json(store, args.out)
            print(
                trn("%n record(s) written to {path}.", sum(counts.values())).format(path=args.out)
            )
            return 0
        if args.what == "ori":
            from dordtwest_desktop.exporting import export_ori

            folder = export_ori(store, args.meeting, args.out)
            print(tr("Written: {path}").format(path=folder))
            return 0
        if args.what == "ics":
            from dordtwest_desktop.exporting import export_calendar

            print(export_calendar(store, args.out, meeting=args.meeting, all_meetings=args.all))
            return 0
        if args.what == "xlsx":
            from dordtwest_desktop.exporting import export_workbook

            written = export_workbook(store, out=args.out, public=args.public)
            print(tr("Written: {path}").format(path=written))
            return 0
        from dordtwest_desktop.export import write_document
        from dordtwest_desktop.services.documents import (
            not_accessible_warning,
            prepare_document,
        )

        prepared = prepare_document(
            store,
            args.what,
            meeting=args.meeting,
            draft=args.draft,
            public=args.public,
            fillable=args.fillable,
            period=args.period,
            organisation=args.org,
            confidential=args.include_confidential,
        )
        path = write_document(prepared, args.out)
        print(tr("Written: {path}").format(path=path))
        inaccessible = prepared.inaccessible_attachments()
        if inaccessible:
            print(not_accessible_warning(inaccessible), file=sys.stderr)
        return 0
    finally:
        store.close()


def _import(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        if args.what == "json":
            from dordtwest_desktop.services.storage import import_json

            if len(args.files) != 1:
                raise DomainError(tr("Import one exchange file at a time."))
            counts = import_json(store, args.files[0])
            print(
                trn("%n record(s) merged from {path}.", sum(counts.values())).format(
                    path=args.files[0]
                )
            )
            return 0
        from dordtwest_desktop.services.imports import import_files

        print(import_files(store, args.what, args.files, author=args.author))
        return 0
    finally:
        store.close()


def _backup(args: argparse.Namespace) -> int:
    from dordtwest_desktop.services.storage import backup_to

    out = check_output(args.out)
    store = _open(args)
    try:
        path = backup_to(store, out)
    finally:
        store.close()
    print(tr("Backup written to {path}.").format(path=path))
    return 0


def _copy(args: argparse.Namespace) -> int:
    from dordtwest_desktop.domain.indicators import format_number
    from dordtwest_desktop.services.storage import copy_programme, counted

    report = copy_programme(args.source, args.target, merge=args.merge)
    heading = (
        trn("%n record(s) merged from {source} into {target}:", report.total)
        if report.merged
        else trn("%n record(s) copied from {source} to {target}:", report.total)
    )
    print(heading.format(source=report.source, target=report.target))
    rows = [(name, format_number(count, 0)) for name, count in counted(report.counts)]
    width = max((len(name) for name, _ in rows), default=0)
    for name, count in rows:
        print(f"  {name:<{width}}  {count:>8}")
    return 0
