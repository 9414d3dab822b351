"""The 2021 results/activities annex of the earlier programme (voortgang-2021), as HTML and DOCX.

Rendered from its expected JSON (every row: actielijn, theme, result, result title, activity,
numbered, title, status, toelichting; result notes; the 7-entry legend), with the actielijn titles
from the seed text, so the expected values are exactly what is printed. Layout as the spec's
"Progress annexes of the earlier programme": per actielijn a heading, theme headings where a theme
starts, a table Nr. | Resultaat (doelstelling) | Activiteiten / producten | Stand van zaken |
Toelichting with the result cell spanning its activities, and a "Legenda:" after each actielijn.

Habits a rendering may set (variants.py): "form" "square" (icons as squares instead of discs),
"legend_at" "each" (default: after each actielijn), "end" (once, after the last) or "footer" (DOCX:
in the page footer, on one line), "portrait" (default landscape), "unnumbered" (activities printed
without their numbers: the expected rows say numbered=false), "valign" "middle" (the merged Nr. and
Resultaat cells centred vertically over their activities).
"""
import html as html_lib
import itertools
import json
import os
import re

import seed

EXPECTED = os.path.join(seed.FIXTURES, "progress", "voortgang-2021.expected.json")
SEED = os.path.join(seed.FIXTURES, "seed-text", "voortgang-2021-bijlage.txt")
HEADER = ["Nr.", "Resultaat (doelstelling)", "Activiteiten / producten", "Stand van zaken", "Toelichting"]


def data():
	expected = json.load(open(EXPECTED, encoding="utf-8"))
	titles = {}
	for line in open(SEED, encoding="utf-8"):
		m = re.match(r"\s*Actielijn (\d+): (.*\S)", line)
		if m:
			titles[int(m.group(1))] = m.group(2)
	return expected, titles


def palette(v):
	expected, _ = data()
	return v.get("palette") or {e["status"]: e["colour"] for e in expected["legend"]}


def expected(v):
	result, _ = data()
	colours = palette(v)
	for entry in result["legend"]:
		entry["colour"] = colours[entry["status"]].lower()
	if v.get("unnumbered"):
		for row in result["rows"]:
			row["numbered"] = False
	result["_about"] = ("Expected values of %s: rows, result notes and labels as in voortgang-2021.expected.json "
		"(this rendering prints each activity's toelichting in its own cell); legend colours as painted." % v["name"])
	return result


def structure():
	"""(actielijn, title, [(theme, [(result, result_title, [rows])])]) in print order."""
	exp, titles = data()
	out = []
	for lijn, rows in itertools.groupby(exp["rows"], key=lambda r: r["actielijn"]):
		themes = []
		for theme, trows in itertools.groupby(rows, key=lambda r: r["theme"]):
			results = [list(rr) for _, rr in itertools.groupby(trows, key=lambda r: r["result"])]
			themes.append((theme, [(rr[0]["result"], rr[0]["result_title"], rr) for rr in results]))
		out.append((lijn, titles[lijn], themes))
	return out, exp


def notes_for(exp, lijn, result, position):
	return [n["text"] for n in exp.get("result_notes", [])
		if n["actielijn"] == lijn and n["result"] == result and n["position"] == position]


def activity_label(row, v):
	if not row["numbered"] or v.get("unnumbered"):
		return row["title"]
	return ("%d. %s" % (row["activity"], row["title"])).strip()


# ---- HTML (Chromium) ----

def icon_svg(colour, v, size=12):
	shape = ('<rect x="0.5" y="0.5" width="9" height="9" fill="%s"/>' if v.get("form") == "square"
		else '<circle cx="5" cy="5" r="4.5" fill="%s"/>') % colour
	return ('<svg width="%d" height="%d" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg">%s</svg>'
		% (size, size, shape))


def html(v):
	esc = lambda s: html_lib.escape(s or "")
	colours = palette(v)
	labels = {e["status"]: e["label"] for e in data()[0]["legend"]}
	struct, exp = structure()
	out = ["<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Voortgang 2021</title><style>",
		"@page { size: A4 %s; margin: 1.6cm 1.5cm; @bottom-left { content: 'Programmastructuur Samen tegen mensenhandel'; font-size: 7pt; color: #555; } @bottom-right { content: counter(page); font-size: 7pt; } }" % ("portrait" if v.get("portrait") else "landscape"),
		"body { font-family: %s; font-size: %s; }" % (v["font"], v["font_size"]),
		"h1 { font-size: 1.4em; } h2 { font-size: 1.2em; color: #1f4e79; margin: 12pt 0 4pt 0; } h3 { font-size: 1em; margin: 8pt 0 3pt 0; }",
		"table.a { border-collapse: collapse; width: 100%; } table.a th { background: #d9d9d9; text-align: left; vertical-align: bottom; }",
		"table.a td, table.a th { border: 0.5pt solid #808080; padding: 2pt 3pt; vertical-align: top; } td.st { text-align: center; }",
		"td.note { font-style: italic; } table.lg td { border: none; padding: 1pt 4pt; }",
		"table.a td.rs { vertical-align: %s; }" % v.get("valign", "top"),
		"</style></head><body>", "<h1>%s</h1>" % esc(exp["title"])]
	for lijn, title, themes in struct:
		out.append("<h2>Actielijn %d: %s</h2>" % (lijn, esc(title)))
		for theme, results in themes:
			if theme:
				out.append("<h3>%s</h3>" % esc(theme))
			out.append('<table class="a"><colgroup><col width="4%"><col width="17%"><col width="22%"><col width="6%"><col width="51%"></colgroup>')
			out.append("<thead><tr>%s</tr></thead><tbody>" % "".join("<th>%s</th>" % esc(h) for h in HEADER))
			for result, result_title, rows in results:
				before = notes_for(exp, lijn, result, "before")
				after = notes_for(exp, lijn, result, "after")
				span = len(rows) + len(before) + len(after)
				first = True
				lead = '<td class="rs" rowspan="%d">%d.</td><td class="rs" rowspan="%d">%s</td>' % (
					span, result, span, esc(result_title))
				for text in before:
					out.append('<tr>%s<td class="note" colspan="3">%s</td></tr>' % (lead if first else "", esc(text)))
					first = False
				for row in rows:
					out.append("<tr>%s<td>%s</td><td class=\"st\">%s</td><td>%s</td></tr>" % (
						lead if first else "", esc(activity_label(row, v)), icon_svg(colours[row["status"]], v), esc(row["toelichting"])))
					first = False
				for text in after:
					out.append('<tr><td class="note" colspan="3">%s</td></tr>' % esc(text))
			out.append("</tbody></table>")
		if v.get("legend_at", "each") == "each" or lijn == struct[-1][0]:
			out.append('<p><b>Legenda:</b></p><table class="lg">%s</table>' % "".join(
				"<tr><td>%s</td><td>%s</td></tr>" % (icon_svg(colours[s], v), esc(labels[s])) for s in colours))
	out.append("</body></html>")
	return "\n".join(out)


