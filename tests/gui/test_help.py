"""Help › User guide (F1) on the page for where the user is, the help window's Back, Forward,
Contents and page list, and Help › Open log folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from roundtable import app_log
from roundtable.gui.help import context_help, guide_pages
from roundtable.gui.help.guide_window import GuideWindow, show_guide
from roundtable.gui.shell.main_window import (
    MODE_PEOPLE,
    TAB_AGENDA,
    TAB_LOG,
    TAB_OVERVIEW,
    TAB_PARTICIPANTS,
    TAB_SEATING,
)
from roundtable.services.demo import load_demo


def help_key() -> QKeySequence:
    """The platform's help key (F1 but on macOS): made once the application exists."""
    return QKeySequence(QKeySequence.StandardKey.HelpContents)


def guide_of(owner: QWidget) -> GuideWindow:
    guide = owner.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    return guide


def help_action(window: QWidget):
    """The action F1 triggers in ``window`` (a window of its own, not the main window's)."""
    found = [action for action in window.actions() if action.shortcut() == help_key()]
    assert len(found) == 1
    return found[0]


@pytest.fixture
def shown(qtbot, window, populated):
    window.select_event(populated[0])
    return window


def test_f1_opens_the_guide_on_the_events_page(qtbot, shown):
    assert shown.guide_action.shortcut() == help_key()
    shown.activateWindow()
    qtbot.waitActive(shown)
    QTest.keySequence(shown, help_key())
    qtbot.waitUntil(lambda: shown.findChild(GuideWindow) is not None)
    assert guide_of(shown).current_page() == context_help.EVENTS


@pytest.mark.parametrize(
    ("tab", "page"),
    [
        (TAB_OVERVIEW, context_help.EVENTS),
        (TAB_PARTICIPANTS, context_help.PARTICIPANTS),
        (TAB_AGENDA, context_help.AGENDA),
        (TAB_SEATING, context_help.SEATING),
        (TAB_LOG, context_help.LOG),
    ],
)
def test_each_tab_opens_its_own_page(qtbot, shown, tab, page):
    shown.event_tabs.setCurrentIndex(tab)
    shown.guide_action.trigger()
    guide = guide_of(shown)
    assert guide.current_page() == page
    assert guide.pages.currentItem().data(Qt.ItemDataRole.UserRole + 1) == page.partition("#")[0]


def test_the_people_view_opens_the_people_section_and_one_window_serves(qtbot, shown):
    shown.guide_action.trigger()
    first = guide_of(shown)
    shown.set_mode(MODE_PEOPLE)
    shown.guide_action.trigger()
    assert guide_of(shown) is first
    assert first.current_page() == context_help.PEOPLE


def test_the_timer_opens_the_page_on_running_it(qtbot, store, settings):
    from roundtable.gui.log.timer_window import open_timer

    event_id = load_demo(store)[0]
    timer = open_timer(None, store, settings, event_id)
    assert timer is not None
    qtbot.addWidget(timer)
    help_action(timer).trigger()
    assert guide_of(timer).current_page() == context_help.TIMER


def test_the_print_dialog_opens_printing_and_its_guide_is_not_blocked(qtbot, store, settings):
    from roundtable.gui.printing import printables
    from roundtable.gui.printing.print_dialog import PrintDialog
    from roundtable.gui.printing.print_kinds import PrintContext

    event = store.get_event(load_demo(store)[0])
    dialog = PrintDialog(None, PrintContext(store, settings, event), printables.all_kinds())
    qtbot.addWidget(dialog)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    assert QApplication.activeModalWidget() is dialog
    other = QWidget()
    qtbot.addWidget(other)
    help_action(dialog).trigger()
    assert guide_of(dialog).current_page() == context_help.PRINTING
    # Asked for from elsewhere while the dialog is modal, help still goes to the dialog.
    assert show_guide(other, guide_pages.HOME) is guide_of(dialog)
    dialog.close()


def test_links_back_forward_and_contents(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    guide = show_guide(owner, guide_pages.HOME)
    assert not guide.back_action.isEnabled()
    guide.browser.setSource(QUrl("share-an-event.html#calendar"))  # a link as the page has it
    assert guide.current_page() == "share-an-event.html#calendar"
    assert guide.pages.currentItem().text() == guide_pages.page_title(guide_pages.SHARING)
    assert guide.back_action.isEnabled()
    guide.back_action.trigger()
    assert guide.current_page() == guide_pages.HOME
    guide.forward_action.trigger()
    assert guide.current_page() == "share-an-event.html#calendar"
    guide.pages.itemClicked.emit(guide.pages.item(guide_pages.ORDER.index(guide_pages.BACKUPS)))
    assert guide.current_page() == guide_pages.BACKUPS
    assert "Back up now" in guide.browser.toPlainText()
    guide.home_action.trigger()
    assert guide.current_page() == guide_pages.HOME


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


def test_a_web_link_goes_to_the_systems_browser(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    guide = show_guide(owner, guide_pages.TEAM)
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "catch")
    try:
        guide.browser.setFocus()
        qtbot.waitUntil(guide.browser.hasFocus)
        for _ in range(2):  # past "Guide contents" to the first web link
            QTest.keyClick(guide.browser, Qt.Key.Key_Tab)
        QTest.keyClick(guide.browser, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(catcher.urls))
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert catcher.urls[0].host() == "www.postgresql.org"
    assert guide.current_page() == guide_pages.TEAM  # the guide stays where it was


def test_open_log_folder_opens_the_log_folder(qtbot, window, monkeypatch, tmp_path, dialogs):
    folder = tmp_path / "logs"
    opened: list[QUrl] = []
    monkeypatch.setattr(app_log, "log_dir", lambda: folder)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.log_folder_action.trigger()
    assert opened == [QUrl.fromLocalFile(str(folder))]
    assert folder.is_dir()  # made, so there is something to open before anything was logged
    assert dialogs.calls == []


def test_open_log_folder_names_it_when_nothing_opens_it(window, monkeypatch, tmp_path, dialogs):
    monkeypatch.setattr(app_log, "log_dir", lambda: tmp_path)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    window.log_folder_action.trigger()
    assert dialogs.kinds() == ["information"]
    assert str(tmp_path) in dialogs.texts("information")[0]


def test_the_help_menu_lists_the_guide_the_log_folder_and_about(window):
    help_menu = window.menuBar().actions()[-1].menu()
    actions = [action for action in help_menu.actions() if not action.isSeparator()]
    assert actions == [window.guide_action, window.log_folder_action, window.about_action]
