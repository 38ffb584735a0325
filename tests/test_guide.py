"""The user guide as shipped (resources/guide/): every page the app names exists, every link
between pages lands on a page and section that exist, every image is there, and nothing in the
folder falls outside the package-data patterns that put it in the wheel."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from roundtable.gui.help import context_help, guide_pages

ROOT = Path(__file__).resolve().parents[1]
GUIDE = guide_pages.guide_folder()
PAGES = sorted(GUIDE.glob("*.html"))
MAX_BYTES = 2_000_000


class PageParts(HTMLParser):
    """What a page links to and which sections it has."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.images: list[dict[str, str | None]] = []
        self.sheets: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if found.get(name):
                self.ids.add(str(found[name]))
        if tag == "a" and found.get("href"):
            self.links.append(str(found["href"]))
        elif tag == "img":
            self.images.append(found)
        elif tag == "link" and found.get("rel") == "stylesheet":
            self.sheets.append(str(found["href"]))


def parts(page: Path) -> PageParts:
    parser = PageParts()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def test_the_guide_has_every_page_it_lists_and_no_other():
    assert {page.name for page in PAGES} == set(guide_pages.ORDER)
    for page in guide_pages.ORDER:
        assert guide_pages.page_title(page) != page, f"{page} has no <title>"


@pytest.mark.parametrize("page", [*guide_pages.ORDER, *context_help.PAGES])
def test_every_page_the_app_opens_exists_with_its_section(page):
    file_name, _, section = page.partition("#")
    assert (GUIDE / file_name).is_file()
    if section:
        assert section in parts(GUIDE / file_name).ids, f"{file_name} has no #{section}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_link_and_image_of_a_page_resolves(page):
    found = parts(page)
    assert found.sheets == ["guide.css"]
    for link in found.links:
        target = urlsplit(link)
        if target.scheme:
            assert target.scheme == "https", f"{page.name}: {link}"
            continue
        linked = GUIDE / target.path if target.path else page
        assert linked.is_file(), f"{page.name}: {link} is no page"
        if target.fragment:
            assert target.fragment in parts(linked).ids, f"{page.name}: no section for {link}"
    for image in found.images:
        source = str(image["src"])
        assert (GUIDE / source).is_file(), f"{page.name}: {source} is missing"
        assert image.get("alt"), f"{page.name}: {source} has no alt text"
        assert image.get("width") and image.get("height"), f"{page.name}: {source} unsized"


def test_every_page_is_reached_from_the_contents():
    linked = {urlsplit(link).path for link in parts(GUIDE / guide_pages.HOME).links}
    assert set(guide_pages.ORDER) - {guide_pages.HOME} <= linked


def test_every_image_is_used_and_the_guide_stays_small():
    used = {str(image["src"]) for page in PAGES for image in parts(page).images}
    shipped = {f"images/{path.name}" for path in (GUIDE / "images").iterdir()}
    assert used == shipped
    total = sum(path.stat().st_size for path in GUIDE.rglob("*") if path.is_file())
    assert total < MAX_BYTES


def test_every_file_of_the_guide_is_in_the_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["roundtable.resources"]
    resources = guide_pages.guide_folder().parent
    for path in GUIDE.rglob("*"):
        if path.is_file():
            relative = path.relative_to(resources).as_posix()
            assert any(fnmatch(relative, pattern) for pattern in patterns), relative
