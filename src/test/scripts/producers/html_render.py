"""HTML sources of letter nr. 249 and the 2025-H1 progress report, one per rendering habit.

A variant is a dict of habits (see variants.py); the same HTML goes to Chromium, LibreOffice
Writer's HTML import or WeasyPrint. Values are printed exactly as the seed / expected JSON holds
them, so the shared expected JSON stays true for every rendering.
"""
import base64
import html
import re

import icons
import seed


def esc(text):
	return html.escape(text, quote=True)


def prose(text):
	"""Escapes prose but keeps the seed's <sup>n</sup> note references."""
	return re.sub(r"&lt;sup&gt;(\d+)&lt;/sup&gt;", r"<sup>\1</sup>", esc(text))


def page_css(v):
	size = "A4 landscape" if v.get("landscape") else "A4"
	css = "@page { size: %s; margin: %s; " % (size, v.get("margin", "2cm 2cm 2cm 2cm"))
	if v.get("page_header"):
		css += "@top-right { content: \"%s\"; font-family: %s; font-size: 8pt; color: #444; } " % (
			v["page_header"], v["font"])
	if v.get("page_numbers"):
		# a CSS content expression, e.g. "counter(page)" or "'Pagina ' counter(page)"
		css += "@bottom-center { content: %s; font-family: %s; font-size: 8pt; } " % (
			v["page_numbers"], v["font"])
	return css + "}\n"


def table_css(v):
	"""CSS for one table habit: rules, zebra, header band, spacing and alignment."""
	pad = v.get("cell_padding", "2px 4px")
	css = ["table.t { border-collapse: collapse; width: %s; margin: 6pt 0 14pt 0; font-size: %s; }" % (
		v.get("table_width", "100%"), v.get("table_font_size", v["font_size"]))]
	css.append("table.t td, table.t th { padding: %s; vertical-align: %s; line-height: %s; }" % (
		pad, v.get("valign", "top"), v.get("line_height", "1.2")))
	css.append("table.t th { font-weight: bold; text-align: %s; }" % v.get("year_align", "right"))
	css.append("table.t th.cap { text-align: %s; }" % v.get("caption_align", "left"))
	css.append("table.t td.n { text-align: %s; width: %s; white-space: nowrap; }" % (
		v.get("number_align", "right"), v.get("number_width", "11%")))
	if v.get("label_width"):
		css.append("table.t th.cap, table.t td.l { width: %s; }" % v["label_width"])
	rules = v.get("rules", "header")
	line = v.get("rule", "0.75pt solid #000")
	if rules == "grid":
		css.append("table.t td, table.t th { border: %s; }" % line)
	elif rules == "rows":
		css.append("table.t tr { border-bottom: %s; } table.t thead tr { border-top: %s; }" % (line, line))
	elif rules == "header":
		css.append("table.t thead tr { border-bottom: %s; } table.t tr.tot { border-top: %s; }" % (line, line))
	if v.get("zebra"):
		css.append("table.t tbody tr:nth-child(even) { background: %s; }" % v["zebra"])
	if v.get("band"):
		css.append("table.t thead tr, table.t tr.head { background: %s; color: #ffffff; }" % v["band"])
	if v.get("row_gap"):
		css.append("table.t tbody td { padding-top: %s; padding-bottom: %s; }" % (v["row_gap"], v["row_gap"]))
	if not v.get("repeat_header", True):
		css.append("table.t thead { display: table-row-group; }")
	css.append("table.t tr { break-inside: avoid; page-break-inside: avoid; }")
	return "\n".join(css) + "\n"


def base_css(v):
	return page_css(v) + (
		"body { font-family: %s; font-size: %s; line-height: %s; color: #000; }\n"
		"h1 { font-size: 1.5em; margin: 0 0 4pt 0; } h2 { font-size: 1.15em; margin: 14pt 0 6pt 0; }\n"
		"h3 { font-size: 1.05em; margin: 12pt 0 4pt 0; } h4 { font-size: 1em; font-style: italic; margin: 10pt 0 3pt 0; }\n"
		"p { margin: 0 0 7pt 0; } .head p { margin: 0 0 2pt 0; } .notes p { font-size: 0.8em; margin: 0 0 1pt 0; }\n"
		"sup { font-size: 0.7em; } .annex { %s } ul { margin: 0 0 0 14pt; padding: 0; }\n"
	) % (v["font"], v["font_size"], v.get("body_line_height", "1.35"),
		"break-before: page; page-break-before: always;")


