"""Seed 001 written as a web page (HTML + print CSS) in the styles of
:mod:`tests.generators.producer_corpus` (cards, plain, centred, zebra, stripes, cssgrid,
rowspan, sidebar, boxes, bootstrap, details, caption, stacked, transposed, dlsteps, cardgrid,
actors, timeline, aside, metastrip, gdocs, olsteps, zoomed, cms, notion, multicol, sheet,
rounded, rowcards, namebands, icons, darkdocs, printurls, cookies, webmail; datatables in
:mod:`tests.generators.datatables_page`, pandoc in :mod:`tests.generators.pandoc_page`, nobg in
:mod:`tests.generators.nobg_page`, tablepress in :mod:`tests.generators.tablepress_page`, masonry in
:mod:`tests.generators.masonry_page`, editform in :mod:`tests.generators.editform_page`,
childrows in :mod:`tests.generators.childrows_page`, srlabels in
:mod:`tests.generators.srlabels_page`, gridview in :mod:`tests.generators.gridview_page`,
marginbox in :mod:`tests.generators.marginbox_page`, confluence in
:mod:`tests.generators.confluence_page`, wordhtml in :mod:`tests.generators.wordhtml_page`,
fixedhead in :mod:`tests.generators.fixedhead_page`, pilote in
:mod:`tests.generators.pilote_page`, sideways in :mod:`tests.generators.sideways_page`,
flexwrap in :mod:`tests.generators.flexwrap_page`, disclose in
:mod:`tests.generators.disclose_page`, inlabel in :mod:`tests.generators.inlabel_page`,
dropcap in :mod:`tests.generators.dropcap_page`, sumfoot in
:mod:`tests.generators.sumfoot_page`, dsfr in :mod:`tests.generators.dsfr_page`, kanban
in :mod:`tests.generators.kanban_page`, splist in :mod:`tests.generators.splist_page`,
newsletter in :mod:`tests.generators.newsletter_page`, blankhead in
:mod:`tests.generators.blankhead_page`, airrecord in :mod:`tests.generators.airrecord_page`,
tinycard in :mod:`tests.generators.tinycard_page`, nbsprows in
:mod:`tests.generators.nbsprows_page`, filterrow in :mod:`tests.generators.filterrow_page`,
opendata in :mod:`tests.generators.opendata_page`, surligne in
:mod:`tests.generators.surligne_page`, breakall in :mod:`tests.generators.breakall_page`,
alinea in :mod:`tests.generators.alinea_page`, bilingue in
:mod:`tests.generators.bilingue_page`, embossed in
:mod:`tests.generators.embossed_page`, ombre in
:mod:`tests.generators.ombre_page`, confort in :mod:`tests.generators.confort_page`,
renvois in :mod:`tests.generators.renvois_page`, asciitab in
:mod:`tests.generators.asciitab_page`, comparatif in
:mod:`tests.generators.comparatif_page`, deuxvues in :mod:`tests.generators.deuxvues_page`,
termine in :mod:`tests.generators.termine_page`, paysage in
:mod:`tests.generators.paysage_page`, numerote in :mod:`tests.generators.numerote_page`,
feuillets in :mod:`tests.generators.feuillets_page`, manchette in
:mod:`tests.generators.manchette_page`, relecture in :mod:`tests.generators.relecture_page`,
acronymes in :mod:`tests.generators.acronymes_page`, liens in :mod:`tests.generators.liens_page`,
taches in :mod:`tests.generators.taches_page`, decompte in
:mod:`tests.generators.decompte_page`, magazine in :mod:`tests.generators.magazine_page`,
subvention in :mod:`tests.generators.subvention_page`, carte in
:mod:`tests.generators.carte_page`, jalons in :mod:`tests.generators.jalons_page`, vectoriel in
:mod:`tests.generators.vectoriel_page`, prewrap in :mod:`tests.generators.prewrap_page`,
surimpression in :mod:`tests.generators.surimpression_page`, deplie in
:mod:`tests.generators.deplie_page`, laterale in :mod:`tests.generators.laterale_page`,
surtitre in :mod:`tests.generators.surtitre_page`, classeur in
:mod:`tests.generators.classeur_page`, pupitre in :mod:`tests.generators.pupitre_page`,
sommaire in :mod:`tests.generators.sommaire_page`, horizontal in
:mod:`tests.generators.horizontal_page`, justifie in :mod:`tests.generators.justifie_page`,
rowhead in :mod:`tests.generators.rowhead_page`, accents in
:mod:`tests.generators.accents_page`, puces in :mod:`tests.generators.puces_page`, widgets in
:mod:`tests.generators.widgets_page`, brut in :mod:`tests.generators.brut_page`, incipit in
:mod:`tests.generators.incipit_page`, zigzag in :mod:`tests.generators.zigzag_page`,
chevauche in :mod:`tests.generators.chevauche_page`, jumelles in
:mod:`tests.generators.jumelles_page`, surplomb in :mod:`tests.generators.surplomb_page`,
desordre in :mod:`tests.generators.desordre_page`, ligature in
:mod:`tests.generators.ligature_page`, wysiwyg in :mod:`tests.generators.wysiwyg_page`,
bicolonne in :mod:`tests.generators.bicolonne_page`, infobulle in
:mod:`tests.generators.infobulle_page`, rasbord in
:mod:`tests.generators.rasbord_page`, decor in :mod:`tests.generators.decor_page`,
nonrenseigne in :mod:`tests.generators.nonrenseigne_page`, voiraussi in
:mod:`tests.generators.voiraussi_page`, espacement in :mod:`tests.generators.espacement_page`,
morcele in :mod:`tests.generators.morcele_page`, qrcode in :mod:`tests.generators.qrcode_page`,
questionnaire in :mod:`tests.generators.questionnaire_page`, degrade in
:mod:`tests.generators.degrade_page`, pseudogras in :mod:`tests.generators.pseudogras_page`,
fondfilets in :mod:`tests.generators.fondfilets_page`, nuance in
:mod:`tests.generators.nuance_page`, voile in :mod:`tests.generators.voile_page`, biseau in
:mod:`tests.generators.biseau_page`, permute in :mod:`tests.generators.permute_page`, tailwind
in :mod:`tests.generators.tailwind_page`, biais in :mod:`tests.generators.biais_page`,
oblique in :mod:`tests.generators.oblique_page`, wikiboite in
:mod:`tests.generators.wikiboite_page`, ecossais in
:mod:`tests.generators.ecossais_page`, perle in
:mod:`tests.generators.perle_page`, rownum in
:mod:`tests.generators.rownum_page`, lacunes in
:mod:`tests.generators.lacunes_page`, carnet in
:mod:`tests.generators.carnet_page`, rubriques in
:mod:`tests.generators.rubriques_page`, axial in
:mod:`tests.generators.axial_page`, interstices in
:mod:`tests.generators.interstices_page`, ressaut in
:mod:`tests.generators.ressaut_page`, bancal in
:mod:`tests.generators.bancal_page`, legende in
:mod:`tests.generators.legende_page`, sertis in
:mod:`tests.generators.sertis_page`, calepin in
:mod:`tests.generators.calepin_page`, meneau in
:mod:`tests.generators.meneau_page`, travers in
:mod:`tests.generators.travers_page`, enchasse in
:mod:`tests.generators.enchasse_page`, quinconce in
:mod:`tests.generators.quinconce_page`, toile in
:mod:`tests.generators.toile_page`, entretoise in
:mod:`tests.generators.entretoise_page`, mosaique in
:mod:`tests.generators.mosaique_page`, vantaux in
:mod:`tests.generators.vantaux_page`, echelle in
:mod:`tests.generators.echelle_page`, milieu in
:mod:`tests.generators.milieu_page`, tendu in
:mod:`tests.generators.tendu_page`, carcan in
:mod:`tests.generators.carcan_page`, rideau in
:mod:`tests.generators.rideau_page`, plafond in
:mod:`tests.generators.plafond_page`, decroche in
:mod:`tests.generators.decroche_page`, incruste in
:mod:`tests.generators.incruste_page`, silos in
:mod:`tests.generators.silos_page`, bicephale in
:mod:`tests.generators.bicephale_page`, meandre in
:mod:`tests.generators.meandre_page`, tangage in
:mod:`tests.generators.tangage_page`, amalgame in
:mod:`tests.generators.amalgame_page`, lavis in
:mod:`tests.generators.lavis_page`, socle in
:mod:`tests.generators.socle_page`, dephase in
:mod:`tests.generators.dephase_page`, lamelles in
:mod:`tests.generators.lamelles_page`, ruche in
:mod:`tests.generators.ruche_page`, dessin in
:mod:`tests.generators.dessin_page`, quantieme in
:mod:`tests.generators.quantieme_page`, romaine in
:mod:`tests.generators.romaine_page`, feutre in
:mod:`tests.generators.feutre_page`, languettes in
:mod:`tests.generators.languettes_page`, soutache in
:mod:`tests.generators.soutache_page`, ailleurs in
:mod:`tests.generators.ailleurs_page`, maillons in
:mod:`tests.generators.maillons_page`, tondo in
:mod:`tests.generators.tondo_page`, chanfrein in
:mod:`tests.generators.chanfrein_page`, pourtour in
:mod:`tests.generators.pourtour_page`, talus in
:mod:`tests.generators.talus_page`, italique in
:mod:`tests.generators.italique_page`, reglure in
:mod:`tests.generators.reglure_page`, decoupe in
:mod:`tests.generators.decoupe_page`, drapeau in
:mod:`tests.generators.drapeau_page`, nacre in
:mod:`tests.generators.nacre_page`, tassement in
:mod:`tests.generators.tassement_page`, ascenseur in
:mod:`tests.generators.ascenseur_page`, marqueterie in
:mod:`tests.generators.marqueterie_page`, souffle in
:mod:`tests.generators.souffle_page`, constelle in
:mod:`tests.generators.constelle_page`, nimbe in
:mod:`tests.generators.nimbe_page`, mordant in
:mod:`tests.generators.mordant_page`, treillis in
:mod:`tests.generators.treillis_page`, epars in
:mod:`tests.generators.epars_page`, serrage in
:mod:`tests.generators.serrage_page`, dessous in
:mod:`tests.generators.dessous_page`, lambris in
:mod:`tests.generators.lambris_page`, peaufinage in
:mod:`tests.generators.peaufinage_page`, oeil in
:mod:`tests.generators.oeil_page`, pliage in
:mod:`tests.generators.pliage_page`, plenitude in
:mod:`tests.generators.plenitude_page`, lucarne in
:mod:`tests.generators.lucarne_page`, pyjama in
:mod:`tests.generators.pyjama_page`, initiale in
:mod:`tests.generators.initiale_page`, rognure in
:mod:`tests.generators.rognure_page`, accroche in
:mod:`tests.generators.accroche_page`, respiration in
:mod:`tests.generators.respiration_page`, fluet in
:mod:`tests.generators.fluet_page`, secable in
:mod:`tests.generators.secable_page`, chapitrage in
:mod:`tests.generators.chapitrage_page`, habillage in
:mod:`tests.generators.habillage_page`, courrier in
:mod:`tests.generators.courrier_page`, sentier in
:mod:`tests.generators.sentier_page`, virage in
:mod:`tests.generators.virage_page`, sediment in
:mod:`tests.generators.sediment_page`, butoir in
:mod:`tests.generators.butoir_page`, terrasses in
:mod:`tests.generators.terrasses_page`, enjambement in
:mod:`tests.generators.enjambement_page`, transfuge in
:mod:`tests.generators.transfuge_page`, devanture in
:mod:`tests.generators.devanture_page`, calendrier in
:mod:`tests.generators.calendrier_page`, nuage in
:mod:`tests.generators.nuage_page`, nacelle in
:mod:`tests.generators.nacelle_page`, reduction in
:mod:`tests.generators.reduction_page`, alerte in
:mod:`tests.generators.alerte_page`, quotidien in
:mod:`tests.generators.quotidien_page`, retouche in
:mod:`tests.generators.retouche_page`, entaille in :mod:`tests.generators.entaille_page`,
parenthese in :mod:`tests.generators.parenthese_page`, vrille in
:mod:`tests.generators.vrille_page`, chevalet in :mod:`tests.generators.chevalet_page`,
isotope in :mod:`tests.generators.isotope_page`, ressort in
:mod:`tests.generators.ressort_page`, digression in
:mod:`tests.generators.digression_page`, livret in :mod:`tests.generators.livret_page`,
relais in :mod:`tests.generators.relais_page`, girouette in
:mod:`tests.generators.girouette_page`, pirouette in :mod:`tests.generators.pirouette_page`,
viaduc in :mod:`tests.generators.viaduc_page`, annuite in
:mod:`tests.generators.annuite_page`, ecluse in :mod:`tests.generators.ecluse_page`,
ormeau in :mod:`tests.generators.ormeau_page`, oursin in :mod:`tests.generators.oursin_page`,
terme in :mod:`tests.generators.terme_page`, vernis in :mod:`tests.generators.vernis_page`,
rouage in :mod:`tests.generators.rouage_page`).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from tests.generators.seed001 import IMPL_TITLE, Block, _paragraphs, load_seed

# --------------------------------------------------------------------------- plan: HTML


def _h(text: str) -> str:
    return html.escape(text, quote=False)


def _summary_table(rows: list[tuple[str, str]]) -> list[str]:
    """The seed's two-column sommaire table, as every web layout writes it."""
    return [
        "<table class='summary'><tbody>",
        *(f"<tr><td>{_h(a)}</td><td>{_h(b)}</td></tr>" for a, b in rows),
        "</tbody></table>",
    ]


def _field_divs(block: Block) -> list[str]:
    """Each field a ``div.field``: a small label paragraph over its value's paragraphs."""
    out = []
    for label, value in block.fields:
        out.append(f"<div class='field'><p class='lab'>{_h(label)}</p>")
        out += [f"<p>{_h(part)}</p>" for part in _paragraphs(value)]
        out.append("</div>")
    return out


def _cell_html(value: str) -> str:
    parts = _paragraphs(value)
    if len(parts) <= 1:
        return _h(parts[0]) if parts else ""
    return "".join(f"<p>{_h(p)}</p>" for p in parts)


_CARDS_CSS = """
@page { size: A4; margin: 14mm 12mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #222; }
header.site { background: #0b5c8a; color: #fff; padding: 6px 12px; font-size: 9pt; }
h1 { font-size: 18pt; color: #385623; margin: 8px 0 2px; }
h2 { font-size: 12pt; color: #2E74B5; margin: 14px 0 6px; }
.card { border: 1px solid #d0d7de; border-radius: 8px; padding: 10px 14px; margin: 14px 0;
        box-shadow: 0 1px 3px rgba(0,0,0,.12); break-before: page; }
.card h3 { background: #1F4E79; color: #fff; margin: -10px -14px 10px; padding: 8px 14px;
           border-radius: 8px 8px 0 0; font-size: 12pt; }
.kv { display: grid; grid-template-columns: 11em 1fr; column-gap: 14px; row-gap: 6px; }
.kv .k { color: #555; font-weight: 600; }
.kv .v p, td p { margin: 0 0 3px; }
table.steps { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin-top: 6px; }
table.steps th { background: #2E74B5; color: #fff; text-align: left; padding: 5px 4px;
                 font-weight: 600; }
table.steps td { padding: 4px; border-bottom: 0.5px solid #c8d1da; vertical-align: top; }
table.summary td { padding: 2px 6px; }
"""

_PLAIN_CSS = """
@page { size: A4; margin: 15mm 15mm; }
body { font-family: 'Liberation Serif', serif; font-size: 10pt; color: #000; }
h1 { font-size: 16pt; } h2 { font-size: 12.5pt; } h3 { font-size: 11.5pt; margin-top: 20px; }
table.kv { border-collapse: collapse; width: 100%; }
table.kv th { text-align: left; vertical-align: top; width: 10em; padding: 2px 8px 4px 0; }
table.kv td { vertical-align: top; padding: 2px 0 4px; }
table.steps { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin-bottom: 10px; }
table.steps th { text-align: left; padding: 3px 6px 3px 0; font-weight: bold; }
table.steps td { padding: 3px 6px 5px 0; vertical-align: top; }
td p { margin: 0 0 2px; }
"""

_ZEBRA_CSS = """
@page { size: A4 landscape; margin: 12mm 14mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #111; }
h1 { font-size: 16pt; } h2 { font-size: 12pt; } h3 { font-size: 11.5pt; margin-top: 22px; }
.field b { display: block; margin-top: 6px; }
.field p { margin: 1px 0 2px; }
table.steps { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
table.steps th { text-align: left; padding: 4px; font-weight: bold; background: #dfe7ef; }
table.steps td { padding: 4px 5px; vertical-align: top; }
table.steps tr:nth-child(even) td { background: #f0f0f0; }
table.steps td.num { text-align: right; }
td p { margin: 0 0 2px; }
"""

_STRIPES_CSS = """
@page { size: A4 landscape; margin: 15mm 18mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #202020; }
h1 { font-size: 17pt; } h2 { font-size: 12.5pt; } h3 { font-size: 12pt; margin-top: 18px; }
.field b { display: block; margin-top: 5px; }
.field p { margin: 1px 0 3px; }
table.steps { border-collapse: collapse; width: 96%; font-size: 9pt; }
table.steps th { text-align: left; padding: 5px 6px; font-weight: bold; background: #385623;
                 color: #fff; vertical-align: middle; }
table.steps td { padding: 5px 6px; vertical-align: middle; }
table.steps tr:nth-child(odd) td { background: #e8f0e0; }
table.steps td.num { text-align: right; }
td p { margin: 0 0 2px; }
"""


_CSSGRID_CSS = """
@page { size: A4; margin: 16mm 14mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #1a1a1a; }
h1 { font-size: 15pt; } h2 { font-size: 12pt; } h3 { font-size: 11pt; margin-top: 20px; }
dl.fields { margin: 4px 0 8px; }
dl.fields dt { font-weight: bold; color: #2e4a62; margin-top: 5px; }
dl.fields dd { margin: 1px 0 2px 1.6em; }
dl.fields dd p, .steps p { margin: 0 0 2px; }
.steps { display: grid; grid-template-columns: 13% 33% 12% 13% 12% 17%;
         align-items: start; margin: 6px 0 12px; font-size: 8.5pt; }
.steps > div { padding: 3px 5px; border-bottom: 1px dotted #8a8a8a; }
.steps > .th { font-weight: bold; border-bottom: 1.5px solid #333; }
.steps > .num { text-align: right; }
"""

_ROWSPAN_CSS = """
@page { size: A4; margin: 15mm 13mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color: #1b1b1b; }
h1 { font-size: 16pt; } h2 { font-size: 12pt; } h3 { font-size: 11pt; margin-top: 18px; }
p.field { margin: 4px 0 2px; }
p.more { margin: 0 0 2px; }
table.steps { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 6px 0 12px; }
table.steps th, table.steps td { border: 0.75px solid #9a9a9a; padding: 3px 4px;
                                 vertical-align: top; text-align: left; }
table.steps th { background: #e4e4e4; font-weight: bold; }
table.steps td.owner { vertical-align: middle; }
td p { margin: 0 0 2px; }
"""


