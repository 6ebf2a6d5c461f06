"""A JUPYTER NOTEBOOK'S HTML EXPORT (hundred-and-forty-eighth held-out set,
``plan_html_calepin``), as ``jupyter nbconvert --to html`` (lab template) writes it for a data
team that loaded the plan's workbook with pandas: the seed's texts as MARKDOWN CELLS, every
fiche's fields and steps a pandas ``DataFrame.to_html()`` table under an « In [n]: » code cell
and an « Out[n]: » prompt, in JupyterLab's rendered-HTML look — no border but a rule under the
header row, EVERY CELL RIGHT-ALIGNED, body cells vertically centred, a bold index column
(the field labels; the steps' 0-based row numbers), zebra rows, each value's paragraphs run
together (line feeds folded by HTML). No ``@page``: Chromium's default US Letter paper.

Only the layout comes from here: every value is the seed's (the index numbers, prompts and
code are not).
"""

from __future__ import annotations

import re

from tests.generators.plan_html import _h
from tests.generators.seed001 import IMPL_TITLE, Block, _paragraphs, load_seed

WORKBOOK = "PCAET_GACdG_actions.xlsx"

_CSS = """
body { margin: 0; padding: 0; background: #FFFFFF; color: #000000; font-size: 14px;
  font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif; }
.jp-Notebook { padding: 10px; }
.jp-Cell { padding: 5px; }
.jp-InputArea, .jp-OutputArea-child { display: flex; flex-direction: row;
  align-items: flex-start; }
.jp-InputPrompt, .jp-OutputPrompt { flex: 0 0 64px; width: 64px; box-sizing: border-box;
  padding: 5px 4px 0 0; text-align: right; font-family: 'Liberation Mono', monospace;
  font-size: 13px; line-height: 1.3; }
.jp-InputPrompt { color: #307FC1; }
.jp-OutputPrompt { color: #BF5B3D; }
.jp-Editor { flex: 1 1 auto; min-width: 0; background: #F5F5F5; border: 1px solid #E0E0E0; }
.jp-Editor pre { margin: 0; padding: 4px 8px; font-family: 'Liberation Mono', monospace;
  font-size: 13px; line-height: 1.3; white-space: pre-wrap; color: #000000; }
.jp-Editor .k, .jp-Editor .kn { color: #008000; font-weight: bold; }
.jp-Editor .s2 { color: #BA2121; }
.jp-Editor .o { color: #666666; }
.jp-RenderedMarkdown, .jp-OutputArea-output { flex: 1 1 auto; min-width: 0; }
.jp-RenderedMarkdown { line-height: 1.5; }
.jp-RenderedMarkdown h1, .jp-RenderedMarkdown h2, .jp-RenderedMarkdown h3,
.jp-RenderedMarkdown h4 { font-weight: bold; line-height: 1.2; margin: 1.2em 0 0.6em; }
.jp-RenderedMarkdown > :first-child { margin-top: 0.3em; }
.jp-RenderedMarkdown h1 { font-size: 20px; }
.jp-RenderedMarkdown h2 { font-size: 17px; }
.jp-RenderedMarkdown h3 { font-size: 15px; }
.jp-RenderedMarkdown h4 { font-size: 14px; }
.jp-RenderedMarkdown p { margin: 0 0 0.6em; }
.jp-RenderedMarkdown ul { margin: 0 0 0.6em; padding-left: 2em; }
.jp-OutputArea-output { padding-top: 3px; }
table.dataframe { border-collapse: collapse; border-spacing: 0; border: none; color: #000000;
  font-size: 12px; table-layout: auto; margin: 0; }
.dataframe thead { border-bottom: 1px solid #BDBDBD; vertical-align: bottom; }
.dataframe td, .dataframe th, .dataframe tr { vertical-align: middle; padding: 0.5em;
  line-height: normal; white-space: normal; max-width: none; border: none;
  text-align: right; }
.dataframe th { font-weight: bold; }
.dataframe tbody tr:nth-child(odd) { background: #FFFFFF; }
.dataframe tbody tr:nth-child(even) { background: #F5F5F5; }
"""

# pandas' own scoped style, written before every frame
_SCOPED = (
    "<style scoped>\n"
    "    .dataframe tbody tr th {\n        vertical-align: top;\n    }\n\n"
    "    .dataframe thead th {\n        text-align: right;\n    }\n"
    "</style>"
)

_TOKEN_RE = re.compile(
    r'(?P<s2>"[^"]*")|(?P<kn>\b(?:import|as)\b)|(?P<k>\bNone\b)'
    r"|(?P<o>==|=|\.)|(?P<p>[()\[\],])|(?P<n>\w+|\s+|.)"
)


def _highlight(source: str) -> str:
    """``source`` escaped, its tokens in Pygments' spans (keywords, strings, operators)."""
    out = []
    for m in _TOKEN_RE.finditer(source):
        kind, text = m.lastgroup, m.group()
        out.append(_h(text) if kind == "n" else f'<span class="{kind}">{_h(text)}</span>')
    return "".join(out)


