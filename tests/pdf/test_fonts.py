"""Font runs: each piece of text goes to a shipped font that has its glyphs, CJK stays whole."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pdf_samples import CORPUS
from reportlab.pdfbase import pdfmetrics

from roundtable.pdf import fonts
from roundtable.pdf.fonts import (
    CHINESE,
    FONT_FILES,
    JAPANESE,
    KOREAN,
    KOREAN_BOLD,
    PRIMARY,
    PRIMARY_BOLD,
    draw_string,
    ellipsize,
    fit_size,
    lang_for_country,
    markup,
    missing_glyphs,
    needs_cjk_wrap,
    reset_missing_glyphs,
    runs,
    string_width,
    uncovered,
)
from roundtable.resource_files import resource_path


def test_every_font_is_shipped_as_truetype_with_a_licence():
    total = 0
    for filename in FONT_FILES.values():
        path = resource_path("fonts", filename)
        head = path.read_bytes()[:4]
        assert head in (b"\x00\x01\x00\x00", b"true"), f"{filename} is not TrueType (glyf)"
        total += path.stat().st_size
    assert total < 25 * 1024 * 1024
    for licence in ("DejaVuSans", "IPAexGothic", "NanumGothic", "DroidSansFallbackFull"):
        assert resource_path("fonts", f"{licence}-LICENSE.txt").stat().st_size > 1000


@pytest.mark.parametrize(
    ("text", "kw", "expected"),
    [
        ("Andrey Kortunov", {}, [(PRIMARY, "Andrey Kortunov")]),
        ("Андрей Кортунов", {}, [(PRIMARY, "Андрей Кортунов")]),
        ("Παπαδόπουλος", {}, [(PRIMARY, "Παπαδόπουλος")]),
        ("Андрей Кортунов", {"bold": True}, [(PRIMARY_BOLD, "Андрей Кортунов")]),
        # Japanese by hint; without kana or hint, Han text is taken as Chinese.
        ("上月豊久", {"lang": "ja"}, [(JAPANESE, "上月豊久")]),
        ("岩下明裕", {}, [(CHINESE, "岩下明裕")]),
        ("岩下明裕", {"lang": "ja"}, [(JAPANESE, "岩下明裕")]),
        ("岩下明裕", {"lang": "ja-JP"}, [(JAPANESE, "岩下明裕")]),
        # Kana anywhere in the text makes it Japanese, whatever the hint.
        ("上月 こうづき", {"lang": "zh"}, [(JAPANESE, "上月 こうづき")]),
        ("习近平", {}, [(CHINESE, "习近平")]),
        ("王毅", {}, [(CHINESE, "王毅")]),
        # The Japanese font lacks 习 (a simplified form): the whole name moves to one that
        # has every glyph rather than mixing two styles.
        ("习近平", {"lang": "ja"}, [(CHINESE, "习近平")]),
        ("하용출", {}, [(KOREAN, "하용출")]),
        ("하용출", {"bold": True}, [(KOREAN_BOLD, "하용출")]),
        # CJK without a bold face stays regular in bold text.
        ("上月豊久", {"lang": "ja", "bold": True}, [(JAPANESE, "上月豊久")]),
        ("河龍出 하용출", {}, [(KOREAN, "河龍出 하용출")]),
    ],
)
def test_runs(text, kw, expected):
    assert runs(text, **kw) == expected


def test_mixed_strings_split_by_script_and_spaces_stay_with_latin():
    assert runs("Yong-Chool Ha (하용출)") == [
        (PRIMARY, "Yong-Chool Ha ("),
        (KOREAN, "하용출"),
        (PRIMARY, ")"),
    ]
    assert runs("Toyohisa Kozuki 上月豊久, Andrey Kortunov Андрей", lang="ja") == [
        (PRIMARY, "Toyohisa Kozuki "),
        (JAPANESE, "上月豊久"),
        (PRIMARY, ", Andrey Kortunov Андрей"),
    ]
    # Spaces, digits and punctuation between CJK characters stay in the CJK run.
    assert runs("第2回 日米露", lang="ja") == [(JAPANESE, "第2回 日米露")]
    # One stretch of CJK with Hangul in it: all of it in the Korean font, which has the Hanja.
    assert runs("王毅 하용출 上月") == [(KOREAN, "王毅 하용출 上月")]


def test_text_is_nfc_normalised():
    decomposed = "Jose\u0301 Mu\u0308ller"
    assert len(decomposed) == 13
    pieces = runs(decomposed)
    joined = "".join(piece for _font, piece in pieces)
    assert joined == "José Müller"
    assert joined == unicodedata.normalize("NFC", decomposed)
    assert "é" in joined and len(joined) == 11


def test_invisible_characters_are_dropped_and_breaks_become_spaces():
    assert runs("Anna\u200b\nSmith\tJr\x00") == [(PRIMARY, "Anna Smith Jr")]
    assert runs("葛\U000e0100城", lang="ja") == [(JAPANESE, "葛城")]


def test_every_character_of_the_corpus_has_a_glyph():
    reset_missing_glyphs()
    for text, lang in CORPUS:
        for bold in (False, True):
            for font, piece in runs(text, bold, lang):
                for char in piece:
                    assert fonts.has_glyph(font, char), f"{char!r} of {text!r} missing in {font}"
        assert uncovered(text) == set(), text
    assert missing_glyphs() == {}


def test_characters_no_font_has_are_counted_and_left_out():
    reset_missing_glyphs()
    assert runs("A\ue000B") == [(PRIMARY, "AB")]
    assert missing_glyphs() == {"\ue000": 1}
    assert uncovered("Tamil த 🥳") == {"🥳"}
    reset_missing_glyphs()


def test_markup_escapes_user_text_and_names_each_font():
    text = markup('AT&T <b>Corp "x" it\'s <img src="/etc/passwd"/> 하용출')
    assert "<b>" not in text and "<img" not in text
    assert (
        "AT&amp;T &lt;b&gt;Corp &quot;x&quot; it&#39;s &lt;img src=&quot;/etc/passwd&quot;/&gt;"
        in (text)
    )
    assert f'<font name="{KOREAN}">하용출</font>' in text
    assert text.startswith(f'<font name="{PRIMARY}">')


def test_string_width_sums_the_runs_and_fit_size_respects_the_floor():
    text = "Toyohisa Kozuki 上月豊久"
    expected = pdfmetrics.stringWidth("Toyohisa Kozuki ", PRIMARY, 12) + pdfmetrics.stringWidth(
        "上月豊久", JAPANESE, 12
    )
    assert string_width(text, 12, lang="ja") == pytest.approx(expected)
    assert fit_size("Short", 500, 18, 10) == 18
    size = fit_size(text, 120, 18, 8, lang="ja")
    assert 8 <= size < 18
    assert string_width(text, size, lang="ja") <= 120
    assert fit_size(text * 5, 50, 18, 9) == 9


def test_ellipsize():
    assert ellipsize("Short", 200, 10) == "Short"
    cut = ellipsize("A rather long title for a footer", 80, 10)
    assert cut.endswith("…") and string_width(cut, 10) <= 80


def test_draw_string_uses_our_fonts_only():
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, initialFontName=PRIMARY)
    width = draw_string(canvas, 300, 400, "하용출 and 上月豊久", 14, align="centre", lang="ja")
    assert width == pytest.approx(string_width("하용출 and 上月豊久", 14, lang="ja"))
    canvas.showPage()
    canvas.save()
    assert b"Helvetica" not in out.getvalue()
    with pytest.raises(ValueError):
        draw_string(canvas, 0, 0, "x", 10, align="middle")


def test_lang_hints_from_countries():
    assert lang_for_country("Japan") == "ja"
    assert lang_for_country(" south  KOREA ") == "ko"
    assert lang_for_country("Republic of Korea") == "ko"
    assert lang_for_country("China") == "zh"
    assert lang_for_country("Taiwan") == "zh"
    assert lang_for_country("Hong Kong") == "zh"
    assert lang_for_country("Russia") is None
    assert lang_for_country("") is None


def test_cjk_wrapping_only_for_chinese_and_japanese_prose():
    assert needs_cjk_wrap("上月豊久は日本の外交官。")
    assert needs_cjk_wrap("这是一段用于测试的简介。")
    assert not needs_cjk_wrap("A one-sentence sample biography.")
    assert not needs_cjk_wrap("하용출은 워싱턴 대학교 교수이다.")
    assert not needs_cjk_wrap("Toyohisa Kozuki (上月豊久) opened the event.")
