"""The seed plan as the body of a site page (a CMS article): headings, paragraphs, the
sommaires as lists; the fields and the steps written by each layout. Shared by the site
layouts that differ only in heading levels and in their tables."""

from __future__ import annotations

from collections.abc import Callable

from tests.generators.plan_html import _flowing_page, _h, th_fields
from tests.generators.seed001 import IMPL_TITLE, Block, _paragraphs, load_seed


def page_head(title: str, css: str, lang: str = "fr", body: str = "<body>") -> list[str]:
    """HTML lines from the doctype to the opening ``body`` tag: UTF-8, the page's ``title``
    and its whole stylesheet inline, as the site pages are saved."""
    return [
        "<!doctype html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_h(title)}</title>",
        f"<style>{css}</style>",
        "</head>",
        body,
    ]


def site_body(
    axis_tag: str,
    objective_tag: str,
    fields: Callable[[Block], list[str]],
    steps: Callable[[Block], list[str]],
) -> list[str]:
    """HTML lines of the seed: each axis one ``axis_tag`` (its lines joined), each objective
    line an ``objective_tag``, « Enjeux stratégiques » an ``<h3>`` and « Modalités de mise en
    oeuvre » an ``<h4>``, each fiche heading one ``<h3 class="fiche">``, the sommaires as
    ``<ul>`` lists (the two cells of a sommaire row joined by a space)."""
    out: list[str] = []
    items: list[str] = []  # the sommaire's list items, closed at the next other block
    for block in load_seed():
        kind = block.kind
        if kind not in ("summary", "summary_table") and items:
            out += ["<ul>", *items, "</ul>"]
            items = []
        if kind == "axis":
            out.append(f"<{axis_tag}>{_h(' '.join(block.lines))}</{axis_tag}>")
        elif kind == "objective":
            out += [f"<{objective_tag}>{_h(line)}</{objective_tag}>" for line in block.lines]
        elif kind == "section":
            tag = "h4" if block.lines[0] == IMPL_TITLE else "h3"
            out.append(f"<{tag}>{_h(block.lines[0])}</{tag}>")
        elif kind == "fiche":
            out.append(f'<h3 class="fiche">{_h(" ".join(block.lines))}</h3>')
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p><strong>{_h(line)}</strong></p>" for line in block.lines]
        elif kind == "summary":
            items += [f"<li>{_h(line)}</li>" for line in block.lines]
        elif kind == "summary_table":
            items += [f"<li>{_h(a)} {_h(b)}</li>" for a, b in block.rows]
        elif kind == "fields":
            out += fields(block)
        elif kind == "impl":
            out += steps(block)
    if items:
        out += ["<ul>", *items, "</ul>"]
    return out


def row_header_fields(block: Block, css_class: str, value: Callable[[str], str]) -> list[str]:
    """A fiche's fields as a table of row headers (« <th scope="row"> » label beside its
    value, as an accessible site writes them), each value written by ``value``."""
    out = [f'<table class="{css_class}">', "<tbody>"]
    out += [
        f'<tr><th scope="row">{_h(label)}</th><td>{value(text)}</td></tr>'
        for label, text in block.fields
    ]
    out += ["</tbody>", "</table>"]
    return out


# the print stylesheet's base shared by the pages that flow as ``plan_html._flowing_page``
# writes them (headings, paragraphs, sommaires, the ``table.kv`` fields); each page adds the
# rules of its own steps
_FLOWING_CSS = """
@page { size: A4; margin: MARGIN; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; color: COLOUR;
  margin: 0; }
h1 { font-size: 14pt; color: #1F4E79; margin: 12px 0 4px; }
h2 { font-size: 11pt; color: #2E74B5; margin: 10px 0 4px; }
h3 { font-size: 11.5pt; font-weight: bold; color: #1F4E79; margin: 14px 0 4px; }
h3 + h3 { margin-top: 0; }
h4 { font-size: 10pt; font-weight: bold; margin: 8px 0 4px; }
p { margin: 0 0 3px; }
table.summary td { padding: 2px 6px; vertical-align: top; }
table.kv { border-collapse: collapse; width: 100%; margin: 0 0 6px; }
table.kv th, table.kv td { border-bottom: 1px solid #DDDDDD; padding: 3px 6px 3px 0;
  vertical-align: top; text-align: left; }
table.kv th { width: 4cm; font-weight: bold; }
"""


def flowing_css(margin: str, colour: str = "#222222") -> str:
    """The base stylesheet of a flowing page: A4 pages of ``margin``, text in ``colour``;
    the page's steps rules go after it."""
    return _FLOWING_CSS.replace("MARGIN", margin).replace("COLOUR", colour)


def br_paragraphs(value: str) -> str:
    """A seed value's paragraphs, escaped, one a line (``<br>`` between them)."""
    return "<br>".join(_h(p) for p in _paragraphs(value))


