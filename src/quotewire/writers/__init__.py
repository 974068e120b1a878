"""Writers: an extracted :class:`~quotewire.model.Article` out in one format each.

``brat`` (the standoff ``.ann`` the shared scorer reads), ``jsonl`` (``Article.to_dict``
per line) and ``table`` (a terminal view). Each has a reader of the same format where one
makes sense (``quotewire.writers.brat.read_ann``, ``quotewire.writers.jsonl.read_jsonl``).
"""

from .brat import read_ann, write_ann
from .jsonl import article_json, read_jsonl, write_jsonl
from .table import render_table

__all__ = ["article_json", "read_ann", "read_jsonl", "render_table", "write_ann", "write_jsonl"]