_SIDEBAR_CSS = """
@page { size: A4; margin: 12mm 12mm 14mm 12mm; }
body { font-family: 'DejaVu Serif', serif; font-size: 9.5pt; color: #1d1d1d; margin: 0; }
nav.site { position: fixed; top: 0; left: 0; width: 36mm; bottom: 0; background: #eef1f4;
           padding: 8px 7px; font-family: 'DejaVu Sans', sans-serif; font-size: 8pt;
           color: #2b3a4a; }
nav.site p { margin: 0 0 7px; }
nav.site p.brand { font-weight: bold; font-size: 9pt; color: #12466e; margin-bottom: 12px; }
main { margin-left: 41mm; }
h1 { font-size: 15pt; } h2 { font-size: 12pt; } h3 { font-size: 11pt; margin-top: 18px; }
div.fields { column-count: 2; column-gap: 8mm; margin: 4px 0 8px; }
div.fields b { display: block; margin-top: 5px; break-after: avoid; }
div.fields p { margin: 1px 0 2px; }
table.steps { border-collapse: collapse; width: 100%; font-size: 8pt; margin: 6px 0 12px; }
table.steps th { text-align: left; vertical-align: bottom; padding: 3px 4px;
                 border-bottom: 1.5px solid #444; font-weight: bold; }
table.steps td { padding: 3px 4px 5px; vertical-align: top; }
table.steps th:nth-child(even), table.steps td:nth-child(even) { background: #eaf0f6; }
table.steps td.num { text-align: right; }
td p { margin: 0 0 2px; }
"""
_BOXES_CSS = """
@page { size: A4 landscape; margin: 13mm 15mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color: #1a1a1a; }
h1 { font-size: 16pt; } h2 { font-size: 12pt; } h3 { font-size: 11.5pt; margin-top: 18px; }
table.kv { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
table.kv th { text-align: right; font-style: italic; font-weight: normal; vertical-align: top;
              width: 12em; padding: 2px 10px 4px 0; color: #333; }
table.kv td { vertical-align: top; padding: 2px 0 4px; }
table.steps { border-collapse: separate; border-spacing: 3px; width: 100%; font-size: 8.5pt;
              margin: 4px 0 12px; }
table.steps th { text-transform: uppercase; text-align: left; padding: 4px 5px;
                 border: 0.75px solid #7a8a99; background: #dce3ea; font-weight: bold; }
table.steps td { padding: 4px 5px; vertical-align: top; border: 0.75px solid #9aa7b3;
                 background: #f6f8fa; }
table.steps td.just { text-align: justify; }
table.steps td.mid { text-align: center; }
td p { margin: 0 0 2px; }
"""
_BOOTSTRAP_CSS = """
@page { size: A4; margin: 16mm 11mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #212529;
       line-height: 1.5; margin: 0; }
nav.navbar { background: #f8f9fa; border-bottom: 1px solid #dee2e6; padding: 6px 12px;
             margin-bottom: 12px; }
nav.navbar .navbar-brand { font-size: 11pt; color: #0d6efd; }
h1 { font-size: 15pt; font-weight: 500; margin: 10px 0 4px; }
h2 { font-size: 12pt; font-weight: 500; margin: 12px 0 6px; }
h6 { font-size: 9pt; font-weight: 600; margin: 10px 0 4px; color: #495057; }
p { margin: 0 0 6px; }
.card { border: 1px solid rgba(0,0,0,.175); border-radius: 6px; margin: 0 0 14px; }
.card-header { background: rgba(33,37,41,.03); border-bottom: 1px solid rgba(0,0,0,.175);
               padding: 6px 12px; border-radius: 6px 6px 0 0; }
.card-header h5 { font-size: 10.5pt; font-weight: 500; margin: 0; }
.card-body { padding: 8px 12px; }
.row { display: flex; flex-wrap: wrap; margin: 0 -6px 4px; }
.col-3 { flex: 0 0 25%; max-width: 25%; padding: 0 6px; box-sizing: border-box; }
.col-9 { flex: 0 0 75%; max-width: 75%; padding: 0 6px; box-sizing: border-box; }
.small { font-size: .875em; } .text-muted { color: #6c757d; }
.col-9 p { margin: 0 0 3px; }
table.table { width: 100%; border-collapse: collapse; margin-bottom: 12px; font-size: 8pt; }
table.table th, table.table td { padding: 3px; vertical-align: top; text-align: left;
                                 border-top: 1px solid #dee2e6; }
table.table thead.table-dark th { background: #212529; color: #fff; font-weight: bold;
                                  vertical-align: bottom; border-bottom: 2px solid #dee2e6; }
table.table-striped tbody tr:nth-of-type(odd) td { background: rgba(0,0,0,.05); }
td p { margin: 0 0 2px; }
"""
_SIDEBAR_NAV = (
    "Grand Auch Cœur de Gascogne",
    "Accueil",
    "Le territoire",
    "Diagnostic",
    "Stratégie",
    "Programme d'actions",
    "Suivi et évaluation",
    "Nous contacter",
)


