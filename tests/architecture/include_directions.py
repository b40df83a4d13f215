#!/usr/bin/env python3
"""The house's dependency rules, checked on the sources' #include lines.

  core  -> core only (Qt Core at most: no QtWidgets/QtGui headers either)
  app/cli -> core only (the command line runs without the window)
  ui    -> ui and core
  core/json and core/edit: one way only (whichever way the code has, never both)
  ui folders, in three kinds (see docs/architecture.md):
    building blocks (common, undo, editor, navigator, settings) -> building blocks only
    feature folders (every other folder but window and features) -> themselves, the building blocks and
      the window shell's interface (window/WindowShell.h), never another feature folder nor MainWindow
    window (the shell) -> itself and the building blocks: it knows no feature
    features (the assembly) -> anything in ui: the one place that names several feature folders

An include is resolved the way the build resolves it: against the including file's root
(core/, ui/, app/) and then the roots it may see. A header found under a root the rule does not
allow is a violation. Prints each violation as file:line and exits 1 when there is any.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
GUI_MODULES = ("QtWidgets", "QtGui", "QtPrintSupport", "QtCharts", "QtPdf")
GUI_CLASSES = re.compile(r"^Q(Widget|Application|Dialog|MainWindow|Pixmap|Painter|Image|Font|Color|Icon|Action|Menu|"
                         r"PushButton|Label|LineEdit|TextEdit|TreeView|TableView|Gui)\b")


def sources(folder):
    for p in sorted((ROOT / folder).rglob("*")):
        if p.suffix in (".h", ".cpp") and p.is_file():
            yield p


def owner(header):
    """The root folder ('core', 'ui', 'app') a quoted include resolves to, or None (system or Qt)."""
    for root in ("core", "ui", "app", "app/cli"):
        if (ROOT / root / header).is_file():
            return root.split("/")[0]
    return None


UI_BLOCKS = {"common", "undo", "editor", "navigator", "settings"}
UI_SHELL = "window/WindowShell.h"
UI_ASSEMBLY = "features"
UI_WINDOW = "window"


def ui_violation(path, header):
    """Why the ui/ file `path` may not include `header` (a path under ui/), or None."""
    source, target = concern(path), header.split("/")[0]
    if source == target or source == UI_ASSEMBLY or target in UI_BLOCKS:
        return None
    if source in UI_BLOCKS:
        return f"the building block ui/{source} includes ui/{target}"
    if source == UI_WINDOW:
        return f"the window includes the feature folder ui/{target}"
    if header == UI_SHELL:
        return None
    if target == UI_WINDOW:
        return f"the feature folder ui/{source} includes the window beyond {UI_SHELL}"
    return f"the feature folder ui/{source} includes the feature folder ui/{target}"


def concern(path):
    parts = path.relative_to(ROOT).parts
    return parts[1] if len(parts) > 2 else None


def main():
    errors = []
    edges = {}  # (from concern, to concern) in core -> first place seen
    for folder, allowed in (("core", {"core"}), ("app/cli", {"core", "app"}), ("ui", {"core", "ui"})):
        for f in sources(folder):
            for n, line in enumerate(f.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                kind, header = m.groups()
                where = f"{f.relative_to(ROOT)}:{n}"
                if kind == "<":
                    if folder in ("core", "app/cli") and (header.startswith(GUI_MODULES) or GUI_CLASSES.match(header)):
                        errors.append(f"{where}: {folder} includes the GUI header <{header}>")
                    continue
                to = owner(header)
                if to is None:
                    continue
                if to not in allowed:
                    errors.append(f"{where}: {folder} must not include {to}/ (\"{header}\")")
                if folder == "ui" and to == "ui" and concern(f):
                    why = ui_violation(f, header)
                    if why:
                        errors.append(f"{where}: {why} (\"{header}\")")
                if folder == "core" and to == "core":
                    a, b = concern(f), header.split("/")[0]
                    if a and a != b:
                        edges.setdefault((a, b), where)
    for a, b in (("json", "edit"),):
        if (a, b) in edges and (b, a) in edges:
            errors.append(f"core/{a} and core/{b} include each other: {edges[(a, b)]} and {edges[(b, a)]}")
    for e in errors:
        print(e)
    print(f"{len(errors)} violation(s)" if errors else "include directions: ok")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
