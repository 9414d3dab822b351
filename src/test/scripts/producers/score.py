#!/usr/bin/python3
"""Scores one `extract` JSON line against an expected JSON: facts right / total.

    score.py EXTRACT.json EXPECTED.json [-v]          # EXTRACT: a file holding the extract line
    score.py --jar target/pipeline.jar FILE.pdf EXPECTED.json [-v]

Budget letter (expected has "actielijn_tables"); one fact each:
  document: dossier, number, date; overview: caption unit, per line its label and each year's
  amount (an expected empty cell must be absent, a dash must read "–"), each printed total;
  per actielijn table: its title, its printed totals; per row (matched by its action numbers):
  title, new flag, each year's amount (absent where the expected cell is empty).
Progress report (expected has "rows" and "legend"; a results annex is recognised by "result"
in its rows, matched by (actielijn, result, activity) and scored on title, result_title, theme and
numbered as well, instead of holders):
  period; each legend entry's colour (equal within 3 per RGB channel: producers that re-encode
  an icon image move a channel by a unit); per row (matched by action): status, status_label,
  holders, toelichting (whitespace-normalised).
Prints one summary line (and the misses with -v); exit status 0.
"""
import json
import re
import subprocess
import sys


def norm(text):
	if text is None:
		return None
	text = str(text).replace("\u00ad", "").replace("\u00a0", " ")
	return re.sub(r"\s+", " ", text).strip()


def dash(text):
	text = norm(text)
	return "–" if text in ("-", "—", "–") else text


class Tally:
	def __init__(self):
		self.groups = {}
		self.misses = []

	def check(self, group, what, expected, actual):
		right, total = self.groups.get(group, (0, 0))
		ok = expected == actual
		self.groups[group] = (right + ok, total + 1)
		if not ok:
			self.misses.append("%s: %s: expected %r, got %r" % (group, what, expected, actual))

	def miss_all(self, group, what, count):
		right, total = self.groups.get(group, (0, 0))
		self.groups[group] = (right, total + count)
		self.misses.append("%s: %s: missing (%d facts)" % (group, what, count))

	def summary(self):
		right = sum(r for r, _ in self.groups.values())
		total = sum(t for _, t in self.groups.values())
		parts = ", ".join("%s %d/%d" % (g, r, t) for g, (r, t) in self.groups.items())
		return right, total, parts


def close(expected, actual, tolerance=3):
	"""Same colour within `tolerance` per RGB channel (both "#rrggbb")."""
	if not actual or len(actual) != 7:
		return False
	return all(abs(int(expected[i:i + 2], 16) - int(actual[i:i + 2], 16)) <= tolerance for i in (1, 3, 5))


def amounts_by_year(amounts):
	return {a.get("year"): dash(a.get("raw")) for a in (amounts or [])}


def check_values(t, group, what, years, expected_values, actual_amounts):
	got = amounts_by_year(actual_amounts)
	for year, value in zip(years, expected_values):
		t.check(group, "%s %s" % (what, year), dash(value), got.get(year))


def score_letter(actual, expected, t):
	doc = actual.get("document") or {}
	exp_doc = expected["document"]
	t.check("document", "dossier", exp_doc["dossier"], norm(doc.get("dossier")))
	t.check("document", "number", exp_doc["volgnummer"], doc.get("number"))
	t.check("document", "date", exp_doc["date"], doc.get("date"))

	exp_ov = expected["programme_overview"]
	years = exp_ov["years"]
	ov = actual.get("programme_overview")
	per_line = 1 + len(years)
	if not ov:
		t.miss_all("overview", "programme overview", 1 + per_line * len(exp_ov["rows"]) + len(years))
	else:
		t.check("overview", "unit", exp_ov["unit"], ov.get("unit"))
		lines = {norm(line.get("key")): line for line in ov.get("lines") or []}
		for row in exp_ov["rows"]:
			line = lines.get(row["key"])
			if line is None:
				t.miss_all("overview", "line %s" % row["key"], per_line)
				continue
			t.check("overview", "line %s label" % row["key"], norm(row["label"]), norm(line.get("label")))
			check_values(t, "overview", "line %s" % row["key"], years, row["values"], line.get("amounts"))
		check_values(t, "overview", "total", years, exp_ov["total"], ov.get("total"))

	tables = {}
	for table in actual.get("actielijn_tables") or []:
		tables.setdefault(table.get("actielijn"), table)
	for exp in expected["actielijn_tables"]:
		group = "actielijn %d" % exp["actielijn"]
		table = tables.get(exp["actielijn"])
		table_years = years
		if table is None:
			t.miss_all(group, "table", 1 + len(years) + sum(2 + len(years) for _ in exp["rows"]))
			continue
		t.check(group, "title", norm(exp["title"]), norm(table.get("title")))
		rows = {tuple(r.get("actions") or []): r for r in table.get("rows") or []}
		for row in exp["rows"]:
			key = tuple(row["actions"])
			got = rows.get(key)
			label = "row %s" % "+".join(map(str, key))
			if got is None:
				t.miss_all(group, label, 2 + len(table_years))
				continue
			t.check(group, label + " title", norm(row["title"]), norm(got.get("title")))
			t.check(group, label + " new", row["new"], got.get("new"))
			check_values(t, group, label, table_years, row["values"], got.get("amounts"))
		check_values(t, group, "total", table_years, exp["total"], table.get("total"))


