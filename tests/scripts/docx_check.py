#!/usr/bin/python3
"""Reads an exported Word document back, as Word and a reviewer would, and checks what issue 17 asks:
named styles for the report's parts, every run in its language, lists as Word lists, tables with a
repeated header row, core properties, the paper size; with --pdf, LibreOffice converts it to PDF and the
text of each language is there, in order.

usage: docx_check.py --cpcreport BIN --sample REPORT.json
                     [--language en|es|both] [--layout sequential|parallel] [--paper letter|a4] [--pdf]
Exits 0 when every check holds, 1 with the failed checks listed.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import docx
from docx.oxml.ns import qn

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def run_languages(document):
    langs = {}
    unmarked = 0
    for r in document.element.body.iter(qn('w:r')):
        texts = ''.join(t.text or '' for t in r.iter(qn('w:t')))
        if not texts.strip():
            continue
        lang = r.find(qn('w:rPr') + '/' + qn('w:lang'))
        if lang is None:
            unmarked += 1
            continue
        v = lang.get(qn('w:val'))
        langs[v] = langs.get(v, 0) + len(texts)
    return langs, unmarked


def arguments():
    """The options of the checks that export the sample report (same_content_check.py shares them)."""
    a = argparse.ArgumentParser()
    a.add_argument('--cpcreport', required=True)
    a.add_argument('--sample', required=True)
    a.add_argument('--language', default='both')
    a.add_argument('--layout', default='sequential')
    a.add_argument('--paper', default='letter')
    return a


def new_report(o, work):
    """The sample as a report file in `work`, or None (said why)."""
    report_file = os.path.join(work, 'informe.cpcreport')
    made = subprocess.run([o.cpcreport, 'new', report_file, '--from-json', o.sample], capture_output=True, text=True)
    if made.returncode != 0:
        print('new failed:', made.stderr)
        return None
    return report_file


def main():
    a = arguments()
    a.add_argument('--pdf', action='store_true')
    o = a.parse_args()

    work = tempfile.TemporaryDirectory()
    report_file = new_report(o, work.name)
    if report_file is None:
        return 1
    out = os.path.join(work.name, f'report-{o.language}-{o.layout}-{o.paper}.docx')
    r = subprocess.run([o.cpcreport, 'export-docx', report_file, '-o', out, '--language', o.language,
                        '--layout', o.layout, '--paper', o.paper], capture_output=True, text=True)
    if r.returncode != 0:
        print('export-docx failed:', r.returncode, r.stderr)
        return 1
    report = json.loads(subprocess.run([o.cpcreport, 'export-json', report_file], capture_output=True, text=True,
                                       check=True).stdout)
    d = docx.Document(out)

    # Styles: Word's navigation pane and contents need real heading styles.
    names = {s.name for s in d.styles}
    for needed in ('Title', 'Heading 1', 'Heading 2', 'Heading 3', 'List Paragraph', 'caption', 'Table Grid'):
        check(needed in names or needed.lower() in {n.lower() for n in names}, f'style {needed} is defined')
    used = [p.style.name for p in d.paragraphs]
    check('Title' in used, 'the title paragraph has the Title style')
    heading_texts = [p.text for p in d.paragraphs if p.style.name.startswith('Heading 1')]
    if o.layout == 'parallel':
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    heading_texts += [p.text for p in c.paragraphs if p.style.name.startswith('Heading 1')]
    check(len(heading_texts) >= len(report['sections']), f'a Heading 1 per section ({len(heading_texts)} found)')

    # Languages of the runs.
    langs, unmarked = run_languages(d)
    check(unmarked == 0, f'every run has a language ({unmarked} without)')
    check(set(langs) <= {'en-US', 'es-CO'}, f'languages are en-US and es-CO only ({sorted(langs)})')
    if o.language == 'en':
        check(langs.get('en-US', 0) > 10 * langs.get('es-CO', 0), f'an English document is in English ({langs})')
    elif o.language == 'es':
        check(langs.get('es-CO', 0) > 10 * langs.get('en-US', 0), f'a Spanish document is in Spanish ({langs})')
    else:
        check(langs.get('en-US', 0) > 0 and langs.get('es-CO', 0) > 0, f'both languages are there ({langs})')

    # Lists as Word lists.
    numbered = [p for p in d.paragraphs if p._p.find(qn('w:pPr') + '/' + qn('w:numPr')) is not None]
    body = json.dumps(report.get('sections', []), ensure_ascii=False)
    if '\\n- ' in body or '\\n* ' in body or '\\n1. ' in body:
        check(len(numbered) > 0 or o.layout == 'parallel', 'bullets of the narratives are Word list paragraphs')

    # Tables: a header row that repeats on every page.
    data_tables = [t for t in d.tables if t._tbl.find(qn('w:tblPr') + '/' + qn('w:tblStyle')) is not None]
    check(len(data_tables) >= 2, f'indicator and annex tables are Word tables ({len(data_tables)})')
    for i, t in enumerate(data_tables):
        first = t.rows[0]._tr
        check(first.find(qn('w:trPr') + '/' + qn('w:tblHeader')) is not None, f'table {i} repeats its header row')

    # Core properties and the page.
    title = report['report']['title']
    check(d.core_properties.title and (title['en'] in d.core_properties.title or title['es'] in d.core_properties.title),
          f'the document title is the report title ({d.core_properties.title!r})')
    check(d.core_properties.language in ('en-US', 'es-CO'), 'the document has a language')
    width = d.sections[0].page_width.inches
    check(abs(width - (8.27 if o.paper == 'a4' else 8.5)) < 0.05, f'the paper is {o.paper} ({width:.2f} in wide)')

    if o.pdf:
        with tempfile.TemporaryDirectory() as tmp:
            profile = 'file://' + os.path.join(tmp, 'profile')
            c = subprocess.run(['soffice', f'-env:UserInstallation={profile}', '--headless', '--convert-to', 'pdf',
                                '--outdir', tmp, out], capture_output=True, text=True, timeout=240)
            pdf = os.path.join(tmp, os.path.basename(out)[:-5] + '.pdf')
            check(c.returncode == 0 and os.path.exists(pdf), f'LibreOffice converts it ({c.stderr.strip()[:200]})')
            if os.path.exists(pdf):
                text = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
                flat = ' '.join(text.split())
                en_at = flat.find(' '.join(title['en'].split()))
                es_at = flat.find(' '.join(title['es'].split()))
                if o.language in ('en', 'both'):
                    check(en_at >= 0, 'the English title is in the converted PDF')
                if o.language in ('es', 'both'):
                    check(es_at >= 0, 'the Spanish title is in the converted PDF')
                # In order: the first section's title comes before the last one's.
                lang = 'es' if o.language == 'es' else 'en'
                firsts = [' '.join(s['title'][lang].split()) for s in report['sections'] if s.get('title', {}).get(lang)]
                if len(firsts) >= 2:
                    a_at, b_at = flat.find(firsts[0]), flat.rfind(firsts[-1])
                    check(0 <= a_at < b_at, f'sections are in order in the converted PDF ({a_at}, {b_at})')
    for f in failures:
        print('FAILED:', f)
    print(f'{len(failures)} failed checks' if failures else 'all checks passed')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
