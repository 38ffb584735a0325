"""What the PDF exports need to know about a person beyond their record: the language hint.

Han characters look different in Chinese, Japanese and Korean type, and a name such as 岩下明裕
has no kana to tell. The person's country, or failing that their organisations' countries, says
which font a reader from there expects (see ``fonts.lang_for_country``).
"""

from __future__ import annotations

from roundtable.domain.records import OrganisationRecord, PersonRecord
from roundtable.pdf.fonts import lang_for_country


def person_lang(person: PersonRecord) -> str | None:
    """ "ja", "ko", "zh" or None, from the person's country, else their first affiliation with
    a CJK country."""
    lang = lang_for_country(person.country)
    if lang:
        return lang
    for affiliation in person.affiliations:
        lang = lang_for_country(affiliation.organisation.country)
        if lang:
            return lang
    return None


def organisation_lang(organisation: OrganisationRecord, fallback: str | None = None) -> str | None:
    return lang_for_country(organisation.country) or fallback
