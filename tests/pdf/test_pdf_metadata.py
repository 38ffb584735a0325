"""Every PDF kind says what it is: a title, the app's user as author, the kind's sentence as
subject, keywords, and the language it is written in (/Lang in the catalogue), whether laid out
as a document (agenda, bios, log, minutes, seating chart) or drawn on a canvas (name cards)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from roundtable.pdf.about import ABOUT
from roundtable.pdf.document import typographic
from roundtable.pdf.kinds import KINDS
from roundtable.store.log import AUTHOR_ENV
from roundtable.wording import speaking, tr
from tests.pdf.kind_exports import export_every_kind

AUTHOR = "Jane Planner"


@pytest.fixture(scope="module")
def exported(demo_database, tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(AUTHOR_ENV, AUTHOR)
        return export_every_kind(demo_database, tmp_path_factory.mktemp("metadata"))


def test_each_kind_has_its_sentence_here():
    assert {kind.key: kind.about for kind in KINDS} == ABOUT


@pytest.mark.slow
@pytest.mark.parametrize("kind", [kind.key for kind in KINDS])
def test_title_author_subject_keywords_and_language(exported, kind):
    event, paths = exported
    reader = PdfReader(str(paths[kind]))
    info = reader.metadata
    assert info is not None
    assert event.title in (info.title or "")
    assert info.author == AUTHOR
    assert info.subject == typographic(tr(ABOUT[kind]))
    assert "'" not in info.subject  # "Each day’s programme"
    keywords = str(info.get("/Keywords", ""))
    assert "Roundtable" in keywords and event.title in keywords
    assert reader.trailer["/Root"].get("/Lang") == "en"


@pytest.mark.slow
def test_the_language_is_the_documents(demo_database, tmp_path):
    with speaking("ru"):
        _, paths = export_every_kind(demo_database, tmp_path)
    for path in paths.values():
        assert PdfReader(str(path)).trailer["/Root"].get("/Lang") == "ru"
