#!/usr/bin/python3
"""Runs the engine (`java -jar JAR extract`) on every fixture PDF and scores it.

    baseline.py JAR DIR [DIR ...] > BASELINE.md

Prints a Markdown table: file, producer (the PDF's Producer), budget rows read / expected,
progress rows read / expected, facts right / total (score.py), warnings.
"""
import json
import os
import subprocess
import sys

import score


def producer(pdf):
	out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
	for line in out.splitlines():
		if line.startswith("Producer:"):
			return line.split(":", 1)[1].strip()
	return "?"


def main(argv):
	jar, dirs = argv[0], argv[1:]
	print("| set | file | producer | budget rows read / expected | progress rows read / expected | facts right / total | warnings |")
	print("|---|---|---|---|---|---|---|")
	for d in dirs:
		for name in sorted(os.listdir(d)):
			if not name.endswith(".pdf"):
				continue
			pdf = os.path.join(d, name)
			expected = json.load(open(pdf[:-4] + ".expected.json", encoding="utf-8"))
			out = subprocess.run(["java", "-jar", jar, "extract", pdf], capture_output=True, text=True)
			lines = out.stdout.strip().splitlines()
			actual = json.loads(lines[0]) if lines else {"error": {"code": "NO_OUTPUT", "message": out.stderr[-300:]}}
			t = score.score(actual, expected)
			right, total, _ = t.summary()
			if "actielijn_tables" in expected:
				exp_rows = sum(len(x["rows"]) for x in expected["actielijn_tables"])
				got_rows = sum(len(x.get("rows") or []) for x in actual.get("actielijn_tables") or [])
				budget, progress = "%d / %d" % (got_rows, exp_rows), ""
			else:
				exp_rows = len(expected["rows"])
				got_rows = sum(len(r.get("rows") or []) for r in actual.get("progress_reports") or [])
				budget, progress = "", "%d / %d" % (got_rows, exp_rows)
			warnings = actual.get("warnings") or []
			if "error" in actual:
				warnings = ["error %s" % actual["error"].get("code")] + warnings
			shown = "; ".join(str(w) for w in warnings[:3]) + (" (+%d more)" % (len(warnings) - 3) if len(warnings) > 3 else "")
			print("| %s | %s | %s | %s | %s | %d/%d (%.0f%%) | %d%s |" % (
				os.path.basename(os.path.normpath(d)), name, producer(pdf), budget, progress, right, total,
				100.0 * right / max(total, 1), len(warnings), (": " + shown.replace("|", "/")) if warnings else ""))
			sys.stdout.flush()


if __name__ == "__main__":
	main(sys.argv[1:])