def _plan_rowspan_impl(header: list[str], rows: list[list[str]]) -> list[str]:
    """The steps table with a ``<thead>`` (Chromium repeats it on each printed page) and the
    owner cell merged (``rowspan``) over runs of identical owners, centred vertically."""
    owner = header.index("Porteur")
    out = ["<table class='steps'><thead><tr>"]
    out += [f"<th>{_h(h)}</th>" for h in header]
    out.append("</tr></thead><tbody>")
    start = 0
    while start < len(rows):
        end = start
        while end + 1 < len(rows) and rows[end + 1][owner] == rows[start][owner]:
            end += 1
        for r in range(start, end + 1):
            cells = []
            for c, value in enumerate(rows[r]):
                if c == owner:
                    if r > start:
                        continue
                    span = f" rowspan='{end - start + 1}'" if end > start else ""
                    cells.append(f"<td class='owner'{span}>{_cell_html(value)}</td>")
                else:
                    cells.append(f"<td>{_cell_html(value)}</td>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        start = end + 1
    out.append("</tbody></table>")
    return out


def _plan_cssgrid_impl(header: list[str], rows: list[list[str]]) -> list[str]:
    """The steps table as CSS grid cells (``<div>``, no ``<table>``): Chromium lays it out
    and cuts it across pages like any block, with no header repeated."""
    budget = header.index("Ressources à mobiliser")
    out = ["<div class='steps'>"]
    out += [f"<div class='th'>{_h(h)}</div>" for h in header]
    for row in rows:
        for c, value in enumerate(row):
            cls = "num" if c == budget else "td"
            out.append(f"<div class='{cls}'>{_cell_html(value)}</div>")
    out.append("</div>")
    return out


def plan_html(style: str) -> str:
    """Seed 001 as a web page; ``style`` in ``cards``, ``plain``, ``centred``, ``zebra``,
    ``stripes``, ``cssgrid``, ``rowspan``, ``sidebar``, ``boxes``."""
    cards = style == "cards"
    plain = style in ("plain", "centred", "boxes")
    centred = _PLAIN_CSS.replace("size: A4;", "size: A4 landscape;").replace(
        "vertical-align: top; }\ntd p", "vertical-align: middle; }\ntd p"
    )
    css = {
        "cards": _CARDS_CSS,
        "plain": _PLAIN_CSS,
        "centred": centred,
        "stripes": _STRIPES_CSS,
        "cssgrid": _CSSGRID_CSS,
        "rowspan": _ROWSPAN_CSS,
        "sidebar": _SIDEBAR_CSS,
        "boxes": _BOXES_CSS,
        "bootstrap": _BOOTSTRAP_CSS,
    }.get(style, _ZEBRA_CSS)
    if style == "bootstrap":
        return _plan_bootstrap(css)
    if style == "details":
        return _plan_details()
    if style == "caption":
        return _plan_caption()
    if style == "stacked":
        return _plan_stacked()
    if style == "transposed":
        return _plan_transposed()
    if style == "dlsteps":
        return _plan_dlsteps()
    if style == "cardgrid":
        return _plan_cardgrid()
    if style == "actors":
        return _plan_actors()
    if style == "timeline":
        return _plan_timeline()
    if style == "aside":
        return _plan_aside()
    if style == "metastrip":
        return _plan_metastrip()
    if style == "gdocs":
        return _plan_gdocs()
    if style == "olsteps":
        return _plan_olsteps()
    if style == "zoomed":
        return _plan_zoomed()
    if style == "cms":
        return _plan_cms()
    if style == "notion":
        return _plan_notion()
    if style == "multicol":
        return _plan_multicol()
    if style == "sheet":
        return _plan_sheet()
    if style == "rounded":
        return _flowing_page(_ROUNDED_CSS, _kv_fields, _rounded_impl)
    if style == "rowcards":
        return _flowing_page(_ROWCARDS_CSS, _kv_fields, _rowcards_impl)
    if style == "namebands":
        return _flowing_page(_NAMEBANDS_CSS, _kv_fields, _namebands_impl)
    if style == "icons":
        return _flowing_page(_ICONS_CSS, _icons_fields, _icons_impl)
    if style == "darkdocs":
        return _flowing_page(_DARKDOCS_CSS, _kv_fields, _darkdocs_impl)
    if style == "printurls":
        return plan_html_printurls()
    if style == "cookies":
        return plan_html_cookies()
    if style == "webmail":
        return plan_html_webmail()
    if style == "datatables":  # a module of its own: it builds on this one's helpers
        from tests.generators.datatables_page import plan_html_datatables

        return plan_html_datatables()
    if style == "pandoc":  # a module of its own: pandoc's page, not this module's
        from tests.generators.pandoc_page import plan_html_pandoc

        return plan_html_pandoc()
    if style == "nobg":  # a site page whose structure is drawn with background fills
        from tests.generators.nobg_page import plan_html_nobg

        return plan_html_nobg()
    if style == "tablepress":  # a WordPress page whose tables TablePress makes
        from tests.generators.tablepress_page import plan_html_tablepress

        return plan_html_tablepress()
    if style == "masonry":  # steps as a wall of cards in two CSS columns
        from tests.generators.masonry_page import plan_html_masonry

        return plan_html_masonry()
    if style == "editform":  # a web application's edit form, values in form controls
        from tests.generators.editform_page import plan_html_editform

        return plan_html_editform()
    if style == "childrows":  # DataTables Responsive: last columns in a child row per row
        from tests.generators.childrows_page import plan_html_childrows

        return plan_html_childrows()
    if style == "srlabels":  # an accessible page: screen-reader texts visually hidden
        from tests.generators.srlabels_page import plan_html_srlabels

        return plan_html_srlabels()
    if style == "gridview":  # a no-code grid view: cells in field order, placed by CSS grid
        from tests.generators.gridview_page import plan_html_gridview

        return plan_html_gridview()
    if style == "marginbox":  # a print stylesheet: running head and page numbers in @page boxes
        from tests.generators.marginbox_page import plan_html_marginbox

        return plan_html_marginbox()
    if style == "confluence":  # Confluence's HTML export: bulleted owners and partners
        from tests.generators.confluence_page import plan_html_confluence

        return plan_html_confluence()
    if style == "wordhtml":  # Word's « Page Web, filtrée »: bulleted descriptions
        from tests.generators.wordhtml_page import plan_html_wordhtml

        return plan_html_wordhtml()
    if style == "fixedhead":  # DataTables FixedHeader's floating header clone
        from tests.generators.fixedhead_page import plan_html_fixedhead

        return plan_html_fixedhead()
    if style == "pilote":  # owner first, step name last, abbreviated labels
        from tests.generators.pilote_page import plan_html_pilote

        return plan_html_pilote()
    if style == "sideways":  # the planning column typeset vertically
        from tests.generators.sideways_page import plan_html_sideways

        return plan_html_sideways()
    if style == "flexwrap":  # steps as flex rows wrapping onto two lines
        from tests.generators.flexwrap_page import plan_html_flexwrap

        return plan_html_flexwrap()
    if style == "dropcap":  # every field value opening with a drop cap
        from tests.generators.dropcap_page import plan_html_dropcap

        return plan_html_dropcap()
    if style == "renvois":  # column references under the header, a notice under the table
        from tests.generators.renvois_page import plan_html_renvois

        return plan_html_renvois()
    if style == "breakall":  # a portal theme's ``word-break: break-all`` on every cell
        from tests.generators.breakall_page import plan_html_breakall

        return plan_html_breakall()
    if style == "filterrow":  # a tracking tool's list view, a filter row in its header
        from tests.generators.filterrow_page import plan_html_filterrow

        return plan_html_filterrow()
    if style == "airrecord":  # each step an expanded record: title, small-caps labels
        from tests.generators.airrecord_page import plan_html_airrecord

        return plan_html_airrecord()
    if style == "splist":  # a SharePoint list view, its selection circles and chevrons
        from tests.generators.splist_page import plan_html_splist

        return plan_html_splist()
    if style == "sumfoot":  # a <tfoot> summary bar of counts under every steps table
        from tests.generators.sumfoot_page import plan_html_sumfoot

        return plan_html_sumfoot()
    if style == "kanban":  # the steps as a Kanban board of planning lists
        from tests.generators.kanban_page import plan_html_kanban

        return plan_html_kanban()
    if style == "surligne":  # search terms highlighted by <mark>s, in part of words
        from tests.generators.surligne_page import plan_html_surligne

        return plan_html_surligne()
    if style == "embossed":  # a white text shadow on every table cell: its text drawn twice
        from tests.generators.embossed_page import plan_html_embossed

        return plan_html_embossed()
    if style == "ombre":  # a white text shadow on every text (jQuery Mobile)
        from tests.generators.ombre_page import plan_html_ombre

        return plan_html_ombre()
    if style == "comparatif":  # steps as column-major CSS grids: the PDF's text by column
        from tests.generators.comparatif_page import plan_html_comparatif

        return plan_html_comparatif()
    if style == "confort":  # an accessibility overlay's wide line and word spacing
        from tests.generators.confort_page import plan_html_confort

        return plan_html_confort()
    if style == "alinea":  # a 2em first-line indent on every <p>, table cells' too
        from tests.generators.alinea_page import plan_html_alinea

        return plan_html_alinea()
    if style == "bilingue":  # the template's labels followed by their Occitan translation
        from tests.generators.bilingue_page import plan_html_bilingue

        return plan_html_bilingue()
    if style == "deuxvues":  # each steps table printed, then the same steps as cards
        from tests.generators.deuxvues_page import plan_html_deuxvues

        return plan_html_deuxvues()
    if style == "asciitab":  # steps tables as plain-text grid tables in a <pre>
        from tests.generators.asciitab_page import plan_html_asciitab

        return plan_html_asciitab()
    if style == "paysage":  # every steps table on landscape pages (a named page)
        from tests.generators.paysage_page import plan_html_paysage

        return plan_html_paysage()
    if style == "termine":  # the steps due by the end of 2020 struck through, grey
        from tests.generators.termine_page import plan_html_termine

        return plan_html_termine()
    if style == "feuillets":  # a Drupal book printed whole, its navigation after each fiche
        from tests.generators.feuillets_page import plan_html_feuillets

        return plan_html_feuillets()
    if style == "manchette":  # a print stylesheet hangs « Étape k/n » in a margin column
        from tests.generators.manchette_page import plan_html_manchette

        return plan_html_manchette()
    if style == "acronymes":  # a print stylesheet expands the glossary's acronyms
        from tests.generators.acronymes_page import plan_html_acronymes

        return plan_html_acronymes()
    if style == "magazine":  # a magazine's web page, quotes and photos floated in the cells
        from tests.generators.magazine_page import plan_html_magazine

        return plan_html_magazine()
    if style == "liens":  # a printable version printing links' targets as note numbers
        from tests.generators.liens_page import plan_html_liens

        return plan_html_liens()
    if style == "relecture":  # Word's unfiltered web page with its review comments
        from tests.generators.relecture_page import plan_html_relecture

        return plan_html_relecture()
    if style == "taches":  # a project tool's list view: tasks with unlabelled badges
        from tests.generators.taches_page import plan_html_taches

        return plan_html_taches()
    if style == "decompte":  # SharePoint list views grouped by planning, with counts
        from tests.generators.decompte_page import plan_html_decompte

        return plan_html_decompte()
    if style == "jalons":  # a project tool's roadmap group a fiche: avatars, chips, add row
        from tests.generators.jalons_page import plan_html_jalons

        return plan_html_jalons()
    if style == "nonrenseigne":  # « Non renseigné » printed in every empty value
        from tests.generators.nonrenseigne_page import plan_html_nonrenseigne

        return plan_html_nonrenseigne()
    if style == "bicolonne":  # each steps description in two CSS columns in its cell
        from tests.generators.bicolonne_page import plan_html_bicolonne

        return plan_html_bicolonne()
    if style == "wysiwyg":  # pasted steps values as 1 em-margined <p>, typed ones bare
        from tests.generators.wysiwyg_page import plan_html_wysiwyg

        return plan_html_wysiwyg()
    if style == "infobulle":  # a round « i » help badge after every column and field label
        from tests.generators.infobulle_page import plan_html_infobulle

        return plan_html_infobulle()
    if style == "surplomb":  # fixed-layout steps cells whose long words overhang
        from tests.generators.surplomb_page import plan_html_surplomb

        return plan_html_surplomb()
    if style == "chevauche":  # fixed equal columns, long words overflowing their cells
        from tests.generators.chevauche_page import plan_html_chevauche

        return plan_html_chevauche()
    if style == "decor":  # a big pale CSS-counter number behind every step name
        from tests.generators.decor_page import plan_html_decor

        return plan_html_decor()
    if style == "espacement":  # grids as the tables' grey background between white cells
        from tests.generators.espacement_page import plan_html_espacement

        return plan_html_espacement()
    if style == "fondfilets":  # every table rule a background gradient strip, no border
        from tests.generators.fondfilets_page import plan_html_fondfilets

        return plan_html_fondfilets()
    if style == "degrade":  # titles and steps column labels in gradient text
        from tests.generators.degrade_page import plan_html_degrade

        return plan_html_degrade()
    if style == "nuance":  # steps lines painted as fading gradient backgrounds, no border
        from tests.generators.nuance_page import plan_html_nuance

        return plan_html_nuance()
    if style == "oblique":  # the steps header labels turned 45° over slanted rules
        from tests.generators.oblique_page import plan_html_oblique

        return plan_html_oblique()
    if style == "permute":  # steps as a div grid, rows placed by rank, held in name order
        from tests.generators.permute_page import plan_html_permute

        return plan_html_permute()
    if style == "pseudogras":  # one regular @font-face: every bold synthesized by Chromium
        from tests.generators.pseudogras_page import plan_html_pseudogras

        return plan_html_pseudogras()
    if style == "qrcode":  # a QR code of the fiche's address floated beside each heading
        from tests.generators.qrcode_page import plan_html_qrcode

        return plan_html_qrcode()
    if style == "voiraussi":  # an « À lire aussi » teaser after every fifth paragraph
        from tests.generators.voiraussi_page import plan_html_voiraussi

        return plan_html_voiraussi()
    if style == "lacunes":  # empty-cells: hide, the empty values' cells left undrawn
        from tests.generators.lacunes_page import plan_html_lacunes

        return plan_html_lacunes()
    if style == "ecossais":  # row and column bands crossing into four tones, no rule
        from tests.generators.ecossais_page import plan_html_ecossais

        return plan_html_ecossais()
    if style == "biais":  # CSS-Tricks' rotated column headers: labels slanted at 45°
        from tests.generators.biais_page import plan_html_biais

        return plan_html_biais()
    if style == "enchasse":  # each fiche a record table, its steps nested in its last row
        from tests.generators.enchasse_page import plan_html_enchasse

        return plan_html_enchasse()
    if style == "calepin":  # a Jupyter notebook's HTML export, fields and steps DataFrames
        from tests.generators.calepin_page import plan_html_calepin

        return plan_html_calepin()
    if style == "bancal":  # each step a table of its own, the columns sized table by table
        from tests.generators.bancal_page import plan_html_bancal

        return plan_html_bancal()
    if style == "carcan":  # a fixed 1100 px desktop page, shrunk by the print
        from tests.generators.carcan_page import plan_html_carcan

        return plan_html_carcan()
    if style == "echelle":  # tables painted at 80 % by a CSS scale transform
        from tests.generators.echelle_page import plan_html_echelle

        return plan_html_echelle()
    if style == "entretoise":  # a Dreamweaver page's tables ruled by spacer GIFs
        from tests.generators.entretoise_page import plan_html_entretoise

        return plan_html_entretoise()
    if style == "biseau":  # HTML 4 border="1" tables: every cell a bevelled box of its own
        from tests.generators.biseau_page import plan_html_biseau

        return plan_html_biseau()
    if style == "tailwind":  # three steps columns folded under the step names at print width
        from tests.generators.tailwind_page import plan_html_tailwind

        return plan_html_tailwind()
    if style == "perle":  # every table rule dotted (« filets perlés »)
        from tests.generators.perle_page import plan_html_perle

        return plan_html_perle()
    if style == "carnet":  # an A5 booklet print with mirrored margins
        from tests.generators.carnet_page import plan_html_carnet

        return plan_html_carnet()
    if style == "wikiboite":  # fields in a floated infobox beside a narrowed steps wikitable
        from tests.generators.wikiboite_page import plan_html_wikiboite

        return plan_html_wikiboite()
    if style == "rownum":  # a table tool's steps as numbered flex rows of div cells
        from tests.generators.rownum_page import plan_html_rownum

        return plan_html_rownum()
    if style == "axial":  # a WordPress table block, equal columns, centred both ways
        from tests.generators.axial_page import plan_html_axial

        return plan_html_axial()
    if style == "rubriques":  # a form's printable version: fieldsets, legend on the frame
        from tests.generators.rubriques_page import plan_html_rubriques

        return plan_html_rubriques()
    if style == "interstices":  # steps ruled by per-cell underlines 12 px apart, no vertical
        from tests.generators.interstices_page import plan_html_interstices

        return plan_html_interstices()
    if style == "meneau":  # HTML 4 rules="groups": rules between column groups only
        from tests.generators.meneau_page import plan_html_meneau

        return plan_html_meneau()
    if style == "legende":  # the steps heading a caption printed under its table
        from tests.generators.legende_page import plan_html_legende

        return plan_html_legende()
    if style == "quinconce":  # steps as an alternating timeline, the planning across the line
        from tests.generators.quinconce_page import plan_html_quinconce

        return plan_html_quinconce()
    if style == "milieu":  # every steps cell centred both ways (a CMS's « tableau centré »)
        from tests.generators.milieu_page import plan_html_milieu

        return plan_html_milieu()
    if style == "entaille":  # mosaique's cards hyphenated (soft hyphens) and justified
        from tests.generators.entaille_page import plan_html_entaille

        return plan_html_entaille()
    if style == "mosaique":  # a catalogue page: each objective's fiches two across, as cards
        from tests.generators.mosaique_page import plan_html_mosaique

        return plan_html_mosaique()
    if style == "vantaux":  # every long-text value in two columns inside its cell
        from tests.generators.vantaux_page import plan_html_vantaux

        return plan_html_vantaux()
    if style == "ascenseur":  # a fixed « back to top » button printed on every page
        from tests.generators.ascenseur_page import plan_html_ascenseur

        return plan_html_ascenseur()
    if style == "drapeau":  # each fiche edged with a tricolour border-image strip
        from tests.generators.drapeau_page import plan_html_drapeau

        return plan_html_drapeau()
    if style == "decoupe":  # each fiche framed as a dashed cut-out coupon
        from tests.generators.decoupe_page import plan_html_decoupe

        return plan_html_decoupe()
    if style == "chanfrein":  # steps header labels on slanted parallelograms
        from tests.generators.chanfrein_page import plan_html_chanfrein

        return plan_html_chanfrein()
    if style == "ailleurs":  # bearers and partners as a design system's external links
        from tests.generators.ailleurs_page import plan_html_ailleurs

        return plan_html_ailleurs()
    if style == "feutre":  # step names and plannings on a felt-pen highlighter's band
        from tests.generators.feutre_page import plan_html_feutre

        return plan_html_feutre()
    if style == "dessin":  # each steps table a draw.io drawing pasted as inline SVG
        from tests.generators.dessin_page import plan_html_dessin

        return plan_html_dessin()
    if style == "dephase":  # DataTables scrollX drawn while hidden: the header squashed
        from tests.generators.dephase_page import plan_html_dephase

        return plan_html_dephase()
    if style == "amalgame":  # the theme hides every <br> in a table: values run on
        from tests.generators.amalgame_page import plan_html_amalgame

        return plan_html_amalgame()
    if style == "bicephale":  # every first row of a row group dressed as the header
        from tests.generators.bicephale_page import plan_html_bicephale

        return plan_html_bicephale()
    if style == "decroche":  # floated cells 72 px too wide: each row's last one drops
        from tests.generators.decroche_page import plan_html_decroche

        return plan_html_decroche()
    if style == "incruste":  # each steps table an online chart tool's embedded frame
        from tests.generators.incruste_page import plan_html_incruste

        return plan_html_incruste()
    if style == "plafond":  # a grid of divs whose every row is as tall as its tallest
        from tests.generators.plafond_page import plan_html_plafond

        return plan_html_plafond()
    if style == "tendu":  # every value line justified to both edges of its cell
        from tests.generators.tendu_page import plan_html_tendu

        return plan_html_tendu()
    if style == "tangage":  # each steps table a wall of turned sticky notes
        from tests.generators.tangage_page import plan_html_tangage

        return plan_html_tangage()
    if style == "constelle":  # the page printed on dotted paper (a tiled radial gradient)
        from tests.generators.constelle_page import plan_html_constelle

        return plan_html_constelle()
    if style == "mordant":  # a marker band blended (multiply) over every field label
        from tests.generators.mordant_page import plan_html_mordant

        return plan_html_mordant()
    if style == "nimbe":  # « Lire la suite » field values fading out under their mask
        from tests.generators.nimbe_page import plan_html_nimbe

        return plan_html_nimbe()
    if style == "epars":  # paragraphs and values justified letter by letter (distribute)
        from tests.generators.epars_page import plan_html_epars

        return plan_html_epars()
    if style == "lucarne":  # each field an outlined box, its label in the frame's notch
        from tests.generators.lucarne_page import plan_html_lucarne

        return plan_html_lucarne()
    if style == "pyjama":  # diagonal stripes under the header, label and step name cells
        from tests.generators.pyjama_page import plan_html_pyjama

        return plan_html_pyjama()
    if style == "plenitude":  # a fiche a page, its steps table stretched, cells centred
        from tests.generators.plenitude_page import plan_html_plenitude

        return plan_html_plenitude()
    if style == "pliage":  # every value hard-wrapped at 48 characters by a textarea
        from tests.generators.pliage_page import plan_html_pliage

        return plan_html_pliage()
    if style == "oeil":  # a missing « Marianne », its fallback scaled by font-size-adjust
        from tests.generators.oeil_page import plan_html_oeil

        return plan_html_oeil()
    if style == "initiale":  # every field value opened by a drop cap (initial-letter: 2)
        from tests.generators.initiale_page import plan_html_initiale

        return plan_html_initiale()
    if style == "peaufinage":  # a theme's reset wrapping every paragraph and cell pretty
        from tests.generators.peaufinage_page import plan_html_peaufinage

        return plan_html_peaufinage()
    if style == "lambris":  # every field label bottom-aligned at the foot of its row
        from tests.generators.lambris_page import plan_html_lambris

        return plan_html_lambris()
    if style == "accroche":  # each field's label floated into its value's first lines
        from tests.generators.accroche_page import plan_html_accroche

        return plan_html_accroche()
    if style == "butoir":  # the fields pasted as tabbed plain text in one cell
        from tests.generators.butoir_page import plan_html_butoir

        return plan_html_butoir()
    if style == "enjambement":  # a continuation notice in every steps table's tfoot
        from tests.generators.enjambement_page import plan_html_enjambement

        return plan_html_enjambement()
    if style == "alerte":  # editform's page after a refused save, fields validated
        from tests.generators.alerte_page import plan_html_alerte

        return plan_html_alerte()
    if style == "chevalet":  # printed on US Letter landscape, half-inch margins
        from tests.generators.chevalet_page import plan_html_chevalet

        return plan_html_chevalet()
    if style == "annuite":  # each objective closed by its budget recap by year
        from tests.generators.annuite_page import plan_html_annuite

        return plan_html_annuite()
    if style == "oursin":  # a « Paraphe » box on every printed page
        from tests.generators.oursin_page import plan_html_oursin

        return plan_html_oursin()
    if style == "girouette":  # every template label after its Basque label
        from tests.generators.girouette_page import plan_html_girouette

        return plan_html_girouette()
    if style == "calendrier":  # a Gantt of CSS boxes under every steps table
        from tests.generators.calendrier_page import plan_html_calendrier

        return plan_html_calendrier()
    if style == "devanture":  # every fiche's steps printed before its fields
        from tests.generators.devanture_page import plan_html_devanture

        return plan_html_devanture()
    if style == "courrier":  # the first page's margins left for a letterhead
        from tests.generators.courrier_page import plan_html_courrier

        return plan_html_courrier()
    if style == "habillage":  # inlabel's page, its fields tables floated right
        from tests.generators.habillage_page import plan_html_habillage

        return plan_html_habillage()
    if style == "chapitrage":  # inlabel's page, printed with a document outline
        from tests.generators.chapitrage_page import plan_html_chapitrage

        return plan_html_chapitrage()
    if style == "fluet":  # a regular-only webfont, font-synthesis: none: no bold at all
        from tests.generators.fluet_page import plan_html_fluet

        return plan_html_fluet()
    if style == "respiration":  # the WCAG text-spacing overrides of a site's settings
        from tests.generators.respiration_page import plan_html_respiration

        return plan_html_respiration()
    if style == "sediment":  # a web font of unusual ascent and descent
        from tests.generators.sediment_page import plan_html_sediment

        return plan_html_sediment()
    if style == "quotidien":  # the content in three columns, every table across them
        from tests.generators.quotidien_page import plan_html_quotidien

        return plan_html_quotidien()
    if style == "parenthese":  # fiche headings as links, their addresses printed after
        from tests.generators.parenthese_page import plan_html_parenthese

        return plan_html_parenthese()
    if style == "livret":  # the template's « Mode d'emploi » box left in every fiche
        from tests.generators.livret_page import plan_html_livret

        return plan_html_livret()
    if style == "ecluse":  # each fiche's added contact line masked by empty black boxes
        from tests.generators.ecluse_page import plan_html_ecluse

        return plan_html_ecluse()
    if style == "terme":  # a glossary after the last fiche
        from tests.generators.terme_page import plan_html_terme

        return plan_html_terme()
    if style == "nacelle":  # objective 1.2's fields as bold-label paragraphs, in serif
        from tests.generators.nacelle_page import plan_html_nacelle

        return plan_html_nacelle()
    if style == "nuage":  # a decorative shape behind every steps table's corner
        from tests.generators.nuage_page import plan_html_nuage

        return plan_html_nuage()
    if style == "vrille":  # inlabel's page, every steps header label turned (bottom to top)
        from tests.generators.vrille_page import plan_html_vrille

        return plan_html_vrille()
    if style == "relais":  # sentier's page, each fiche closed by a navigation line
        from tests.generators.relais_page import plan_html_relais

        return plan_html_relais()
    if style == "ormeau":  # sentier's page, an SVG budget chart under each steps table
        from tests.generators.ormeau_page import plan_html_ormeau

        return plan_html_ormeau()
    if style == "vernis":  # inlabel's page, each steps Descriptif a span pasted with its style
        from tests.generators.vernis_page import plan_html_vernis

        return plan_html_vernis()
    if style == "viaduc":  # sentier's page, a mini timeline under each planning value
        from tests.generators.viaduc_page import plan_html_viaduc

        return plan_html_viaduc()
    if style == "ressort":  # sentier's page, a fit-text script sizing each steps cell
        from tests.generators.ressort_page import plan_html_ressort

        return plan_html_ressort()
    if style == "pirouette":  # sentier's page, fiche numbers after their titles, shown above
        from tests.generators.pirouette_page import plan_html_pirouette

        return plan_html_pirouette()
    if style == "retouche":  # a CMS's revision comparison, the diff marked in the page
        from tests.generators.retouche_page import plan_html_retouche

        return plan_html_retouche()
    if style == "rouage":  # inlabel's page, the back office's « Actions » column and buttons
        from tests.generators.rouage_page import plan_html_rouage

        return plan_html_rouage()
    if style == "reduction":  # inlabel's page, printed at 70 % (the print's scale)
        from tests.generators.reduction_page import plan_html_reduction

        return plan_html_reduction()
    if style == "digression":  # every parenthesised aside of a value in italics
        from tests.generators.digression_page import plan_html_digression

        return plan_html_digression()
    if style == "transfuge":  # every digit drawn in another face (unicode-range)
        from tests.generators.transfuge_page import plan_html_transfuge

        return plan_html_transfuge()
    if style == "terrasses":  # the outline shown by indents, 40 px a level
        from tests.generators.terrasses_page import plan_html_terrasses

        return plan_html_terrasses()
    if style == "virage":  # knock-out headings, white text in a difference blend
        from tests.generators.virage_page import plan_html_virage

        return plan_html_virage()
    if style == "isotope":  # every « CO2 » written with a <sub> digit
        from tests.generators.isotope_page import plan_html_isotope

        return plan_html_isotope()
    if style == "sentier":  # the page unchanged, printed with a document outline
        from tests.generators.sentier_page import plan_html_sentier

        return plan_html_sentier()
    if style == "secable":  # zero width spaces in the long words of the value cells
        from tests.generators.secable_page import plan_html_secable

        return plan_html_secable()
    if style == "rognure":  # words broken at any letter in every table cell
        from tests.generators.rognure_page import plan_html_rognure

        return plan_html_rognure()
    if style == "serrage":  # a theme's tight tracking on every element
        from tests.generators.serrage_page import plan_html_serrage

        return plan_html_serrage()
    if style == "dessous":  # each field's label a caption under its value
        from tests.generators.dessous_page import plan_html_dessous

        return plan_html_dessous()
    if style == "treillis":  # a debugging outline left round every element
        from tests.generators.treillis_page import plan_html_treillis

        return plan_html_treillis()
    if style == "souffle":  # every heading's letters spaced out (letter-spacing)
        from tests.generators.souffle_page import plan_html_souffle

        return plan_html_souffle()
    if style == "tassement":  # every heading squeezed sideways by a CSS transform
        from tests.generators.tassement_page import plan_html_tassement

        return plan_html_tassement()
    if style == "reglure":  # the page on a Seyès school-notebook ground
        from tests.generators.reglure_page import plan_html_reglure

        return plan_html_reglure()
    if style == "talus":  # every heading line on a slanted colour band
        from tests.generators.talus_page import plan_html_talus

        return plan_html_talus()
    if style == "tondo":  # a round pictogram floated before each objective, text hugging it
        from tests.generators.tondo_page import plan_html_tondo

        return plan_html_tondo()
    if style == "soutache":  # emphasis and every label underlined thick amber
        from tests.generators.soutache_page import plan_html_soutache

        return plan_html_soutache()
    if style == "romaine":  # every steps cell's lines balanced by the CSS reset
        from tests.generators.romaine_page import plan_html_romaine

        return plan_html_romaine()
    if style == "ruche":  # each steps table an Angular Material flex mat-table
        from tests.generators.ruche_page import plan_html_ruche

        return plan_html_ruche()
    if style == "socle":  # each steps table's labels row its <tfoot>, no <thead>
        from tests.generators.socle_page import plan_html_socle

        return plan_html_socle()
    if style == "silos":  # each steps table a WordPress « Colonnes » block
        from tests.generators.silos_page import plan_html_silos

        return plan_html_silos()
    if style == "marqueterie":  # an Etherpad's authorship colours switching inside words
        from tests.generators.marqueterie_page import plan_html_marqueterie

        return plan_html_marqueterie()
    if style == "nacre":  # headings underlined by a gradient border image
        from tests.generators.nacre_page import plan_html_nacre

        return plan_html_nacre()
    if style == "italique":  # headings and labels slanted by the browser (no italic face)
        from tests.generators.italique_page import plan_html_italique

        return plan_html_italique()
    if style == "pourtour":  # headings and steps header labels thickened by a text stroke
        from tests.generators.pourtour_page import plan_html_pourtour

        return plan_html_pourtour()
    if style == "maillons":  # all the text in a serif printing typographic ligatures
        from tests.generators.maillons_page import plan_html_maillons

        return plan_html_maillons()
    if style == "languettes":  # each fiche's fields and steps two panels of a tabs widget
        from tests.generators.languettes_page import plan_html_languettes

        return plan_html_languettes()
    if style == "quantieme":  # the steps as a town site's agenda entries, a date tile each
        from tests.generators.quantieme_page import plan_html_quantieme

        return plan_html_quantieme()
    if style == "lamelles":  # every steps value highlighted, a rounded pill per line
        from tests.generators.lamelles_page import plan_html_lamelles

        return plan_html_lamelles()
    if style == "lavis":  # fields cards whose CSS filter makes Chromium print them as images
        from tests.generators.lavis_page import plan_html_lavis

        return plan_html_lavis()
    if style == "meandre":  # a « grille » of auto-fill columns: four in print, not six
        from tests.generators.meandre_page import plan_html_meandre

        return plan_html_meandre()
    if style == "rideau":  # the axis and each objective on a full-bleed divider page
        from tests.generators.rideau_page import plan_html_rideau

        return plan_html_rideau()
    if style == "toile":  # the plan's .odt as LibreOffice Writer's HTML export
        from tests.generators.toile_page import plan_html_toile

        return plan_html_toile()
    if style == "travers":  # every steps table turned a quarter turn on a page of its own
        from tests.generators.travers_page import plan_html_travers

        return plan_html_travers()
    if style == "sertis":  # steps tables ruled by their cells' box-shadows, no border
        from tests.generators.sertis_page import plan_html_sertis

        return plan_html_sertis()
    if style == "ressaut":  # an inline-block grid: every cell on its row's last line
        from tests.generators.ressaut_page import plan_html_ressaut

        return plan_html_ressaut()
    if style == "voile":  # the finished steps' rows printed faded (opacity)
        from tests.generators.voile_page import plan_html_voile

        return plan_html_voile()
    if style == "questionnaire":  # LimeSurvey's printed answers, a row per step and column
        from tests.generators.questionnaire_page import plan_html_questionnaire

        return plan_html_questionnaire()
    if style == "morcele":  # every step a table block of its own, its own header row
        from tests.generators.morcele_page import plan_html_morcele

        return plan_html_morcele()
    if style == "rasbord":  # printed with the dialog's margins « Aucune »: none at all
        from tests.generators.rasbord_page import plan_html_rasbord

        return plan_html_rasbord()
    if style == "desordre":  # each steps table's columns in another order, in turn
        from tests.generators.desordre_page import plan_html_desordre

        return plan_html_desordre()
    if style == "brut":  # steps typed as a Markdown pipe table, shown unrendered
        from tests.generators.brut_page import plan_html_brut

        return plan_html_brut()
    if style == "ligature":  # icon-font spans printed as their names, the font not loaded
        from tests.generators.ligature_page import plan_html_ligature

        return plan_html_ligature()
    if style == "jumelles":  # twin steps tables of four columns at most, names repeated
        from tests.generators.jumelles_page import plan_html_jumelles

        return plan_html_jumelles()
    if style == "zigzag":  # flex rows whose cells are flex: auto, sized row by row
        from tests.generators.zigzag_page import plan_html_zigzag

        return plan_html_zigzag()
    if style == "widgets":  # a page builder's six independent stacked columns
        from tests.generators.widgets_page import plan_html_widgets

        return plan_html_widgets()
    if style == "rowhead":  # step names as row headers, an empty top-left corner
        from tests.generators.rowhead_page import plan_html_rowhead

        return plan_html_rowhead()
    if style == "incipit":  # long texts opened by a bold small-capitals line
        from tests.generators.incipit_page import plan_html_incipit

        return plan_html_incipit()
    if style == "puces":  # values as bulleted lists, their markers hanging out of the cells
        from tests.generators.puces_page import plan_html_puces

        return plan_html_puces()
    if style == "justifie":  # a typography plug-in's soft hyphens, justified text
        from tests.generators.justifie_page import plan_html_justifie

        return plan_html_justifie()
    if style == "horizontal":  # a CMS page: each fiche's fields one row of a Views table
        from tests.generators.horizontal_page import plan_html_horizontal

        return plan_html_horizontal()
    if style == "accents":  # a site whose web font is cut to ASCII: accents in a fallback
        from tests.generators.accents_page import plan_html_accents

        return plan_html_accents()
    if style == "sommaire":  # an article opened by a floated « Sommaire » box of the fiches
        from tests.generators.sommaire_page import plan_html_sommaire

        return plan_html_sommaire()
    if style == "pupitre":  # an online editor's tab: its bars, its sheets laid out by script
        from tests.generators.pupitre_page import plan_html_pupitre

        return plan_html_pupitre()
    if style == "surtitre":  # a CMS page: a title row opening each steps table's header
        from tests.generators.surtitre_page import plan_html_surtitre

        return plan_html_surtitre()
    if style == "laterale":  # a report page: numbered sidenotes in a margin column
        from tests.generators.laterale_page import plan_html_laterale

        return plan_html_laterale()
    if style == "surimpression":  # a dashboard: FixedColumns' clone over each first column
        from tests.generators.surimpression_page import plan_html_surimpression

        return plan_html_surimpression()
    if style == "prewrap":  # an extranet: steps cells keep their template's white space
        from tests.generators.prewrap_page import plan_html_prewrap

        return plan_html_prewrap()
    if style == "vectoriel":  # an intercommunal site: each steps table an inline SVG picture
        from tests.generators.vectoriel_page import plan_html_vectoriel

        return plan_html_vectoriel()
    if style == "subvention":  # a grants platform's summary: each step a read-only form section
        from tests.generators.subvention_page import plan_html_subvention

        return plan_html_subvention()
    if style == "classeur":  # a CMS page: each fiche tabbed, every panel printed
        from tests.generators.classeur_page import plan_html_classeur

        return plan_html_classeur()
    if style == "deplie":  # a catalogue: « … Lire la suite » left inside long descriptions
        from tests.generators.deplie_page import plan_html_deplie

        return plan_html_deplie()
    if style == "frise":  # a projects portal: a stepper widget above each steps table
        from tests.generators.frise_page import plan_html_frise

        return plan_html_frise()
    if style == "carte":  # a projects page: a locator-map widget after each fiche's fields
        from tests.generators.carte_page import plan_html_carte

        return plan_html_carte()
    if style == "numerote":  # a MediaWiki page whose headings the wiki numbers itself
        from tests.generators.numerote_page import plan_html_numerote

        return plan_html_numerote()
    if style == "opendata":  # steps as data-preview widgets, a type under each label
        from tests.generators.opendata_page import plan_html_opendata

        return plan_html_opendata()
    if style == "tinycard":  # a Bootstrap card per fiche, its steps in 7 px type
        from tests.generators.tinycard_page import plan_html_tinycard

        return plan_html_tinycard()
    if style == "newsletter":  # an e-mail newsletter, steps as one-row table modules
        from tests.generators.newsletter_page import plan_html_newsletter

        return plan_html_newsletter()
    if style == "dsfr":  # DSFR page, owners and partners as tag chips
        from tests.generators.dsfr_page import plan_html_dsfr

        return plan_html_dsfr()
    if style == "blankhead":  # Markdown tables with an empty header row, labels below
        from tests.generators.blankhead_page import plan_html_blankhead

        return plan_html_blankhead()
    if style == "nbsprows":  # TinyMCE tables, an empty row after every step
        from tests.generators.nbsprows_page import plan_html_nbsprows

        return plan_html_nbsprows()
    if style == "inlabel":  # a grey inline column label before every steps value
        from tests.generators.inlabel_page import plan_html_inlabel

        return plan_html_inlabel()
    if style == "disclose":  # every description cell an open <details>
        from tests.generators.disclose_page import plan_html_disclose

        return plan_html_disclose()
    out = [
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>PCAET Grand Auch Cœur de Gascogne</title>",
        f"<style>{css}</style>",
        "</head><body>",
    ]
    if cards:
        out.append("<header class='site'>Grand Auch Cœur de Gascogne · Plan Climat</header>")
    if style == "sidebar":  # site navigation, fixed: Chromium prints it on every page
        out.append("<nav class='site'>")
        out.append(f"<p class='brand'>{_h(_SIDEBAR_NAV[0])}</p>")
        out += [f"<p>{_h(item)}</p>" for item in _SIDEBAR_NAV[1:]]
        out.append("</nav><main>")
    in_card = False

    def close_card() -> None:
        nonlocal in_card
        if in_card:
            out.append("</div>" if cards else "")
            in_card = False

    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            out.append(f"<h1>{_h(block.lines[0])}</h1>")
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines[1:]]
        elif kind == "objective":
            close_card()
            out += [f"<h2>{_h(line)}</h2>" for line in block.lines]
        elif kind == "section":
            if block.lines[0] == IMPL_TITLE:
                out.append(f"<h4>{_h(block.lines[0])}</h4>")
            else:
                out.append(f"<h2>{_h(block.lines[0])}</h2>")
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines]
        elif kind == "summary":
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "summary_table":
            out.append("<table class='summary'>")
            out += [f"<tr><td>{_h(a)}</td><td>{_h(b)}</td></tr>" for a, b in block.rows]
            out.append("</table>")
        elif kind == "fiche":
            close_card()
            if cards:
                out.append("<div class='card'>")
                out.append("<h3>" + "<br>".join(_h(ln) for ln in block.lines) + "</h3>")
            else:
                out += [f"<h3>{_h(ln)}</h3>" for ln in block.lines]
            in_card = True
        elif kind == "fields":
            if plain:
                out.append("<table class='kv'>")
                for label, value in block.fields:
                    out.append(f"<tr><th>{_h(label)}</th><td>{_cell_html(value)}</td></tr>")
                out.append("</table>")
            elif style == "rowspan":  # bold « Label : » then the value on the same line
                for label, value in block.fields:
                    parts = _paragraphs(value) or [""]
                    out.append(f"<p class='field'><b>{_h(label)} :</b> {_h(parts[0])}</p>")
                    out += [f"<p class='more'>{_h(p)}</p>" for p in parts[1:]]
            elif style == "cssgrid":
                out.append("<dl class='fields'>")
                for label, value in block.fields:
                    out.append(f"<dt>{_h(label)}</dt>")
                    out.append("<dd>" + "".join(f"<p>{_h(p)}</p>" for p in _paragraphs(value)))
                    out.append("</dd>")
                out.append("</dl>")
            elif style == "sidebar":  # bold labels over paragraphs, in two text columns
                out.append("<div class='fields'>")
                for label, value in block.fields:
                    out.append(f"<b>{_h(label)}</b>")
                    out += [f"<p>{_h(p)}</p>" for p in _paragraphs(value)]
                out.append("</div>")
            elif cards:
                out.append("<div class='kv'>")
                for label, value in block.fields:
                    out.append(f"<div class='k'>{_h(label)}</div>")
                    out.append(f"<div class='v'>{_cell_html(value)}</div>")
                out.append("</div>")
            else:
                for label, value in block.fields:
                    out.append(f"<div class='field'><b>{_h(label)} :</b>")
                    out += [f"<p>{_h(p)}</p>" for p in _paragraphs(value)]
                    out.append("</div>")
        elif kind == "impl" and style == "cssgrid":
            out += _plan_cssgrid_impl(block.header, block.rows)
        elif kind == "impl" and style == "rowspan":
            out += _plan_rowspan_impl(block.header, block.rows)
        elif kind == "impl":
            budget = block.header.index("Ressources à mobiliser")
            planning = block.header.index("Planification")
            description = block.header.index("Descriptif")
            thead = cards or style in ("sidebar", "boxes")
            if style == "sidebar":  # header labels on two lines
                head = "".join(
                    f"<th>{'<br>'.join(map(_h, h.split(' ', 1)))}</th>" for h in block.header
                )
            else:
                head = "".join(f"<th>{_h(h)}</th>" for h in block.header)
            out.append("<table class='steps'>")
            # cards: <thead> (Chromium repeats it on each page); zebra: plain first row
            out.append(f"<thead><tr>{head}</tr></thead><tbody>" if thead else f"<tr>{head}</tr>")
            for row in block.rows:
                cells = []
                for c, value in enumerate(row):
                    num = c == budget and style in ("zebra", "stripes", "sidebar")
                    cls = " class='num'" if num else ""
                    if style == "boxes" and c in (planning, budget):
                        cls = " class='mid'"
                    elif style == "boxes" and c == description:
                        cls = " class='just'"
                    cells.append(f"<td{cls}>{_cell_html(value)}</td>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</tbody></table>" if thead else "</table>")
    close_card()
    out.append("</main></body></html>" if style == "sidebar" else "</body></html>")
    return "\n".join(out)


