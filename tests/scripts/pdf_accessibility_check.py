#!/usr/bin/python3
"""Accessibility check of an exported PDF, the rules veraPDF would check for PDF/UA-1 that our reports
depend on (veraPDF is not packaged for Debian). Reads the file back with pikepdf (python3-pikepdf; run
with /usr/bin/python3, which sees Debian's packages).

  pdf_accessibility_check.py check FILE.pdf [--languages en|es|both] [--layout sequential|parallel]
                                            [--draft | --final]
  pdf_accessibility_check.py suite --cpcreport BIN --sample JSON --generator PY [--workdir DIR]

`check` prints every rule broken and exits 1 if any; `suite` exports the sample in every layout,
language and paper size, a generated large report in both layouts, a draft and a final print, and
checks each."""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import pikepdf
from pikepdf import Name

STANDARD = set("""Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4
H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot
Ruby RB RT RP Warichu WT WP Figure Formula Form""".split())
LANGS = {"en-US", "es-CO"}
EN_WORDS = set("the and of to is was with for that this from were have has by".split())
ES_WORDS = set("el la los las del y que con por para una es fue se al como más".split())
TEXT_OPS = {"Tj", "TJ", "'", '"'}
PAINT_OPS = {"f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "sh", "Do"}


class Checker:
    def __init__(self, path, languages="both", layout="sequential", draft=None):
        self.path, self.languages, self.layout, self.draft = path, languages, layout, draft
        self.problems = []
        self.pdf = pikepdf.open(path)
        self.root = self.pdf.Root

    def fail(self, msg):
        if len(self.problems) < 40:
            self.problems.append(msg)

    def run(self):
        self.document()
        self.fonts()
        if "/StructTreeRoot" not in self.root:
            self.fail("no structure tree (/StructTreeRoot)")
            return self.problems
        self.tree()
        self.contents()
        self.annotations()
        self.languages_of_parts()
        self.tools()
        return self.problems

    # The catalog, the metadata, the header.
    def document(self):
        if float(self.pdf.pdf_version) < 1.7:
            self.fail(f"PDF version {self.pdf.pdf_version} (1.7 or later expected)")
        lang = str(self.root.get("/Lang", ""))
        if lang not in LANGS:
            self.fail(f"catalog /Lang is '{lang}'")
        self.doc_lang = lang
        mark = self.root.get("/MarkInfo")
        if not mark or not bool(mark.get("/Marked", False)):
            self.fail("/MarkInfo /Marked is not true")
        vp = self.root.get("/ViewerPreferences")
        if not vp or not bool(vp.get("/DisplayDocTitle", False)):
            self.fail("/ViewerPreferences /DisplayDocTitle is not true")
        if "/PageLabels" not in self.root:
            self.fail("no /PageLabels")
        title = str(self.pdf.docinfo.get("/Title", "")) if self.pdf.docinfo else ""
        if not title.strip():
            self.fail("no document title in /Info")
        if "/Metadata" not in self.root:
            self.fail("no XMP metadata")
            return
        xmp = ET.fromstring(self.root.Metadata.read_bytes().decode("utf-8").split("?>", 1)[1].rsplit("<?xpacket", 1)[0])
        ns = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "dc": "http://purl.org/dc/elements/1.1/",
              "pdfuaid": "http://www.aiim.org/pdfua/ns/id/"}
        part = xmp.find(".//pdfuaid:part", ns)
        if part is None or part.text != "1":
            self.fail("XMP has no pdfuaid:part 1")
        xl = "{http://www.w3.org/XML/1998/namespace}lang"
        titles = {li.get(xl): li.text for li in xmp.findall(".//dc:title/rdf:Alt/rdf:li", ns)}
        want = {"x-default"} | ({"en-US", "es-CO"} if self.languages == "both" else
                                {"en-US"} if self.languages == "en" else {"es-CO"})
        if not want <= set(titles) or not all((titles[k] or "").strip() for k in want):
            self.fail(f"XMP dc:title has {sorted(titles)}, expected {sorted(want)}")

    def fonts(self):
        seen = set()
        for page in self.pdf.pages:
            fonts = page.obj.get("/Resources", {}).get("/Font", {})
            for name in fonts.keys():
                font = fonts[name]
                if font.objgen in seen:
                    continue
                seen.add(font.objgen)
                desc = font.DescendantFonts[0].get("/FontDescriptor") if "/DescendantFonts" in font else font.get("/FontDescriptor")
                if desc is None or not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    self.fail(f"font {font.get('/BaseFont')} is not embedded")
                if "/ToUnicode" not in font:
                    self.fail(f"font {font.get('/BaseFont')} has no ToUnicode map")
                    continue
                cmap = font.ToUnicode.read_bytes()
                if b"begincidrange" in cmap or not (b"beginbfrange" in cmap or b"beginbfchar" in cmap):
                    self.fail(f"font {font.get('/BaseFont')}: the ToUnicode map is not a bf map")

    # The structure tree, in order.
    def tree(self):
        self.mcr = {}         # (page objgen, mcid) -> element objgen
        self.objr = {}        # annotation objgen -> element
        self.elements = []    # (type, element) in document order
        self.pages = {p.obj.objgen: i for i, p in enumerate(self.pdf.pages)}
        headings = []
        stack = [(self.root.StructTreeRoot.get("/K"), None)]
        order = []

        def kids_of(k):
            if k is None:
                return []
            if isinstance(k, pikepdf.Array):
                return list(k)
            return [k]

        def visit(e, page):
            if isinstance(e, int) or (isinstance(e, pikepdf.Object) and not isinstance(e, pikepdf.Dictionary)):
                return ("mcid", int(e), page)
            t = str(e.get("/Type", "/StructElem"))
            if t == "/MCR":
                return ("mcid", int(e.MCID), e.get("/Pg", page))
            if t == "/OBJR":
                return ("objr", e.Obj, e.get("/Pg", page))
            return ("elem", e, e.get("/Pg", page))

        def walk(e, page):
            s = str(e.S)[1:]
            if s not in STANDARD:
                self.fail(f"non-standard structure type {s}")
            self.elements.append((s, e))
            if re.fullmatch(r"H[1-6]", s):
                headings.append(int(s[1]))
            lang = e.get("/Lang")
            if lang is not None and str(lang) not in LANGS:
                self.fail(f"element {s} has /Lang '{lang}'")
            kids = []
            for k in kids_of(e.get("/K")):
                kind, val, pg = visit(k, e.get("/Pg", page))
                if kind == "elem":
                    if val.get("/P") is None or val.P.objgen != e.objgen:
                        self.fail(f"{val.get('/S')} under {s} has a wrong /P")
                    kids.append(str(val.S)[1:])
                    walk(val, pg)
                elif kind == "mcid":
                    if pg is None:
                        self.fail(f"{s}: marked content without a page")
                        continue
                    key = (pg.objgen, val)
                    if key in self.mcr:
                        self.fail(f"MCID {val} on page {self.pages.get(pg.objgen)} is claimed twice")
                    self.mcr[key] = e
                else:
                    self.objr[val.objgen] = e
            self.rules(s, e, kids)

        top = kids_of(self.root.StructTreeRoot.get("/K"))
        for k in top:
            walk(k, None)
        prev = 0
        for level in headings:
            if level > prev + 1:
                self.fail(f"heading H{level} follows H{prev}: a level is skipped")
            if level > 3:
                self.fail(f"heading H{level}: the report uses H1-H3")
            prev = level
        if not headings or headings[0] != 1:
            self.fail("the first heading is not H1")
        types = {t for t, _ in self.elements}
        for needed in ["P", "H1", "H2", "Table", "TR", "TH", "TD", "TOC", "TOCI", "Link"]:
            if needed not in types:
                self.fail(f"no {needed} element in the tree")

    def rules(self, s, e, kids):
        allowed = {"L": {"LI", "L", "Caption"}, "LI": {"Lbl", "LBody"}, "TOC": {"TOCI", "TOC"},
                   "TR": {"TH", "TD"}, "Table": {"TR", "THead", "TBody", "TFoot", "Caption"}}
        if s in allowed and not set(kids) <= allowed[s]:
            self.fail(f"{s} holds {sorted(set(kids) - allowed[s])}")
        if s == "LI" and "LBody" not in kids:
            self.fail("LI without LBody")
        if s == "TH":
            a = e.get("/A")
            attrs = list(a) if isinstance(a, pikepdf.Array) else [a] if a is not None else []
            if not any(isinstance(x, pikepdf.Dictionary) and "/Scope" in x for x in attrs):
                self.fail("TH without /Scope")
        if s == "Table":
            rows = [k for k in pikepdf_kids(e) if str(k.S) == "/TR"]
            widths = {len(pikepdf_kids(r)) for r in rows}
            if len(widths) > 1:
                self.fail(f"a table's rows have {sorted(widths)} cells")
            if not any(str(c.S) == "/TH" for r in rows for c in pikepdf_kids(r)):
                self.fail("a table without header cells")
        if s == "Figure":
            alt = str(e.get("/Alt", "")).strip()
            lang = self.lang_of(e)
            if not alt:
                self.fail("Figure without /Alt")
            elif self.layout == "parallel" and self.languages == "both":
                if "Target" not in alt or "Meta" not in alt:
                    self.fail(f"Figure /Alt not in both languages: {alt[:60]}")
            elif ("Meta" if lang == "es-CO" else "Target") not in alt:
                self.fail(f"Figure /Alt not in its language {lang}: {alt[:60]}")
        if s == "Link" and not any(isinstance(k, pikepdf.Dictionary) and str(k.get("/Type")) == "/OBJR"
                                   for k in ([e.K] if not isinstance(e.K, pikepdf.Array) else list(e.K))):
            self.fail("Link without its annotation (OBJR)")

    def lang_of(self, e):
        while e is not None:
            if "/Lang" in e:
                return str(e.Lang)
            e = e.get("/P")
        return self.doc_lang

    # Every piece of content is marked: an artifact, or marked content the tree claims.
    def contents(self):
        self.text = {}  # element objgen -> text
        self.artifact_text = []
        tree = self.parent_tree()
        for i, page in enumerate(self.pdf.pages):
            pg = page.obj.objgen
            stack, mcids, artifacts = [], set(), []
            sp = page.obj.get("/StructParents")
            if sp is None:
                self.fail(f"page {i + 1} has no /StructParents")
            for operands, op in pikepdf.parse_content_stream(page):
                op = str(op)
                if op == "BDC":
                    props = operands[1]
                    mcid = int(props.MCID) if isinstance(props, pikepdf.Dictionary) and "/MCID" in props else None
                    stack.append((str(operands[0]), mcid))
                    if mcid is not None:
                        if mcid in mcids:
                            self.fail(f"page {i + 1}: MCID {mcid} used twice")
                        mcids.add(mcid)
                        if (pg, mcid) not in self.mcr:
                            self.fail(f"page {i + 1}: MCID {mcid} belongs to no element")
                        elif sp is not None and tree.get(int(sp), {}).get(mcid) != self.mcr[(pg, mcid)].objgen:
                            self.fail(f"page {i + 1}: the parent tree does not lead MCID {mcid} back to its element")
                elif op == "BMC":
                    stack.append((str(operands[0]), None))
                elif op == "EMC":
                    if not stack:
                        self.fail(f"page {i + 1}: EMC without BDC")
                    else:
                        stack.pop()
                elif op in TEXT_OPS or op in PAINT_OPS:
                    if not stack:
                        self.fail(f"page {i + 1}: '{op}' outside marked content (neither artifact nor tagged)")
                        continue
                    if op in TEXT_OPS:
                        t = decode(operands)
                        tag, mcid = stack[-1]
                        if tag == "/Artifact" or any(s[0] == "/Artifact" for s in stack):
                            artifacts.append(t)
                        elif mcid is not None and (pg, mcid) in self.mcr:
                            el = self.mcr[(pg, mcid)]
                            self.text[el.objgen] = self.text.get(el.objgen, "") + t + " "
            if stack:
                self.fail(f"page {i + 1}: marked content left open")
            self.artifact_text.append(" ".join(artifacts))
            for (p, m) in self.mcr:
                if p == pg and m not in mcids:
                    self.fail(f"page {i + 1}: the tree claims MCID {m}, which the page lacks")
                    break
        marks = ["DRAFT / BORRADOR" in t for t in self.artifact_text]
        if self.draft is True and not all(marks):
            self.fail(f"the draft mark is missing on {marks.count(False)} page(s)")
        if self.draft is False and any(marks):
            self.fail("a final print carries the draft mark")

    def parent_tree(self):
        out = {}

        def walk(node):
            nums = node.get("/Nums")
            if nums is not None:
                for k in range(0, len(nums), 2):
                    v = nums[k + 1]
                    out[int(nums[k])] = ({j: x.objgen for j, x in enumerate(v) if isinstance(x, pikepdf.Dictionary)}
                                         if isinstance(v, pikepdf.Array) else v.objgen)
            for kid in node.get("/Kids", []):
                walk(kid)
        walk(self.root.StructTreeRoot.ParentTree)
        self.parents = out
        return out

    def annotations(self):
        for i, page in enumerate(self.pdf.pages):
            annots = page.obj.get("/Annots", [])
            if len(annots) and str(page.obj.get("/Tabs", "")) != "/S":
                self.fail(f"page {i + 1} has annotations but no /Tabs /S")
            for a in annots:
                if str(a.get("/Subtype")) != "/Link":
                    continue
                if not str(a.get("/Contents", "")).strip():
                    self.fail(f"page {i + 1}: a link without /Contents")
                el = self.objr.get(a.objgen)
                if el is None or str(el.S) != "/Link":
                    self.fail(f"page {i + 1}: a link annotation no Link element holds")
                elif self.parents.get(int(a.get("/StructParent", -1))) != el.objgen:
                    self.fail(f"page {i + 1}: a link's /StructParent does not lead to its Link element")

    # WCAG 3.1.2: a passage long enough to tell its language is tagged with it.
    def languages_of_parts(self):
        seen = set()
        for _, e in self.elements:
            t = self.text.get(e.objgen, "")
            words = re.findall(r"[a-záéíóúñü]+", t.lower())
            if not words:
                continue
            lang = self.lang_of(e)
            seen.add(lang)
            en = sum(w in EN_WORDS for w in words)
            es = sum(w in ES_WORDS for w in words)
            said = "en-US" if en >= 3 and en >= 2 * es else "es-CO" if es >= 3 and es >= 2 * en else None
            if said and said != lang:
                self.fail(f"{str(e.S)[1:]} in {said} tagged {lang}: {t[:70]}")
        # A one-language print may hold the other language where a translation is missing (the original
        # stands in, tagged with its language).
        want = {"both": LANGS, "en": {"en-US"}, "es": {"es-CO"}}[self.languages]
        if not want <= seen:
            self.fail(f"text is tagged {sorted(seen)}, expected {sorted(want)}")

    # What readers' software says about the file.
    def tools(self):
        r = subprocess.run(["pdftotext", self.path, "-"], capture_output=True, text=True)
        if r.returncode != 0 or "Syntax" in r.stderr or "Error" in r.stderr:
            self.fail(f"pdftotext: {r.stderr.strip()[:200]}")
        r = subprocess.run(["qpdf", "--check", self.path], capture_output=True, text=True)
        if r.returncode != 0 or "WARNING" in r.stdout + r.stderr:
            self.fail(f"qpdf --check: {(r.stdout + r.stderr).strip()[-200:]}")
        if shutil.which("mutool"):
            with tempfile.TemporaryDirectory() as d:
                r = subprocess.run(["mutool", "draw", "-F", "txt", "-o", os.path.join(d, "t.txt"), self.path],
                                   capture_output=True, text=True)
            # mutool reports each page it draws ("page FILE N") and that this build lacks colour management.
            noise = re.compile(r"^(page .* \d+|warning: ICC support is not available)$")
            said = [l for l in r.stderr.splitlines() if l.strip() and not noise.match(l.strip())]
            if r.returncode != 0 or said:
                self.fail(f"mutool: {' / '.join(said)[:200]}")


