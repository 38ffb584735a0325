"""1,000 tent name cards from a mixed-script list, against bare reportlab drawing the same text.

Not a test (times depend on the machine). The target (issue 6) is that Roundtable's cards take
at most 1.3 times as long as bare reportlab drawing the same strings with the same fonts.

* **Roundtable**: ``roundtable.pdf.namecards.draw_cards``, everything a real export does per
  card: split each line into font runs, fit the name (shrink, wrap), lay out the half, draw it
  upright and rotated, the fold line.
* **Bare reportlab**: the same strings on the same number of pages, each drawn at a fixed size
  with ``drawCentredString`` in the font that has its glyphs (found beforehand, outside the
  timing), twice per card with the upper copy rotated, and the same dashed fold line. No
  fitting, no runs: the floor any tent-card code pays for making the PDF.

Both write the PDF to memory with the same canvas settings (our fonts embedded and subset), so
the comparison is of the drawing, not the disk. Each is run ``--runs`` times, alternating, and
the medians are printed, then as JSON lines (``namecards_roundtable``, ``namecards_bare``, each
``{"name": ..., "median_ms": ..., "runs": ...}`` with the card count and PDF size).

Usage::

    python benchmarks/namecards.py             # 1,000 cards, 5 runs each
    python benchmarks/namecards.py --cards 2000 --runs 9 --layout avery5305
"""

from __future__ import annotations

import argparse
import io
import json
import random
import statistics
import time

from reportlab.pdfgen.canvas import Canvas

from roundtable.pdf import fonts, namecards, text_fit
from roundtable.pdf.document import RULE, make_canvas
from roundtable.pdf.fonts import PRIMARY, register_fonts, runs
from roundtable.services.namecards import CardOptions, CardText

GIVEN = {
    "latin": ["Andrew", "Guadalupe", "Matthew", "Ingrid", "Oluwaseun", "Zbigniew", "Élodie"],
    "cyrillic": ["Андрей", "Сергей", "Ольга", "Татьяна", "Дмитрий"],
    "greek": ["Αλέξανδρος", "Ελένη", "Νικόλαος", "Σοφία"],
    "japanese": ["豊久", "明裕", "さくら", "健太"],
    "chinese": ["伟", "秀英", "志强", "丽娟"],
    "korean": ["용출", "민준", "서연", "지훈"],
}
FAMILY = {
    "latin": ["Correa Cabrera", "Rojansky", "Saunders", "Boyle", "Wiśniewski", "Adeyemi"],
    "cyrillic": ["Кортунов", "Голунов", "Кузнецова", "Смирнов"],
    "greek": ["Παπαδόπουλος", "Γεωργίου", "Οικονόμου"],
    "japanese": ["上月", "岩下", "佐藤", "高橋"],
    "chinese": ["王", "李", "张", "刘"],
    "korean": ["하", "김", "이", "박"],
}
AFFILIATIONS = [
    "Russian International Affairs Council",
    "Kyushu University / Hokkaido University",
    "Embassy of Japan in Russia",
    "東京財団政策研究所",
    "서울대학교 국제대학원",
    "Εθνικό και Καποδιστριακό Πανεπιστήμιο Αθηνών",
    "Московский государственный институт международных отношений",
    "",
]


def generated_cards(count: int, seed: int = 6) -> list[CardText]:
    """``count`` cards with Latin names and, for five scripts in six, a native name too."""
    rng = random.Random(seed)
    cards = []
    for i in range(count):
        script = rng.choice(list(GIVEN))
        latin_given, latin_family = rng.choice(GIVEN["latin"]), rng.choice(FAMILY["latin"])
        native = ""
        if script != "latin":
            native = f"{rng.choice(FAMILY[script])} {rng.choice(GIVEN[script])}"
        name = f"{latin_given} {latin_family}"
        if i % 97 == 0:  # now and then a name that must wrap
            name = f"{name} {rng.choice(FAMILY['latin'])}-{rng.choice(FAMILY['latin'])} y Ortega"
        cards.append(
            CardText(
                name=name,
                native_name=native,
                affiliation=rng.choice(AFFILIATIONS),
                foot="U.S.-Japan-Russia Trilateral: Second Round",
                lang={"japanese": "ja", "chinese": "zh", "korean": "ko"}.get(script),
            )
        )
    return cards