def _plan_bootstrap(css: str) -> str:
    """A Bootstrap-like page: a navbar, one ``.card`` per fiche (heading in ``.card-header``),
    fields as ``.row`` of ``.col-3`` muted labels and ``.col-9`` values (flex boxes, no
    table), steps as ``table.table.table-striped.table-sm`` with a dark ``<thead>``. The
    title is the one Chromium prints in its page header."""
    out = [
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>Grand Auch Cœur de Gascogne — Plan Climat Air Énergie Territorial</title>",
        f"<style>{css}</style>",
        "</head><body>",
        "<nav class='navbar'><span class='navbar-brand'>Grand Auch Cœur de Gascogne</span>"
        "</nav><div class='container'>",
    ]
    in_card = False

    def close_card() -> None:
        nonlocal in_card
        if in_card:
            out.append("</div></div>")
            in_card = False

    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            close_card()
            out.append(f"<h1>{_h(block.lines[0])}</h1>")
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines[1:]]
        elif kind == "objective":
            close_card()
            out += [f"<h2>{_h(line)}</h2>" for line in block.lines]
        elif kind == "section":
            tag = "h6" if block.lines[0] == IMPL_TITLE else "h2"
            out.append(f"<{tag}>{_h(block.lines[0])}</{tag}>")
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines]
        elif kind == "summary":
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "summary_table":
            out.append("<table class='summary'>")
            out += [f"<tr><td>{_h(a)}</td><td>{_h(b)}</td></tr>" for a, b in block.rows]
            out.append("</table>")
        elif kind == "fiche":
            close_card()
            heading = "<br>".join(_h(ln) for ln in block.lines)
            out.append(f"<div class='card'><div class='card-header'><h5>{heading}</h5></div>")
            out.append("<div class='card-body'>")
            in_card = True
        elif kind == "fields":
            for label, value in block.fields:
                out.append(
                    f"<div class='row'><div class='col-3 small text-muted'>{_h(label)}</div>"
                    f"<div class='col-9'>{_cell_html(value)}</div></div>"
                )
        elif kind == "impl":
            head = "".join(f"<th scope='col'>{_h(h)}</th>" for h in block.header)
            out.append("<table class='table table-striped table-sm'>")
            out.append(f"<thead class='table-dark'><tr>{head}</tr></thead><tbody>")
            for row in block.rows:
                out.append("<tr>" + "".join(f"<td>{_cell_html(v)}</td>" for v in row) + "</tr>")
            out.append("</tbody></table>")
    close_card()
    out.append("</div></body></html>")
    return "\n".join(out)


_DETAILS_CSS = """
@page { size: A4; margin: 2cm; }
body { font-family: 'DejaVu Serif', serif; font-size: 10pt; color: #1a1a1a; }
h1 { font-size: 15pt; } h2 { font-size: 12pt; } h3 { font-size: 11pt; margin: 18px 0 6px; }
.fields { display: table; width: 100%; border-collapse: collapse; margin: 4px 0 10px; }
.fields .tr { display: table-row; }
.fields .k { display: table-cell; position: sticky; left: 0; width: 9.5em; background: #eef2f7;
             border-right: 1px solid #8a9bb0; padding: 3px 8px; vertical-align: top;
             font-weight: bold; }
.fields .v { display: table-cell; padding: 3px 8px; vertical-align: top; }
.fields .v p, .steps p { margin: 0 0 2px; }
details { margin: 6px 0 14px; }
summary { font-weight: bold; font-size: 10.5pt; color: #2b4a6f; margin-bottom: 4px; }
.steps { display: table; width: 100%; border-collapse: collapse; font-size: 8.5pt; }
.steps .thead { display: table-header-group; }
.steps .tbody { display: table-row-group; }
.steps .tr { display: table-row; }
.steps .th { display: table-cell; font-weight: bold; padding: 3px 4px;
             border-bottom: 3px double #333; vertical-align: bottom; }
.steps .td { display: table-cell; padding: 3px 4px; border-bottom: 1px dashed #999;
             vertical-align: top; }
.steps .num { text-align: right; }
table.summary td { padding: 2px 6px; }
"""


def _plan_details() -> str:
    """Fields and steps as CSS ``display: table`` ``<div>`` (no ``<table>``); the steps inside
    ``<details open>`` whose ``<summary>`` is the « Modalités de mise en oeuvre » heading."""
    out = [
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>PCAET Grand Auch Cœur de Gascogne</title>",
        f"<style>{_DETAILS_CSS}</style>",
        "</head><body>",
    ]
    in_details = False
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            out.append(f"<h1>{_h(block.lines[0])}</h1>")
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines[1:]]
        elif kind == "objective":
            out += [f"<h2>{_h(line)}</h2>" for line in block.lines]
        elif kind == "section":
            if block.lines[0] == IMPL_TITLE:
                out.append(f"<details open><summary>{_h(block.lines[0])}</summary>")
                in_details = True
            else:
                out.append(f"<h2>{_h(block.lines[0])}</h2>")
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines]
        elif kind == "summary":
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "summary_table":
            out.append("<table class='summary'>")
            out += [f"<tr><td>{_h(a)}</td><td>{_h(b)}</td></tr>" for a, b in block.rows]
            out.append("</table>")
        elif kind == "fiche":
            out += [f"<h3>{_h(ln)}</h3>" for ln in block.lines]
        elif kind == "fields":
            out.append("<div class='fields'>")
            for label, value in block.fields:
                out.append(
                    f"<div class='tr'><div class='k'>{_h(label)}</div>"
                    f"<div class='v'>{_cell_html(value)}</div></div>"
                )
            out.append("</div>")
        elif kind == "impl":
            if not in_details:
                out.append(f"<details open><summary>{_h(IMPL_TITLE)}</summary>")
            budget = block.header.index("Ressources à mobiliser")
            out.append("<div class='steps'><div class='thead'><div class='tr'>")
            out += [f"<div class='th'>{_h(h)}</div>" for h in block.header]
            out.append("</div></div><div class='tbody'>")
            for row in block.rows:
                cells = [
                    f"<div class='{'td num' if c == budget else 'td'}'>{_cell_html(v)}</div>"
                    for c, v in enumerate(row)
                ]
                out.append("<div class='tr'>" + "".join(cells) + "</div>")
            out.append("</div></div></details>")
            in_details = False
    if in_details:
        out.append("</details>")
    out.append("</body></html>")
    return "\n".join(out)


_CAPTION_CSS = """
@page { size: A4 landscape; margin: 12mm 14mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; color: #1b1b1b; }
h1 { font-size: 15pt; } h2 { font-size: 11.5pt; } h3 { font-size: 10.5pt; margin: 16px 0 6px; }
dl.fields { column-count: 2; column-gap: 2em; margin: 4px 0 10px; }
dl.fields dt { font-weight: bold; break-after: avoid; margin-top: 4px; }
dl.fields dd { margin: 0 0 4px 1em; } dl.fields dd p { margin: 0 0 2px; }
table.steps { border-collapse: collapse; width: 100%; margin: 4px 0 14px; }
table.steps caption { caption-side: top; text-align: left; font-weight: bold;
                      color: #23466e; padding: 0 0 4px; }
table.steps th { background: #dbe8f6; text-align: left; padding: 3px 5px;
                 border-bottom: 1px solid #8aa4c2; }
table.steps td { padding: 3px 5px; border-bottom: 0.5px solid #b9b9b9; vertical-align: top; }
table.steps ul { margin: 0; padding-left: 1.2em; } table.steps li { margin: 0 0 2px; }
table.steps td p { margin: 0 0 2px; }
table.summary td { padding: 2px 6px; }
"""


def _plan_caption() -> str:
    """Steps as a ``<table>`` with a ``<caption>`` and ``<colgroup>`` widths, description cells
    as bulleted lists; fields as a ``<dl>`` in two CSS columns (ninth held-out set)."""
    out = [
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>PCAET Grand Auch Cœur de Gascogne</title>",
        f"<style>{_CAPTION_CSS}</style>",
        "</head><body>",
    ]
    code = ""
    widths = ("9%", "40%", "11%", "13%", "12%", "15%")
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            out.append(f"<h1>{_h(block.lines[0])}</h1>")
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines[1:]]
        elif kind == "objective":
            out += [f"<h2>{_h(line)}</h2>" for line in block.lines]
        elif kind == "section":
            if block.lines[0] != IMPL_TITLE:  # the steps table's caption says it
                out.append(f"<h2>{_h(block.lines[0])}</h2>")
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines]
        elif kind == "summary":
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "summary_table":
            out.append("<table class='summary'>")
            out += [f"<tr><td>{_h(a)}</td><td>{_h(b)}</td></tr>" for a, b in block.rows]
            out.append("</table>")
        elif kind == "fiche":
            code = block.lines[0].split(" Objectif")[0]
            out += [f"<h3>{_h(ln)}</h3>" for ln in block.lines]
        elif kind == "fields":
            out.append("<dl class='fields'>")
            for label, value in block.fields:
                out.append(f"<dt>{_h(label)}</dt><dd>{_cell_html(value)}</dd>")
            out.append("</dl>")
        elif kind == "impl":
            description = block.header.index("Descriptif")
            out.append("<table class='steps'>")
            out.append(f"<caption>{_h(IMPL_TITLE)} — {_h(code)}</caption>")
            out.append("<colgroup>" + "".join(f"<col style='width:{w}'>" for w in widths))
            out.append("</colgroup><thead><tr>")
            out += [f"<th>{_h(h)}</th>" for h in block.header]
            out.append("</tr></thead><tbody>")
            for row in block.rows:
                cells = []
                for c, v in enumerate(row):
                    if c == description and v.strip():
                        items = "".join(f"<li>{_h(p)}</li>" for p in _paragraphs(v))
                        cells.append(f"<td><ul>{items}</ul></td>")
                    else:
                        cells.append(f"<td>{_cell_html(v)}</td>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out)


_STACKED_CSS = """
@page { size: A4; margin: 15mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #1e1e1e; margin: 0; }
h1 { font-size: 15pt; color: #2d5a27; } h2 { font-size: 11.5pt; color: #2d5a27; }
h3 { font-size: 10.5pt; border-left: 4px solid #3c8c3c; padding-left: 8px; margin: 18px 0 8px; }
h4 { font-size: 9.5pt; margin: 10px 0 6px; }
table { border-collapse: collapse; width: 100%; }
td p { margin: 0 0 2px; }
table.summary td { padding: 2px 6px; }
@media (max-width: 767px) {
  table.steps thead { display: none; }
  table.steps, table.steps tbody, table.steps tr, table.steps td { display: block; width: auto; }
  table.steps tr { border: 1px solid #b5b5b5; border-radius: 3px; margin: 0 0 8px; }
  table.steps td { position: relative; padding: 3px 6px 3px 40%; min-height: 1.2em;
                   border-bottom: 1px dotted #d0d0d0; }
  table.steps td:last-child { border-bottom: none; }
  table.steps td::before { content: attr(data-label); position: absolute; left: 6px;
                           top: 3px; width: 36%; font-weight: bold; }
  table.fields, table.fields tbody, table.fields tr, table.fields th, table.fields td {
    display: block; width: auto; }
  table.fields th { text-align: left; font-weight: bold; padding: 4px 0 1px; }
  table.fields td { padding: 0 0 4px; border-bottom: 1px solid #cccccc; }
}
"""


def _nnbsp_amount(value: str) -> str:
    """Digit groups separated by a space (« 50 000 ») joined by a narrow no-break space
    (U+202F), as ``Intl.NumberFormat('fr-FR')`` writes them; other text unchanged."""
    import re

    return re.sub(r"(?<=\d) (?=\d{3}\b)", "\u202f", value)


def _plan_stacked() -> str:
    """A responsive page printed at A4 width: its « mobile » rule stacks the steps table (one
    box per step, each cell a line labelled by ``td::before``) and the fields table (tenth
    held-out set)."""
    out = [
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        "<title>PCAET Grand Auch Cœur de Gascogne</title>",
        f"<style>{_STACKED_CSS}</style>",
        "</head><body>",
    ]
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            out.append(f"<h1>{_h(block.lines[0])}</h1>")
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines[1:]]
        elif kind == "objective":
            out += [f"<h2>{_h(line)}</h2>" for line in block.lines]
        elif kind == "section":
            tag = "h4" if block.lines[0] == IMPL_TITLE else "h2"
            out.append(f"<{tag}>{_h(block.lines[0])}</{tag}>")
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines]
        elif kind == "summary":
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "summary_table":
            out.append("<table class='summary'>")
            out += [f"<tr><td>{_h(a)}</td><td>{_h(b)}</td></tr>" for a, b in block.rows]
            out.append("</table>")
        elif kind == "fiche":
            out += [f"<h3>{_h(ln)}</h3>" for ln in block.lines]
        elif kind == "fields":
            out.append("<table class='fields'><tbody>")
            for label, value in block.fields:
                out.append(f"<tr><th scope='row'>{_h(label)}</th><td>{_cell_html(value)}</td></tr>")
            out.append("</tbody></table>")
        elif kind == "impl":
            budget = block.header.index("Ressources à mobiliser")
            out.append("<table class='steps'><thead><tr>")
            out += [f"<th>{_h(h)}</th>" for h in block.header]
            out.append("</tr></thead><tbody>")
            for row in block.rows:
                cells = [
                    f"<td data-label='{html.escape(block.header[c], quote=True)}'>"
                    f"{_nnbsp_amount(_cell_html(v)) if c == budget else _cell_html(v)}</td>"
                    for c, v in enumerate(row)
                ]
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out)


_TRANSPOSED_CSS = """
@page { size: A4 landscape; margin: 12mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.5pt; color: #222;
       margin: 0; }
h1 { font-size: 15pt; color: #385623; } h2 { font-size: 11pt; color: #2E74B5; }
h3 { font-size: 11.5pt; color: #1F4E79; border-bottom: 2px solid #1F4E79; padding-bottom: 3px;
     margin: 0 0 8px; }
h3.first { break-before: page; }
h3.first + h3 { margin-top: -4px; }
h4 { font-size: 9.5pt; color: #2E74B5; margin: 10px 0 5px; }
p { margin: 0 0 3px; }
.field { margin: 0 0 6px; }
.badge { display: inline-block; background: #2e74b5; color: #fff; font-weight: bold;
         font-size: 7.5pt; padding: 1px 6px; border-radius: 3px; margin: 0 0 2px; }
table.summary td { padding: 2px 6px; }
table.steps { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.steps th, table.steps td { border: 1px solid #999999; padding: 3px 4px; text-align: left;
                                 vertical-align: top; }
table.steps th[scope=row] { width: 3.2cm; background: #eeeeee; font-weight: bold; }
table.steps thead th[scope=col] { background: #dce9f5; font-weight: bold; }
"""


