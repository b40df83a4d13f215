#!/usr/bin/env python3
"""Draws docs/images/architecture.svg (the picture of docs/architecture.md). No dependencies:
run `python3 docs/images/architecture.py` after changing the layers, the ui folders or core's concerns."""
import math
import pathlib

W, H = 980, 626
out = []


def box(x, y, w, h, title, sub="", fill="#ffffff", stroke="#4a5a6a", bold=False, size=13):
    out.append(f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="6" fill="{fill}" stroke="{stroke}"/>')
    weight = "bold" if bold else "normal"
    ty = y + (h / 2 + 4 if not sub else h / 2 - 3)
    out.append(f'<text x="{x + w / 2}" y="{ty}" font-size="{size}" font-weight="{weight}" '
               f'text-anchor="middle">{title}</text>')
    if sub:
        out.append(f'<text x="{x + w / 2}" y="{ty + 15}" font-size="10.5" fill="#445" '
                   f'text-anchor="middle">{sub}</text>')


def band(y, h, name, note, fill):
    out.append(f'<rect x="10" y="{y}" width="{W - 20}" height="{h}" rx="10" fill="{fill}" stroke="#9aa"/>')
    out.append(f'<text x="24" y="{y + 22}" font-size="16" font-weight="bold">{name}</text>')
    out.append(f'<text x="24" y="{y + 40}" font-size="11" fill="#445">{note}</text>')


def arrow(x1, y1, x2, y2, color="#333", label="", dash=False):
    d = ' stroke-dasharray="5,4"' if dash else ""
    out.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{color}" stroke-width="1.6"{d}/>')
    # The head as a plain triangle: SVG markers are not drawn by every viewer (Qt's, for one).
    length = math.hypot(x2 - x1, y2 - y1)
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    bx, by = x2 - 9 * ux, y2 - 9 * uy
    points = f"{x2},{y2} {bx - 4.5 * uy},{by + 4.5 * ux} {bx + 4.5 * uy},{by - 4.5 * ux}"
    out.append(f'<polygon points="{points}" fill="{color}"/>')
    if label:
        out.append(f'<text x="{(x1 + x2) / 2 + 6}" y="{(y1 + y2) / 2}" font-size="10.5" '
                   f'fill="{color}">{label}</text>')


# app
band(10, 70, "app/", "main() and the command line", "#eef3fb")
box(200, 22, 260, 46, "app/Gui.cpp", "the window, handed installWindowFeatures")
box(640, 22, 300, 46, "app/cli/", "one file per command: links core alone")

# ui
band(92, 350, "ui/", "widgets over core, cut by feature", "#f3f8ee")
box(330, 100, 330, 40, "ui/features", "the assembly: the one place naming several features", "#fff7d6",
    bold=True)
features = ["activities", "comments", "contributions", "help", "history", "indicatordata", "indicators",
            "pdfexport", "readiness", "spelling", "start", "structure", "workflow"]
out.append('<text x="24" y="160" font-size="11" fill="#445">feature folders: pages, docks, menus, dialogs '
           '(never include each other, nor MainWindow)</text>')
for i, name in enumerate(features):
    r, c = divmod(i, 7)
    box(24 + c * 124, 166 + r * 34, 118, 30, name, size=11.5)
arrow(580, 140, 580, 164)
box(260, 252, 220, 44, "WindowShell", "window/WindowShell.h: the interface", "#e6f0ff", bold=True)
box(560, 252, 230, 44, "MainWindow", "window/: the one implementation", "#e6f0ff")
arrow(560, 274, 482, 274, "#335")
out.append('<text x="490" y="266" font-size="10.5" fill="#335">implements</text>')
arrow(370, 234, 370, 250, "#335")
out.append('<text x="376" y="246" font-size="10.5" fill="#335">talk to the window through</text>')
blocks = [("common", "dialogs, labels, notice bar"), ("undo", "EditSession"),
          ("editor", "text editors, pages"), ("navigator", "NavNode, ReviewTarget"),
          ("settings", "Preferences")]
out.append('<text x="40" y="326" font-size="11" fill="#445">building blocks: any ui folder may use them; '
           'they use only each other</text>')
for i, (name, sub) in enumerate(blocks):
    box(40 + i * 172, 334, 160, 44, name, sub, "#f4f4f4")
out.append('<text x="420" y="396" font-size="11" fill="#445">include_directions.py (a ctest) fails on '
           'any other include between ui folders</text>')

# core
band(454, 162, "core/", "everything that is not a widget: Qt Core only", "#fbf1ee")
core = [("model", "FieldSchema, Paths"), ("edit", "ChangeApplier"),
        ("storage", "ReportDocument"), ("json", "interchange format"), ("template", "report structures"),
        ("checks", "readiness"), ("merge", "contributions"), ("document", "composed for print"),
        ("pdf", "the printed report"), ("docx", "the Word version"), ("import", "indicator sheets"),
        ("export", "indicator sheets"), ("settings", "settings, Identity"), ("util", "Result, limits")]
for i, (name, sub) in enumerate(core):
    r, c = divmod(i, 7)
    box(24 + c * 135, 500 + r * 56, 125, 44, name, sub, "#ffffff")

# dependencies between the layers
arrow(325, 68, 325, 98, "#335", "app → ui")
arrow(930, 68, 930, 498, "#335")
out.append('<text x="866" y="300" font-size="10.5" fill="#335">cli → core</text>')
arrow(140, 380, 140, 454, "#335", "ui → core")

# the flow of a change (red): down from a page to the file, back up through the one notifier
arrow(330, 380, 330, 498, "#a33")
out.append('<text x="420" y="412" font-size="10.5" fill="#a33">down: 1 a page calls '
           'session-&gt;edit(changes), one undo step</text>')
out.append('<text x="420" y="426" font-size="10.5" fill="#a33">2 ReportDocument::apply 3 ChangeApplier, '
           'by FieldSchema 4 one SQLite transaction</text>')
arrow(400, 498, 400, 380, "#a33")
out.append('<text x="420" y="470" font-size="10.5" fill="#a33">up: 5 ReportDocument::changed(paths), '
           'models and pages follow</text>')

svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
       'font-family="DejaVu Sans, Arial, sans-serif">',
       f'<rect width="{W}" height="{H}" fill="#ffffff"/>'] + out + ["</svg>"]
target = pathlib.Path(__file__).with_name("architecture.svg")
target.write_text("\n".join(svg) + "\n", encoding="utf-8")
print(target)
