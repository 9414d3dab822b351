"""Reads the seed data the renderings are made from.

Letter nr. 249 comes from its seed text (Markdown-ish: letter head, prose, footnotes, and
tab-separated tables with <b> marking bold cells). The 2025-H1 progress report comes from its
expected JSON plus the action titles printed in the sample PDF (progress_titles.json), so that
every rendering prints exactly the values its expected JSON holds.
"""
import json
import os
import re
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))


def _find_shared():
	"""$STM_SHARED, else the nearest shared/ (with fixtures/) beside this folder or one of its parents."""
	if os.environ.get("STM_SHARED"):
		return os.environ["STM_SHARED"]
	folder = HERE
	while True:
		for candidate in (os.path.join(folder, "shared"), os.path.join(folder, "..", "shared")):
			if os.path.isdir(os.path.join(candidate, "fixtures", "seed-text")):
				return os.path.normpath(candidate)
		parent = os.path.dirname(folder)
		if parent == folder:
			raise SystemExit("shared/fixtures not found: set STM_SHARED to the shared/ folder")
		folder = parent


SHARED = _find_shared()
FIXTURES = os.path.join(SHARED, "fixtures")
LETTER_SEED = os.path.join(FIXTURES, "seed-text", "kst-28638-249.md")
LETTER_EXPECTED = os.path.join(FIXTURES, "letters", "kst-28638-249.expected.json")
PROGRESS_EXPECTED = os.path.join(FIXTURES, "progress", "voortgang-2025-H1.expected.json")

BOLD = re.compile(r"</?b>")


@dataclass
class Cell:
	text: str
	bold: bool


@dataclass
class Table:
	"""One seed table: caption cell + year cells, then label + value rows."""
	header: list
	rows: list = field(default_factory=list)

	@property
	def caption(self):
		return self.header[0].text

	@property
	def years(self):
		return [c.text for c in self.header[1:]]


@dataclass
class Block:
	"""A piece of the letter in reading order: kind is head, h1..h4, p, note, table, list, sign."""
	kind: str
	text: str = ""
	table: Table = None
	items: list = None


def _cell(raw):
	raw = raw.strip()
	bold = "<b>" in raw
	return Cell(BOLD.sub("", raw).strip(), bold)


def _inline(text):
	"""Markdown emphasis and superscripts to plain text with <sup> kept for HTML."""
	text = text.replace("\\*", "*")
	text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
	text = re.sub(r"(?<![\w*])\*(.+?)\*(?!\w)", r"\1", text)
	return text.strip()


def _fix_caption(text):
	# The seed has a typo on one caption: "(€ x10.000)€ x1000)"; the letter prints "(€ x10.000)".
	text = text.replace("(€ x10.000)€ x1000)", "(€ x10.000)")
	# The overview's row e. carries a stray " I" in the seed that is no part of the label.
	return re.sub(r"(slachtoffers) I$", r"\1", text)


def letter_blocks():
	"""The letter as blocks in reading order."""
	blocks = []
	lines = open(LETTER_SEED, encoding="utf-8").read().split("\n")
	i = 0
	while i < len(lines):
		line = lines[i].rstrip()
		if not line.strip() or line.strip() == "---":
			i += 1
			continue
		if "\t" in line:
			rows = []
			while i < len(lines) and "\t" in lines[i]:
				rows.append([_cell(_fix_caption(c)) for c in lines[i].rstrip("\n").split("\t")])
				i += 1
			blocks.append(Block("table", table=Table(rows[0], rows[1:])))
			continue
		if line.startswith("- "):
			items = []
			while i < len(lines) and lines[i].startswith("- "):
				items.append(lines[i][2:].strip())
				i += 1
			blocks.append(Block("list", items=items))
			continue
		m = re.match(r"^(#+)\s*(.*)$", line)
		if m:
			level = min(len(m.group(1)), 4)
			blocks.append(Block("h%d" % level, _inline(m.group(2))))
		elif line.startswith("<sup>") and re.match(r"<sup>\d+</sup>", line):
			n, text = re.match(r"<sup>(\d+)</sup>\s*(.*)", line).groups()
			blocks.append(Block("note", "%s %s" % (n, _inline(text))))
		elif line.endswith("  ") or (i + 1 < len(lines) and lines[i].rstrip().endswith(",") and lines[i + 1].startswith("E. ")):
			blocks.append(Block("sign", _inline(line) + "\n" + _inline(lines[i + 1])))
			i += 1
		else:
			blocks.append(Block("p", _inline(line)))
		i += 1
	return blocks


def letter_parts():
	"""Splits the letter into head, prose body, footnotes, and the annex (tables + list)."""
	blocks = letter_blocks()
	first_table = next(k for k, b in enumerate(blocks) if b.kind == "table")
	annex_start = first_table - 1  # the "Financieel overzicht" heading
	body = blocks[:annex_start]
	annex = blocks[annex_start:]
	notes = [b for b in body if b.kind == "note"]
	merged = []
	for b in body:
		if b.kind == "note":
			continue
		# a paragraph the seed broke at a page end continues in lower case on the next page
		if merged and b.kind == "p" and merged[-1].kind == "p" and b.text[:1].islower():
			merged[-1] = Block("p", merged[-1].text + " " + b.text)
		else:
			merged.append(b)
	return merged, notes, annex


def strip_sup(text):
	return re.sub(r"<sup>(\d+)</sup>", r"\1", text)


def action_titles():
	"""Action number -> (actielijn, title) and actielijn -> title, as letter nr. 249 prints them.

	The 2025-H1 report names every action by its title in nr. 249 (actions 3 and 4 share the row
	"3 en 4." there, so both carry its title)."""
	actions, bands = {}, {}
	for block in letter_blocks():
		if block.kind != "table" or not block.table.caption.startswith("Actielijn"):
			continue
		m = re.match(r"Actielijn (\d+)\. (.*?) \(€", block.table.caption)
		lijn = int(m.group(1))
		bands[lijn] = m.group(2)
		for row in block.table.rows:
			m = re.match(r"(\d+)(?: en (\d+))?\. (.*)", row[0].text)
			if not m:
				continue
			for n in filter(None, (m.group(1), m.group(2))):
				actions[int(n)] = (lijn, m.group(3))
	return actions, bands


def progress_expected():
	return json.load(open(PROGRESS_EXPECTED, encoding="utf-8"))


LEGEND_LABELS = {
	# labels as printed in the sample's legend
	"VOLTOOID": "Voltooid",
	"DOORLOPEND": "Doorlopend",
	"IN_UITVOERING": "In uitvoering",
	"VERTRAAGD": "In uitvoering maar met vertraging",
	"NIET_GESTART": "Nog niet in gang gezet",
}
