#!/usr/bin/env bash
# Renders both workbooks (bijlage 1 and 2) of every shipped scenario the way a reader sees them:
# LibreOffice headless prints each to PDF (Dutch locale, a private profile), pdftoppm turns every
# page into a PNG. Look at the PNGs before and after a change to the workbooks' layout.
#
#   scripts/render-workbooks.sh [OUT_DIR] [SCENARIO.yaml...]
#
# OUT_DIR defaults to target/render; the scenarios to every scenarios/*.yaml. Needs soffice
# (libreoffice-calc-nogui) and pdftoppm (poppler-utils); RESOLUTION (default 60 dpi) sets the PNGs'.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "${1:-$here/target/render}" && cd "${1:-$here/target/render}" && pwd)"
shift || true
scenarios=("$@")
if [ ${#scenarios[@]} -eq 0 ]; then
  scenarios=("$here"/scenarios/*.yaml)
fi
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "render-workbooks: $tool is not on the PATH" >&2; exit 2; }
done
if ! fc-list 2>/dev/null | grep -qi carlito; then
  echo "render-workbooks: warning: the Carlito font (fonts-crosextra-carlito) is missing; LibreOffice" \
    "draws Calibri with a wider font and the pictures show clipping a reader would not see" >&2
fi

# A private LibreOffice profile: the user's settings and running instances play no part, and the
# locale is Dutch, so amounts print as a Dutch reader sees them (€ 1.234).
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
mkdir -p "$profile/user"
cat >"$profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>nl-NL</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>nl-NL</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU

for scenario in "${scenarios[@]}"; do
  name="$(basename "$scenario" .yaml)"
  dir="$out/$name"
  rm -rf "$dir"
  "$here/impact" run --out "$dir/xlsx" "$scenario" >/dev/null
  mkdir -p "$dir/pdf" "$dir/png"
  HOME="$profile" soffice -env:UserInstallation="file://$profile" --headless --norestore --nologo \
    --convert-to pdf --outdir "$dir/pdf" "$dir"/xlsx/bijlage-*.xlsx >"$dir/soffice.log" 2>&1
  for pdf in "$dir"/pdf/*.pdf; do
    base="$(basename "$pdf" .pdf)"
    pdftoppm -r "${RESOLUTION:-60}" -png "$pdf" "$dir/png/$base"
    pages="$(ls "$dir/png/$base"-*.png | wc -l)"
    echo "$name/$base: $pages pages"
  done
done
echo "PDFs and PNGs in $out"
