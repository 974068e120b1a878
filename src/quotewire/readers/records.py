"""One structured record (a JSONL object, a CSV row) into an :class:`Article`.

Field names come from ``Options.reader`` (``[reader]`` in settings.cfg), so an archive
that calls its body ``content`` or ``body_html`` is read by configuration, not code. A
record carries plain text (the ``text`` field) or a web page (the ``html`` field, read
through trafilatura); other scalar fields are kept in ``Article.meta``.
"""

from __future__ import annotations

from typing import Any, Mapping

from ..errors import FormatError, QuotewireError
from ..model import Article
from ..settings import DEFAULT_OPTIONS, Options
from .html import html_to_article
from .text import text_to_article


def _field(record: Mapping[str, Any], name: str) -> str | None:
    """A record's field as a string, or None when absent or blank."""
    value = record.get(name)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        return None
    value = str(value)
    return value if value.strip() else None


def record_to_article(record: Mapping[str, Any], source: str, options: Options | None = None) -> Article:
    """The article of one record; ``source`` names it in errors ("file.jsonl:12").

    Raises FormatError when the record has neither a text nor an HTML field, and the text
    and HTML readers' errors for unusable content.
    """
    options = options or DEFAULT_OPTIONS
    names = options.reader
    text_value = record.get(names.text_field)
    html_value = record.get(names.html_field)
    for label, value in ((names.text_field, text_value), (names.html_field, html_value)):
        if value is not None and not isinstance(value, str):
            raise FormatError(f"field {label!r} must be a string, not {type(value).__name__}", source=source)
    fields = {
        "title": _field(record, names.title_field),
        "date": _field(record, names.date_field),
        "outlet": _field(record, names.outlet_field),
        "url": _field(record, names.url_field),
        "author": _field(record, names.author_field),
    }
    used = {names.id_field, names.text_field, names.html_field, names.title_field, names.date_field,
            names.outlet_field, names.url_field, names.author_field}
    meta = {k: v for k, v in record.items()
            if k not in used and isinstance(v, (str, int, float, bool)) and k is not None}
    article_id = _field(record, names.id_field)
    try:
        return _make(record, source, options, text_value, html_value, article_id, fields, meta)
    except QuotewireError as exc:
        if article_id:
            # lets a corpus run's rejects file name the record's own id
            setattr(exc, "article_id", article_id)
        raise


def _make(
    record: Mapping[str, Any],
    source: str,
    options: Options,
    text_value: str | None,
    html_value: str | None,
    article_id: str | None,
    fields: dict[str, str | None],
    meta: dict[str, Any],
) -> Article:
    names = options.reader
    if text_value is not None and (text_value.strip() or not html_value):
        return text_to_article(text_value, source, options=options, id=article_id, meta=meta, **fields)
    if html_value is not None:
        url = fields.pop("url")
        return html_to_article(html_value, source, options=options, id=article_id, url=url, meta=meta, **fields)
    present = ", ".join(repr(str(k)) for k in record) or "none"
    raise FormatError(
        f"no {names.text_field!r} or {names.html_field!r} field (fields present: {present}); "
        "set the field names with --field text=NAME or [reader] in the configuration",
        source=source,
    )


__all__ = ["record_to_article"]