def _plan_transposed() -> str:
    """The steps table turned a quarter: one column per step, the six header labels as row
    headers, « Etape » as the first (head) row (eleventh held-out set); fields under label
    badges; A4 landscape, each fiche on a new page."""
    out = [
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>PCAET Grand Auch Cœur de Gascogne</title>",
        f"<style>{_TRANSPOSED_CSS}</style>",
        "</head><body>",
    ]
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            out.append(f"<h1>{_h(block.lines[0])}</h1>")
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines[1:]]
        elif kind == "objective":
            out += [f"<h2>{_h(line)}</h2>" for line in block.lines]
        elif kind == "section":
            tag = "h4" if block.lines[0] == IMPL_TITLE else "h2"
            out.append(f"<{tag}>{_h(block.lines[0])}</{tag}>")
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines]
        elif kind == "summary":
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "summary_table":
            out.append("<table class='summary'>")
            out += [f"<tr><td>{_h(a)}</td><td>{_h(b)}</td></tr>" for a, b in block.rows]
            out.append("</table>")
        elif kind == "fiche":
            out += [
                f"<h3{' class=first' if n == 0 else ''}>{_h(ln)}</h3>"
                for n, ln in enumerate(block.lines)
            ]
        elif kind == "fields":
            for label, value in block.fields:
                parts = _paragraphs(value)
                body = "".join(f"<p>{_h(part)}</p>" for part in parts)
                out.append(f"<div class='field'><span class='badge'>{_h(label)}</span>{body}</div>")
        elif kind == "impl":
            head, *others = block.header
            out.append("<table class='steps'><thead><tr>")
            out.append(f"<th scope='row'>{_h(head)}</th>")
            out += [f"<th scope='col'>{_cell_html(row[0])}</th>" for row in block.rows]
            out.append("</tr></thead><tbody>")
            for c, label in enumerate(others, start=1):
                cells = "".join(f"<td>{_cell_html(row[c])}</td>" for row in block.rows)
                out.append(f"<tr><th scope='row'>{_h(label)}</th>{cells}</tr>")
            out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out)


_DLSTEPS_CSS = """
@page { size: A4; margin: 18mm; }
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10pt; color: #222;
       margin: 0; }
h1 { font-size: 15pt; color: #385623; } h2.axis { font-size: 11pt; color: #2E74B5; }
h2.fiche { font-size: 12pt; font-weight: bold; color: #fff; background: #7B2D26;
           padding: 3px 6px; margin: 14px 0 0; }
h2.fiche + h2.fiche { margin-top: 0; }
h3 { font-size: 11pt; border-bottom: 1px solid #7B2D26; padding-bottom: 2px; margin: 12px 0 6px; }
h4 { font-size: 10pt; font-weight: bold; color: #7B2D26; margin: 8px 0 2px; }
p { margin: 0 0 3px; }
table.summary td { padding: 2px 6px; }
article.step { break-inside: avoid; border-bottom: 1px solid #dddddd; padding: 4px 0 5px;
               margin: 0 0 4px; }
article.step h5 { font-size: 10pt; font-weight: bold; border-left: 3px solid #c9a227;
                  padding-left: 6px; margin: 0 0 3px; }
article.step dl { display: grid; grid-template-columns: 4.2cm 1fr; margin: 0; }
article.step dt { font-weight: bold; font-size: 8.5pt; color: #555555; text-align: left;
                  padding: 1px 0; }
article.step dd { margin: 0; padding: 1px 0; }
"""


def _plan_dlsteps() -> str:
    """No steps table (twelfth held-out set): each step an ``<article>`` whose ``<h5>`` is
    the step name, then a ``<dl>`` grid of the five other labelled cells; the « Etape »
    label is never printed. Fields as ``<h4>`` labels over paragraphs; A4 portrait."""
    out = [
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>PCAET Grand Auch Cœur de Gascogne</title>",
        f"<style>{_DLSTEPS_CSS}</style>",
        "</head><body>",
    ]
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            out.append(f"<h1>{_h(block.lines[0])}</h1>")
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines[1:]]
        elif kind == "objective":
            out += [f"<h2 class='axis'>{_h(line)}</h2>" for line in block.lines]
        elif kind == "section":
            if block.lines[0] == IMPL_TITLE:
                out.append(f"<h3>{_h(block.lines[0])}</h3>")
            else:
                out.append(f"<h2 class='axis'>{_h(block.lines[0])}</h2>")
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines]
        elif kind == "summary":
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "summary_table":
            out.append("<table class='summary'>")
            out += [f"<tr><td>{_h(a)}</td><td>{_h(b)}</td></tr>" for a, b in block.rows]
            out.append("</table>")
        elif kind == "fiche":
            out += [f"<h2 class='fiche'>{_h(line)}</h2>" for line in block.lines]
        elif kind == "fields":
            for label, value in block.fields:
                out.append(f"<h4>{_h(label)}</h4>")
                out += [f"<p>{_h(part)}</p>" for part in _paragraphs(value)]
        elif kind == "impl":
            _head, *others = block.header
            for row in block.rows:
                out.append(f"<article class='step'><h5>{_cell_html(row[0])}</h5><dl>")
                for label, value in zip(others, row[1:], strict=True):
                    body = "".join(f"<p>{_h(part)}</p>" for part in _paragraphs(value))
                    out.append(f"<dt>{_h(label)}</dt><dd>{body}</dd>")
                out.append("</dl></article>")
    out.append("</body></html>")
    return "\n".join(out)


_CARDGRID_CSS = """
@page { size: A4; margin: 15mm; }
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 9.5pt;
       color: #1f2a2a; margin: 0; }
h1 { font-size: 15pt; color: #385623; } h2 { font-size: 11pt; color: #2E74B5; }
h3 { font-size: 12pt; font-weight: bold; color: #0F5257; margin: 16px 0 6px; }
h3 + h3 { margin-top: -2px; }
h4 { font-size: 10.5pt; font-weight: bold; margin: 10px 0 6px; }
p { margin: 0 0 3px; }
table.summary td { padding: 2px 6px; }
table.kv { border-collapse: collapse; width: 100%; margin: 0 0 6px; }
table.kv th, table.kv td { border: 1px solid #d5dede; padding: 3px 6px; vertical-align: top;
                           text-align: left; }
table.kv th { width: 4cm; background: #eef5f5; font-weight: bold; }
.steps { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; margin: 0 0 8px; }
section.step { break-inside: avoid; border: 1px solid #9fbfbf; border-radius: 4px;
               overflow: hidden; }
section.step header { background: #0f5257; color: #fff; padding: 3px 6px 4px; }
section.step header small { display: block; font-size: 7pt; color: #cfe3e3; }
section.step header b { font-size: 9pt; }
section.step .body { padding: 4px 6px 5px; font-size: 8.5pt; }
section.step .lab { font-weight: bold; font-size: 7.5pt; color: #0f5257; margin: 0 0 1px; }
section.step .pairs { display: grid; grid-template-columns: 1fr 1fr; column-gap: 6px;
                      row-gap: 3px; border-top: 1px solid #d9e6e6; margin-top: 4px;
                      padding-top: 3px; }
"""


def _plan_cardgrid() -> str:
    """No steps table (thirteenth held-out set): each step a card, two cards per row in a CSS
    grid; a card is a band (« Etape » kicker over the step name), « Descriptif » over the
    description, then the four other cells as label-over-value pairs, two per line. Fields
    as a ruled ``<table>`` of labels beside values; A4 portrait, fiches flowing."""

    def impl(block: Block) -> list[str]:
        cells = [dict(zip(block.header, row, strict=True)) for row in block.rows]
        step, description, *pairs = block.header
        out = ["<div class='steps'>"]
        for card in cells:
            out.append(
                f"<section class='step'><header><small>{_h(step)}</small>"
                f"<b>{_h(' '.join(_paragraphs(card[step])))}</b></header><div class='body'>"
                f"<p class='lab'>{_h(description)}</p>"
            )
            out += [f"<p>{_h(part)}</p>" for part in _paragraphs(card[description])]
            out.append("<div class='pairs'>")
            for label in pairs:
                body = "".join(f"<p>{_h(part)}</p>" for part in _paragraphs(card[label]))
                out.append(f"<div><p class='lab'>{_h(label)}</p>{body}</div>")
            out.append("</div></div></section>")
        out.append("</div>")
        return out

    return _flowing_page(_CARDGRID_CSS, _kv_fields, impl)


def _th_label(label: str) -> str:
    return f"<th>{_h(label)}</th>"


def _p_paragraphs(value: str) -> str:
    return "".join(f"<p>{_h(part)}</p>" for part in _paragraphs(value))


def th_fields(
    block: Block,
    table_open: str = "<table class='kv'>",
    table_close: str = "</table>",
    th: Callable[[str], str] = _th_label,
    td: Callable[[str], str] = _p_paragraphs,
) -> list[str]:
    """The fields between ``table_open`` and ``table_close``: a ``<tr>`` a field, its label
    cell ``th(label)`` beside a ``<td>`` of ``td(value)`` (the value's paragraphs)."""
    out = [table_open]
    for label, value in block.fields:
        out.append(f"<tr>{th(label)}<td>{td(value)}</td></tr>")
    out.append(table_close)
    return out


def _kv_fields(block: Block) -> list[str]:
    """The fields as a ``<table>`` of ``<th>`` labels beside their values."""
    return th_fields(block)


def _flowing_page(
    css: str,
    fields: Callable[[Block], list[str]],
    impl: Callable[[Block], list[str]],
    impl_heading: bool = True,
) -> str:
    """The seed as one flowing page: axes ``<h1>``, objectives ``<h2>``, fiche headings
    ``<h3>``, « Modalités de mise en oeuvre » an ``<h4>`` (left to ``impl`` when not
    ``impl_heading``); ``fields`` and ``impl`` write the fields and the steps of a layout."""
    out = [
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>PCAET Grand Auch Cœur de Gascogne</title>",
        f"<style>{css}</style>",
        "</head><body>",
    ]
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            out.append(f"<h1>{_h(block.lines[0])}</h1>")
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines[1:]]
        elif kind == "objective":
            out += [f"<h2>{_h(line)}</h2>" for line in block.lines]
        elif kind == "section":
            if block.lines[0] == IMPL_TITLE and not impl_heading:
                continue
            tag = "h4" if block.lines[0] == IMPL_TITLE else "h2"
            out.append(f"<{tag}>{_h(block.lines[0])}</{tag}>")
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines]
        elif kind == "summary":
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "summary_table":
            out.append("<table class='summary'>")
            out += [f"<tr><td>{_h(a)}</td><td>{_h(b)}</td></tr>" for a, b in block.rows]
            out.append("</table>")
        elif kind == "fiche":
            out += [f"<h3>{_h(line)}</h3>" for line in block.lines]
        elif kind == "fields":
            out += fields(block)
        elif kind == "impl":
            out += impl(block)
    out.append("</body></html>")
    return "\n".join(out)


_ACTORS_CSS = """
@page { size: A4; margin: 14mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; color: #222;
       margin: 0; }
h1 { font-size: 15pt; color: #385623; } h2 { font-size: 11pt; color: #2E74B5; }
h3 { font-size: 12.5pt; font-weight: bold; color: #8B1E3F; margin: 16px 0 6px; }
h3 + h3 { margin-top: -2px; }
h4 { font-size: 10pt; font-weight: bold; margin: 10px 0 5px; }
p { margin: 0 0 3px; }
table.summary td { padding: 2px 6px; }
table.kv { border-collapse: collapse; width: 100%; margin: 0 0 6px; }
table.kv th, table.kv td { border-bottom: 1px solid #e0e0e0; padding: 3px 6px 3px 0;
                           vertical-align: top; text-align: left; }
table.kv th { width: 4.2cm; color: #8B1E3F; font-weight: bold; }
table.steps { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 0 0 10px; }
table.steps th { text-align: left; vertical-align: bottom; font-weight: bold; padding: 3px 4px;
                 background: #f3e5ea; border-bottom: 1.5px solid #8B1E3F; }
table.steps td { text-align: left; vertical-align: top; padding: 3px 4px;
                 border-bottom: 1px solid #c9c9c9; }
table.steps td p { margin: 0 0 2px; }
table.steps .who { font-weight: bold; font-size: 8pt; color: #8B1E3F; }
"""

_ACTORS = ("Porteur", "Partenaires envisagés")


def _plan_actors() -> str:
    """The steps as a five-column ``<table>`` whose last « Acteurs » cell holds the owner and
    the partners as two « Label : value » paragraphs (fourteenth held-out set); fields as a
    ``<table>`` of labels beside values; A4 portrait, fiches flowing."""

    def impl(block: Block) -> list[str]:
        actors = [block.header.index(label) for label in _ACTORS]
        cols = [c for c in range(len(block.header)) if c not in actors]
        out = ["<table class='steps'><colgroup>"]
        out += [f"<col style='width:{w}%'>" for w in (17, 39, 10, 12, 22)]
        out.append("</colgroup><thead><tr>")
        out += [f"<th>{_h(block.header[c])}</th>" for c in cols]
        out.append("<th>Acteurs</th></tr></thead><tbody>")
        for row in block.rows:
            cells = [f"<td>{_cell_html(row[c])}</td>" for c in cols]
            who = "".join(
                f"<p><span class='who'>{_h(label)} :</span> {_h(' '.join(_paragraphs(row[c])))}</p>"
                for label, c in zip(_ACTORS, actors, strict=True)
            )
            out.append("<tr>" + "".join(cells) + f"<td>{who}</td></tr>")
        out.append("</tbody></table>")
        return out

    return _flowing_page(_ACTORS_CSS, _kv_fields, impl)


_TIMELINE_CSS = """
@page { size: A4; margin: 16mm; }
body { font-family: 'Liberation Sans Narrow', 'Arial Narrow', sans-serif; font-size: 9.5pt;
       color: #222; margin: 0; }
h1 { font-size: 15pt; color: #385623; } h2 { font-size: 11pt; color: #2E74B5; }
h3 { font-size: 12.5pt; font-weight: bold; color: #2D5F2E; margin: 16px 0 6px; }
h3 + h3 { margin-top: -2px; }
h4 { font-size: 10pt; font-weight: bold; margin: 10px 0 6px; }
h5 { font-size: 8pt; font-weight: bold; color: #2D5F2E; text-transform: uppercase;
     letter-spacing: 0.4pt; margin: 7px 0 1px; }
p { margin: 0 0 3px; }
table.summary td { padding: 2px 6px; }
ol.timeline { list-style: none; margin: 0 0 10px; padding: 0; }
ol.timeline li { display: grid; grid-template-columns: 2.4cm 1fr; break-inside: avoid; }
ol.timeline .when { font-weight: bold; font-size: 9pt; color: #2D5F2E; text-align: right;
                    padding: 1px 4mm 0 0; }
ol.timeline .what { position: relative; border-left: 2px solid #9CC29D;
                    padding: 0 0 8px 5mm; }
ol.timeline .what::before { content: ''; position: absolute; left: -5px; top: 3px;
                            width: 8px; height: 8px; border-radius: 50%;
                            background: #2D5F2E; }
ol.timeline .name { font-weight: bold; font-size: 9.5pt; margin: 0 0 2px; }
ol.timeline .text { font-size: 8.5pt; }
ol.timeline .meta { font-size: 8pt; color: #555555; margin: 2px 0 0; }
"""

_TIMELINE_META = ("Ressources à mobiliser", "Porteur", "Partenaires envisagés")


def _plan_timeline() -> str:
    """No steps table (fifteenth held-out set): the steps as a vertical timeline, the
    planning value alone (unlabelled) left of the line, the step name, the description and a
    « Label : value · … » line of the other cells right of it, empty pairs left out. Fields as
    capitalised ``<h5>`` labels over paragraphs; A4 portrait, fiches flowing."""

    def fields(block: Block) -> list[str]:
        out = []
        for label, value in block.fields:
            out.append(f"<h5>{_h(label)}</h5>")
            out += [f"<p>{_h(part)}</p>" for part in _paragraphs(value)]
        return out

    def impl(block: Block) -> list[str]:
        out = ["<ol class='timeline'>"]
        for row in block.rows:
            cells = dict(zip(block.header, row, strict=True))
            pairs = [
                f"<b>{_h(label)} :</b> {_h(' '.join(_paragraphs(cells[label])))}"
                for label in _TIMELINE_META
                if _paragraphs(cells[label])
            ]
            out.append(
                f"<li><div class='when'>{_cell_html(cells['Planification'])}</div>"
                f"<div class='what'><p class='name'>{_cell_html(cells['Etape'])}</p>"
            )
            out += [f"<p class='text'>{_h(part)}</p>" for part in _paragraphs(cells["Descriptif"])]
            if pairs:
                out.append(f"<p class='meta'>{' · '.join(pairs)}</p>")
            out.append("</div></li>")
        out.append("</ol>")
        return out

    return _flowing_page(_TIMELINE_CSS, fields, impl)


_ASIDE_CSS = """
@page { size: A4 landscape; margin: 12mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #222; margin: 0; }
h1 { font-size: 14pt; color: #385623; } h2 { font-size: 11pt; color: #2E74B5; }
h3 { font-size: 12pt; font-weight: bold; color: #34495E; margin: 0 0 6px; }
h3:not(h3 + h3) { break-before: page; }
h4 { font-size: 10pt; font-weight: bold; color: #34495E; margin: 0 0 5px; }
p { margin: 0 0 3px; }
table.summary td { padding: 2px 6px; }
.fiche { display: grid; grid-template-columns: 8.5cm 1fr; column-gap: 7mm;
         align-items: start; margin: 4px 0 10px; }
.fiche aside { background: #F1F3F5; padding: 3mm; font-size: 8pt; }
.fiche aside .lab { font-weight: bold; font-size: 8pt; color: #34495E; margin: 5px 0 1px; }
.fiche aside .lab:first-child { margin-top: 0; }
table.steps { border-collapse: collapse; width: 100%; font-size: 8pt; }
table.steps th { text-align: left; vertical-align: top; font-weight: bold; color: #fff;
                 background: #34495E; padding: 3px 4px; }
table.steps td { text-align: left; vertical-align: top; padding: 3px 4px;
                 border-bottom: 0.75px solid #B0B7BF; }
table.steps td p { margin: 0 0 2px; }
"""


def _plan_aside() -> str:
    """The fiche as two columns (sixteenth held-out set): the fields (and the bold lines that
    follow them) in a narrow shaded left column, « Modalités de mise en oeuvre » and the
    steps ``<table>`` in the right column, level with the fields; A4 landscape, each fiche on
    a new page."""

    def fields(block: Block) -> list[str]:
        out = ["<div class='fiche'><aside>"]
        for label, value in block.fields:
            out.append(f"<p class='lab'>{_h(label)}</p>")
            out += [f"<p>{_h(part)}</p>" for part in _paragraphs(value)]
        return out  # the aside stays open: the seed's bold lines follow the fields

    def impl(block: Block) -> list[str]:
        out = ["</aside><div class='main'>", f"<h4>{_h(IMPL_TITLE)}</h4>"]
        out.append("<table class='steps'><colgroup>")
        out += [f"<col style='width:{w}%'>" for w in (17, 37, 10, 12, 11, 13)]
        out.append("</colgroup><thead><tr>")
        out += [f"<th>{_h(label)}</th>" for label in block.header]
        out.append("</tr></thead><tbody>")
        for row in block.rows:
            out.append("<tr>" + "".join(f"<td>{_cell_html(c)}</td>" for c in row) + "</tr>")
        out.append("</tbody></table></div></div>")
        return out

    return _flowing_page(_ASIDE_CSS, fields, impl, impl_heading=False)


_METASTRIP_CSS = """
@page { size: A4; margin: 15mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #1E1E1E; margin: 0; }
h1 { font-size: 15pt; color: #000091; } h2 { font-size: 11pt; color: #000091; }
h3 { font-size: 12pt; font-weight: bold; color: #000091; margin: 16px 0 6px; }
h3 + h3 { margin-top: -2px; }
h4 { font-size: 10pt; font-weight: bold; margin: 10px 0 5px; }
p { margin: 0 0 3px; }
table.summary td { padding: 2px 6px; }
.field { border-left: 3px solid #6A6AF4; padding-left: 3mm; margin: 0 0 2mm; }
.field .lab { font-weight: bold; font-size: 8.5pt; color: #000091; margin: 0 0 1px; }
ol.steps { list-style: none; margin: 0 0 10px; padding: 0; counter-reset: step; }
ol.steps > li { counter-increment: step; break-inside: avoid; border: 1px solid #DDDDDD;
                padding: 3mm; margin: 0 0 3mm; }
ol.steps > li::before { content: "Étape " counter(step); display: block; font-weight: bold;
                        font-size: 7.5pt; color: #666666; margin: 0 0 1px; }
ol.steps h5 { font-size: 10pt; font-weight: bold; margin: 0 0 3px; }
ol.steps .text { font-size: 8.5pt; }
.strip { display: grid; grid-template-columns: repeat(4, 1fr); background: #F6F6F6;
         padding: 2mm 0; margin-top: 2mm; }
.strip > div { padding: 0 2mm; }
.strip > div + div { border-left: 1px solid #CECECE; }
.strip .lab { font-weight: bold; font-size: 7.5pt; color: #3A3A3A; margin: 0 0 1px; }
.strip .val { font-size: 8.5pt; margin: 0 0 1px; }
"""