def row_key(row):
	"""A 2025-style row is identified by its action; a results-annex row by (actielijn, result, activity)."""
	if "result" in row:
		return (row.get("actielijn"), row.get("result"), row.get("activity"))
	return row.get("action")


def score_progress(actual, expected, t):
	reports = actual.get("progress_reports") or []
	rows = {}
	legend = {}
	periods = []
	for report in reports:
		periods.append(report.get("period"))
		for entry in report.get("legend") or []:
			legend.setdefault(entry.get("status"), (entry.get("colour") or "").lower())
		for row in report.get("rows") or []:
			rows.setdefault(row_key(row), row)
	t.check("period", "period", expected["period"], periods[0] if periods else None)
	exp_legend = expected["legend"]
	if isinstance(exp_legend, list):
		exp_legend = {e["status"]: e["colour"] for e in exp_legend}
	for status, colour in exp_legend.items():
		got = legend.get(status)
		# an image re-encoded by the producer (JPEG, Ghostscript) may move a channel by a unit or two
		t.check("legend", status, colour.lower(), colour.lower() if close(colour, got) else got)
	results_layout = any("result" in r for r in expected["rows"])
	fields = ["status", "status_label", "toelichting"] + (
		["title", "result_title", "theme", "numbered"] if results_layout else ["holders"])
	for row in expected["rows"]:
		key = row_key(row)
		got = rows.get(key)
		label = "row %s" % ("/".join(map(str, key)) if isinstance(key, tuple) else key)
		if got is None:
			t.miss_all("rows", label, len(fields))
			continue
		for field in fields:
			if field == "holders":
				t.check("rows", label + " holders", [norm(h) for h in row["holders"]],
					[norm(h) for h in got.get("holders") or []])
			elif field in ("status", "numbered"):
				t.check("rows", label + " " + field, row[field], got.get(field))
			else:
				t.check("rows", label + " " + field, norm(row[field]), norm(got.get(field)))


def score(actual, expected):
	t = Tally()
	if "error" in actual:
		t.misses.append("error: %s" % json.dumps(actual["error"], ensure_ascii=False))
	if "actielijn_tables" in expected:
		score_letter(actual, expected, t)
	else:
		score_progress(actual, expected, t)
	return t


def main(argv):
	verbose = "-v" in argv
	args = [a for a in argv if a != "-v"]
	if args and args[0] == "--jar":
		jar, pdf, expected_file = args[1:4]
		out = subprocess.run(["java", "-jar", jar, "extract", pdf], capture_output=True, text=True)
		line = out.stdout.strip().splitlines()[0] if out.stdout.strip() else "{}"
	else:
		extract_file, expected_file = args[0:2]
		line = open(extract_file, encoding="utf-8").read().strip().splitlines()[0]
	actual = json.loads(line)
	expected = json.load(open(expected_file, encoding="utf-8"))
	t = score(actual, expected)
	right, total, parts = t.summary()
	warnings = actual.get("warnings") or []
	print("%d/%d facts right (%.0f%%): %s; warnings: %d" % (right, total, 100.0 * right / max(total, 1), parts, len(warnings)))
	if verbose:
		for miss in t.misses:
			print("  " + miss)
		for w in warnings:
			print("  warning: " + str(w))


if __name__ == "__main__":
	main(sys.argv[1:])