def ours(cards: list[CardText], layout: namecards.CardLayout) -> bytes:
    stream = io.BytesIO()
    canvas = make_canvas(stream)
    canvas.setPageSize(layout.page)
    namecards.draw_cards(canvas, cards, layout, CardOptions())
    canvas.save()
    return stream.getvalue()


def prepared_runs(cards: list[CardText]) -> list[list[tuple[list[tuple[str, str]], float]]]:
    """Per card, each string's (font, text) runs and a fixed size: what bare code would know."""
    prepared = []
    for card in cards:
        strings = [(card.name, True, 40.0), (card.native_name, True, 28.0),
                   (card.affiliation, False, 16.0), (card.foot, False, 9.0)]  # fmt: skip
        prepared.append([(runs(text, bold, card.lang), size) for text, bold, size in strings])
    return prepared


def bare(prepared: list, layout: namecards.CardLayout) -> bytes:
    stream = io.BytesIO()
    canvas = Canvas(stream, pagesize=layout.page, initialFontName=PRIMARY, initialFontSize=10)
    slots = sorted(layout.cards, key=lambda rect: -rect[1])
    for start in range(0, len(prepared), len(slots)):
        for card, (x, y, width, height) in zip(prepared[start : start + len(slots)], slots,
                                               strict=False):  # fmt: skip
            for upper in (False, True):
                canvas.saveState()
                if upper:
                    canvas.translate(x + width, y + height)
                    canvas.rotate(180)
                else:
                    canvas.translate(x, y)
                baseline = height / 2 * 0.8
                for pieces, size in card:
                    for font, text in pieces:  # one string per run, as the fonts require
                        canvas.setFont(font, size)
                        canvas.drawCentredString(width / 2, baseline, text)
                    baseline -= size * 1.3
                canvas.restoreState()
            canvas.setStrokeColor(RULE)  # the same dashed fold line
            canvas.setLineWidth(0.6)
            canvas.setDash(4, 3)
            canvas.line(x, y + height / 2, x + width, y + height / 2)
        canvas.showPage()
    canvas.save()
    return stream.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--layout", choices=sorted(namecards.LAYOUTS), default="a4")
    args = parser.parse_args(argv)
    if args.cards < 1 or args.runs < 1:
        parser.error("--cards and --runs must be at least 1")

    register_fonts()
    layout = namecards.LAYOUTS[args.layout]
    cards = generated_cards(args.cards)
    prepared = prepared_runs(cards)
    ours(cards[:10], layout), bare(prepared[:10], layout)  # warm-up: font loading, caches
    ours_times, bare_times = [], []
    for _ in range(args.runs):
        for label, job in (("ours", lambda: ours(cards, layout)),
                           ("bare", lambda: bare(prepared, layout))):  # fmt: skip
            fonts._assign.cache_clear()  # each export starts cold, as in a fresh process
            fonts.normalize.cache_clear()
            text_fit.unit_width.cache_clear()
            begin = time.perf_counter()
            size = len(job())
            elapsed = time.perf_counter() - begin
            (ours_times if label == "ours" else bare_times).append((elapsed, size))
    ours_median = statistics.median(t for t, _ in ours_times)
    bare_median = statistics.median(t for t, _ in bare_times)
    print(f"{args.cards} cards, layout {args.layout}, median of {args.runs} runs")
    print(f"  Roundtable:     {ours_median:6.2f} s  ({ours_times[-1][1] / 1e6:.1f} MB)")
    print(f"  bare reportlab: {bare_median:6.2f} s  ({bare_times[-1][1] / 1e6:.1f} MB)")
    print(f"  ratio:          {ours_median / bare_median:6.2f}x  (target: at most 1.30x)")
    for name, times in (("namecards_roundtable", ours_times), ("namecards_bare", bare_times)):
        line = {
            "name": name,
            "median_ms": round(statistics.median(t for t, _ in times) * 1000, 2),
            "runs": len(times),
            "cards": args.cards,
            "layout": args.layout,
            "pdf_bytes": times[-1][1],
        }
        print(json.dumps(line), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
