"""The real PDF producers: Chromium, LibreOffice Writer (HTML and DOCX import), WeasyPrint,
wkhtmltopdf (Qt WebKit), Ghostscript pdfwrite. Each converts one source file to one PDF at a given path."""
import os
import shutil
import subprocess
import tempfile

LO_PROFILE = "file://" + os.path.join(tempfile.gettempdir(), "stm-lo-profile")


def run(cmd, **kw):
	result = subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kw)
	if result.returncode != 0:
		raise RuntimeError("%s failed (%d): %s" % (cmd[0], result.returncode, result.stderr[-2000:]))
	return result


def chromium(src, pdf, tagged=True):
	"""Chromium's print to PDF; tagged (its default) adds the structure tree, which doubles the size."""
	exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
	flags = [] if tagged else ["--disable-pdf-tagging"]
	run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer"] + flags +
		["--run-all-compositor-stages-before-draw", "--print-to-pdf=" + pdf, "file://" + os.path.abspath(src)])


def _soffice(src, pdf, infilter=None, lossless=False):
	outdir = tempfile.mkdtemp(prefix="stm-lo-")
	cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless"]
	if infilter:
		cmd.append("--infilter=" + infilter)
	export = "pdf:writer_pdf_Export"
	if lossless:
		# Writer's default re-encodes images as JPEG (quality 90), which shifts an icon's colour
		export += ':{"UseLosslessCompression":{"type":"boolean","value":"true"}}'
	cmd += ["--convert-to", export, "--outdir", outdir, os.path.abspath(src)]
	run(cmd)
	produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
	shutil.move(produced, pdf)
	shutil.rmtree(outdir, ignore_errors=True)


def libreoffice_html(src, pdf, lossless=False):
	"""Writer's own HTML import (not Writer/Web), as a user opening the HTML in Writer gets."""
	_soffice(src, pdf, "HTML (StarWriter)", lossless)


def libreoffice_docx(src, pdf, lossless=False):
	_soffice(src, pdf, None, lossless)


def weasyprint(src, pdf):
	run(["weasyprint", src, pdf])


def wkhtmltopdf(src, pdf):
	"""wkhtmltopdf 0.12 (Qt's PDF engine): it shrinks the page to fit ("smart shrinking", a zoom of about
	0.58 set once for the page), so text set at 11 px prints at about 6.3 pt."""
	run(["wkhtmltopdf", "-q", "--enable-local-file-access", "-s", "A4", src, pdf])


def ghostscript(src_pdf, pdf):
	"""Re-distils a PDF with Ghostscript's pdfwrite, as print-to-PDF workflows do."""
	run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.6",
		"-dPDFSETTINGS=/printer", "-sOutputFile=" + pdf, src_pdf])

