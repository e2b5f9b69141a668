"""Keep resources/translations/dordtwest_nl.ts in step with the code.

    python packaging/update_translations.py          update the .ts (keeps translations)
    python packaging/update_translations.py --check  exit 1 if anything is missing

Strings are found with Python's own parser, by the conventions of the code:
`self.tr("…")` (context: the class), `QCoreApplication.translate("ctx", "…")`,
`tr("…")` / `_tr("…")` (context: the module's TR_CONTEXT in ui/, else "core" or
the `context=` given), plus the label and agenda vocabularies. Dutch for new
strings can be fed in as TSV lines `English<TAB>Dutch[<TAB>context]` from
resources/translations/pending/*.tsv; they are merged and the files removed.

Counts are numerus messages (`numerus="yes"`, one <numerusform> per Dutch form:
one, other): `self.tr("%n row(s)", None, n)`, `QCoreApplication.translate(ctx,
"%n row(s)", None, n)` and `trn("%n row(s)", n)` in the layers without Qt. Their
Dutch in a TSV line is the forms joined by `|`: `%n rij|%n rijen`.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "dordtwest_desktop"
TS_FILE = ROOT / "resources" / "translations" / "dordtwest_nl.ts"
PENDING = ROOT / "resources" / "translations" / "pending"

Messages = dict[str, dict[str, str | None]]  # context -> source -> translation
# A numerus message's translation holds its forms joined by this (one, other).
FORMS = "|"
NUMERUS_FORMS = 2  # Dutch: one, other


def _string(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _module_context(tree: ast.Module, default: str) -> str:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "TR_CONTEXT" for t in node.targets
        ):
            value = _string(node.value)
            if value:
                return value
    return default


class _Finder(ast.NodeVisitor):
    def __init__(self, module_context: str, found: Messages) -> None:
        self.module_context = module_context
        self.found = found
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        args = node.args
        if isinstance(func, ast.Attribute) and func.attr == "tr" and args and self.classes:
            self._add(self.classes[-1], _string(args[0]), len(args) >= 3)
        elif isinstance(func, ast.Attribute) and func.attr == "translate" and len(args) >= 2:
            by_name = isinstance(args[0], ast.Name) and args[0].id == "TR_CONTEXT"
            context = self.module_context if by_name else _string(args[0])
            self._add(context, _string(args[1]), len(args) >= 4)
        elif isinstance(func, ast.Name) and func.id in ("tr", "_tr", "mark", "trn") and args:
            context = self.module_context
            for keyword in node.keywords:
                if keyword.arg == "context":
                    context = _string(keyword.value) or ""
            self._add(context, _string(args[0]), func.id == "trn")
        self.generic_visit(node)

    def _add(self, context: str | None, text: str | None, numerus: bool = False) -> None:
        if context and text:
            self.found[context].setdefault(text, None)
            if numerus:
                NUMERUS.add((context, text))


# (context, source) of the messages that take a count
NUMERUS: set[tuple[str, str]] = set()


def extract() -> Messages:
    found: Messages = defaultdict(dict)
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_ui = "ui" in path.relative_to(PACKAGE).parts
        context = _module_context(tree, "" if in_ui else "core")
        _Finder(context, found).visit(tree)
    found.pop("", None)
    sys.path.insert(0, str(ROOT))
    from dordtwest_desktop.domain import agenda, labels

    for context, source in labels.all_sources():
        found[context].setdefault(source, None)
    for _kind, title in agenda.STANDARD_AGENDA:
        found["agenda"].setdefault(title, None)
    return found


def read_ts(path: Path = TS_FILE) -> Messages:
    messages: Messages = defaultdict(dict)
    if not path.exists():
        return messages
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            text = node.text if node is not None else None
            if node is not None and message.get("numerus") == "yes":
                forms = [f.text or "" for f in node.iter("numerusform")]
                text = FORMS.join(forms) if all(forms) else None
            finished = node is not None and text and node.get("type") != "unfinished"
            messages[name][message.findtext("source", "")] = text if finished else None
    return messages


def read_pending() -> tuple[dict[tuple[str, str], str], dict[str, str], list[Path]]:
    by_context: dict[tuple[str, str], str] = {}
    anywhere: dict[str, str] = {}
    files = sorted(PENDING.glob("*.tsv")) if PENDING.exists() else []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 2 or not parts[0] or line.startswith("#"):
                continue
            source, dutch = parts[0].replace("\\n", "\n"), parts[1].replace("\\n", "\n")
            if len(parts) > 2 and parts[2]:
                by_context[(parts[2], source)] = dutch
            else:
                anywhere[source] = dutch
    return by_context, anywhere, files


def merge(found: Messages, old: Messages) -> Messages:
    by_context, anywhere, _ = read_pending()
    known_anywhere = {s: t for ctx in old.values() for s, t in ctx.items() if t}
    merged: Messages = {}
    for context in sorted(found):
        merged[context] = {}
        for source in sorted(found[context]):
            merged[context][source] = (
                by_context.get((context, source))
                or old.get(context, {}).get(source)
                or anywhere.get(source)
                or known_anywhere.get(source)
            )
    return merged


def write_ts(messages: Messages, path: Path = TS_FILE) -> None:
    root = ET.Element("TS", version="2.1", language="nl_NL", sourcelanguage="en")
    for context, entries in messages.items():
        node = ET.SubElement(root, "context")
        ET.SubElement(node, "name").text = context
        for source, translation in entries.items():
            message = ET.SubElement(node, "message")
            numerus = (context, source) in NUMERUS
            if numerus:
                message.set("numerus", "yes")
            ET.SubElement(message, "source").text = source
            target = ET.SubElement(message, "translation")
            if numerus:
                forms = translation.split(FORMS) if translation else [""] * NUMERUS_FORMS
                for form in forms:
                    ET.SubElement(target, "numerusform").text = form or None
                if not translation:
                    target.set("type", "unfinished")
            elif translation:
                target.text = translation
            else:
                target.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d|%n")


def problems(messages: Messages) -> list[str]:
    found = []
    for context, entries in messages.items():
        for source, translation in entries.items():
            if not translation:
                found.append(f"untranslated [{context}] {source!r}")
                continue
            numerus = (context, source) in NUMERUS
            forms = translation.split(FORMS) if numerus else [translation]
            if numerus and len(forms) != NUMERUS_FORMS:
                found.append(f"not {NUMERUS_FORMS} forms [{context}] {source!r} -> {translation!r}")
            for form in forms:
                # The one-form may say "een" rather than the count.
                wanted = sorted(PLACEHOLDER.findall(source))
                if numerus and form is forms[0] and "%n" not in form:
                    wanted = [w for w in wanted if w != "%n"]
                if sorted(PLACEHOLDER.findall(form)) != wanted:
                    found.append(f"placeholders differ [{context}] {source!r} -> {form!r}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    found = extract()
    if args.check:
        current = read_ts()
        issues = problems({c: {s: current.get(c, {}).get(s) for s in e} for c, e in found.items()})
        stale = [
            f"stale [{c}] {s!r}" for c, e in current.items() for s in e if s not in found.get(c, {})
        ]
        for line in issues + stale:
            print(line)
        return 1 if issues or stale else 0
    merged = merge(found, read_ts())
    write_ts(merged)
    for path in read_pending()[2]:
        path.unlink()
    remaining = problems(merged)
    for line in remaining:
        print(line)
    total = sum(len(e) for e in merged.values())
    print(f"{total} messages, {len(remaining)} to do", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
