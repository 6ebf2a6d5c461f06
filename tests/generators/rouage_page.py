"""A town's page PRINTED FROM ITS CMS'S BACK-OFFICE VIEW (two-hundred-and-fifty-second held-out
set, ``plan_html_rouage``): ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``) as an editor prints it while logged in, the CMS's
editing script (:data:`SCRIPT`, run before the print) having given every steps
``table.etapes`` a SEVENTH COLUMN « Actions » (its ``<col>`` :data:`SHARE` % wide, the six
seed columns' widths scaled to the rest), whose header cell is bold as the others and whose
every body cell holds two small inline buttons « ✎ Modifier » and « ✕ Supprimer »
(:data:`ACTIONS_CSS`), and right under each steps table a button « + Ajouter une étape ».
Printed by the headless command line.

Only the layout comes from here: every value is the seed's (the buttons are controls).
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

SHARE = 12  # % of the table's width for the « Actions » column
ACTIONS_CSS = """\
table.etapes td.actions { white-space: normal; }
button.bo { font: 7pt "Liberation Sans", sans-serif; padding: 1px 4px; margin: 0 2px 2px 0;
  border: 1px solid #8A8A8A; border-radius: 3px; background: #F3F3F3; color: #1E1E1E; }
button.bo.suppr { color: #B00020; }
button.ajout { font: 8pt "Liberation Sans", sans-serif; padding: 2px 8px; margin: 0 0 10px;
  border: 1px solid #0B5CAD; border-radius: 3px; background: #FFFFFF; color: #0B5CAD; }
"""
SCRIPT = f"""\
<script>
document.querySelectorAll("table.etapes").forEach(function (table) {{
  table.querySelectorAll("colgroup col").forEach(function (col) {{
    col.style.width = (parseFloat(col.style.width) * {100 - SHARE} / 100) + "%";
  }});
  var col = document.createElement("col");
  col.style.width = "{SHARE}%";
  table.querySelector("colgroup").appendChild(col);
  table.querySelectorAll("thead tr").forEach(function (row) {{
    var th = document.createElement("th");
    th.textContent = "Actions";
    row.appendChild(th);
  }});
  table.querySelectorAll("tbody tr").forEach(function (row) {{
    var td = document.createElement("td");
    td.className = "actions";
    td.innerHTML = "<button class='bo'>\\u270e Modifier</button>" +
      "<button class='bo suppr'>\\u2715 Supprimer</button>";
    row.appendChild(td);
  }});
  var add = document.createElement("button");
  add.className = "ajout";
  add.textContent = "+ Ajouter une \\u00e9tape";
  table.parentNode.insertBefore(add, table.nextSibling);
}});
</script>
"""


def plan_html_rouage() -> str:
    """The seed as ``plan_html_inlabel``'s page, its steps tables with the back office's
    « Actions » column and « + Ajouter une étape » buttons."""
    page = etapes_page(ETAPES_PAGE_CSS, br_paragraphs, lambda column: True)
    if page.count("</style>") < 1 or page.count("</body>") != 1:
        raise ValueError("unexpected page")
    page = page.replace("</style>", ACTIONS_CSS + "</style>", 1)
    return page.replace("</body>", SCRIPT + "</body>")


__all__ = ["ACTIONS_CSS", "SCRIPT", "SHARE", "plan_html_rouage"]
