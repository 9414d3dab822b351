#!/bin/sh
# Re-makes every producer fixture, checks what each PDF prints, and (given a jar) scores the engine.
#   scripts/remake.sh [OUTDIR] [JAR]
# OUTDIR defaults to the folder above scripts/; JAR (target/pipeline.jar) is optional.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$(dirname "$HERE")}
JAR=$2
PY=/usr/bin/python3   # Debian's python3 (python3-docx lives there, not in a pyenv)
for tool in chromium soffice weasyprint wkhtmltopdf gs pdftotext; do
	command -v $tool >/dev/null || { echo "missing $tool: see README.md (apt-get install ...)"; exit 2; }
done
$PY "$HERE/make_all.py" "$OUT"
$PY "$HERE/verify.py" "$OUT/committed" "$OUT/holdout" "$OUT/annex-2021"
if [ -n "$JAR" ]; then
	$PY "$HERE/baseline.py" "$JAR" "$OUT/committed" "$OUT/holdout" "$OUT/annex-2021"
fi
