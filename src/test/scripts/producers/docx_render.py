"""Word documents (python-docx) of letter nr. 249 and the 2025-H1 progress report.

Real Word tables: cell shading, borders per habit (none, header rule, every row, grid), bold runs
for new actions, repeated header rows (w:tblHeader) or not, Carlito/Caladea (Calibri/Cambria
metrics) or other fonts, portrait or landscape sections, page numbers as a PAGE field.
"""
import io
import re

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import icons
import seed

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}


def set_font(document, name, size):
	style = document.styles["Normal"]
	style.font.name = name
	style.font.size = Pt(size)
	style.element.rPr.rFonts.set(qn("w:eastAsia"), name)
	for heading in ("Heading 1", "Heading 2", "Heading 3", "Heading 4"):
		h = document.styles[heading]
		h.font.name = name
		h.font.color.rgb = RGBColor(0, 0, 0)
		rfonts = h.element.rPr.find(qn("w:rFonts"))
		if rfonts is None:
			rfonts = OxmlElement("w:rFonts")
			h.element.rPr.append(rfonts)
		for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
			rfonts.set(qn(attr), name)
		for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
			if rfonts.get(qn(attr)) is not None:
				del rfonts.attrib[qn(attr)]


def page_setup(document, v):
	section = document.sections[0]
	section.page_width, section.page_height = Cm(21.0), Cm(29.7)
	if v.get("landscape"):
		section.orientation = WD_ORIENT.LANDSCAPE
		section.page_width, section.page_height = Cm(29.7), Cm(21.0)
	for side in ("left_margin", "right_margin"):
		setattr(section, side, Cm(2.0))
	section.top_margin = section.bottom_margin = Cm(2.0)
	return section


def add_field(paragraph, instruction):
	run = paragraph.add_run()
	begin = OxmlElement("w:fldChar")
	begin.set(qn("w:fldCharType"), "begin")
	text = OxmlElement("w:instrText")
	text.set(qn("xml:space"), "preserve")
	text.text = instruction
	end = OxmlElement("w:fldChar")
	end.set(qn("w:fldCharType"), "end")
	run._r.append(begin)
	run._r.append(text)
	run._r.append(end)
	return run


def page_number_footer(section, v):
	p = section.footer.paragraphs[0]
	p.alignment = WD_ALIGN_PARAGRAPH.CENTER
	p.add_run("Pagina ").font.size = Pt(8)
	add_field(p, "PAGE").font.size = Pt(8)
	p.add_run(" van ").font.size = Pt(8)
	add_field(p, "NUMPAGES").font.size = Pt(8)


def shade(cell, fill):
	tc_pr = cell._tc.get_or_add_tcPr()
	shd = OxmlElement("w:shd")
	shd.set(qn("w:val"), "clear")
	shd.set(qn("w:color"), "auto")
	shd.set(qn("w:fill"), fill)
	tc_pr.append(shd)


def borders(table, spec):
	"""spec: edge -> (val, size in eighths of a point) for the whole table."""
	tbl_pr = table._tbl.tblPr
	node = OxmlElement("w:tblBorders")
	for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
		val, size = spec.get(edge, ("nil", 0))
		e = OxmlElement("w:" + edge)
		e.set(qn("w:val"), val)
		if val != "nil":
			e.set(qn("w:sz"), str(size))
			e.set(qn("w:space"), "0")
			e.set(qn("w:color"), "000000")
		node.append(e)
	tbl_pr.append(node)


def cell_border(cell, edge, size=6):
	tc_pr = cell._tc.get_or_add_tcPr()
	node = tc_pr.find(qn("w:tcBorders"))
	if node is None:
		node = OxmlElement("w:tcBorders")
		tc_pr.append(node)
	e = OxmlElement("w:" + edge)
	e.set(qn("w:val"), "single")
	e.set(qn("w:sz"), str(size))
	e.set(qn("w:space"), "0")
	e.set(qn("w:color"), "000000")
	node.append(e)


def repeat_header(row):
	tr_pr = row._tr.get_or_add_trPr()
	e = OxmlElement("w:tblHeader")
	e.set(qn("w:val"), "true")
	tr_pr.append(e)


def cant_split(row):
	tr_pr = row._tr.get_or_add_trPr()
	tr_pr.append(OxmlElement("w:cantSplit"))


def set_widths(table, widths):
	table.autofit = False
	for row in table.rows:
		for cell, w in zip(row.cells, widths):
			cell.width = w
	grid = table._tbl.tblGrid
	for col, w in zip(grid.findall(qn("w:gridCol")), widths):
		col.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))


