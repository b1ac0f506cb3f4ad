#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed workbooks of fuzz_xlsx into corpus_xlsx/: tiny valid .xlsx files that
between them use every part XlsxReader reads (shared strings with rich text and phonetic
guides, inline strings, styles with date formats, booleans, errors, formulas, the 1904 date
system, hidden and chart sheets). Run it again after changing it; the files are committed."""
import os
import zipfile

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'corpus_xlsx')

STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {NS}><numFmts count="1">'
          '<numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/></numFmts>'
          '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
          '<xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="21" applyNumberFormat="1"/>'
          '</cellXfs></styleSheet>')


def write(name, sheets, shared=None, date1904=False, styles=True):
    """sheets: (name, sheet XML rows, hidden, chart). Each workbook is written twice: deflated,
    as Excel writes it, and stored, so that the fuzzer's changes reach the XML itself."""
    entries = [('[Content_Types].xml',
                '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                '2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
                '</Types>'),
               ('_rels/.rels',
                f'<?xml version="1.0"?><Relationships {REL}><Relationship Id="rId1" '
                f'Type="{RT}/officeDocument" Target="xl/workbook.xml"/></Relationships>')]
    book = [f'<?xml version="1.0"?><workbook {NS} xmlns:r="{RT}">']
    if date1904:
        book.append('<workbookPr date1904="1"/>')
    book.append('<sheets>')
    rels = [f'<?xml version="1.0"?><Relationships {REL}>']
    for i, (title, rows, hidden, chart) in enumerate(sheets, 1):
        state = ' state="hidden"' if hidden else ''
        book.append(f'<sheet name="{title}" sheetId="{i}"{state} r:id="rId{i}"/>')
        folder, kind = ('chartsheets', 'chartsheet') if chart else ('worksheets', 'worksheet')
        rels.append(f'<Relationship Id="rId{i}" Type="{RT}/{kind}" Target="{folder}/sheet{i}.xml"/>')
        body = '<chartsheet/>' if chart else (
            f'<?xml version="1.0"?><worksheet {NS}><dimension ref="A1:C3"/>'
            f'<sheetData>{rows}</sheetData></worksheet>')
        entries.append((f'xl/{folder}/sheet{i}.xml', body))
    book.append('</sheets></workbook>')
    if shared is not None:
        rels.append(f'<Relationship Id="rS" Type="{RT}/sharedStrings" Target="sharedStrings.xml"/>')
        entries.append(('xl/sharedStrings.xml',
                        f'<?xml version="1.0"?><sst {NS} uniqueCount="{shared.count("<si>")}">'
                        f'{shared}</sst>'))
    if styles:
        rels.append(f'<Relationship Id="rT" Type="{RT}/styles" Target="styles.xml"/>')
        entries.append(('xl/styles.xml', STYLES))
    rels.append('</Relationships>')
    entries += [('xl/workbook.xml', ''.join(book)), ('xl/_rels/workbook.xml.rels', ''.join(rels))]
    for suffix, method in (('', zipfile.ZIP_DEFLATED), ('_stored', zipfile.ZIP_STORED)):
        stem, ext = os.path.splitext(name)
        with zipfile.ZipFile(os.path.join(HERE, stem + suffix + ext), 'w', method) as z:
            for entry, text in entries:
                z.writestr(entry, text)


HEADER = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
          '<c r="C1" t="s"><v>2</v></c></row>')
SHARED = ('<si><t>customer</t></si><si><t>date</t></si><si><r><t>amo</t></r><r><t>unt</t></r>'
          '<rPh><t>x</t></rPh></si><si><t xml:space="preserve"> Zhang_x0020_San </t></si>')

os.makedirs(HERE, exist_ok=True)
write('shared.xlsx', [('Orders', HEADER + '<row r="2"><c r="A2" t="s"><v>3</v></c>'
                       '<c r="B2" s="1"><v>45000</v></c><c r="C2"><v>12.5</v></c></row>',
                       False, False)], SHARED)
write('inline.xlsx', [('Orders', '<row r="1"><c r="A1" t="inlineStr"><is><t>customer</t></is></c>'
                       '<c r="B1" t="inlineStr"><is><t>date</t></is></c></row>'
                       '<row r="3"><c t="inlineStr"><is><t>c1</t></is></c><c t="d"><v>2024-01-02T10:00:00</v></c>'
                       '<c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c></row>', False, False)],
      styles=False)
write('formulas1904.xlsx', [('Hidden', HEADER, True, False),
                            ('Orders', HEADER + '<row r="2"><c r="A2" t="str"><f>A1</f><v>c2</v></c>'
                             '<c r="B2" s="2"><v>40000.5</v></c><c r="C2" s="3"><v>0.25</v></c></row>',
                             False, False),
                            ('Chart', '', False, True)], SHARED, date1904=True)
write('empty.xlsx', [('Sheet1', '', False, False)], styles=False)
