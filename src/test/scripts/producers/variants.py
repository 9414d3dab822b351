"""Every rendering: which document, which producer route, which set, and its habits.

set: committed (goes into the repository) or holdout (kept out, to check that the engine
generalises). route: chromium, lo-html, docx (LibreOffice from python-docx), weasyprint, wkhtmltopdf, or one of
those followed by +gs (re-distilled with Ghostscript pdfwrite).
"""

RIJKS = {"VOLTOOID": "#39870c", "DOORLOPEND": "#01689b", "IN_UITVOERING": "#f9e11e",
	"VERTRAAGD": "#e17000", "NIET_GESTART": "#d52b1e"}
OFFICE = {"VOLTOOID": "#00b050", "DOORLOPEND": "#0070c0", "IN_UITVOERING": "#ffc000",
	"VERTRAAGD": "#ed7d31", "NIET_GESTART": "#c00000"}
TRAFFIC = {"VOLTOOID": "#2e7d32", "DOORLOPEND": "#1565c0", "IN_UITVOERING": "#fbc02d",
	"VERTRAAGD": "#ef6c00", "NIET_GESTART": "#b71c1c"}
MUTED = {"VOLTOOID": "#5b9a3c", "DOORLOPEND": "#4a7fb5", "IN_UITVOERING": "#e8c34a",
	"VERTRAAGD": "#d98a3a", "NIET_GESTART": "#a94442"}

LETTER = "kst-28638-249"
REPORT = "voortgang-2025-H1"

BUDGET = [
	# The habit that broke the engine: Writer's HTML import, <th> captions centred, every cell a
	# paragraph (rows ~2x the text height apart), no rules, numbers left-aligned in narrow columns.
	dict(name=LETTER + ".libreoffice-html.double-spaced", set="committed", route="lo-html",
		font="'Liberation Serif'", font_size="11pt", cell_paragraphs=True, rules="none",
		number_align="left", year_align="center", caption_align="center", align_attrs=True,
		number_attr_width="38", table_attrs=' cellpadding="1" cellspacing="0"'),
	dict(name=LETTER + ".chromium.full-grid", set="committed", route="chromium",
		font="Carlito, Calibri, sans-serif", font_size="10.5pt", rules="grid", rule="0.5pt solid #000",
		number_align="right", year_align="right", caption_align="left", page_numbers="counter(page)",
		page_header="Tweede Kamer, vergaderjaar 2023–2024, 28 638, nr. 249"),
	dict(name=LETTER + ".chromium.landscape-dark-header-zebra", set="committed", route="chromium",
		landscape=True, font="'DejaVu Sans', sans-serif", font_size="8.5pt", rules="none",
		band="#154273", zebra="#e8edf3", number_align="center", year_align="center",
		caption_align="left", number_width="8%", cell_padding="3px 6px"),
	dict(name=LETTER + ".libreoffice-docx.header-rule-calibri", set="committed", route="docx",
		font="Carlito", font_size=10, rules="header", number_align="right", caption_align="left",
		repeat_header=True, spacing=1.0),
	dict(name=LETTER + ".libreoffice-docx.every-row-ruled-caladea", set="committed", route="docx",
		font="Caladea", font_size=9, rules="rows", number_align="center", caption_align="center",
		repeat_header=False, spacing=1.0, page_numbers=True, year_align="center"),
	dict(name=LETTER + ".weasyprint.wrapped-caption-narrow-label", set="committed", route="weasyprint",
		font="'Liberation Sans', sans-serif", font_size="9.5pt", rules="header", label_width="30%",
		table_width="72%", number_align="left", year_align="left", caption_align="left",
		line_height="1.5", number_width="7%", page_numbers="'Pagina ' counter(page) ' van ' counter(pages)"),
	# holdout: other fonts, spacing, alignment
	dict(name=LETTER + ".libreoffice-html.grid-serif", set="holdout", route="lo-html", number_attr_width="52",
		font="'DejaVu Serif'", font_size="10pt", rules="grid", number_align="right", year_align="center",
		caption_align="left", align_attrs=True, table_attrs=' border="1" cellpadding="3" cellspacing="0"'),
	dict(name=LETTER + ".chromium.tight-no-rules-caption-centred", set="holdout", route="chromium",
		font="'Liberation Serif', serif", font_size="9pt", rules="none", line_height="1.0",
		cell_padding="0 3px", number_align="left", year_align="right", caption_align="center",
		number_width="6%", page_header="Kamerstuk 28 638, nr. 249", page_numbers="counter(page)"),
	dict(name=LETTER + ".libreoffice-docx.landscape-zebra-double-spaced", set="holdout", route="docx",
		font="DejaVu Sans", font_size=9, rules="none", zebra="E7ECF4", band="1F3864", landscape=True,
		number_align="center", caption_align="left", repeat_header=True, spacing=2.0, year_align="center"),
	dict(name=LETTER + ".chromium.caption-four-lines-years-middle-caladea", set="holdout", route="chromium",
		font="Caladea, serif", font_size="10pt", rules="header", rule="1.2pt solid #154273", label_width="26%",
		table_width="62%", number_width="9%", number_align="right", year_align="right", caption_align="left",
		valign="middle", line_height="1.25", cell_padding="4px 5px"),
	dict(name=LETTER + ".wkhtmltopdf.caption-four-lines-years-middle-caladea", set="committed", route="wkhtmltopdf",
		font="Caladea, serif", font_size="10pt", rules="header", rule="1.2pt solid #154273", label_width="26%",
		table_width="62%", number_width="9%", number_align="right", year_align="right", caption_align="left",
		valign="middle", line_height="1.25", cell_padding="4px 5px"),
	dict(name=LETTER + ".ghostscript.weasyprint-numbers-centred-dark-header", set="holdout", route="weasyprint+gs",
		font="'Liberation Sans Narrow', sans-serif", font_size="9.5pt", rules="rows", rule="0.4pt solid #777",
		number_align="center", year_align="center", caption_align="left", label_width="44%", number_width="14%",
		table_width="82%", band="#5a5a5a", page_numbers="counter(page)", line_height="1.3"),
]

