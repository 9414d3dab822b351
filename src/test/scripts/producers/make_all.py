#!/usr/bin/python3
"""Makes every producer fixture: PDF + expected JSON per rendering.

    python3 make_all.py [OUTDIR] [--only SUBSTRING]

OUTDIR (default: ../) receives committed/, holdout/ and annex-2021/. Sources (HTML, DOCX) are
kept in OUTDIR/build/ for inspection. See variants.py for what each rendering varies.
"""
import copy
import json
import os
import shutil
import sys

import html_render
import producers
import seed
import variants

HERE = os.path.dirname(os.path.abspath(__file__))


def write(path, data):
	mode = "wb" if isinstance(data, bytes) else "w"
	with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
		f.write(data)


def expected_for(v):
	if v["doc"] == "annex2021":
		import annex2021
		return annex2021.expected(v)
	expected = seed.progress_expected()
	# the legend holds the colours this rendering painted; labels and rows are as in the sample
	expected["legend"] = {status: colour.lower() for status, colour in v["palette"].items()}
	expected["_about"] = ("Expected progress values of %s: rows as in voortgang-2025-H1.expected.json; "
		"legend colours as painted in this rendering." % v["name"])
	return expected


def source(v, build):
	"""Writes the rendering's source (HTML or DOCX) and returns its path."""
	base = os.path.join(build, v["name"])
	if v["route"] in ("docx", "docx+gs"):
		import docx_render
		path = base + ".docx"
		if v["doc"] == "letter":
			docx_render.letter_docx(v, path)
		elif v["doc"] == "annex2021":
			import annex2021
			annex2021.docx(v, path)
		else:
			docx_render.progress_docx(v, path)
		return path
	if v["doc"] == "letter":
		text = html_render.letter_html(v)
	elif v["doc"] == "annex2021":
		import annex2021
		text = annex2021.html(v)
	else:
		text = html_render.progress_html(v)
	for name, data in v.get("_files", {}).items():
		write(os.path.join(build, name), data)
	path = base + ".html"
	write(path, text)
	return path


def produce(v, src, pdf, build):
	route = v["route"]
	if route == "chromium":
		producers.chromium(src, pdf, tagged=v.get("set") == "holdout")
	elif route == "lo-html":
		producers.libreoffice_html(src, pdf, v.get("lossless", False))
	elif route == "docx":
		producers.libreoffice_docx(src, pdf, v.get("lossless", False))
	elif route == "weasyprint":
		producers.weasyprint(src, pdf)
	elif route == "wkhtmltopdf":
		producers.wkhtmltopdf(src, pdf)
	elif route.endswith("+gs"):
		first = os.path.join(build, v["name"] + ".first.pdf")
		produce(dict(v, route=route.split("+")[0]), src, first, build)
		producers.ghostscript(first, pdf)
	else:
		raise ValueError(route)


def main(argv):
	out = os.path.abspath(argv[0]) if argv and not argv[0].startswith("--") else os.path.normpath(os.path.join(HERE, ".."))
	only = argv[argv.index("--only") + 1] if "--only" in argv else None
	build = os.path.join(out, "build")
	os.makedirs(build, exist_ok=True)
	for v in variants.ALL:
		if only and only not in v["name"]:
			continue
		v = copy.deepcopy(v)
		target = os.path.join(out, v["set"])
		os.makedirs(target, exist_ok=True)
		src = source(v, build)
		pdf = os.path.join(target, v["name"] + ".pdf")
		produce(v, src, pdf, build)
		expected = os.path.join(target, v["name"] + ".expected.json")
		if v["doc"] == "letter":
			# the facts of nr. 249 are the same whatever the rendering: the shared expected JSON as is
			shutil.copyfile(seed.LETTER_EXPECTED, expected)
		else:
			write(expected, json.dumps(expected_for(v), ensure_ascii=False, indent=1) + "\n")
		print("%-9s %-75s %7d bytes" % (v["set"], v["name"] + ".pdf", os.path.getsize(pdf)))


if __name__ == "__main__":
	main(sys.argv[1:])
