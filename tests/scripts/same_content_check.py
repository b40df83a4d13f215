#!/usr/bin/python3
"""The PDF and the Word version of one report say the same in the same order (issue 17: the Word
exporter is a second target of the composed report, not a second composer).

Exports the sample report both ways with the same choices, then:
- every heading and paragraph of the Word document (cover, contents, headings, narratives, facts, notes,
  captions; in the parallel layout each column of a row in turn) is found in the PDF's text, each after
  the one before it;
- every bookmark of the PDF (its headings) is found in the Word document's text, in the same order.
Texts are compared by their letters and digits only: line breaks, hyphens the PDF adds at line ends,
bullets, the " / " between languages and page numbers are how each format sets the words, not the words.

usage: same_content_check.py --cpcreport BIN --sample REPORT.json [--language en|es|both]
                             [--layout sequential|parallel] [--paper letter|a4]
Exits 0 when both orders hold, 1 with the first text out of order.
"""
import os
import subprocess
import sys
import tempfile

import docx
import docx.table
import docx.text.paragraph
import pikepdf
from docx.oxml.ns import qn

from docx_check import arguments, new_report

# The Word styles of the body's words; TableText is a data table's cell (compared as the table is, not here).
WORDS = ('Title', 'Subtitle', 'Heading', 'Normal', 'List Paragraph', 'Subheading', 'Note', 'TOC', 'caption',
         'Caption')


def key(text):
    return ''.join(c for c in text.lower() if c.isalnum())


def docx_texts(path):
    """Paragraph texts in reading order with their column: None across the page, 0 the parallel
    layout's English column, 1 its Spanish one."""
    d = docx.Document(path)
    out = []

    def paragraph(p, column=None):
        style = p.style.name if p.style is not None else ''
        if style.startswith(WORDS) and key(p.text):
            out.append((p.text, column))

    for child in d.element.body.iterchildren():
        if child.tag == qn('w:p'):
            paragraph(docx.text.paragraph.Paragraph(child, d))
        elif child.tag == qn('w:tbl'):
            if child.find(qn('w:tblPr') + '/' + qn('w:tblStyle')) is not None:
                continue  # a data table
            for row in docx.table.Table(child, d).rows:
                for column, cell in enumerate(row.cells):
                    for p in cell.paragraphs:
                        paragraph(p, column)
    return out


def pdf_text(path, height):
    # As stored (-raw): the order a screen reader follows, each column of the parallel layout whole. The
    # frame only: the running head, the draft mark and the page numbers are page furniture.
    return subprocess.run(['pdftotext', '-raw', '-y', '60', '-H', str(height - 120), '-W', '1000', path, '-'],
                          capture_output=True, text=True, check=True).stdout


def bookmarks(path, parts):
    """The headings' bookmarks in order; with several parts, their roots are the parts' languages."""
    out = []
    with pikepdf.open(path) as pdf:
        with pdf.open_outline() as outline:
            def walk(items):
                for item in items:
                    out.append(item.title)
                    walk(item.children)
            if parts:
                for part in outline.root:
                    walk(part.children)
            else:
                walk(outline.root)
    return out


def find(k, haystack, at):
    """Where `k` ends, found at or after `at`, or -1. A paragraph of the parallel layout that a page
    break cuts is stored as its page's part, the other column's part on that page, then its rest on
    the next page: its longest leading part is taken, and the rest must follow."""
    found = haystack.find(k, at)
    if found >= 0:
        return found + len(k)
    low, high = 0, len(k) - 1  # the longest prefix found: binary search, as shorter prefixes are found too
    while low < high:
        mid = (low + high + 1) // 2
        if haystack.find(k[:mid], at) >= 0:
            low = mid
        else:
            high = mid - 1
    if low < 8:
        return -1
    start = haystack.find(k[:low], at) + low
    rest = haystack.find(k[low:], start)
    return rest + len(k) - low if rest >= 0 else -1


def in_order(needles, haystack, what):
    """The first needle not found after the one before it, or None. A bookmark of the parallel layout
    names both languages ("Summary / Resumen"); the columns' headings name one each."""
    at = 0
    for n in needles:
        for piece in ([n] if key(n) in haystack[at:] or ' / ' not in n else n.split(' / ')):
            k = key(piece)
            if not k:
                continue
            end = find(k, haystack, at)
            if end < 0:
                context = haystack[max(0, at - 60):at + 120]
                return f'{what}: {piece!r} is not found after position {at} (text there: {context!r})'
            at = end
    return None


def main():
    o = arguments().parse_args()
    work = tempfile.TemporaryDirectory()
    report = new_report(o, work.name)
    if report is None:
        return 1
    choices = ['--language', o.language, '--layout', o.layout, '--paper', o.paper]
    pdf = os.path.join(work.name, 'report.pdf')
    word = os.path.join(work.name, 'report.docx')
    for command, out in (('export-pdf', pdf), ('export-docx', word)):
        r = subprocess.run([o.cpcreport, command, report, '-o', out] + choices, capture_output=True, text=True)
        if r.returncode != 0:
            print(command, 'failed:', r.returncode, r.stderr)
            return 1

    placed = docx_texts(word)
    texts = [t for t, _ in placed]
    pdf_words = key(pdf_text(pdf, 842 if o.paper == 'a4' else 792))
    word_words = key(' '.join(texts))
    heads = bookmarks(pdf, o.language == 'both' and o.layout == 'sequential')
    failures = []
    if len(texts) < 20 or len(heads) < 10:
        failures.append(f'too little to compare ({len(texts)} Word paragraphs, {len(heads)} bookmarks)')
    # The parallel layout's columns are each read whole, but a page break cuts a pair of columns: the
    # PDF stores that page's part of each column, then the next page's. So each column is in order,
    # together with what stands across the page.
    streams = [texts] if o.layout == 'sequential' else [[t for t, c in placed if c in (None, side)] for side in (0, 1)]
    results = [in_order(stream, pdf_words, 'Word paragraph missing from the PDF or out of order') for stream in streams]
    for failure in results + [in_order(heads, word_words, 'PDF heading missing from the Word version or out of order')]:
        if failure:
            failures.append(failure)
    for f in failures:
        print('FAILED:', f)
    print(f'{len(failures)} failed checks' if failures else
          f'all checks passed ({len(texts)} paragraphs and {len(heads)} headings in the same order)')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