PROGRESS = [
	dict(name=REPORT + ".chromium.portrait-wrapped-header", set="committed", route="chromium", doc="progress",
		font="'Liberation Sans', Arial, sans-serif", font_size="8.5pt", palette=RIJKS, icon="css",
		col_widths=["5%", "24%", "15%", "5%", "51%"], band="#154273", legend_at="end"),
	dict(name=REPORT + ".chromium.portrait-header-middle-squares", set="committed", route="chromium", doc="progress",
		font="Carlito, sans-serif", font_size="9pt", palette=MUTED, icon="css", form="square", band="#000000",
		col_widths=["4%", "23%", "14%", "5%", "54%"], legend_at="end", header_breaks=True,
		extra_css="table.p th { vertical-align: middle; padding: 5pt 3pt; } table.p td { border-bottom: none; }"
			" table.p tbody tr:nth-child(even) td { background: #f2f2f2; }"),
	dict(name=REPORT + ".chromium.landscape-svg-legend-top", set="committed", route="chromium", doc="progress",
		landscape=True, font="Carlito, sans-serif", font_size="9.5pt", palette=OFFICE, icon="svg",
		band="#01689b", legend_at="top", col_widths=["4%", "25%", "14%", "8%", "49%"]),
	dict(name=REPORT + ".libreoffice-html.unicode-dots", set="committed", route="lo-html", doc="progress",
		font="'Liberation Sans'", font_size="9pt", palette=TRAFFIC, icon="char", font_tag=True, align_attrs=True,
		table_attrs=' width="100%" border="1" cellpadding="3" cellspacing="0"', band="#1f3864", legend_at="end"),
	dict(name=REPORT + ".libreoffice-docx.png-icons-landscape", set="committed", route="docx", doc="progress",
		font="Carlito", font_size=9, palette=RIJKS, icon="png", band="154273", legend_at="end", landscape=True,
		lossless=True),
	dict(name=REPORT + ".libreoffice-docx.portrait-dots-footer-legend", set="committed", route="docx",
		doc="progress", font="Caladea", font_size=8.5, palette=OFFICE, icon="char", band="243F60",
		legend_at="footer", narrow_status=True),
	dict(name=REPORT + ".weasyprint.css-circles-ruled", set="committed", route="weasyprint", doc="progress",
		font="'DejaVu Sans', sans-serif", font_size="7.5pt", palette=MUTED, icon="css", band="#333333",
		legend_at="end", page_numbers="counter(page)", header_breaks=True,
		cell_rule="border: 0.5pt solid #666;", col_widths=["5%", "24%", "15%", "6%", "50%"]),
	# cells vertically centred between row rules: a row's holders and toelichting start above its number, also
	# on the first row under a header repeated on the next page (not the row before running on)
	dict(name=REPORT + ".chromium.vcentre-cells-carlito", set="committed", route="chromium", doc="progress",
		font="Carlito, sans-serif", font_size="9.5pt", palette=TRAFFIC, icon="css", band="#3c3c64", legend_at="end",
		col_widths=["5%", "22%", "16%", "6%", "51%"], extra_css="table.p td { vertical-align: middle; }"),
	dict(name=REPORT + ".libreoffice-docx.vcentre-split-rows-dejavu", set="committed", route="docx",
		doc="progress", font="DejaVu Sans", font_size=8, palette=OFFICE, icon="char", band="2F4F4F",
		valign="center", rows_split=True, legend_at="end", col_shares=[0.06, 0.25, 0.18, 0.08]),
	# holdout
	# Ghostscript re-distils WeasyPrint's PDF (a print-to-PDF workflow); gs 10.0 garbles the ToUnicode
	# of ligatures and curly quotes in Chromium's and LibreOffice's fonts, so it gets WeasyPrint's
	dict(name=REPORT + ".ghostscript.weasyprint-png-icons-serif-halfyear-words", set="holdout", route="weasyprint+gs",
		doc="progress", font="'Liberation Serif', serif", font_size="9pt", palette=TRAFFIC, icon="png", band="#3b3b3b",
		legend_at="top", period_line="Stand van zaken eerste helft 2025", landscape=True,
		col_widths=["4%", "27%", "14%", "7%", "48%"], extra_css="body { font-variant-ligatures: none; }"),
	dict(name=REPORT + ".libreoffice-html.png-icons-legend-top", set="holdout", route="lo-html",
		doc="progress", font="'DejaVu Sans'", font_size="8pt", palette=MUTED, icon="png", png_files=True,
		align_attrs=True, font_tag=True, band="#2f2f6f", legend_at="top", table_attrs=' width="100%" cellpadding="3" cellspacing="0"'),
	dict(name=REPORT + ".libreoffice-docx.squares-caladea", set="holdout", route="docx", doc="progress",
		font="Caladea", font_size=9, palette=TRAFFIC, icon="char", form="square", band="0B3D2E",
		legend_at="end", landscape=True),
]

