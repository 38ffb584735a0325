"""Every PDF in the language chosen for it (issue 17): a Japanese agenda reads 2017年3月15日（水）,
a Russian one 15 марта 2017 г.; its words go through ``tr()`` (checked with translations put
into the catalogue here, as the .ts files are translated separately); Japanese labels are set
in the Japanese font, Cyrillic ones in the primary font, every font embedded; and
``roundtable export KIND --language`` for every kind, defaulting to the system's language,
refusing one it does not know."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run_db
from pypdf import PdfReader

from roundtable import wording
from roundtable.domain.records import EventRecord
from roundtable.pdf.agenda import export_agenda
from roundtable.pdf.fonts import CHINESE, JAPANESE, PRIMARY, PRIMARY_BOLD, runs
from roundtable.pdf.kinds import KINDS
from roundtable.store.facade import Store
from roundtable.wording import speaking

ROUND_2 = "us-japan-russia-trilateral-round-2-2017"  # 15–16 March 2017, Moscow
DC = "dc-policy-forum-russia-us-japan-alliance-2018"  # Monday 26 February 2018

# A few of the agenda's words, as the translators will have them.
JAPANESE_WORDS = {
    ("Participants", ""): "参加者",
    ("Time", "agenda column"): "時間",
    ("Session", "agenda column"): "セッション",
    ("{place} time ({abbreviation})", ""): "{place}時間（{abbreviation}）",
    ("Page {page} of {pages}", ""): "{page} / {pages} ページ",
    ("{series} · Round {number}", ""): "{series}・第{number}回",
}
RUSSIAN_WORDS = {
    ("Participants", ""): "Участники",
    ("Time", "agenda column"): "Время",
    ("Session", "agenda column"): "Заседание",
    ("{place} time ({abbreviation})", ""): "{place}: местное время ({abbreviation})",
    ("Page {page} of {pages}", ""): "Страница {page} из {pages}",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """A database with the example events, for the command line."""
    db = tmp_path_factory.mktemp("language-db") / "demo.sqlite3"
    assert run_db(db, "demo").returncode == 0
    return db


@pytest.fixture(scope="module")
def round_2(demo) -> EventRecord:
    store = Store.open(str(demo), daily_backup=False)
    try:
        return store.get_event(store.resolve_event(ROUND_2))
    finally:
        store.close()


@pytest.fixture
def translated(monkeypatch):
    """The catalogues with the words above in them, for this test only."""
    for language, words in (("ja", JAPANESE_WORDS), ("ru", RUSSIAN_WORDS)):
        texts = wording.catalogue(language).texts
        for key, translation in words.items():
            monkeypatch.setitem(texts, key, [translation])


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def fonts_of(path: Path) -> dict[str, bool]:
    """Each font the pages use (subset prefix dropped) and whether its file is embedded."""
    found: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"]).split("+")[-1]] = embedded
    return found


# -- the agenda ------------------------------------------------------------------------------


def test_a_japanese_agenda(round_2, translated, tmp_path):
    path = tmp_path / "agenda-ja.pdf"
    with speaking("ja"):
        assert export_agenda(round_2, path)
    text = text_of(path)
    assert "2017年3月15日（水）" in text  # the first day's heading
    assert "2017年3月16日（木）" in text
    assert "2017年3月15日（水）～16日（木）" in text  # the header's dates
    for word in ("参加者", "時間", "セッション", "Moscow時間（MSK）", "1 / 2 ページ"):
        assert word in text, word
    assert "第2回" in text
    assert "Participants" not in text and "Wednesday" not in text
    fonts = fonts_of(path)
    assert fonts.get(JAPANESE) is True and all(fonts.values()), fonts


def test_a_russian_agenda(round_2, translated, tmp_path):
    path = tmp_path / "agenda-ru.pdf"
    with speaking("ru"):
        assert export_agenda(round_2, path)
    text = text_of(path)
    assert "среда, 15 марта 2017 г." in text
    assert "четверг, 16 марта 2017 г." in text
    assert "ср, 15 – чт, 16 марта 2017 г." in text
    for word in ("Участники", "ВРЕМЯ", "ЗАСЕДАНИЕ", "Страница 1 из 2"):
        assert word in text, word
    assert "March" not in text
    fonts = fonts_of(path)  # the Japanese font too, for the Japanese delegates' own names
    assert fonts.get(PRIMARY) is True and all(fonts.values()), fonts


def test_an_english_agenda_is_unchanged(round_2, tmp_path):
    path = tmp_path / "agenda-en.pdf"
    assert export_agenda(round_2, path)
    text = text_of(path)
    assert "Wednesday 15 March 2017" in text and "Wed 15 – Thu 16 March 2017" in text
    assert "TIME" in text and "Page 1 of 2" in text and "Moscow time (MSK)" in text


def test_the_documents_labels_are_in_its_languages_font():
    """Han text with no hint of its own (a label, a heading) is Japanese type in a Japanese
    document, not Chinese; dates keep their digits in the same font; Cyrillic is the primary
    font in regular and bold."""
    assert runs("参加者", bold=True) == [(CHINESE, "参加者")]
    with speaking("ja"):
        assert runs("参加者", bold=True) == [(JAPANESE, "参加者")]
        assert runs("2017年3月15日（水）", bold=True) == [(JAPANESE, "2017年3月15日（水）")]
        assert runs("時刻はMSK") == [(JAPANESE, "時刻は"), (PRIMARY, "MSK")]
        # A person's own hint still wins.
        assert runs("王毅", lang="zh") == [(CHINESE, "王毅")]
    with speaking("ru"):
        assert runs("Участники", bold=True) == [(PRIMARY_BOLD, "Участники")]
        assert runs("среда, 15 марта 2017 г.") == [(PRIMARY, "среда, 15 марта 2017 г.")]


# -- every kind, from the command line --------------------------------------------------------

# What each kind prints of the Round 2 event's dates, in Russian.
RUSSIAN_DATES = {
    "agenda": "среда, 15 марта 2017 г.",
    "bios": "ср, 15 – чт, 16 марта 2017 г.",
    "seating": "ср, 15 – чт, 16 марта 2017 г.",
    "log": "ср, 15 – чт, 16 марта 2017 г.",
    "minutes": "ср, 15 – чт, 16 марта 2017 г.",
    "namecards": "",  # the cards carry names and the event's short title, no date
    "brief": "ср, 15 – чт, 16 марта 2017 г.",
    "signin": "ср, 15 – чт, 16 марта 2017 г.",
    "flyer": "ср, 15 – чт, 16 марта 2017 г.",
}


def test_every_kind_is_listed_here():
    assert set(RUSSIAN_DATES) == {kind.key for kind in KINDS}


@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(RUSSIAN_DATES))
def test_every_kind_exports_in_a_language(demo, tmp_path, key):
    out = tmp_path / f"{key}-ru.pdf"
    result = run_db(demo, "export", key, ROUND_2, "-o", out, "--language", "ru")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Wrote {out}")  # the command line itself stays English
    assert RUSSIAN_DATES[key] in text_of(out)
    assert all(fonts_of(out).values())


@pytest.mark.parametrize("key", [kind.key for kind in KINDS])
def test_every_kind_takes_the_language_option(demo, key):
    help_text = " ".join(run_db(demo, "export", key, "--help").stdout.split())
    assert "--language {en,ja,ru}" in help_text


def test_the_command_line_writes_the_chosen_language(demo, tmp_path):
    out = tmp_path / "agenda.pdf"
    assert run_db(demo, "export", "agenda", ROUND_2, "-o", out, "--language", "ja").returncode == 0
    assert "2017年3月15日（水）" in text_of(out)
    assert run_db(demo, "export", "agenda", ROUND_2, "-o", out, "--language", "ru").returncode == 0
    assert "15 марта 2017 г." in text_of(out)
    # The language is the export's only: what runs after it speaks English again.
    assert wording.language() == "en"


def test_the_language_defaults_to_the_systems(demo, tmp_path):
    out = tmp_path / "dc.pdf"
    clear = {"LANGUAGE": None, "LC_ALL": None, "LC_MESSAGES": None}
    japanese = run_db(demo, "export", "agenda", DC, "-o", out,
                      env={**clear, "LANG": "ja_JP.UTF-8"})  # fmt: skip
    assert japanese.returncode == 0, japanese.stderr
    assert "2018年2月26日（月）" in text_of(out)
    english = run_db(demo, "export", "agenda", DC, "-o", out, env={**clear, "LANG": "C.UTF-8"})
    assert english.returncode == 0, english.stderr
    assert "Monday 26 February 2018" in text_of(out)
    # The option wins over the system.
    russian = run_db(demo, "export", "agenda", DC, "-o", out, "--language", "ru",
                     env={**clear, "LANG": "ja_JP.UTF-8"})  # fmt: skip
    assert russian.returncode == 0, russian.stderr
    assert "понедельник, 26 февраля 2018 г." in text_of(out)


@pytest.mark.parametrize("key", [kind.key for kind in KINDS])
def test_an_unknown_language_is_refused_in_one_line(demo, tmp_path, key):
    out = tmp_path / "x.pdf"
    result = run_db(demo, "export", key, ROUND_2, "-o", out, "--language", "fr")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "--language" in lines[0] and "invalid choice: 'fr'" in lines[0]
    assert not out.exists()