_STRIP = ("Planification", "Ressources à mobiliser", "Porteur", "Partenaires envisagés")


def _plan_metastrip() -> str:
    """No steps table (seventeenth held-out set): each step a bordered list item opened by a
    CSS-generated « Étape k » kicker, its name, its description, then a strip of four
    columns, each a seed label over its value; fields as labels over values beside a left
    border; A4 portrait, fiches flowing."""

    fields = _field_divs

    def impl(block: Block) -> list[str]:
        out = ["<ol class='steps'>"]
        for row in block.rows:
            cells = dict(zip(block.header, row, strict=True))
            out.append(f"<li><h5>{_h(' '.join(_paragraphs(cells['Etape'])))}</h5>")
            out += [f"<p class='text'>{_h(part)}</p>" for part in _paragraphs(cells["Descriptif"])]
            out.append("<div class='strip'>")
            for label in _STRIP:
                values = "".join(f"<p class='val'>{_h(p)}</p>" for p in _paragraphs(cells[label]))
                out.append(f"<div><p class='lab'>{_h(label)}</p>{values}</div>")
            out.append("</div></li>")
        out.append("</ol>")
        return out

    return _flowing_page(_METASTRIP_CSS, fields, impl)


_GDOCS_RUN = (
    'color:#000000;text-decoration:none;vertical-align:baseline;font-family:"Arial";'
    "font-style:normal;"
)
_GDOCS_BORDER = "".join(
    f"border-{side}-style:solid;border-{side}-width:{{w}}pt;border-{side}-color:#000000;"
    for side in ("top", "right", "bottom", "left")
)
_GDOCS_CSS = (
    "ol{margin:0;padding:0}table td,table th{padding:0}"
    f".c1{{{_GDOCS_RUN}font-weight:400;font-size:11pt}}"
    f".c2{{{_GDOCS_RUN}font-weight:700;font-size:11pt}}"
    f".c3{{{_GDOCS_RUN}font-weight:400;font-size:9pt}}"
    f".c4{{{_GDOCS_RUN}font-weight:700;font-size:9pt}}"
    ".c5{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;"
    "text-align:left}"
    ".c6{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;"
    "text-align:left;height:11pt}"
    ".c7{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left}"
    ".c8{border-spacing:0;border-collapse:collapse;margin-right:auto}"
    ".c9{height:0pt}"
    ".c10{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}"
    f".c11{{{_GDOCS_RUN}font-weight:400;font-size:20pt}}"
    f".c12{{{_GDOCS_RUN}font-weight:400;font-size:16pt}}"
    f".c13{{{_GDOCS_RUN}font-weight:400;font-size:14pt;color:#434343}}"
    f".c14{{{_GDOCS_RUN}font-weight:400;font-size:12pt;color:#666666}}"
    ".c15{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left;height:9pt}"
    ".title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;"
    'font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;'
    "text-align:left}"
    'li{color:#000000;font-size:11pt;font-family:"Arial"}'
    'p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}'
    + "".join(
        f"h{n}{{padding-top:{top}pt;color:{color};font-size:{size}pt;padding-bottom:{bottom}pt;"
        'font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;'
        "text-align:left}"
        for n, top, color, size, bottom in (
            (1, 20, "#000000", 20, 6),
            (2, 18, "#000000", 16, 6),
            (3, 16, "#434343", 14, 4),
            (4, 14, "#666666", 12, 4),
        )
    )
)
# steps columns: Google Docs' explicit widths (pt), summing to the 451.4 pt text width
_GDOCS_WIDTHS = (75, 155.4, 50, 55, 55, 61)


def _plan_gdocs() -> str:
    """The seed as Google Docs' « Page Web (.html) » export writes it (eighteenth held-out
    set): generated classes, ``<p><span>`` runs everywhere, Google's default named styles
    (headings not bold, field labels « Titre 4 »), page breaks as hidden ``<hr>``, empty
    spacing paragraphs, the steps as a plain ``<table>`` of black-bordered ``<td>`` with an
    explicit width per column and a filled first row (no ``<thead>``/``<th>``); no
    ``@page`` rule, so Chromium's default paper applies."""
    cells: dict[tuple[float, str | None, float], str] = {}
    ids = iter(range(1, 10_000))

    def cell_class(width: float, fill: str | None, border: float) -> str:
        key = (width, fill, border)
        if key not in cells:
            cells[key] = f"c{100 + len(cells)}"
        return cells[key]

    def par(text: str, bold: bool = False) -> str:
        if not text:
            return "<p class='c5 c6'><span class='c1'></span></p>"
        return f"<p class='c5'><span class='{'c2' if bold else 'c1'}'>{_h(text)}</span></p>"

    def heading(level: int, text: str) -> str:
        span = {1: "c11", 2: "c12", 3: "c13", 4: "c14"}[level]
        anchor = f"h.{next(ids):06x}"
        return f"<h{level} id='{anchor}'><span class='{span}'>{_h(text)}</span></h{level}>"

    def table(rows: list[list[str]], widths: tuple[float, ...], border: float, head: bool) -> str:
        out = [f"<a id='t.{next(ids):04x}'></a><table class='c8'>"]
        for r, row in enumerate(rows):
            fill = "#d9ead3" if head and r == 0 else None
            run = "c4" if head and r == 0 else "c3"
            out.append("<tr class='c9'>")
            for value, width in zip(row, widths, strict=True):
                klass = cell_class(width, fill, border)
                parts = _paragraphs(value)
                body = (
                    "".join(
                        f"<p class='c7'><span class='{run}'>{_h(part)}</span></p>" for part in parts
                    )
                    or f"<p class='c7 c15'><span class='{run}'></span></p>"
                )
                out.append(f"<td class='{klass}' colspan='1' rowspan='1'>{body}</td>")
            out.append("</tr>")
        out.append("</table>")
        return "".join(out)

    body: list[str] = []
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            body.append(heading(1, block.lines[0]))
            body += [par(line, bold=True) for line in block.lines[1:]]
        elif kind == "objective":
            body += [heading(2, line) for line in block.lines]
        elif kind == "section":
            body.append(heading(4, block.lines[0]))
        elif kind == "para":
            body.append(par(block.lines[0]))
        elif kind == "bold":
            body += [par(line, bold=True) for line in block.lines]
        elif kind == "summary":
            body += [par(line) for line in block.lines]
        elif kind == "summary_table":
            body.append(table([list(row) for row in block.rows], (90, 361.4), 0, False))
            body.append(par(""))
        elif kind == "fiche":
            body.append("<hr style='page-break-before:always;display:none;'>")
            body += [heading(3, line) for line in block.lines]
        elif kind == "fields":
            for label, value in block.fields:
                body.append(heading(4, label))
                body += [par(part) for part in _paragraphs(value)] or [par("")]
            body.append(par(""))
        elif kind == "impl":
            body.append(table([block.header, *block.rows], _GDOCS_WIDTHS, 1, True))
            body.append(par(""))
    css = _GDOCS_CSS + "".join(
        f".{klass}{{{_GDOCS_BORDER.format(w=border)}padding:5pt 5pt 5pt 5pt;"
        f"vertical-align:top;{f'background-color:{fill};' if fill else ''}width:{width}pt}}"
        for (width, fill, border), klass in cells.items()
    )
    return (
        "<html><head><meta content='text/html; charset=UTF-8' http-equiv='content-type'>"
        f"<style type='text/css'>{css}</style></head>"
        f"<body class='c10 doc-content'>{''.join(body)}</body></html>"
    )


_OLSTEPS_CSS = """
@page { size: A4; margin: 18mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; color: #222222; margin: 0; }
h1 { font-size: 15pt; } h2 { font-size: 11.5pt; }
h3 { font-size: 12pt; font-weight: bold; margin: 14px 0 6px; }
h4 { font-size: 10.5pt; font-weight: bold; margin: 10px 0 5px; }
p { margin: 0 0 2px; }
table.summary td { padding: 2px 6px; }
.field { margin: 0 0 5pt; }
.field .lab { font-weight: bold; font-size: 8pt; color: #595959; margin: 0 0 1px; }
ol.steps { margin: 0 0 8px; padding-left: 7mm; }
ol.steps > li { margin: 0 0 6pt; }
ol.steps .name { font-weight: bold; }
"""

# the steps' four short columns under the synonym labels the page gives them
_OLSTEPS_LABELS = (
    ("Planification", "Quand"),
    ("Ressources à mobiliser", "Combien"),
    ("Porteur", "Qui"),
    ("Partenaires envisagés", "Avec qui"),
)


def _plan_olsteps() -> str:
    """No steps table (nineteenth held-out set): the steps as a browser-numbered ``<ol>``,
    each item the step name, its description, then one « Quand / Combien / Qui / Avec qui : »
    line per short column; fields as small grey labels over their values."""

    fields = _field_divs

    def impl(block: Block) -> list[str]:
        out = ["<ol class='steps'>"]
        for row in block.rows:
            cells = dict(zip(block.header, row, strict=True))
            out.append(f"<li><p class='name'>{_h(' '.join(_paragraphs(cells['Etape'])))}</p>")
            out += [f"<p>{_h(part)}</p>" for part in _paragraphs(cells["Descriptif"])]
            for column, label in _OLSTEPS_LABELS:
                value = " ".join(_paragraphs(cells[column]))
                out.append(f"<p><b>{_h(label)} :</b> {_h(value)}</p>")
            out.append("</li>")
        out.append("</ol>")
        return out

    return _flowing_page(_OLSTEPS_CSS, fields, impl)


_ZOOMED_CSS = """
@page { size: A4; margin: 10mm; }
html { zoom: 1.25; }
body { font-family: 'Liberation Serif', serif; font-size: 10pt; color: #111111; margin: 0; }
h1 { font-size: 15pt; } h2 { font-size: 12pt; }
h3 { font-size: 12pt; font-weight: bold; margin: 12px 0 6px; }
h4 { font-size: 11pt; font-weight: bold; margin: 10px 0 4px; }
p { margin: 0 0 2px; }
table { border-collapse: collapse; width: 100%; margin: 0 0 8px; }
table.summary { width: auto; } table.summary td { padding: 2px 6px; border: 0; }
table.kv th, table.kv td { border: 0.75pt solid #999999; padding: 3px 5px; vertical-align: top; }
table.kv th { width: 30%; text-align: left; background: #F2F2F2; font-weight: bold; }
table.steps { font-size: 9pt; }
table.steps th, table.steps td { border: 0.75pt solid #999999; padding: 2px 4px;
                                 vertical-align: top; text-align: left; }
table.steps thead th { background: #DDDDDD; font-weight: bold; }
table.steps td.num { text-align: right; }
"""
_ZOOMED_WIDTHS = (16, 34, 11, 13, 13, 13)


def _plan_zoomed() -> str:
    """The seed printed at 125 % (nineteenth held-out set): fields as a ``<th>``/``<td>``
    table, the steps a full-grid table at full width whose ``<thead>`` Chromium repeats,
    « Ressources à mobiliser » right-aligned."""

    def impl(block: Block) -> list[str]:
        out = ["<table class='steps'><thead><tr>"]
        out += [
            f"<th style='width:{w}%'>{_h(label)}</th>"
            for label, w in zip(block.header, _ZOOMED_WIDTHS, strict=True)
        ]
        out.append("</tr></thead><tbody>")
        for row in block.rows:
            out.append("<tr>")
            for label, value in zip(block.header, row, strict=True):
                klass = " class='num'" if label == "Ressources à mobiliser" else ""
                body = "".join(f"<p>{_h(part)}</p>" for part in _paragraphs(value))
                out.append(f"<td{klass}>{body}</td>")
            out.append("</tr>")
        out.append("</tbody></table>")
        return out

    return _flowing_page(_ZOOMED_CSS, _kv_fields, impl)


_CMS_CSS = """
@page { size: A4; margin: 12mm; }
body { font-family: 'Open Sans', 'Helvetica Neue', Arial, sans-serif; font-size: 9.5pt;
       color: #333333; margin: 0; }
.site-header { background: #1D3557; color: #FFFFFF; padding: 8px 12px 6px; }
.site-title { font-size: 14pt; font-weight: bold; margin: 0; }
.site-description { font-size: 8pt; margin: 2px 0 0; }
.main-navigation { background: #457B9D; padding: 4px 12px; }
.main-navigation ul { list-style: none; margin: 0; padding: 0; white-space: nowrap; }
.main-navigation li { display: inline; color: #FFFFFF; font-size: 8.5pt; margin-right: 14px; }
.breadcrumbs { font-size: 8pt; color: #666666; margin: 8px 0 10px; }
.site-content { display: grid; grid-template-columns: 68% 28%; column-gap: 4%;
                align-items: start; }
.entry-title { font-size: 18pt; font-weight: bold; color: #1D3557; margin: 0 0 3px; }
.entry-meta { font-size: 8pt; font-style: italic; color: #777777; margin: 0 0 10px; }
.entry-content h2 { font-size: 14pt; font-weight: bold; color: #1D3557; margin: 14px 0 5px; }
.entry-content h3 { font-size: 11.5pt; font-weight: bold; margin: 10px 0 4px; }
.entry-content h4 { font-size: 12pt; font-weight: bold; color: #E63946; margin: 10px 0 4px; }
.entry-content h5 { font-size: 10.5pt; font-weight: bold; margin: 10px 0 4px; }
.entry-content p { margin: 0 0 5px; }
hr.wp-block-separator { border: 0; border-top: 2px solid #CCCCCC; width: 100px;
                        margin: 16px auto; }
table.summary td { padding: 2px 6px; }
figure.wp-block-table { margin: 0 0 10px; }
figure.wp-block-table table { border-collapse: collapse; width: 100%; table-layout: auto;
                              font-size: 8.5pt; }
figure.wp-block-table th, figure.wp-block-table td { border: 1px solid #DDDDDD;
                                                     padding: 0.4em; vertical-align: top;
                                                     text-align: left; }
figure.wp-block-table thead { border-bottom: 3px solid #333333; }
figure.wp-block-table th { font-weight: bold; }
figure.wp-block-table figcaption { font-size: 8pt; font-style: italic; color: #555555;
                                   text-align: center; margin-top: 4px; }
.widget-area .widget { margin: 0 0 14px; font-size: 8.5pt; }
.widget-title { text-transform: uppercase; font-size: 8.5pt; font-weight: bold;
                color: #1D3557; border-bottom: 2px solid #E63946; padding-bottom: 2px;
                margin: 0 0 5px; }
.widget ul { list-style: none; margin: 0; padding: 0; }
.widget li, .widget p { margin: 0 0 3px; }
.site-footer { background: #1D3557; color: #FFFFFF; font-size: 8pt; padding: 8px 12px;
               margin-top: 14px; }
.site-footer p { margin: 0 0 3px; }
"""

_CMS_HEADER = (
    "<header class='site-header'><p class='site-title'>Grand Auch Cœur de Gascogne</p>"
    "<p class='site-description'>Communauté d'agglomération</p></header>"
    "<nav class='main-navigation'><ul><li>Accueil</li><li>Vivre ici</li><li>Environnement</li>"
    "<li>Économie</li><li>Services en ligne</li><li>Contact</li></ul></nav>"
    "<p class='breadcrumbs'>Accueil › Environnement › Plan climat › Programme d'actions</p>"
)
_CMS_WIDGETS = (
    (
        "Téléchargements",
        (
            "Plan d'actions (PDF, 2,4 Mo)",
            "Diagnostic territorial (PDF, 5,1 Mo)",
            "Stratégie territoriale (PDF, 1,2 Mo)",
        ),
    ),
    (
        "Sur le même sujet",
        ("Le Plan climat en bref", "Les aides à la rénovation", "Le service Transition écologique"),
    ),
    ("Contact", ("Service Transition écologique", "Hôtel d'agglomération, Auch")),
)
_CMS_FOOTER = (
    "<footer class='site-footer'><p>Mentions légales · Accessibilité : partiellement conforme"
    " · Plan du site · Données personnelles · Nous contacter</p>"
    "<p>© Grand Auch Cœur de Gascogne</p></footer>"
)


def _cms_fields(block: Block) -> list[str]:
    """CMS editor paragraphs: the bold label, a line break and the value's first paragraph in
    one ``<p>``, the further paragraphs as ``<p>``."""
    out = []
    for label, value in block.fields:
        parts = _paragraphs(value)
        first = f"<br>{_h(parts[0])}" if parts else ""
        out.append(f"<p><strong>{_h(label)}</strong>{first}</p>")
        out += [f"<p>{_h(part)}</p>" for part in parts[1:]]
    return out


def _cms_impl(block: Block) -> list[str]:
    """A Gutenberg table block: automatic column widths, a ``<thead>``, cell paragraphs
    joined by ``<br>``, a caption under the table."""
    out = ["<figure class='wp-block-table'><table><thead><tr>"]
    out += [f"<th>{_h(label)}</th>" for label in block.header]
    out.append("</tr></thead><tbody>")
    for row in block.rows:
        cells = "".join(
            f"<td>{'<br>'.join(_h(part) for part in _paragraphs(value))}</td>" for value in row
        )
        out.append(f"<tr>{cells}</tr>")
    out.append("</tbody></table>")
    out.append("<figcaption>Source : service Transition écologique</figcaption></figure>")
    return out


def _plan_cms() -> str:
    """The seed as a WordPress-like intranet page printed with its site furniture (twentieth
    held-out set): header band, menu, breadcrumbs, then the content beside a short widget
    column, fiches flowing after separators, fields as « label <br> value » paragraphs, steps
    as Gutenberg table blocks with automatic widths, a footer band at the end."""
    out = [
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>Programme d'actions du PCAET – Grand Auch Cœur de Gascogne</title>",
        f"<style>{_CMS_CSS}</style>",
        "</head><body class='page-template-default'>",
        _CMS_HEADER,
        "<div class='site-content'><main><article>",
        "<h1 class='entry-title'>Programme d'actions du PCAET</h1>",
        "<p class='entry-meta'>Publié le 18 novembre 2019 · Mis à jour le 3 février 2020</p>",
        "<div class='entry-content'>",
    ]
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            out.append(f"<h2>{_h(block.lines[0])}</h2>")
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines[1:]]
        elif kind == "objective":
            out += [f"<h3>{_h(line)}</h3>" for line in block.lines]
        elif kind == "section":
            tag = "h5" if block.lines[0] == IMPL_TITLE else "h3"
            out.append(f"<{tag}>{_h(block.lines[0])}</{tag}>")
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines]
        elif kind == "summary":
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "summary_table":
            out.append("<table class='summary'>")
            out += [f"<tr><td>{_h(a)}</td><td>{_h(b)}</td></tr>" for a, b in block.rows]
            out.append("</table>")
        elif kind == "fiche":
            out.append("<hr class='wp-block-separator'>")
            out += [f"<h4>{_h(line)}</h4>" for line in block.lines]
        elif kind == "fields":
            out += _cms_fields(block)
        elif kind == "impl":
            out += _cms_impl(block)
    out.append("</div></article></main><aside class='widget-area'>")
    for title, items in _CMS_WIDGETS:
        lis = "".join(f"<li>{_h(item)}</li>" for item in items)
        out.append(f"<section class='widget'><h2 class='widget-title'>{_h(title)}</h2>")
        out.append(f"<ul>{lis}</ul></section>")
    out += ["</aside></div>", _CMS_FOOTER, "</body></html>"]
    return "\n".join(out)


