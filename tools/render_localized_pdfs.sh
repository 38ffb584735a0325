#!/usr/bin/env bash
# Render the example events' PDFs in Japanese and Russian, to look at (issue 17).
#
#   tools/render_localized_pdfs.sh [FOLDER] [KIND...]
#
# FOLDER (default /tmp/roundtable-localized) gets a fresh demo database, then for each language
# (ja, ru, and en to compare) and each KIND (default: agenda bios seating log minutes) the
# Trilateral Round 2 document (15–16 March 2017, Moscow) as <kind>-<lang>.pdf, its pages as
# <kind>-<lang>-<page>.png at 60 dpi (pdftoppm -r 60), and pdffonts' table. It fails when a font
# is not embedded. Needs poppler-utils (pdftoppm, pdffonts) and `roundtable` on the PATH (or
# run it from a checkout with the package installed in the active Python).
set -euo pipefail

out="${1:-/tmp/roundtable-localized}"
shift || true
kinds=("$@")
if [ ${#kinds[@]} -eq 0 ]; then
    kinds=(agenda bios seating log minutes)
fi
event="us-japan-russia-trilateral-round-2-2017"

for tool in pdftoppm pdffonts; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (install poppler-utils)" >&2; exit 1; }
done
if command -v roundtable >/dev/null; then
    roundtable=(roundtable)
else
    roundtable=(python -m roundtable)
fi

mkdir -p "$out"
db="$out/demo.sqlite3"
rm -f "$db" "$db"-wal "$db"-shm
"${roundtable[@]}" --db "$db" demo >/dev/null

status=0
for lang in ja ru en; do
    for kind in "${kinds[@]}"; do
        pdf="$out/$kind-$lang.pdf"
        "${roundtable[@]}" --db "$db" export "$kind" "$event" -o "$pdf" --language "$lang" >/dev/null
        rm -f "$out/$kind-$lang"-*.png
        pdftoppm -r 60 -png "$pdf" "$out/$kind-$lang"
        pdffonts "$pdf" >"$out/$kind-$lang.fonts.txt"
        # pdffonts' "emb" column is the fifth from the end of each row after the two header lines.
        if awk 'NR > 2 && $(NF - 4) != "yes" { bad = 1 } END { exit !bad }' "$out/$kind-$lang.fonts.txt"; then
            echo "$pdf: a font is not embedded:" >&2
            cat "$out/$kind-$lang.fonts.txt" >&2
            status=1
        fi
        echo "$pdf ($(ls "$out/$kind-$lang"-*.png | wc -l) pages)"
    done
done
exit $status
