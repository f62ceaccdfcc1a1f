#!/usr/bin/python3
"""Opens a Word report written by writeReportDocx with python-docx (Debian's python3-docx),
a reader that is not ours, and prints what it finds as JSON: the title, the headings by
level, each table's caption and whether its header row repeats, each picture's alt text,
the footer's fields, the language and the page sizes. Exit 1 when something a committee
paper needs is missing.

Usage: /usr/bin/python3 scripts/check-report-docx.py report.docx
"""
import json
import sys

from docx import Document
from docx.oxml.ns import qn

EMU_PER_CM = 360000


def main(path):
    doc = Document(path)
    body = doc.element.body
    paragraphs = [(p.style.name, p.text) for p in doc.paragraphs]
    headings = [{"level": int(s.split()[-1]), "text": t} for s, t in paragraphs if s.startswith("Heading ")]
    titles = [t for s, t in paragraphs if s == "Title"]
    tables = []
    for t in doc.tables:
        first = t.rows[0]._tr
        tr_pr = first.find(qn("w:trPr"))
        caption = t._tbl.tblPr.find(qn("w:tblCaption"))
        tables.append({
            "caption": caption.get(qn("w:val")) if caption is not None else None,
            "header": [c.text for c in t.rows[0].cells],
            "rows": len(t.rows) - 1,
            "repeatsHeader": tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None,
        })
    pictures = []
    for docpr in body.iter(qn("wp:docPr")):
        pictures.append(docpr.get("descr") or "")
    inline = [{"widthCm": round(s.width / EMU_PER_CM, 2), "heightCm": round(s.height / EMU_PER_CM, 2)} for s in doc.inline_shapes]
    footer_fields = []
    for section in doc.sections:
        xml = section.footer._element
        footer_fields.append(sorted({f.get(qn("w:instr")).split()[0] for f in xml.iter(qn("w:fldSimple"))}
                                    | {i.text.split()[0] for i in xml.iter(qn("w:instrText")) if i.text and i.text.strip()}))
    lang = doc.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    sections = [{
        "orientation": "landscape" if s.page_width > s.page_height else "portrait",
        "widthMm": round(s.page_width.mm), "heightMm": round(s.page_height.mm),
        "marginsMm": [round(m.mm) for m in (s.top_margin, s.right_margin, s.bottom_margin, s.left_margin)],
    } for s in doc.sections]
    found = {
        "title": titles,
        "coreTitle": doc.core_properties.title,
        "language": lang.get(qn("w:val")) if lang is not None else None,
        "headings": headings,
        "tables": tables,
        "pictures": pictures,
        "inlineShapes": len(inline),
        "footerFields": footer_fields,
        "sections": sections,
    }
    print(json.dumps(found, indent=1, ensure_ascii=False))
    problems = []
    if not titles:
        problems.append("no Title paragraph")
    if not any(h["level"] == 1 for h in headings) or not any(h["level"] == 2 for h in headings):
        problems.append("no Heading 1 or no Heading 2")
    if not tables or not all(t["repeatsHeader"] for t in tables):
        problems.append("a table whose header row does not repeat")
    if not pictures or not all(p.strip() for p in pictures):
        problems.append("a picture without alt text")
    if not all("PAGE" in f for f in footer_fields):
        problems.append("a section without a PAGE field in its footer")
    if found["language"] != "en-GB":
        problems.append("not en-GB")
    if not all(s["widthMm"] in (210, 297) and s["heightMm"] in (210, 297) for s in sections):
        problems.append("not A4")
    for p in problems:
        print(f"check-report-docx: {path}: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
