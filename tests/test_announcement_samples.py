"""Announcements in other institutions' styles parse correctly, and the field accuracy over
them and the seed pages is measured and held above a floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from announcement_scoring import misses
from test_announcement_seeds import PAGES, SEEDS, expected_from_bundle

from roundtable.services.announcement import parse_announcement, read_announcement_file

DATA = Path(__file__).parent / "data" / "announcements"
SAMPLES = sorted(p for p in DATA.iterdir() if p.suffix != ".json")


def _score(path: Path):
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return misses(parse_announcement(read_announcement_file(path)), expected)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_sample_parses_correctly(path):
    total, wrong = _score(path)
    assert wrong == [], wrong


def test_field_accuracy(capsys):
    total = wrong = 0
    for path in SAMPLES:
        points, missed = _score(path)
        total, wrong = total + points, wrong + len(missed)
    for page, bundle in PAGES.items():
        if (SEEDS / page).exists():
            draft = parse_announcement((SEEDS / page).read_text(encoding="utf-8"))
            points, missed = misses(draft, expected_from_bundle(bundle))
            total, wrong = total + points, wrong + len(missed)
    accuracy = (total - wrong) / total
    with capsys.disabled():
        print(f"\nannouncement field accuracy: {total - wrong}/{total} = {accuracy:.1%}")
    assert accuracy >= 0.95