def write_cell(cell, text, bold=False, align=None, colour=None, spacing=1.0, size=None):
	p = cell.paragraphs[0]
	p.paragraph_format.space_after = Pt(0)
	p.paragraph_format.line_spacing = spacing
	if align:
		p.alignment = ALIGN[align]
	run = p.add_run(text)
	run.bold = bold
	if colour:
		run.font.color.rgb = RGBColor.from_string(colour)
	if size:
		run.font.size = Pt(size)
	return run


def table_rules(table, v, header_row, rows):
	rules = v.get("rules", "header")
	if rules == "grid":
		borders(table, {e: ("single", 4) for e in ("top", "left", "bottom", "right", "insideH", "insideV")})
	elif rules == "rows":
		borders(table, {"top": ("single", 6), "bottom": ("single", 6), "insideH": ("single", 4)})
	else:
		borders(table, {})
		if rules == "header":
			for cell in header_row.cells:
				cell_border(cell, "bottom", 8)
			for cell in rows[-1].cells:
				cell_border(cell, "top", 6)


def budget_table(document, table, v, usable):
	ncols = len(table.header)
	t = document.add_table(rows=1 + len(table.rows), cols=ncols)
	t.alignment = WD_TABLE_ALIGNMENT.LEFT
	label_w = usable * v.get("label_share", 0.6)
	num_w = (usable - label_w) / (ncols - 1)
	set_widths(t, [int(label_w)] + [int(num_w)] * (ncols - 1))
	size = v["font_size"]
	spacing = v.get("spacing", 1.0)
	head = t.rows[0]
	for i, c in enumerate(table.header):
		align = v.get("caption_align", "left") if i == 0 else v.get("year_align", v.get("number_align", "right"))
		write_cell(head.cells[i], c.text, bold=True if v.get("band") else c.bold, align=align,
			colour="FFFFFF" if v.get("band") else None, spacing=spacing)
		if v.get("band"):
			shade(head.cells[i], v["band"])
	if v.get("repeat_header", True):
		repeat_header(head)
	for r, row in enumerate(table.rows, start=1):
		cells = t.rows[r].cells
		cant_split(t.rows[r])
		for i, c in enumerate(row):
			write_cell(cells[i], c.text, bold=c.bold, align="left" if i == 0 else v.get("number_align", "right"),
				spacing=spacing)
			if v.get("zebra") and r % 2 == 0:
				shade(cells[i], v["zebra"])
	table_rules(t, v, head, t.rows)
	document.add_paragraph().paragraph_format.space_after = Pt(4)


def letter_docx(v, path):
	document = Document()
	set_font(document, v["font"], v["font_size"])
	section = page_setup(document, v)
	usable = section.page_width - section.left_margin - section.right_margin
	if v.get("page_numbers"):
		page_number_footer(section, v)
	hp = section.header.paragraphs[0]
	hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
	hp.add_run("Tweede Kamer, vergaderjaar 2023–2024, 28 638, nr. 249").font.size = Pt(8)
	body, notes, annex = seed.letter_parts()
	document.add_paragraph("Tweede Kamer der Staten-Generaal")
	head_done = False
	for b in body:
		text = seed.strip_sup(b.text)
		if not head_done:
			if b.kind == "h2":
				document.add_heading(text, level=1)
			else:
				document.add_paragraph(text).paragraph_format.space_after = Pt(2)
			head_done = text.startswith("Den Haag")
			continue
		if b.kind in ("h2", "h3", "h4"):
			document.add_heading(text, level=int(b.kind[1]))
		else:
			add_prose(document, b.text)
	for n in notes:
		p = document.add_paragraph()
		num, text = n.text.split(" ", 1)
		r = p.add_run(num)
		r.font.superscript = True
		r.font.size = Pt(7)
		p.add_run(" " + text).font.size = Pt(7)
		p.paragraph_format.space_after = Pt(0)
	document.add_page_break()
	for b in annex:
		if b.kind == "table":
			budget_table(document, b.table, v, usable)
		elif b.kind == "list":
			for item in b.items:
				document.add_paragraph(item, style="List Bullet")
		elif b.kind.startswith("h"):
			document.add_heading(b.text, level=2)
		elif b.text.startswith("("):
			document.add_paragraph().add_run(b.text).bold = True
		elif b.text.startswith("–"):
			document.add_heading("Bijlage " + b.text, level=3)
		else:
			document.add_paragraph().add_run(b.text).italic = True
	document.save(path)