def cell_text(cell):
	return "<b>%s</b>" % esc(cell.text) if cell.bold else esc(cell.text)


def budget_table(table, v):
	"""One budget table; the LibreOffice-HTML habit wraps cell text in <p> as word processors export it."""
	wrap = (lambda s: "<p>%s</p>" % s) if v.get("cell_paragraphs") else (lambda s: s)
	width = lambda w: (' width="%s"' % w) if w else ""
	head = ['<th class="cap"%s>%s</th>' % (width(v.get("label_attr_width")), wrap(cell_text(table.header[0])))]
	for c in table.header[1:]:
		head.append('<th class="y"%s>%s</th>' % (width(v.get("number_attr_width")), wrap(cell_text(c))))
	out = ['<table class="t"%s>' % v.get("table_attrs", "")]
	out.append('<thead><tr class="head">%s</tr></thead><tbody>' % "".join(head))
	for row in table.rows:
		cls = ' class="tot"' if row[0].text.startswith("Totaal") else ""
		cells = ['<td class="l">%s</td>' % wrap(cell_text(row[0]))]
		for c in row[1:]:
			cells.append('<td class="n"%s>%s</td>' % (
				(' align="%s"' % v["number_align"]) if v.get("align_attrs") else "", wrap(cell_text(c)) if c.text else ""))
		out.append("<tr%s>%s</tr>" % (cls, "".join(cells)))
	out.append("</tbody></table>")
	return "\n".join(out)


def letter_html(v):
	body, notes, annex = seed.letter_parts()
	out = ["<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Kamerstuk 28 638, nr. 249</title>",
		"<style>", base_css(v), table_css(v), v.get("extra_css", ""), "</style></head><body>"]
	out.append('<div class="head"><p>Tweede Kamer der Staten-Generaal</p>')
	head_done = False
	for b in body:
		if not head_done:
			if b.kind == "h2":
				out.append("<h1>%s</h1>" % esc(b.text))
				continue
			if b.text.startswith("Den Haag"):
				out.append("<p>%s</p></div>" % esc(b.text))
				head_done = True
				continue
			out.append("<p>%s</p>" % esc(b.text))
			continue
		if b.kind in ("h2", "h3", "h4"):
			out.append("<%s>%s</%s>" % (b.kind, esc(b.text), b.kind))
		elif b.kind == "sign":
			out.append("<p>%s</p>" % "<br>".join(esc(x) for x in b.text.split("\n")))
		else:
			out.append("<p>%s</p>" % prose(b.text))
	out.append('<div class="notes"><hr>')
	for n in notes:
		num, text = n.text.split(" ", 1)
		out.append("<p><sup>%s</sup> %s</p>" % (num, esc(text)))
	out.append('</div><div class="annex">')
	for b in annex:
		if b.kind == "table":
			out.append(budget_table(b.table, v))
		elif b.kind == "list":
			out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % esc(x) for x in b.items))
		elif b.kind.startswith("h"):
			out.append("<h2>%s</h2>" % esc(b.text))
		elif b.text.startswith("("):
			out.append("<p><b>%s</b></p>" % esc(b.text))
		elif b.text.startswith("–"):
			out.append("<h3>Bijlage %s</h3>" % esc(b.text))
		else:
			out.append("<p><i>%s</i></p>" % esc(b.text))
	out.append("</div></body></html>")
	return "\n".join(out)


# ---- progress report ----

def icon_html(status, v):
	colour = v["palette"][status]
	kind = v["icon"]
	size = v.get("icon_px", 11)
	if kind == "css":
		radius = "0" if v.get("form") == "square" else "50%"
		return '<span class="ic" style="display:inline-block;width:%dpx;height:%dpx;border-radius:%s;background:%s"></span>' % (
			size, size, radius, colour)
	if kind == "svg":
		return ('<svg width="%d" height="%d" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg">'
			'<circle cx="5" cy="5" r="4.5" fill="%s"/></svg>') % (size, size, colour)
	if kind == "char":
		char = "■" if v.get("form") == "square" else "●"
		if v.get("font_tag"):
			return '<font color="%s" size="3">%s</font>' % (colour, char)
		return '<span style="color:%s;font-size:1.3em">%s</span>' % (colour, char)
	if kind == "png":
		data = icons.circle_png(colour, 4 * size, square=v.get("form") == "square")
		if v.get("png_files"):
			name = "icon-%s.png" % colour.lstrip("#")
			v.setdefault("_files", {})[name] = data
			src = name
		else:
			src = "data:image/png;base64," + base64.b64encode(data).decode()
		return '<img src="%s" width="%d" height="%d" style="width:%dpx;height:%dpx" alt="">' % (src, size, size, size, size)
	raise ValueError(kind)


