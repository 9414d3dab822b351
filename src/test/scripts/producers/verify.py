#!/usr/bin/python3
"""Checks that every fixture PDF prints what its expected JSON says, independently of the engine.

    verify.py DIR [DIR ...]

Per PDF (with poppler's pdftotext): no garbled text (CJK code points from broken ToUnicode maps,
U+FFFD), every word of every expected title / label / holder / toelichting present, every expected
amount present; prints pages, size and OK or what is missing. Exit 1 when a PDF fails.
"""
import json
import os
import re
import subprocess
import sys

GARBLED = re.compile("[\u3400-\u9fff\ufffd]")


def words(text):
	return re.findall(r"[\wÀ-ÿ]+", text or "")


def expected_texts(expected):
	if "actielijn_tables" in expected:
		ov = expected["programme_overview"]
		yield ov["caption"]
		for row in ov["rows"]:
			yield row["label"]
			yield from (v for v in row["values"] if v)
		for t in expected["actielijn_tables"]:
			yield t["title"]
			for row in t["rows"]:
				yield row["title"]
				yield from (v for v in row["values"] if v)
	else:
		for row in expected.get("rows", []):
			yield row.get("toelichting")
			yield from row.get("holders", [])
			yield row.get("title")
			yield row.get("result_title")


def check(pdf):
	# -layout keeps a line-end hyphen (plain pdftotext drops it and joins the halves)
	text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
	problems = []
	garbled = GARBLED.findall(text)
	if garbled:
		problems.append("%d garbled characters" % len(garbled))
	# a word the layout hyphenated at a line end is present as its two halves
	present = set(words(text)) | set(words(re.sub(r"-\n", "", text))) | set(words(re.sub(r"-\s*\n\s*", "-", text)))
	expected = json.load(open(pdf[:-4] + ".expected.json", encoding="utf-8"))
	missing = sorted({w for t in expected_texts(expected) if t for w in words(t) if w not in present})
	if missing:
		problems.append("missing words: " + " ".join(missing[:15]))
	info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
	pages = re.search(r"Pages:\s+(\d+)", info).group(1)
	return pages, problems


def main(dirs):
	failed = 0
	for d in dirs:
		for name in sorted(os.listdir(d)):
			if name.endswith(".pdf"):
				pdf = os.path.join(d, name)
				pages, problems = check(pdf)
				failed += bool(problems)
				print("%-12s %-80s %3s p %7d B  %s" % (os.path.basename(os.path.normpath(d)), name, pages,
					os.path.getsize(pdf), "; ".join(problems) or "OK"))
	sys.exit(1 if failed else 0)


if __name__ == "__main__":
	main(sys.argv[1:])