ANNEX_2021 = [
	dict(name="voortgang-2021.chromium.svg-grid", set="annex-2021", route="chromium", doc="annex2021",
		font="Carlito, sans-serif", font_size="8.5pt"),
	dict(name="voortgang-2021.libreoffice-docx.dots-merged-cells", set="annex-2021", route="docx", doc="annex2021",
		font="Liberation Sans", font_size=8, palette={"VOLTOOID": "#2e7d32", "DOORLOPEND": "#1565c0",
			"IN_UITVOERING": "#9ccc65", "VERTRAAGD": "#ffb300", "NIET_GESTART": "#e53935",
			"IN_CONSULTATIE": "#6a1b9a", "NIET_VAN_TOEPASSING": "#9e9e9e"}),
	# the engine's own checks of the results layout: committed ones are in the repository's tests,
	# holdout ones are scored by hand (score.py) and never committed
	dict(name="voortgang-2021.libreoffice-docx.portrait-squares-legend-end", set="committed", route="docx",
		doc="annex2021", font="Carlito", font_size=8, form="square", legend_at="end", portrait=True,
		palette={"VOLTOOID": "#1b5e20", "DOORLOPEND": "#01689b", "IN_UITVOERING": "#76b82a", "VERTRAAGD": "#e17000",
			"NIET_GESTART": "#d52b1e", "IN_CONSULTATIE": "#a90061", "NIET_VAN_TOEPASSING": "#8a8a8a"}),
	dict(name="voortgang-2021.chromium.unnumbered-squares-centred", set="committed", route="chromium",
		doc="annex2021", font="'DejaVu Sans', sans-serif", font_size="7.5pt", form="square", unnumbered=True,
		valign="middle", legend_at="end"),
	dict(name="voortgang-2021.libreoffice-docx.footer-legend-centred", set="holdout", route="docx",
		doc="annex2021", font="Liberation Serif", font_size=9, legend_at="footer", valign="middle",
		palette={"VOLTOOID": "#39870c", "DOORLOPEND": "#007bc7", "IN_UITVOERING": "#a7d08c", "VERTRAAGD": "#f9e11e",
			"NIET_GESTART": "#d52b1e", "IN_CONSULTATIE": "#42145f", "NIET_VAN_TOEPASSING": "#b4b4b4"}),
	dict(name="voortgang-2021.chromium.portrait-unnumbered-legend-end", set="holdout", route="chromium",
		doc="annex2021", font="Caladea, serif", font_size="8pt", unnumbered=True, portrait=True, legend_at="end"),
	dict(name="voortgang-2021.libreoffice-docx.portrait-footer-legend-unnumbered-squares", set="holdout", route="docx",
		doc="annex2021", font="DejaVu Sans", font_size=7, legend_at="footer", portrait=True, unnumbered=True,
		form="square", valign="middle"),
	dict(name="voortgang-2021.chromium.serif-squares-centred", set="holdout", route="chromium", doc="annex2021",
		font="'Liberation Serif', serif", font_size="9pt", form="square", valign="middle"),
	dict(name="voortgang-2021.weasyprint.portrait-legend-end", set="holdout", route="weasyprint", doc="annex2021",
		font="'DejaVu Serif', serif", font_size="7.5pt", portrait=True, legend_at="end"),
]

for _v in BUDGET:
	_v.setdefault("doc", "letter")

ALL = BUDGET + PROGRESS + ANNEX_2021