def legend_html(v):
	rows = "".join('<tr><td class="li">%s</td><td>%s</td></tr>' % (icon_html(s, v), esc(seed.LEGEND_LABELS[s]))
		for s in v["palette"])
	return '<div class="legend"><p><b>%s</b></p><table class="lg">%s</table></div>' % (
		v.get("legend_title", "Legenda stand van zaken"), rows)


def progress_html(v):
	expected = seed.progress_expected()
	titles, bands = seed.action_titles()
	widths = v.get("col_widths", ["5%", "22%", "14%", "6%", "53%"])
	hdr = ["Nr.", "Actie", "Actiehouder(s)", "Stand van zaken", "Toelichting"]
	out = ["<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Voortgangsrapportage 2025-H1</title><style>",
		page_css(v),
		"body { font-family: %s; font-size: %s; }\n" % (v["font"], v["font_size"]),
		"h1 { font-size: 1.35em; margin: 0 0 4pt 0; } p.per { margin: 0 0 10pt 0; }\n",
		"table.p { border-collapse: collapse; width: 100%%; font-size: %s; }\n" % v.get("table_font_size", "1em"),
		"table.p th { background: %s; color: %s; text-align: left; vertical-align: bottom; padding: 3pt; font-weight: bold; }\n" % (
			v.get("band", "#154273"), v.get("band_text", "#ffffff")),
		"table.p td { padding: %s; vertical-align: top; %s }\n" % (v.get("cell_padding", "3pt"), v.get("cell_rule", "border-bottom: 0.5pt solid #999;")),
		"table.p td.st { text-align: center; } table.p tr.band td { background: %s; font-weight: bold; }\n" % v.get("band_row", "#dce3ee"),
		"table.p tr { break-inside: avoid; page-break-inside: avoid; }\n",
		"table.lg td { padding: 2pt 6pt 2pt 0; vertical-align: middle; } .legend { margin-top: 14pt; break-inside: avoid; }\n",
		v.get("extra_css", ""), "</style></head><body>"]
	out.append("<h1>Voortgangsrapportage Actieplan Samen tegen mensenhandel</h1>")
	out.append('<p class="per">%s</p>' % esc(v.get("period_line", "Stand per 2025-H1")))
	if v.get("legend_at") == "top":
		out.append(legend_html(v))
	attrs = v.get("table_attrs", "")
	cols = "" if v.get("align_attrs") else "<colgroup>%s</colgroup>" % "".join('<col width="%s">' % w for w in widths)
	out.append('<table class="p"%s>%s' % (attrs, cols))
	head_cells = []
	for i, h in enumerate(hdr):
		text = esc(h)
		if v.get("header_breaks") and h == "Stand van zaken":
			text = "Stand<br>van<br>zaken"
		bg = (' bgcolor="%s" width="%s" valign="bottom"' % (v.get("band", "#154273"), widths[i])) if v.get("align_attrs") else ""
		inner = ('<font color="#ffffff">%s</font>' % text) if v.get("font_tag") else text
		head_cells.append('<th%s>%s</th>' % (bg, inner))
	out.append("<thead><tr>%s</tr></thead><tbody>" % "".join(head_cells))
	band = None
	for row in expected["rows"]:
		lijn, title = titles[row["action"]]
		if lijn != band:
			band = lijn
			bg = (' bgcolor="%s"' % v.get("band_row", "#dce3ee")) if v.get("align_attrs") else ""
			out.append('<tr class="band"><td colspan="5"%s><b>Actielijn %d. %s</b></td></tr>' % (bg, lijn, esc(bands[lijn])))
		valign = (' valign="%s"' % v.get("valign", "top")) if v.get("align_attrs") else ""
		out.append(('<tr{0}><td>%d.</td><td>%s</td><td>%s</td><td class="st"%s>%s</td><td>%s</td></tr>').format(valign) % (
			row["action"], esc(title), esc(", ".join(row["holders"])),
			' align="center"' if v.get("align_attrs") else "", icon_html(row["status"], v), esc(row["toelichting"])))
	out.append("</tbody></table>")
	if v.get("legend_at", "end") == "end":
		out.append(legend_html(v))
	out.append("</body></html>")
	return "\n".join(out)