_NOTION_CSS = """
@page { size: A4; margin: 16mm; }
html { -webkit-print-color-adjust: exact; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; }
html, body { margin: 0; padding: 0; }
body { line-height: 1.5; white-space: pre-wrap; color: rgb(55, 53, 47); font-size: 10pt;
       font-family: ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica,
       "Apple Color Emoji", Arial, sans-serif; }
a, a.visited { color: inherit; text-decoration: underline; }
.page-title { font-size: 22pt; font-weight: bold; margin: 0 0 8px; }
table.properties { border-collapse: collapse; margin: 0 0 6px; }
table.properties th { font-size: 8.5pt; font-weight: normal; color: rgba(55, 53, 47, 0.65);
                      text-align: left; padding: 2px 16px 2px 0; width: 150px;
                      vertical-align: top; }
table.properties td { font-size: 9pt; padding: 2px 0; vertical-align: top; }
hr { border: 0; border-top: 1px solid rgb(233, 233, 231); margin: 6px 0 10px; }
svg.icon { width: 10px; height: 10px; display: inline-block; vertical-align: -1px;
           margin-right: 5px; fill: rgba(55, 53, 47, 0.45); }
.page-body h1 { font-size: 16pt; font-weight: bold; margin: 18px 0 4px; }
.page-body h2 { font-size: 13pt; font-weight: bold; margin: 14px 0 4px; }
.page-body h3 { font-size: 11.5pt; font-weight: bold; margin: 12px 0 3px; }
.page-body p { margin: 2px 0; }
figure.callout { display: flex; margin: 6px 0 8px; padding: 12px; border-radius: 4px;
                 background: rgb(241, 241, 239); }
figure.callout .icon-gutter { width: 28px; flex-shrink: 0; }
figure.callout .icon-gutter svg { width: 18px; height: 18px; fill: rgb(120, 119, 116); }
figure.callout .callout-body { width: 100%; }
.collection-title { font-size: 10.5pt; font-weight: bold; margin: 10px 0 4px; }
table.collection-content { border-collapse: collapse; width: 100%; margin: 0 0 10px; }
table.collection-content th, table.collection-content td {
  border: 1px solid rgb(233, 233, 231); padding: 3px 6px; vertical-align: top;
  text-align: left; white-space: pre-wrap; word-break: break-word; }
table.collection-content th { font-size: 8pt; font-weight: normal;
                              color: rgba(55, 53, 47, 0.65); }
table.collection-content td { font-size: 8.5pt; }
.selected-value { display: inline-block; padding: 0 6px; border-radius: 3px;
                  white-space: nowrap; }
table.summary td { padding: 2px 6px; }
"""
# Notion's select colours, given to the options in order of first appearance
_NOTION_PILLS = (
    ("gray", "rgb(227, 226, 224)"),
    ("brown", "rgb(238, 224, 218)"),
    ("orange", "rgb(250, 222, 201)"),
    ("yellow", "rgb(253, 236, 200)"),
    ("green", "rgb(219, 237, 219)"),
    ("blue", "rgb(211, 229, 239)"),
    ("purple", "rgb(232, 222, 238)"),
    ("pink", "rgb(245, 224, 233)"),
    ("red", "rgb(255, 226, 221)"),
)
# property-type icons: shapes only, no text (title « Aa », text lines, select chevron)
_NOTION_ICONS = {
    "title": "<rect x='1' y='3' width='3' height='8'/><rect x='6' y='5' width='7' height='6'/>",
    "text": "<rect x='1' y='2' width='12' height='1.6'/><rect x='1' y='6' width='12' "
    "height='1.6'/><rect x='1' y='10' width='8' height='1.6'/>",
    "select": "<path d='M7 1a6 6 0 1 0 0.01 0zM4 6h6l-3 3.5z'/>",
}
_NOTION_INFO = (
    "<svg viewBox='0 0 20 20'><path d='M10 1a9 9 0 1 0 0.01 0zm0 2a7 7 0 1 1-0.01 0z'/>"
    "<rect x='9' y='9' width='2' height='6'/><rect x='9' y='5.5' width='2' height='2'/></svg>"
)


def _notion_icon(kind: str) -> str:
    return f"<svg class='icon' viewBox='0 0 14 14'>{_NOTION_ICONS[kind]}</svg>"


def _notion_pill(value: str, colours: dict[str, str]) -> str:
    """A select option as Notion writes it: a coloured pill, the colour of its option."""
    if value not in colours:
        colours[value] = _NOTION_PILLS[len(colours) % len(_NOTION_PILLS)][1]
    return f"<span class='selected-value' style='background:{colours[value]}'>{_h(value)}</span>"


def _plan_notion() -> str:
    """The seed as a Notion « Export HTML » page printed by Chromium (twenty-first held-out
    set): ``pre-wrap`` body written without whitespace between tags, fields in one callout
    per fiche (label, a newline character, value), steps as an inline database with icons
    before the header labels, a faint grid, underlined step links, descriptions as
    newline-separated text and planning values as select pills."""
    colours: dict[str, str] = {}
    gray = _NOTION_PILLS[0][1]
    props = (
        (
            "select",
            "Statut",
            f"<span class='selected-value' style='background:{gray}'>Adopté</span>",
        ),
        ("text", "Service", "Transition écologique"),
        ("text", "Dernière modification", "3 février 2020"),
    )
    out = [
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>Programme d'actions du PCAET</title>",
        f"<style>{_NOTION_CSS}</style></head>",
        "<body><article class='page sans'><header>",
        "<h1 class='page-title'>Programme d'actions du PCAET</h1><table class='properties'>",
        "<tbody>",
    ]
    out += [
        f"<tr><th>{_notion_icon(kind)}{_h(label)}</th><td>{value}</td></tr>"
        for kind, label, value in props
    ]
    out.append("</tbody></table></header><hr><div class='page-body'>")
    icons = {"Etape": "title", "Planification": "select"}
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            out.append(f"<h1>{_h(block.lines[0])}</h1>")
            out += [f"<p><strong>{_h(line)}</strong></p>" for line in block.lines[1:]]
        elif kind == "objective":
            out += [f"<h2>{_h(line)}</h2>" for line in block.lines]
        elif kind == "section":
            if block.lines[0] != IMPL_TITLE:  # the database's title, written with it
                out.append(f"<h2>{_h(block.lines[0])}</h2>")
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p><strong>{_h(line)}</strong></p>" for line in block.lines]
        elif kind == "summary":
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "summary_table":
            out += _summary_table(block.rows)
        elif kind == "fiche":
            out += [f"<h3>{_h(line)}</h3>" for line in block.lines]
        elif kind == "fields":
            out.append(
                "<figure class='callout block-color-gray_background'>"
                f"<div class='icon-gutter'>{_NOTION_INFO}</div><div class='callout-body'>"
            )
            for label, value in block.fields:
                parts = _paragraphs(value)
                first = f"\n{_h(parts[0])}" if parts else ""
                out.append(f"<p><strong>{_h(label)}</strong>{first}</p>")
                out += [f"<p>{_h(part)}</p>" for part in parts[1:]]
            out.append("</div></figure>")
        elif kind == "impl":
            out.append(
                f"<div class='collection'><h4 class='collection-title'>{_h(IMPL_TITLE)}</h4>"
            )
            out.append("<table class='collection-content'><thead><tr>")
            out += [
                f"<th>{_notion_icon(icons.get(label, 'text'))}{_h(label)}</th>"
                for label in block.header
            ]
            out.append("</tr></thead><tbody>")
            for n, row in enumerate(block.rows):
                cells = []
                for label, value in zip(block.header, row, strict=True):
                    text = "\n".join(_h(part) for part in _paragraphs(value))
                    if label == "Etape":
                        href = f"Etape%20{n + 1}.html"
                        cells.append(f"<td class='cell-title'><a href='{href}'>{text}</a></td>")
                    elif label == "Planification" and text:
                        pill = _notion_pill(" ".join(_paragraphs(value)), colours)
                        cells.append(f"<td>{pill}</td>")
                    else:
                        cells.append(f"<td>{text}</td>")
                out.append(f"<tr>{''.join(cells)}</tr>")
            out.append("</tbody></table></div>")
    out.append("</div></article></body></html>")
    return "".join(out)


_MULTICOL_CSS = """
@page { size: A4 landscape; margin: 12mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Sans", sans-serif; font-size: 8.5pt;
       line-height: 1.3; color: #222222; }
main { column-count: 2; column-gap: 9mm; column-fill: auto;
       column-rule: 0.5pt solid #B5B5B5; }
.axis { column-span: all; background: #006D77; color: #ffffff; padding: 2mm;
        margin: 0 0 3mm; }
.axis h1 { font-size: 15pt; font-weight: bold; margin: 0; }
.axis p { font-size: 10pt; font-weight: bold; margin: 1mm 0 0; }
h2 { font-size: 11pt; font-weight: bold; color: #006D77; margin: 3mm 0 1.5mm; }
h3 { font-size: 10.5pt; font-weight: bold; color: #9A3412; margin: 0; }
h3.first { border-top: 1px solid #9A3412; padding-top: 1.5mm; margin-top: 4mm; }
h4 { font-size: 9pt; font-weight: bold; margin: 2.5mm 0 1mm; }
p { margin: 0 0 1mm; }
dl { margin: 2mm 0; }
dt { font-size: 8pt; font-weight: bold; color: #006D77; margin: 1.5mm 0 0.5mm; }
dd { margin: 0; }
table.steps { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0 0 3mm; }
table.steps th { font-size: 7.5pt; font-weight: bold; text-align: left; background: #83C5BE;
                 border-bottom: 1px solid #555555; padding: 1mm; vertical-align: top; }
table.steps td { font-size: 7.5pt; text-align: left; vertical-align: top; padding: 1mm;
                 border-bottom: 0.5px solid #C8C8C8; }
table.steps td p { margin: 0 0 0.8mm; }
table.summary { border-collapse: collapse; margin: 1mm 0 2mm; }
table.summary td { padding: 0.5mm 2mm 0.5mm 0; vertical-align: top; }
"""


def _plan_multicol() -> str:
    """The seed as a brochure-like page printed by Chromium (twenty-second held-out set): A4
    landscape, the whole content in two CSS text columns with a column rule, axis bands
    spanning both columns, fields as a ``<dl>``, each steps table as wide as its column and
    free to break, so it may go on at the top of the next column."""
    out = [
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>PCAET Grand Auch Cœur de Gascogne — Programme d'actions</title>",
        f"<style>{_MULTICOL_CSS}</style></head><body><main>",
    ]
    widths = (18, 32, 11, 13, 12, 14)
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            out.append(f"<header class='axis'><h1>{_h(block.lines[0])}</h1>")
            out += [f"<p>{_h(line)}</p>" for line in block.lines[1:]]
            out.append("</header>")
        elif kind == "objective":
            out += [f"<h2>{_h(line)}</h2>" for line in block.lines]
        elif kind == "section":
            tag = "h4" if block.lines[0] == IMPL_TITLE else "h2"
            out.append(f"<{tag}>{_h(block.lines[0])}</{tag}>")
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p><strong>{_h(line)}</strong></p>" for line in block.lines]
        elif kind == "summary":
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "summary_table":
            out += _summary_table(block.rows)
        elif kind == "fiche":
            for n, line in enumerate(block.lines):
                first = " class='first'" if n == 0 else ""
                out.append(f"<h3{first}>{_h(line)}</h3>")
        elif kind == "fields":
            out.append("<dl>")
            for label, value in block.fields:
                out.append(f"<dt>{_h(label)}</dt><dd>")
                out += [f"<p>{_h(part)}</p>" for part in _paragraphs(value)]
                out.append("</dd>")
            out.append("</dl>")
        elif kind == "impl":
            out.append("<table class='steps'><colgroup>")
            out += [f"<col style='width:{w}%'>" for w in widths]
            out.append("</colgroup><thead><tr>")
            out += [f"<th>{_h(label)}</th>" for label in block.header]
            out.append("</tr></thead><tbody>")
            for row in block.rows:
                cells = "".join(
                    "<td>" + "".join(f"<p>{_h(part)}</p>" for part in _paragraphs(v)) + "</td>"
                    for v in row
                )
                out.append(f"<tr>{cells}</tr>")
            out.append("</tbody></table>")
    out.append("</main></body></html>")
    return "\n".join(out)


_SHEET_CSS = """
@page { size: A4 landscape; margin: 8mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 8pt;
       color: #000000; }
table.sheet { width: 100%; table-layout: fixed; border-collapse: collapse; }
table.sheet th, table.sheet td { border: 1px solid #D9D9D9; padding: 1px 3px;
       vertical-align: bottom; text-align: left; overflow-wrap: break-word; }
table.sheet thead th { font-weight: bold; background: #F3F3F3;
       border-bottom: 1.5px solid #5F6368; }
table.sheet tr { break-inside: avoid; }
td.ax1 { font-weight: bold; font-size: 11pt; background: #B7E1CD; }
td.ax { font-weight: bold; font-size: 9pt; background: #B7E1CD; }
td.obj { font-weight: bold; font-size: 9pt; background: #D9EAD3; }
td.fh { font-weight: bold; font-size: 9pt; background: #FCE5CD; }
td.b { font-weight: bold; }
td.impl { font-weight: bold; font-style: italic; }
"""


def _plan_sheet() -> str:
    """The seed as a spreadsheet exported as HTML and printed by Chromium (twenty-third
    held-out set): one 7-column grid, the fiche code in a first column on every fiche row, a
    frozen header row repeated on each page (never per fiche), cells bottom-aligned."""
    widths = (7, 14, 29, 10, 12, 12, 16)
    header = next(b.header for b in load_seed() if b.kind == "impl")
    out = [
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>PCAET GACG — Plan d'actions (Feuille 1)</title>",
        f"<style>{_SHEET_CSS}</style></head><body><table class='sheet'><colgroup>",
        *(f"<col style='width:{w}%'>" for w in widths),
        "</colgroup><thead><tr><th>Fiche</th>",
        *(f"<th>{_h(label)}</th>" for label in header),
        "</tr></thead><tbody>",
    ]

    def cell(value: str) -> str:
        return "<br>".join(_h(part) for part in _paragraphs(value))

    def merged(line: str, cls: str = "") -> str:
        klass = f" class='{cls}'" if cls else ""
        return f"<tr><td colspan='7'{klass}>{_h(line)}</td></tr>"

    code = ""
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            out += [merged(line, "ax1" if n == 0 else "ax") for n, line in enumerate(block.lines)]
        elif kind == "objective":
            out += [merged(line, "obj") for line in block.lines]
        elif kind == "section" and block.lines[0] == IMPL_TITLE:
            out.append(
                f"<tr><td>{_h(code)}</td><td colspan='6' class='impl'>{_h(block.lines[0])}</td></tr>"
            )
        elif kind == "section":
            out.append(merged(block.lines[0], "obj"))
        elif kind == "para":
            out.append(merged(block.lines[0]))
        elif kind == "bold":
            out += [merged(line, "b") for line in block.lines]
        elif kind == "summary":
            out += [merged(line) for line in block.lines]
        elif kind == "summary_table":
            out += [
                f"<tr><td colspan='2'>{_h(a)}</td><td colspan='5'>{_h(b)}</td></tr>"
                for a, b in block.rows
            ]
        elif kind == "fiche":
            code = block.code or ""
            out += [
                f"<tr><td class='fh'>{_h(code)}</td><td colspan='6' class='fh'>{_h(line)}</td></tr>"
                for line in block.lines
            ]
        elif kind == "fields":
            out += [
                f"<tr><td>{_h(code)}</td><td class='b'>{_h(label)}</td>"
                f"<td colspan='5'>{cell(value)}</td></tr>"
                for label, value in block.fields
            ]
        elif kind == "impl":
            out += [
                f"<tr><td>{_h(code)}</td>" + "".join(f"<td>{cell(v)}</td>" for v in row) + "</tr>"
                for row in block.rows
            ]
    out.append("</tbody></table></body></html>")
    return "\n".join(out)


# rounded (twenty-fifth held-out set): a design system's tables, rounded outer borders drawn
# with separate borders, each cell its own bottom and left rules, a sticky header, zebra rows
_ROUNDED_CSS = """
@page { size: A4; margin: 15mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #1f2328; }
h1 { font-size: 16pt; } h2 { font-size: 12pt; } h3 { font-size: 11pt; margin-top: 20px; }
h4 { font-size: 10pt; margin: 10px 0 4px; }
table.summary { border-collapse: collapse; }
table.summary td { padding: 2px 10px 2px 0; vertical-align: top; }
table.kv, table.steps { width: 100%; border-collapse: separate; border-spacing: 0;
  border: 1px solid #d0d7de; border-radius: 8px; overflow: hidden; margin: 6px 0 10px; }
table.kv th, table.kv td, table.steps th, table.steps td { border-bottom: 1px solid #d0d7de;
  border-left: 1px solid #d0d7de; padding: 5px 7px; vertical-align: top; text-align: left; }
table.kv tr > :first-child, table.steps tr > :first-child { border-left: none; }
table.kv tr:last-child > *, table.steps tbody tr:last-child > * { border-bottom: none; }
table.kv th { width: 32%; background: #f6f8fa; font-weight: bold; }
table.steps { font-size: 8.5pt; }
table.steps thead th { position: sticky; top: 0; background: #f6f8fa; font-weight: bold; }
table.steps tbody tr:nth-child(even) td { background: #f6f8fa; }
table.steps tbody tr:hover td { background: #eef6ff; }
td p { margin: 0 0 3px; }
"""


def _rounded_impl(block: Block) -> list[str]:
    """The steps as a ``<table>`` with a sticky ``<thead>`` (repeated by Chromium on each
    printed page), the cells' paragraphs as ``<p>``; the look is :data:`_ROUNDED_CSS`'s."""
    head = "".join(f"<th>{_h(label)}</th>" for label in block.header)
    out = [f"<table class='steps'><thead><tr>{head}</tr></thead><tbody>"]
    out += [
        "<tr>" + "".join(f"<td>{_cell_html(v)}</td>" for v in row) + "</tr>" for row in block.rows
    ]
    out.append("</tbody></table>")
    return out


_ROWCARDS_CSS = """
@page { size: A4; margin: 14mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: Inter, Roboto, 'Segoe UI', Arial, sans-serif; font-size: 9pt;
  color: #1f2933; line-height: 1.35; }
h1 { font-size: 15pt; color: #102a43; } h2 { font-size: 11.5pt; color: #243b53; }
h3 { font-size: 11pt; color: #0b7285; margin: 16px 0 6px; }
h4 { font-size: 9.5pt; margin: 10px 0 2px; }
table.summary { border-collapse: collapse; }
table.summary td { padding: 2px 10px 2px 0; vertical-align: top; }
table.kv { width: 100%; border-collapse: separate; border-spacing: 0 3px; }
table.kv th { width: 30%; background: #e4ebf2; color: #334e68; font-size: 8.5pt;
  font-weight: bold; text-align: left; vertical-align: top; padding: 4px 8px;
  border-radius: 4px 0 0 4px; }
table.kv td { background: #f5f7fa; vertical-align: top; padding: 4px 8px;
  border-radius: 0 4px 4px 0; }
table.steps { width: 100%; table-layout: fixed; border-collapse: separate;
  border-spacing: 0 5px; font-size: 8.5pt; }
table.steps thead th { font-size: 7.5pt; font-weight: bold; color: #627d98; text-align: left;
  padding: 0 6px 2px; border-bottom: 1px solid #bcccdc; }
table.steps tbody tr { break-inside: avoid; }
table.steps td { background: #f5f7fa; padding: 5px 6px; vertical-align: top; }
table.steps td:first-child { border-left: 6px solid #868e96; border-radius: 5px 0 0 5px;
  font-weight: bold; }
table.steps td:last-child { border-radius: 0 5px 5px 0; }
td p { margin: 0 0 3px; }
"""

# the colour of a step card's left stripe, by the first year of its planning value
_STRIPE_COLOURS = {"2019": "#0b7285", "2020": "#e8590c", "2021": "#5c940d", "2022": "#862e9c"}
_ROWCARDS_WIDTHS = (18, 34, 11, 12, 11, 14)


def _stripe_colour(planning: str) -> str:
    import re

    match = re.search(r"\d{4}", planning)
    return _STRIPE_COLOURS.get(match.group(0) if match else "", "#868e96")


def _rowcards_impl(block: Block) -> list[str]:
    """The steps as a ``<table>`` whose rows are filled cards (vertical border spacing only),
    each with a left stripe coloured by its planning year (twenty-sixth held-out set)."""
    cols = "".join(f"<col style='width:{w}%'>" for w in _ROWCARDS_WIDTHS)
    head = "".join(f"<th>{_h(label)}</th>" for label in block.header)
    out = [f"<table class='steps'><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>"]
    for row in block.rows:
        stripe = f" style='border-left-color:{_stripe_colour(row[2])}'"
        cells = [f"<td{stripe if c == 0 else ''}>{_cell_html(v)}</td>" for c, v in enumerate(row)]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return out


_NAMEBANDS_CSS = """
@page { size: A4; margin: 15mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'Liberation Serif', serif; font-size: 9.5pt; color: #222222;
  line-height: 1.3; margin: 0; }
h1 { font-size: 15pt; color: #385623; } h2 { font-size: 11pt; color: #2E74B5; }
h3 { font-size: 12pt; font-weight: bold; color: #5B2C6F; margin: 16px 0 6px; }
h3 + h3 { margin-top: -2px; }
h4 { font-size: 10pt; font-weight: bold; margin: 10px 0 5px; }
p { margin: 0 0 3px; }
table.summary td { padding: 2px 6px; vertical-align: top; }
table.kv { border-collapse: collapse; width: 100%; margin: 0 0 6px; font-size: 9pt; }
table.kv th, table.kv td { border-bottom: 1px solid #e5dcea; padding: 3px 6px 3px 0;
  vertical-align: top; text-align: left; }
table.kv th { width: 4.5cm; color: #5B2C6F; font-weight: bold; font-size: 8.5pt; }
table.steps { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 8.5pt;
  margin: 0 0 10px; }
table.steps thead th { font-size: 8pt; font-weight: bold; color: #5B2C6F;
  background: #f3eef6; text-align: left; vertical-align: bottom; padding: 3px 5px;
  border-bottom: 1.5px solid #5B2C6F; }
table.steps tbody { break-inside: avoid; }
table.steps th.name { font-size: 9pt; font-weight: bold; color: #ffffff; background: #7d3c98;
  text-align: left; padding: 3px 6px; }
table.steps td { text-align: left; vertical-align: top; padding: 3px 5px;
  border-bottom: 1px solid #d7c7de; }
table.steps td p { margin: 0 0 2px; }
"""
_NAMEBANDS_WIDTHS = (42, 13, 15, 13, 17)