def add_prose(document, text):
	p = document.add_paragraph()
	for part in re.split(r"(<sup>\d+</sup>)", text):
		m = re.match(r"<sup>(\d+)</sup>", part)
		if m:
			p.add_run(m.group(1)).font.superscript = True
		elif part:
			p.add_run(part)


# ---- progress report ----

def icon_run(paragraph, status, v, size):
	colour = v["palette"][status]
	if v["icon"] == "png":
		data = icons.circle_png(colour, 48, square=v.get("form") == "square")
		paragraph.add_run().add_picture(io.BytesIO(data), width=Pt(size), height=Pt(size))
	else:
		run = paragraph.add_run("■" if v.get("form") == "square" else "●")
		run.font.color.rgb = RGBColor.from_string(colour.lstrip("#").upper())
		run.font.size = Pt(size + 2)


def legend(container, v, heading=True, inline=False):
	"""The legend: a heading and one icon + label per line, or inline on one line (page footer)."""
	size = v["font_size"]
	if heading:
		p = container.add_paragraph()
		p.add_run("Legenda stand van zaken").bold = True
		p.paragraph_format.keep_with_next = True
	if inline:
		# one line of icons and labels, in the (page footer's) first paragraph
		p = container.paragraphs[0]
		p.alignment = WD_ALIGN_PARAGRAPH.LEFT
		r = p.add_run("Legenda: ")
		r.font.size = Pt(7.5)
		for status in v["palette"]:
			icon_run(p, status, v, 7)
			r = p.add_run(" " + seed.LEGEND_LABELS[status] + "    ")
			r.font.size = Pt(7.5)
		return
	for status in v["palette"]:
		p = container.add_paragraph()
		p.paragraph_format.space_after = Pt(2)
		p.paragraph_format.keep_with_next = not v.get("legend_may_split")
		icon_run(p, status, v, size)
		p.add_run("   " + seed.LEGEND_LABELS[status])


def progress_docx(v, path):
	expected = seed.progress_expected()
	titles, bands = seed.action_titles()
	document = Document()
	set_font(document, v["font"], v["font_size"])
	section = page_setup(document, v)
	usable = section.page_width - section.left_margin - section.right_margin
	if v.get("legend_at") == "footer":
		legend(section.footer, v, heading=False, inline=True)
	else:
		page_number_footer(section, v)
	h = document.add_paragraph()
	r = h.add_run("Voortgangsrapportage Actieplan Samen tegen mensenhandel")
	r.bold = True
	r.font.size = Pt(v["font_size"] + 5)
	document.add_paragraph(v.get("period_line", "Stand per 2025-H1"))
	if v.get("legend_at") == "top":
		legend(document, v)
	shares = v.get("col_shares", [0.05, 0.24, 0.15, 0.075 if v.get("narrow_status") else 0.09])
	shares = shares + [1 - sum(shares)]
	widths = [int(usable * s) for s in shares]
	t = document.add_table(rows=1, cols=5)
	set_widths(t, widths)
	borders(t, {"top": ("single", 4), "bottom": ("single", 4), "insideH": ("single", 4)}
		if not v.get("grid") else {e: ("single", 4) for e in ("top", "left", "bottom", "right", "insideH", "insideV")})
	head = t.rows[0]
	repeat_header(head)
	for i, text in enumerate(["Nr.", "Actie", "Actiehouder(s)", "Stand van zaken", "Toelichting"]):
		write_cell(head.cells[i], text, bold=True, colour="FFFFFF")
		shade(head.cells[i], v["band"])
	band = None
	for row in expected["rows"]:
		lijn, title = titles[row["action"]]
		if lijn != band:
			band = lijn
			cells = t.add_row().cells
			merged = cells[0].merge(cells[4])
			write_cell(merged, "Actielijn %d. %s" % (lijn, bands[lijn]), bold=True)
			shade(merged, v.get("band_row", "DCE3EE"))
		r = t.add_row()
		if not v.get("rows_split"):
			cant_split(r)
		cells = r.cells
		if v.get("valign") == "center":
			for c in cells:
				c.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
		write_cell(cells[0], "%d." % row["action"])
		write_cell(cells[1], title)
		write_cell(cells[2], ", ".join(row["holders"]))
		p = cells[3].paragraphs[0]
		p.alignment = WD_ALIGN_PARAGRAPH.CENTER
		icon_run(p, row["status"], v, v.get("icon_pt", 8))
		write_cell(cells[4], row["toelichting"])
	if v.get("legend_at", "end") == "end":
		document.add_paragraph().paragraph_format.keep_with_next = True
		legend(document, v)
	document.save(path)