# Short phrases (each fits a line) in Chinese, Japanese and Korean.
CJK = "儿童保护取得了进展。 日本語の保護、カタカナ。 아동 보호 협력"


def pikepdf_kids(e):
    k = e.get("/K")
    items = list(k) if isinstance(k, pikepdf.Array) else [k] if k is not None else []
    return [x for x in items if isinstance(x, pikepdf.Dictionary) and "/S" in x]


def decode(operands):
    """Our fonts' codes are the characters' UTF-16 values (PdfContentWriter)."""
    parts = []
    for o in operands:
        items = list(o) if isinstance(o, pikepdf.Array) else [o]
        for x in items:
            if isinstance(x, pikepdf.String):
                parts.append(bytes(x).decode("utf-16-be", errors="replace"))
    return "".join(parts)


def check(path, **kw):
    problems = Checker(path, **kw).run()
    for p in problems:
        print(f"{os.path.basename(path)}: {p}")
    return not problems


def suite(a):
    work = a.workdir or tempfile.mkdtemp(prefix="pdfa11y")
    os.makedirs(work, exist_ok=True)
    run = lambda *args: subprocess.run([a.cpcreport, *args], capture_output=True, text=True)
    ok = True
    reports = {}
    sample = os.path.join(work, "sample.cpcreport")
    if os.path.exists(sample):
        os.remove(sample)
    if run("new", sample, "--from-json", a.sample).returncode != 0:
        print("could not create the sample report")
        return False
    reports["sample"] = sample
    subprocess.run([sys.executable, a.generator, "--scale", "0.3", "--out", os.path.join(work, "large")], check=True)
    large = os.path.join(work, "large.cpcreport")
    if os.path.exists(large):
        os.remove(large)
    if run("new", large, "--from-json", os.path.join(work, "large.json")).returncode != 0:
        print("could not create the large report")
        return False
    reports["large"] = large
    # Chinese, Japanese and Korean, printed with the fallback faces (a font of their own, with its own
    # ToUnicode map), in both languages' text of one section.
    scripts = os.path.join(work, "scripts.cpcreport")
    if os.path.exists(scripts):
        os.remove(scripts)
    patch = os.path.join(work, "scripts.json")
    with open(patch, "w", encoding="utf-8") as f:
        json.dump({"sections": [{"id": "objective-3", "body": {"en": "Partners wrote: " + CJK, "es": "Socios escribieron: " + CJK}}]}, f)
    if run("new", scripts, "--from-json", a.sample).returncode != 0 or run("apply", scripts, patch).returncode != 0:
        print("could not create the report with Chinese, Japanese and Korean text")
        return False
    reports["scripts"] = scripts
    for name, path in reports.items():
        checked = run("check", path, "--json")
        findings = json.loads(checked.stdout or "[]")
        findings = findings.get("findings", findings) if isinstance(findings, dict) else findings
        ready = not any(f.get("severity") == "error" for f in findings)
        combos = [("sequential", "en"), ("sequential", "es"), ("sequential", "both"), ("parallel", "both")]
        papers = ["letter", "a4"] if name == "sample" else ["letter"]
        if name in ("large", "scripts"):
            combos = [("sequential", "both"), ("parallel", "both")]
        for layout, lang in combos:
            for paper in papers:
                out = os.path.join(work, f"{name}-{layout}-{lang}-{paper}.pdf")
                r = run("export-pdf", path, "-o", out, "--layout", layout, "--language", lang, "--paper", paper)
                if r.returncode != 0:
                    print(f"export failed: {out}: {r.stderr.strip()}")
                    ok = False
                    continue
                ok &= check(out, languages=lang, layout=layout, draft=not ready)
                if name == "scripts":
                    # A line may end between two of these characters: lines are joined without a space.
                    text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True).stdout.replace("\n", "")
                    for phrase in CJK.split(" "):
                        if phrase not in text:
                            print(f"{os.path.basename(out)}: '{phrase}' does not read back")
                            ok = False
        if not ready:
            out = os.path.join(work, f"{name}-final.pdf")
            if run("export-pdf", path, "-o", out, "--final").returncode != 0:
                print(f"export --final failed: {out}")
                ok = False
            else:
                ok &= check(out, draft=False)
    print("accessibility check:", "passed" if ok else "FAILED", f"({work})")
    return ok


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("check")
    c.add_argument("pdf")
    c.add_argument("--languages", default="both", choices=["en", "es", "both"])
    c.add_argument("--layout", default="sequential", choices=["sequential", "parallel"])
    g = c.add_mutually_exclusive_group()
    g.add_argument("--draft", action="store_true")
    g.add_argument("--final", action="store_true")
    s = sub.add_parser("suite")
    s.add_argument("--cpcreport", required=True)
    s.add_argument("--sample", required=True)
    s.add_argument("--generator", required=True)
    s.add_argument("--workdir")
    a = ap.parse_args()
    if a.cmd == "check":
        draft = True if a.draft else False if a.final else None
        return 0 if check(a.pdf, languages=a.languages, layout=a.layout, draft=draft) else 1
    return 0 if suite(a) else 1


if __name__ == "__main__":
    sys.exit(main())