# ---- DOCX (LibreOffice) ----

def docx(v, path):
	from docx import Document
	from docx.enum.table import WD_ALIGN_VERTICAL
	from docx.shared import Pt, RGBColor
	import docx_render as d

	colours = palette(v)
	labels = {e["status"]: e["label"] for e in data()[0]["legend"]}
	struct, exp = structure()
	document = Document()
	d.set_font(document, v["font"], v["font_size"])
	section = d.page_setup(document, dict(v, landscape=not v.get("portrait")))
	if v.get("legend_at") != "footer":
		d.page_number_footer(section, v)
	usable = section.page_width - section.left_margin - section.right_margin
	shares = (0.06, 0.19, 0.24, 0.07, 0.44) if v.get("portrait") else (0.04, 0.17, 0.22, 0.07, 0.50)
	widths = [int(usable * s) for s in shares]
	p = document.add_paragraph()
	r = p.add_run(exp["title"])
	r.bold = True
	r.font.size = Pt(v["font_size"] + 5)

	def icon(paragraph, status, size=v["font_size"] + 3):
		run = paragraph.add_run("■" if v.get("form") == "square" else "●")
		run.font.color.rgb = RGBColor.from_string(colours[status].lstrip("#").upper())
		run.font.size = Pt(size)

	if v.get("legend_at") == "footer":
		fp = section.footer.paragraphs[0]
		fr = fp.add_run("Legenda: ")
		fr.bold = True
		fr.font.size = Pt(7)
		for status in colours:
			icon(fp, status, 8)
			fp.add_run(" %s    " % labels[status]).font.size = Pt(7)

	for lijn, title, themes in struct:
		h = document.add_paragraph()
		hr = h.add_run("Actielijn %d: %s" % (lijn, title))
		hr.bold = True
		hr.font.size = Pt(v["font_size"] + 3)
		hr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
		for theme, results in themes:
			if theme:
				tp = document.add_paragraph()
				tp.add_run(theme).bold = True
				tp.paragraph_format.keep_with_next = True
			t = document.add_table(rows=1, cols=5)
			d.set_widths(t, widths)
			d.borders(t, {e: ("single", 4) for e in ("top", "left", "bottom", "right", "insideH", "insideV")})
			d.repeat_header(t.rows[0])
			for i, text in enumerate(HEADER):
				d.write_cell(t.rows[0].cells[i], text, bold=True)
				d.shade(t.rows[0].cells[i], v.get("head_fill", "D9D9D9"))
			for result, result_title, rows in results:
				start = len(t.rows)
				for text in notes_for(exp, lijn, result, "before"):
					cells = t.add_row().cells
					d.write_cell(cells[2].merge(cells[4]), text).italic = True
				for row in rows:
					tr = t.add_row()
					d.cant_split(tr)
					cells = tr.cells
					d.write_cell(cells[2], activity_label(row, v))
					para = cells[3].paragraphs[0]
					para.alignment = d.WD_ALIGN_PARAGRAPH.CENTER
					icon(para, row["status"])
					d.write_cell(cells[4], row["toelichting"])
				for text in notes_for(exp, lijn, result, "after"):
					cells = t.add_row().cells
					d.write_cell(cells[2].merge(cells[4]), text).italic = True
				end = len(t.rows) - 1
				nr = t.cell(start, 0).merge(t.cell(end, 0)) if end > start else t.cell(start, 0)
				d.write_cell(nr, "%d." % result)
				rt = t.cell(start, 1).merge(t.cell(end, 1)) if end > start else t.cell(start, 1)
				d.write_cell(rt, result_title)
				if v.get("valign") == "middle":
					for merged in (nr, rt):
						merged.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
			document.add_paragraph().paragraph_format.space_after = Pt(2)
		if v.get("legend_at") in ("end", "footer") and lijn != struct[-1][0] or v.get("legend_at") == "footer":
			continue
		lp = document.add_paragraph()
		lp.add_run("Legenda:").bold = True
		lp.paragraph_format.keep_with_next = True
		for status in colours:
			p = document.add_paragraph()
			p.paragraph_format.space_after = Pt(0)
			p.paragraph_format.keep_with_next = True
			icon(p, status)
			p.add_run("  " + labels[status])
	document.save(path)
