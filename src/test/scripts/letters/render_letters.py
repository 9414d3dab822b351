#!/usr/bin/env python3
"""Renders the prose letters among the source documents to PDF with LibreOffice Writer, for the tests
of letters without tables: Kamerstuk 28 638 nr. 161 (2018), nr. 217 (2023) and the nota of
28 September 2023 (head "Datum" / "Ons kenmerk", no Kamerstuk number).

The seed texts (Markdown or plain text) become simple HTML (paragraphs, bold, headings, bullets,
line breaks) that Writer's HTML import sets as a document; Writer prints it to PDF.

    render_letters.py [SEED_DIR] [OUT_DIR]

SEED_DIR defaults to the nearest shared/fixtures/seed-text above this script (or $STM_SHARED/fixtures/
seed-text), OUT_DIR to src/test/resources/fixtures/letters. Needs soffice (libreoffice-writer-nogui);
the build never runs this script, it uses the committed PDFs.
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LETTERS = {
	"kst-28638-161.txt": "kst-28638-161.pdf",
	"kst-28638-217.md": "kst-28638-217.pdf",
	"nota-actieplan-2023-09-28.md": "nota-actieplan-2023-09-28.pdf",
}


def seed_dir():
	if os.environ.get("STM_SHARED"):
		return Path(os.environ["STM_SHARED"]) / "fixtures" / "seed-text"
	for parent in Path(__file__).resolve().parents:
		candidate = parent / "shared" / "fixtures" / "seed-text"
		if candidate.is_dir():
			return candidate
	sys.exit("no shared/fixtures/seed-text found above " + __file__ + "; set STM_SHARED")


def inline(text):
	"""Markdown inline marks to HTML: links become their text, **bold**, *italic*, <sup> kept."""
	text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
	sups = []
	text = re.sub(r"<sup>(.*?)</sup>", lambda m: sups.append(m.group(1)) or f"\x00{len(sups) - 1}\x00", text)
	text = html.escape(text, quote=False)
	text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
	text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", text)
	return re.sub("\x00(\\d+)\x00", lambda m: "<sup>" + html.escape(sups[int(m.group(1))]) + "</sup>", text)


def to_html(source):
	"""Blocks separated by blank lines; a line ending in two spaces breaks; '#' lines are headings."""
	body = []
	for block in re.split(r"\n\s*\n", source.strip("\n")):
		lines = [l for l in block.split("\n")]
		first = lines[0].strip()
		heading = re.match(r"^(#{1,3})\s+(.*)$", first)
		if heading and len(lines) == 1:
			level = len(heading.group(1))
			body.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
			continue
		if first.startswith("•") or first.startswith("- "):
			items = [re.sub(r"^\s*(•|-)\s*", "", l) for l in lines if l.strip()]
			body.append("<ul>" + "".join(f"<li>{inline(i)}</li>" for i in items) + "</ul>")
			continue
		text = ""
		for i, line in enumerate(lines):
			hard = line.endswith("  ") or line.endswith("\\")
			text += inline(line.rstrip(" \\").strip())
			if i < len(lines) - 1:
				text += "<br/>" if hard else " "
		body.append(f"<p>{text}</p>")
	return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{font-family:'Liberation Serif';"
			"font-size:11pt} h1{font-size:14pt} h2{font-size:12pt} h3{font-size:11pt}</style></head><body>\n"
			+ "\n".join(body) + "\n</body></html>\n")


def render(seed, out):
	out.mkdir(parents=True, exist_ok=True)
	with tempfile.TemporaryDirectory() as tmp:
		profile = Path(tmp) / "profile"
		for name, pdf in LETTERS.items():
			html_file = Path(tmp) / (Path(pdf).stem + ".html")
			html_file.write_text(to_html((seed / name).read_text(encoding="utf-8")), encoding="utf-8")
			subprocess.run(["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless",
					"--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp,
					str(html_file)], check=True, stdout=subprocess.DEVNULL)
			shutil.copyfile(Path(tmp) / pdf, out / pdf)
			print(out / pdf)


if __name__ == "__main__":
	seed = Path(sys.argv[1]) if len(sys.argv) > 1 else seed_dir()
	here = Path(__file__).resolve()
	out = Path(sys.argv[2]) if len(sys.argv) > 2 else here.parents[2] / "resources" / "fixtures" / "letters"
	render(seed, out)
