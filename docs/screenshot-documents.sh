#!/usr/bin/env bash
# Renders the example's LaTeX report (pdflatex) and Word report (LibreOffice headless) and saves the first
# pages side by side (Debian: texlive-latex-recommended, texlive-pictures, lmodern, libreoffice-writer-nogui,
# poppler-utils, imagemagick).
#   docs/screenshot-documents.sh
# writes docs/images/report-tex-pdf.png and docs/images/report-docx.png.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./factorstudio analyze examples/municipal-automation/municipal-automation.study --quiet --format tex,docx \
  --out "$work/report" >/dev/null
(cd "$work/report" && pdflatex -interaction=nonstopmode -halt-on-error report.tex >/dev/null \
  && pdflatex -interaction=nonstopmode -halt-on-error report.tex >/dev/null)
soffice --headless --convert-to pdf --outdir "$work/docx" "$work/report/report.docx" >/dev/null 2>&1
for name in tex docx; do
  pdf="$work/report/report.pdf"
  [ "$name" = docx ] && pdf="$work/docx/report.pdf"
  pdftoppm -r 60 -png -f 1 -l 4 "$pdf" "$work/$name"
  montage "$work/$name"-*.png -tile 4x1 -geometry +8+8 -background '#888' "$work/$name-pages.png"
  convert "$work/$name-pages.png" -colors 64 "docs/images/report-$name.png"
done
mv docs/images/report-tex.png docs/images/report-tex-pdf.png
echo "wrote docs/images/report-tex-pdf.png docs/images/report-docx.png"
