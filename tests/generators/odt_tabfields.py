"""The ``tabfields`` .odt (fifty-sixth held-out set, ``plan_odt_tabfields``): the ``twotier``
document but each fiche's fields typed as a « DEFINITION LIST » OF TAB-STOP PARAGRAPHS, no
table: the label bold, a tab, the value's first paragraph, with a HANGING INDENT of 3.6 cm and
one left tab stop at the indent; the value's later paragraphs indented 3.6 cm. A label wider
than the indent runs past it and Writer sets the value after it on the same line, at the next
default tab stop, its wrapped lines back at the indent.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from tests.generators.seed001 import _paragraphs

INDENT = "3.6cm"

STYLES = f"""<style:style style:name="PDef" style:family="paragraph"><style:paragraph-properties
 fo:margin-left="{INDENT}" fo:text-indent="-{INDENT}" fo:margin-top="0cm"
 fo:margin-bottom="0.15cm"><style:tab-stops><style:tab-stop style:position="0cm"/>
</style:tab-stops></style:paragraph-properties><style:text-properties
 fo:font-size="10pt"/></style:style>
<style:style style:name="PDefMore" style:family="paragraph"><style:paragraph-properties
 fo:margin-left="{INDENT}" fo:text-indent="0cm" fo:margin-top="0cm"
 fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="TDefLabel" style:family="text"><style:text-properties
 fo:font-weight="bold"/></style:style>
"""


def tabfields(fields: list[tuple[str, str]]) -> str:
    """A fiche's fields as tab-stop paragraphs: « label <tab> value », hanging indent."""
    out = []
    for label, value in fields:
        parts = _paragraphs(value)
        first = escape(parts[0]) if parts else ""
        out.append(
            '<text:p text:style-name="PDef">'
            f'<text:span text:style-name="TDefLabel">{escape(label)}</text:span>'
            f"<text:tab/>{first}</text:p>"
        )
        out += [f'<text:p text:style-name="PDefMore">{escape(p)}</text:p>' for p in parts[1:]]
    return "".join(out)