def steps_table_open(
    css_class: str, widths: tuple[int, ...], head: str, head_rows: str = ""
) -> list[str]:
    """The opening lines of a steps ``<table>``: its ``<colgroup>`` of ``widths`` (%) and
    its ``<thead>`` row of ``head`` cells (then ``head_rows``, whole ``<tr>`` rows), the
    ``<tbody>`` opened."""
    cols = "".join(f"<col style='width: {w}%'>" for w in widths)
    return [
        f"<table class='{css_class}'>",
        f"<colgroup>{cols}</colgroup>",
        f"<thead><tr>{head}</tr>{head_rows}</thead><tbody>",
    ]


# the thin full grid of the flowing pages' ``table.etapes`` steps (``<thead>`` repeated)
ETAPES_CSS = """\
table.etapes { width: 100%; table-layout: fixed; border-collapse: collapse;
  margin: 4px 0 10px; }
table.etapes th, table.etapes td { border: 1px solid #BFBFBF; padding: 3px 5px;
  font-size: 8.5pt; vertical-align: top; text-align: left; }
table.etapes th { background: #E8EEF4; font-weight: bold; }
table.etapes td.etape { font-weight: bold; }
"""


def steps_table(
    block: Block,
    css_class: str,
    widths: tuple[int, ...],
    cell: Callable[[int, str, str], str],
    foot: str = "",
    head_rows: str = "",
    row_attrs: Callable[[list[str]], str] | None = None,
    head_label: Callable[[str], str] = _h,
) -> list[str]:
    """A fiche's steps ``<table>`` (:func:`steps_table_open`, the header labels as ``<th>``
    of ``head_label(label)``, then ``head_rows``): a row a step, each cell's content
    ``cell(column, label, value)`` (the first cell of a row ``td.etape``), the ``<tr>``'s
    attributes ``row_attrs(values)`` when given, ``foot`` (a ``<tfoot>``) after the
    ``<tbody>``."""
    head = "".join(f"<th>{head_label(label)}</th>" for label in block.header)
    out = steps_table_open(css_class, widths, head, head_rows)
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        cells = []
        for c, label in enumerate(block.header):
            css = " class='etape'" if c == 0 else ""
            cells.append(f"<td{css}>{cell(c, label, values[c])}</td>")
        attrs = row_attrs(values) if row_attrs else ""
        out.append(f"<tr{attrs}>" + "".join(cells) + "</tr>")
    out.append("</tbody>" + foot + "</table>")
    return out


# the steps column widths (%) of ``plan_html_inlabel``'s page and of the pages built on it
ETAPES_WIDTHS = (16, 38, 11, 12, 11, 12)

# the stylesheet of ``plan_html_inlabel``'s page and of the pages built on it (15 mm margins,
# #1E1E1E text, the ``table.etapes`` grid); each page's own rules go after it
ETAPES_PAGE_CSS = flowing_css("15mm", "#1E1E1E") + ETAPES_CSS


def etapes_table(
    block: Block,
    head_rows: str = "",
    cell: Callable[[int, str, str], str] = lambda c, label, value: br_paragraphs(value),
    head_label: Callable[[str], str] = _h,
) -> list[str]:
    """A fiche's steps as a ``table.etapes`` of :data:`ETAPES_WIDTHS` (``head_rows`` under
    its header row, each header label ``head_label(label)``), each cell's content
    ``cell(column, label, value)`` (by default the value's paragraphs one a line)."""
    return steps_table(
        block, "etapes", ETAPES_WIDTHS, cell, head_rows=head_rows, head_label=head_label
    )


def etapes_page(css: str, value: Callable[[str], str], in_steps: Callable[[int], bool]) -> str:
    """The seed as ``plan_html_inlabel``'s page on stylesheet ``css``: the fields a
    ``table.kv`` of values ``value(text)``, each steps table an :func:`etapes_table` whose
    values in the columns where ``in_steps(column)`` are ``value(text)`` too, the others their
    paragraphs one a line."""
    return _flowing_page(
        css,
        lambda block: th_fields(block, td=value),
        lambda block: etapes_table(
            block, cell=lambda c, label, text: value(text) if in_steps(c) else br_paragraphs(text)
        ),
    )


def tagged_paragraphs(value: str, open_tag: str, tag: str, close_tag: str) -> str:
    """A value's paragraphs, escaped, each a ``tag`` element, between ``open_tag`` and
    ``close_tag``; nothing if the value is empty."""
    parts = _paragraphs(value)
    if not parts:
        return ""
    return open_tag + "".join(f"<{tag}>{_h(part)}</{tag}>" for part in parts) + close_tag


def div_lines(css_class: str, lines: list[str], style: str = "") -> list[str]:
    """``lines`` inside a ``<div>`` of class ``css_class`` (and inline ``style``), the
    opening and closing tags lines of their own."""
    attrs = f" style='{style}'" if style else ""
    return [f"<div class='{css_class}'{attrs}>", *lines, "</div>"]