def _code_cell(count: int, source: str, output: list[str] | None = None) -> list[str]:
    """A code cell « In [count]: » of ``source`` (its lines), then ``output`` (HTML lines)
    beside an « Out[count]: » prompt when given."""
    out = [
        '<div class="jp-Cell jp-CodeCell">',
        '<div class="jp-InputArea">',
        f'<div class="jp-InputPrompt">In&nbsp;[{count}]:</div>',
        f'<div class="jp-Editor"><pre>{_highlight(source)}</pre></div>',
        "</div>",
    ]
    if output is not None:
        out += [
            '<div class="jp-OutputArea"><div class="jp-OutputArea-child">',
            f'<div class="jp-OutputPrompt">Out[{count}]:</div>',
            '<div class="jp-RenderedHTMLCommon jp-OutputArea-output">',
            "<div>",
            _SCOPED,
            *output,
            "</div>",
            "</div>",
            "</div></div>",
        ]
    out.append("</div>")
    return out


def _markdown_cell(lines: list[str]) -> list[str]:
    """A rendered markdown cell holding ``lines`` (HTML), its prompt column empty."""
    return [
        '<div class="jp-Cell jp-MarkdownCell">',
        '<div class="jp-InputArea">',
        '<div class="jp-InputPrompt"></div>',
        '<div class="jp-RenderedMarkdown jp-RenderedHTMLCommon">',
        *lines,
        "</div>",
        "</div>",
        "</div>",
    ]


def _cell_text(value: str) -> str:
    """A workbook cell's text as pandas prints it: its paragraphs joined by line feeds (HTML
    folds them into spaces), escaped."""
    return _h("\n".join(_paragraphs(value)))


def _frame(head: list[str], rows: list[tuple[str, list[str]]]) -> list[str]:
    """A ``DataFrame.to_html()`` table: a header row of an empty ``<th>`` then ``head``, then
    a row per (index, values)."""
    out = [
        '<table border="1" class="dataframe">',
        "  <thead>",
        '    <tr style="text-align: right;">',
    ]
    out.append("      <th></th>")
    out += [f"      <th>{_h(label)}</th>" for label in head]
    out += ["    </tr>", "  </thead>", "  <tbody>"]
    for index, values in rows:
        out.append("    <tr>")
        out.append(f"      <th>{_h(index)}</th>")
        out += [f"      <td>{_cell_text(v)}</td>" for v in values]
        out.append("    </tr>")
    out += ["  </tbody>", "</table>"]
    return out


def _fields_frame(code: str, block: Block) -> list[str]:
    """``fiches.loc[code].to_frame()``: the fiche's fields, a row per field, its label the
    index."""
    return _frame([code], [(label, [value]) for label, value in block.fields])


def _steps_frame(block: Block) -> list[str]:
    """The fiche's steps, a row per step under the six seed labels, 0-based index."""
    n_cols = len(block.header)
    rows = [
        (str(k), [row[c] if c < len(row) else "" for c in range(n_cols)])
        for k, row in enumerate(block.rows)
    ]
    return _frame(list(block.header), rows)


def _markdown(block: Block) -> list[str]:
    """A text block of the seed as the notebook's markdown renders it."""
    kind = block.kind
    if kind == "axis":
        return [f"<h1>{_h(' '.join(block.lines))}</h1>"]
    if kind == "objective":
        return [f"<h2>{_h(line)}</h2>" for line in block.lines]
    if kind == "section":
        tag = "h4" if block.lines[0] == IMPL_TITLE else "h2"
        return [f"<{tag}>{_h(block.lines[0])}</{tag}>"]
    if kind == "fiche":
        return [f"<h3>{_h(line)}</h3>" for line in block.lines]
    if kind == "para":
        return [f"<p>{_h(block.lines[0])}</p>"]
    if kind == "bold":
        return [f"<p><strong>{_h(line)}</strong></p>" for line in block.lines]
    if kind == "summary":
        return ["<ul>", *(f"<li>{_h(line)}</li>" for line in block.lines), "</ul>"]
    if kind == "summary_table":
        return ["<ul>", *(f"<li>{_h(a)} {_h(b)}</li>" for a, b in block.rows), "</ul>"]
    raise ValueError(kind)


def plan_html_calepin() -> str:
    """The seed as a Jupyter notebook's HTML export."""
    out = [
        "<!DOCTYPE html>",
        "<html>",
        "<head>",
        '<meta charset="utf-8">',
        "<title>programme_actions_PCAET</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        '<body class="jp-Notebook" data-jp-theme-light="true">',
    ]
    count = 1
    out += _code_cell(
        count,
        "import pandas as pd\n"
        'pd.set_option("display.max_colwidth", None)\n'
        f'fiches = pd.read_excel("{WORKBOOK}", sheet_name="Fiches", index_col=0)\n'
        f'etapes = pd.read_excel("{WORKBOOK}", sheet_name="Etapes").fillna("")',
    )
    text: list[str] = []  # the markdown cell being gathered
    code = ""
    for block in load_seed():
        if block.kind not in ("fields", "impl"):
            text += _markdown(block)
            if block.kind == "fiche" and block.code:
                code = block.code
            continue
        if text:
            out += _markdown_cell(text)
            text = []
        count += 1
        if block.kind == "fields":
            source = f'fiches.loc["{code}"].to_frame()'
            out += _code_cell(count, source, _fields_frame(code, block))
        else:
            source = (
                f'etapes[etapes["Fiche"] == "{code}"].drop(columns="Fiche").reset_index(drop=True)'
            )
            out += _code_cell(count, source, _steps_frame(block))
    if text:
        out += _markdown_cell(text)
    out += ["</body>", "</html>"]
    return "\n".join(out)


__all__ = ["plan_html_calepin"]
