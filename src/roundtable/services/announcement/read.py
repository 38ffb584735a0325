"""The text of an announcement file, whatever it was saved as."""

from __future__ import annotations

import email
import email.policy
from html.parser import HTMLParser
from pathlib import Path

from roundtable.errors import UserError
from roundtable.wording import tr

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
           "table", "section", "article", "header", "footer", "address", "blockquote", "dd",
           "dt", "hr", "title"}  # fmt: skip
_HIDDEN = {"script", "style", "head", "noscript"}


class _Text(HTMLParser):
    """The visible text, a blank line between blocks so paragraphs stay paragraphs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n" if tag != "br" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(" ".join(data.split(" ")) if data.strip() else " ")


def html_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


def _eml_text(data: bytes) -> str:
    message = email.message_from_bytes(data, policy=email.policy.default)
    subject = str(message.get("subject", "") or "")
    part = message.get_body(preferencelist=("plain",))
    if part is not None:
        body = part.get_content()
    else:
        part = message.get_body(preferencelist=("html",))
        if part is None:
            raise UserError(tr("the e-mail has no text or HTML part"))
        body = html_text(part.get_content())
    return (subject + "\n\n" + body) if subject else body


def _docx_text(path: Path) -> str:
    import docx  # python-docx

    document = docx.Document(str(path))
    return "\n\n".join(p.text for p in document.paragraphs if p.text.strip()) + "\n"


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return "\n\n".join(page.extract_text() or "" for page in reader.pages)


def read_announcement_file(path: str | Path) -> str:
    """The text of a .txt, .html/.htm, .eml, .docx or .pdf announcement; UserError otherwise."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix in (".txt", ".text", ".md"):
            return path.read_bytes().decode("utf-8-sig", errors="replace")
        if suffix in (".html", ".htm"):
            return html_text(path.read_bytes().decode("utf-8-sig", errors="replace"))
        if suffix == ".eml":
            return _eml_text(path.read_bytes())
        if suffix == ".docx":
            return _docx_text(path)
        if suffix == ".pdf":
            return _pdf_text(path)
    except UserError:
        raise
    except Exception as error:  # any library's complaint about a damaged file
        raise UserError(
            tr("cannot read {name}: {reason}").format(name=path.name, reason=error)
        ) from error
    raise UserError(
        tr("cannot read {name}: use a .txt, .html, .eml, .docx or .pdf file").format(name=path.name)
    )