def _namebands_impl(block: Block) -> list[str]:
    """The steps on five columns without « Etape »: one ``<tbody>`` per step, a full-width
    band row holding the step name over the row of its five cells (twenty-eighth held-out
    set)."""
    name = block.header.index("Etape")
    cols = [c for c in range(len(block.header)) if c != name]
    widths = "".join(f"<col style='width:{w}%'>" for w in _NAMEBANDS_WIDTHS)
    head = "".join(f"<th>{_h(block.header[c])}</th>" for c in cols)
    out = [f"<table class='steps'><colgroup>{widths}</colgroup><thead><tr>{head}</tr></thead>"]
    for row in block.rows:
        band = (
            f"<th class='name' colspan='{len(cols)}' scope='rowgroup'>{_cell_html(row[name])}</th>"
        )
        cells = "".join(f"<td>{_cell_html(row[c])}</td>" for c in cols)
        out.append(f"<tbody><tr>{band}</tr><tr>{cells}</tr></tbody>")
    out.append("</table>")
    return out


_ICONS_CSS = """
@page { size: A4; margin: 15mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color: #1E1E1E;
  line-height: 1.35; margin: 0; }
h1 { font-size: 15pt; color: #385623; } h2 { font-size: 11pt; color: #2E74B5; }
h3 { font-size: 12.5pt; font-weight: bold; color: #0B6E4F; margin: 16px 0 6px; }
h3 + h3 { margin-top: -2px; }
h4 { font-size: 10pt; font-weight: bold; margin: 10px 0 5px; }
p { margin: 0 0 3px; }
h4::before, th[data-icon]::before { font-family: 'DejaVu Sans'; color: #0B6E4F;
  font-size: 1.1em; font-weight: normal; margin-right: 5px; }
h4::before { content: "\\2699"; }
th[data-icon]::before { content: attr(data-icon); }
table.summary td { padding: 2px 6px; vertical-align: top; }
table.kv { border-collapse: collapse; width: 100%; margin: 0 0 6px; font-size: 9pt; }
table.kv th, table.kv td { border-bottom: 1px solid #dde8e3; padding: 3px 6px 3px 0;
  vertical-align: top; text-align: left; }
table.kv th { width: 4.6cm; color: #0B6E4F; font-weight: bold; }
table.steps { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 8.5pt;
  margin: 0 0 10px; }
table.steps thead th { font-weight: bold; color: #0B6E4F; background: #e8f3ee;
  text-align: left; vertical-align: bottom; padding: 3px 5px;
  border-bottom: 2px solid #0B6E4F; }
table.steps td { text-align: left; vertical-align: top; padding: 3px 5px;
  border-bottom: 1px solid #dde8e3; }
table.steps td p { margin: 0 0 2px; }
"""
_ICONS = {
    "Contexte": "\u2139",
    "Objectifs et résultats attendus": "\u25ce",
    "Indicateurs": "\u25a4",
    "Publics cibles": "\u2637",
    "Prise en compte de l'EES": "\u267b",
    "Liens avec les objectifs réglementaires": "\u2696",
    "Etape": "\u2691",
    "Descriptif": "\u2630",
    "Planification": "\u25f7",
    "Ressources à mobiliser": "\u26c1",
    "Porteur": "\u263a",
    "Partenaires envisagés": "\u26ad",
}
_ICONS_WIDTHS = (17, 35, 11, 12, 12, 13)


def _icon_th(label: str) -> str:
    """A label cell whose icon glyph CSS writes before it (``::before``, no space after)."""
    return f"<th data-icon='{_ICONS[label]}'>{_h(label)}</th>"


def _icons_fields(block: Block) -> list[str]:
    """The fields as a ``<table>`` of ``<th>`` labels, each preceded by its icon glyph
    (twenty-ninth held-out set)."""
    return th_fields(block, th=_icon_th)


def _fixed_steps_table(widths_pct: tuple[int, ...], head: str, block: Block) -> list[str]:
    """A steps ``<table>`` with its column widths (%), a ``<thead>`` of ``head`` cells and one
    body row per step, every cell as written."""
    widths = "".join(f"<col style='width:{w}%'>" for w in widths_pct)
    out = [f"<table class='steps'><colgroup>{widths}</colgroup><thead><tr>{head}</tr></thead>"]
    out.append("<tbody>")
    for row in block.rows:
        out.append("<tr>" + "".join(f"<td>{_cell_html(v)}</td>" for v in row) + "</tr>")
    out.append("</tbody></table>")
    return out


def _icons_impl(block: Block) -> list[str]:
    """The steps on the six seed columns under a ``<thead>`` whose labels are each preceded by
    an icon glyph (twenty-ninth held-out set); rules under rows only."""
    head = "".join(_icon_th(label) for label in block.header)
    return _fixed_steps_table(_ICONS_WIDTHS, head, block)


# A documentation site in dark mode printed with background graphics on (thirtieth held-out
# set): the printable area one dark fill, every glyph lighter than what is under it
_DARKDOCS_CSS = """
@page { size: A4; margin: 15mm; }
html { background: #1E2129; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color: #E2E4E9;
  line-height: 1.35; margin: 0; }
h1 { font-size: 15pt; color: #A5D6A7; } h2 { font-size: 11pt; color: #90CAF9; }
h3 { font-size: 12.5pt; font-weight: bold; color: #FFCC80; margin: 16px 0 6px; }
h3 + h3 { margin-top: -2px; }
h4 { font-size: 10pt; font-weight: bold; color: #E2E4E9; margin: 10px 0 5px; }
p { margin: 0 0 3px; }
table.summary td { padding: 2px 6px; vertical-align: top; }
table.kv { border-collapse: collapse; width: 100%; margin: 0 0 6px; font-size: 9pt; }
table.kv th, table.kv td { border-bottom: 1px solid #3A3D4D; padding: 3px 6px 3px 0;
  vertical-align: top; text-align: left; }
table.kv th { width: 4.6cm; color: #9FA8DA; font-weight: bold; }
table.steps { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 8.5pt;
  margin: 0 0 10px; }
table.steps thead th { font-weight: bold; color: #FFFFFF; background: #2E3245;
  text-align: left; vertical-align: bottom; padding: 3px 5px;
  border-bottom: 2px solid #7986CB; }
table.steps td { color: #E2E4E9; text-align: left; vertical-align: top; padding: 3px 5px;
  border-bottom: 1px solid #3A3D4D; }
table.steps tbody tr:nth-child(odd) td { background: #262A36; }
table.steps tbody tr:nth-child(even) td { background: #1E2129; }
table.steps td p { margin: 0 0 2px; }
"""
_DARKDOCS_WIDTHS = (17, 35, 11, 12, 12, 13)


def _darkdocs_impl(block: Block) -> list[str]:
    """The steps on the six seed columns in seed order under a repeated ``<thead>``, dark
    banded rows, rules under rows only (thirtieth held-out set)."""
    head = "".join(f"<th>{_h(label)}</th>" for label in block.header)
    return _fixed_steps_table(_DARKDOCS_WIDTHS, head, block)


# A Bootstrap 3 site page printed with the site's own print stylesheet (thirty-first held-out
# set): Bootstrap's ``@media print`` rules print every link's address and every
# abbreviation's expansion after it
_PRINTURLS_CSS = """
@page { size: A4; margin: 15mm; }
body { font-family: 'Helvetica Neue', Helvetica, Arial, sans-serif; font-size: 14px;
  line-height: 1.42857143; color: #333333; margin: 0; }
h1, h2, h3, h4 { font-weight: 500; line-height: 1.1; margin: 20px 0 10px; }
h1 { font-size: 36px; } h2 { font-size: 30px; } h3 { font-size: 24px; }
h4 { font-size: 18px; margin-top: 10px; }
p { margin: 0 0 10px; }
a { color: #337ab7; }
abbr[title] { border-bottom: 1px dotted; cursor: help; }
dl { margin: 0 0 20px; } dt { font-weight: bold; } dd { margin-left: 0; }
table { border-collapse: collapse; border-spacing: 0; }
table.summary td { padding: 2px 6px; vertical-align: top; }
.table { width: 100%; max-width: 100%; margin-bottom: 20px; }
.table > thead > tr > th { vertical-align: bottom; border-bottom: 2px solid #dddddd;
  text-align: left; }
.table > tbody > tr > td { vertical-align: top; text-align: left; }
.table-condensed > thead > tr > th, .table-condensed > tbody > tr > td { padding: 5px; }
.table-bordered > thead > tr > th, .table-bordered > tbody > tr > td {
  border: 1px solid #dddddd; }
.table-bordered > thead > tr > th { border-bottom-width: 2px; }
.table td p { margin: 0 0 5px; }
@media print {
  *, *:before, *:after { color: #000 !important; text-shadow: none !important;
    background: transparent !important; box-shadow: none !important; }
  a, a:visited { text-decoration: underline; }
  a[href]:after { content: " (" attr(href) ")"; }
  abbr[title]:after { content: " (" attr(title) ")"; }
  a[href^="#"]:after, a[href^="javascript:"]:after { content: ""; }
  thead { display: table-header-group; }
  tr, img { page-break-inside: avoid; }
  p, h2, h3 { orphans: 3; widows: 3; }
  h2, h3 { page-break-after: avoid; }
  .table { border-collapse: collapse !important; }
  .table td, .table th { background-color: #fff !important; }
  .table-bordered th, .table-bordered td { border: 1px solid #ddd !important; }
}
"""
_PRINTURLS_SITE = "https://www.grand-auch.fr/pcaet/fiche-"
_PRINTURLS_ABBR = ("GACdG", "Grand Auch Cœur de Gascogne")


def _abbr_html(value: str) -> str:
    """A step cell whose every « GACdG » is an ``<abbr>`` (its expansion in ``title``)."""
    short, full = _PRINTURLS_ABBR
    tag = f"<abbr title='{_h(full)}'>{short}</abbr>"
    return _cell_html(value).replace(short, tag)


def plan_html_printurls() -> str:
    """The seed as a Bootstrap 3 page: fields a ``<dl>``, steps a bordered condensed table
    whose step names link to the step's page and whose « GACdG » are ``<abbr>``
    (thirty-first held-out set)."""
    codes = iter([b.code for b in load_seed() if b.kind == "fiche"])

    def fields(block: Block) -> list[str]:
        out = ["<dl>"]
        for label, value in block.fields:
            body = "".join(f"<p>{_h(part)}</p>" for part in _paragraphs(value))
            out.append(f"<dt>{_h(label)}</dt><dd>{body}</dd>")
        out.append("</dl>")
        return out

    def impl(block: Block) -> list[str]:
        page = _PRINTURLS_SITE + str(next(codes)).replace(".", "-")
        head = "".join(f"<th>{_h(label)}</th>" for label in block.header)
        out = ["<table class='table table-bordered table-condensed'>"]
        out.append(f"<thead><tr>{head}</tr></thead><tbody>")
        for rank, row in enumerate(block.rows, 1):
            name = f"<a href='{page}#etape-{rank}'>{_h(row[0])}</a>"
            cells = "".join(f"<td>{_abbr_html(v)}</td>" for v in row[1:])
            out.append(f"<tr><td>{name}</td>{cells}</tr>")
        out.append("</tbody></table>")
        return out

    return _flowing_page(_PRINTURLS_CSS, fields, impl)


# An intranet page whose fixed top bar and RGPD cookie banner Chromium prints on every page,
# over the content flowing beneath them (thirty-second held-out set)
_COOKIES_CSS = """
@page { size: A4; margin: 12mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color: #222;
  margin: 0; padding-top: 16mm; }
.topbar { position: fixed; top: 0; left: 0; right: 0; height: 11mm; background: #1D3557;
  color: #fff; display: flex; align-items: center; justify-content: space-between;
  padding: 0 4mm; box-sizing: border-box; }
.topbar b { font-size: 10pt; } .topbar span { font-size: 8pt; }
.cookies { position: fixed; bottom: 0; left: 0; right: 0; height: 20mm; background: #F1F1F1;
  border-top: 1px solid #999999; box-sizing: border-box; padding: 2.5mm 4mm; color: #333333;
  font-size: 8pt; }
.cookies p { margin: 0 0 2mm; }
.cookies .btn { display: inline-block; padding: 1mm 3mm; margin-right: 2mm; font-size: 8pt;
  border: 1px solid #2A9D8F; }
.cookies .yes { background: #2A9D8F; color: #fff; } .cookies .no { background: #fff;
  color: #2A9D8F; }
.cookies a { color: #333333; text-decoration: underline; }
h1 { font-size: 14pt; color: #1D3557; margin: 12px 0 4px; }
h2 { font-size: 11.5pt; color: #1D3557; margin: 10px 0 4px; }
h3 { font-size: 11pt; font-weight: bold; color: #2A9D8F; margin: 12px 0 4px; }
h4 { font-size: 10pt; font-weight: bold; margin: 8px 0 4px; }
p { margin: 0 0 3px; }
table.summary td { padding: 2px 6px; vertical-align: top; }
table.kv { border-collapse: collapse; width: 100%; margin: 0 0 6px; }
table.kv th, table.kv td { border-bottom: 1px solid #dddddd; padding: 3px 6px 3px 0;
  vertical-align: top; text-align: left; }
table.kv th { width: 4cm; font-weight: bold; }
table.steps { border-collapse: collapse; width: 100%; margin: 4px 0 10px; }
table.steps th, table.steps td { border: 1px solid #BBBBBB; padding: 3px 5px;
  vertical-align: top; text-align: left; }
table.steps th { background: #E9F5F3; font-weight: bold; }
table.steps td p { margin: 0 0 3px; }
"""
_COOKIES_BARS = (
    "<div class='topbar'><b>Grand Auch Cœur de Gascogne — Intranet</b>"
    "<span>Accueil · Annuaire · Documents · Déconnexion</span></div>"
    "<div class='cookies'><p>Ce site utilise des cookies pour mesurer son audience et "
    "améliorer votre navigation. En poursuivant, vous acceptez leur utilisation.</p>"
    "<button class='btn yes'>Tout accepter</button><button class='btn no'>Tout refuser"
    "</button><a href='#cookies'>Personnaliser</a></div>"
)


def plan_html_cookies() -> str:
    """The seed as an intranet page: fields a ``table.kv``, steps a full grid table per
    fiche, and the site's fixed top bar and cookie banner, which Chromium prints on every
    page over the content (thirty-second held-out set)."""

    def impl(block: Block) -> list[str]:
        head = "".join(f"<th>{_h(label)}</th>" for label in block.header)
        out = ["<table class='steps'>", f"<thead><tr>{head}</tr></thead><tbody>"]
        for row in block.rows:
            out.append("<tr>" + "".join(f"<td>{_cell_html(v)}</td>" for v in row) + "</tr>")
        out.append("</tbody></table>")
        return out

    page = _flowing_page(_COOKIES_CSS, _kv_fields, impl)
    return page.replace("</head><body>", "</head><body>" + _COOKIES_BARS, 1)


# A webmail's « Imprimer » view of a reply quoting the consultant's Outlook message, printed
# by Chromium with its own page header and footer (thirty-third held-out set)
_WEBMAIL_CSS = """
@page { size: A4; margin: 16mm 12mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #000;
  margin: 0; }
.zbar { display: flex; justify-content: space-between; align-items: baseline;
  border-bottom: 1px solid #999999; padding: 0 0 4px; margin: 0 0 8px; }
.zbar b { font-size: 15pt; color: #0066A1; } .zbar span { font-size: 9pt; }
.subject { font-size: 13pt; font-weight: bold; margin: 0 0 6px; }
table.mailhead { border-collapse: collapse; margin: 0 0 6px; }
table.mailhead th { width: 2.2cm; text-align: right; vertical-align: top; color: #555555;
  font-weight: bold; padding: 1px 6px 1px 0; }
table.mailhead td { padding: 1px 0; }
hr { border: 0; border-top: 1px solid #999999; margin: 6px 0 10px; }
.msg p { margin: 0 0 8px; }
.orig { margin: 12px 0 0; } .orig p { margin: 0; }
blockquote { border-left: 2px solid #1010FF; margin: 8px 0 0 5px; padding-left: 5px;
  color: #000; font-family: Calibri, Arial, sans-serif; font-size: 10pt; }
blockquote h1 { font-size: 14pt; color: #1F4E79; margin: 12px 0 4px; }
blockquote h2 { font-size: 12pt; color: #2E74B5; margin: 10px 0 4px; }
blockquote h3 { font-size: 11pt; font-weight: bold; color: #C55A11; margin: 12px 0 4px; }
blockquote h4 { font-size: 10.5pt; font-weight: bold; margin: 8px 0 4px; }
blockquote p { margin: 0 0 3px; }
table.summary td { padding: 2px 6px; vertical-align: top; }
table.mso { border-collapse: collapse; width: 100%; margin: 0 0 8px; }
table.mso th, table.mso td { border: 1pt solid windowtext; padding: 0 5.4pt;
  vertical-align: top; text-align: left; font-weight: normal; }
table.mso th { width: 4cm; font-weight: bold; background: #DEEAF6; }
table.mso tr.head td { font-weight: bold; background: #DEEAF6; }
table.mso td p { margin: 0; }
"""
_WEBMAIL_HEAD = (
    "<div class='zbar'><b>Zimbra</b><span>Claire Martin &lt;c.martin@exemple-gacg.fr&gt;"
    "</span></div>"
    "<div class='subject'>RE: Programme d'actions PCAET — version pour le COPIL</div>"
    "<table class='mailhead'>"
    "<tr><th>De :</th><td>Claire Martin &lt;c.martin@exemple-gacg.fr&gt;</td></tr>"
    "<tr><th>À :</th><td>Service Environnement &lt;environnement@exemple-gacg.fr&gt;</td></tr>"
    "<tr><th>Cc :</th><td>Direction générale des services &lt;dgs@exemple-gacg.fr&gt;</td></tr>"
    "<tr><th>Envoyé :</th><td>Mardi 12 mars 2019 11:05:32</td></tr></table><hr>"
    "<div class='msg'><p>Bonjour à tous,</p><p>Pour préparer le comité de pilotage du 26 mars "
    "2019, vous trouverez ci-dessous le programme d'actions du PCAET tel que transmis par le "
    "bureau d'études. Merci de me faire part de vos remarques avant le 20 mars.</p>"
    "<p>Bien cordialement,</p><p>--<br>Claire Martin<br>Chargée de mission Climat-Air-Énergie"
    "<br>Grand Auch Cœur de Gascogne<br>Tél. : 05 62 00 00 00</p></div>"
    "<div class='orig'><p>----- Mail original -----</p>"
    '<p><b>De: </b>"Bureau d\'études Climat" &lt;contact@be-climat.example&gt;</p>'
    '<p><b>À: </b>"Claire Martin" &lt;c.martin@exemple-gacg.fr&gt;</p>'
    "<p><b>Envoyé: </b>Lundi 11 Mars 2019 17:48:10</p>"
    "<p><b>Objet: </b>Programme d'actions PCAET</p></div><blockquote>"
)


def plan_html_webmail() -> str:
    """The seed quoted in a webmail reply: the mail's header, message and signature, then the
    consultant's Outlook message in a quote block, fields and steps black full-grid tables,
    the steps' header a plain first row, never repeated (thirty-third held-out set)."""

    def fields(block: Block) -> list[str]:
        return th_fields(block, "<table class='mso'>")

    def impl(block: Block) -> list[str]:
        head = "".join(f"<td>{_h(label)}</td>" for label in block.header)
        out = ["<table class='mso'><tbody>", f"<tr class='head'>{head}</tr>"]
        for row in block.rows:
            out.append("<tr>" + "".join(f"<td>{_cell_html(v)}</td>" for v in row) + "</tr>")
        out.append("</tbody></table>")
        return out

    page = _flowing_page(_WEBMAIL_CSS, fields, impl)
    page = page.replace("</head><body>", "</head><body>" + _WEBMAIL_HEAD, 1)
    page = page.replace(
        "<title>PCAET Grand Auch Cœur de Gascogne</title>",
        "<title>Zimbra: RE: Programme d'actions PCAET — version pour le COPIL</title>",
        1,
    )
    return page.replace("</body></html>", "</blockquote></body></html>", 1)
