"""The command line: the GUI entry, `check`, `dump`, `export`, `draft`, `--version`, `--help`."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app import __version__

if TYPE_CHECKING:
    from briefing_app.content.result import CheckResult

_START = time.perf_counter()  # as early as the entry point allows, for --smoke

COMMANDS = ("check", "dump", "export", "draft")


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return the exit status."""
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in COMMANDS:
        return _run_command(args)
    return _run_gui(args)


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing-app",
        description="Present a briefing with live charts, or check and export it.",
        epilog="commands: check [PATH] | dump [PATH] --json | export --format pptx|pdf|png "
        "--out OUT [PATH] | draft REPORT --out DIR   (briefing-app COMMAND --help for details)",
    )
    parser.add_argument(
        "path",
        nargs="?",
        type=Path,
        help="briefing folder or its YAML file (default: the built-in 2023 briefing)",
    )
    parser.add_argument("--version", action="version", version=f"briefing-app {__version__}")
    parser.add_argument(
        "--no-animation", action="store_true", help="no transitions or chart animation"
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="paint the first panel, print the milliseconds from start to that paint, and exit",
    )
    parser.add_argument("--theme", choices=("light", "dark"), help="colour theme")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="interface language")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing-app")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate schema, provenance and arithmetic")
    check.add_argument("path", nargs="?", type=Path)
    check.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        help="language of the messages (default: the system's, from LC_ALL/LC_MESSAGES/LANG)",
    )
    dump = sub.add_parser("dump", help="print the loaded briefing")
    dump.add_argument("path", nargs="?", type=Path)
    dump.add_argument("--json", action="store_true", required=True, help="as JSON (UTF-8)")
    export = sub.add_parser("export", help="export the briefing as a deck, handout or images")
    export.add_argument("path", nargs="?", type=Path)
    export.add_argument("--format", choices=("pptx", "pdf", "png"), required=True)
    export.add_argument(
        "--out", type=Path, required=True, help="output file (pptx, pdf) or folder (png)"
    )
    export.add_argument("--template", type=Path, help="PowerPoint template (.pptx)")
    export.add_argument("--theme", choices=("light", "dark"), default="light")
    export.add_argument(
        "--aspect",
        choices=("16:9", "4:3"),
        default="16:9",
        help="page shape: 16:9, or 4:3 for old projectors (a --template keeps its own size)",
    )
    draft = sub.add_parser("draft", help="draft a checked briefing from a report")
    draft.add_argument("report", type=Path, help="the report: .docx, .txt (UTF-8 or GBK), .pdf")
    draft.add_argument(
        "--out", type=Path, required=True, help="a new or empty folder for the briefing"
    )
    return parser


def _run_command(argv: list[str]) -> int:
    args = _command_parser().parse_args(argv)
    if args.command == "draft":
        return _draft(args)
    from briefing_app.paths import default_briefing

    path = args.path or default_briefing()
    if args.command == "check":  # asked for the checks: always run them in full
        from briefing_app.content import check_briefing

        result = check_briefing(path)
    else:  # dump and export: a briefing that passed, byte for byte, needs no second check
        from briefing_app.content.cache import check_briefing_cached

        result = check_briefing_cached(path)
    lang = _message_language(args)
    for problem in result.problems:
        print(problem.render(lang), file=sys.stderr)
    if args.command == "check":
        if result.ok:
            from briefing_app.content.messages import msg

            assert result.briefing is not None
            b = result.briefing
            ok = msg("check.ok", panels=len(b.panels), indicators=len(b.indicators))
            print(f"{result.file}: {ok.render(lang)}")
        return 0 if result.ok else 1
    if not result.ok or result.briefing is None:
        return 1
    if args.command == "dump":
        from briefing_app.content.dump import to_data

        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        import json

        print(json.dumps(to_data(result.briefing), ensure_ascii=False, indent=2))
        return 0
    return _export(args, result)


def _export(args: argparse.Namespace, result: CheckResult) -> int:
    """Export; any failure is one line `briefing-app: <reason>` on stderr and exit status 1."""
    from briefing_app.export.pptx.errors import DeckError
    from briefing_app.outputs import OutputRefused

    try:
        _write_export(args, result)
    except (DeckError, OutputRefused) as exc:
        print(f"briefing-app: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = exc.filename or args.out
        print(f"briefing-app: cannot write {where}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug, but still one line and a failing status, never "wrote"
        print(f"briefing-app: export failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.out}")
    return 0


def _write_export(args: argparse.Namespace, result: CheckResult) -> None:
    from briefing_app.outputs import briefing_files, refuse_protected_output
    from briefing_app.paths import default_template

    briefing = result.briefing
    assert briefing is not None
    template = args.template or (default_template(args.aspect) if args.format == "pptx" else None)
    refuse_protected_output(
        args.out, template=template, briefing=briefing_files(result.file, briefing.source)
    )
    if template is not None and args.format == "pptx":
        from briefing_app.export.pptx.deck import export_deck

        export_deck(briefing, args.out, template)
        return
    # A command-line export shows no window, so it renders on the offscreen platform
    # whatever the session: the same images from a desktop, over SSH or from a scheduled
    # task, where no display exists and the default platform would abort the process.
    # An explicit QT_QPA_PLATFORM is still honoured.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from briefing_app.ui.render import export_images

    export_images(briefing, args.out, args.format, theme=args.theme, aspect=args.aspect)


def _draft(args: argparse.Namespace) -> int:
    """Draft a briefing; a failure is one line `briefing-app: <reason>` and exit status 1."""
    from briefing_app.draft import DraftError, draft_briefing

    try:
        result = draft_briefing(args.report, args.out)
    except DraftError as exc:
        print(f"briefing-app: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug, but still one line and a failing status
        print(f"briefing-app: draft failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    for warning in result.warnings:
        print(f"briefing-app: {args.report}: {warning}", file=sys.stderr)
    print(
        f"wrote {result.folder}: {result.sections} sections, {result.panels} panels, "
        f"{result.charts} charts, {result.indicators} of {result.figures} figures quoted"
    )
    return 0


def _message_language(args: argparse.Namespace) -> str:
    """Return the language of check messages: --lang, else the system's (never Qt's)."""
    from briefing_app.system_language import system_language

    chosen: str | None = getattr(args, "lang", None)
    return chosen or system_language()


def _run_gui(argv: list[str]) -> int:
    args = _gui_parser().parse_args(argv)
    from briefing_app.app import run

    return run(args, started=_START)
