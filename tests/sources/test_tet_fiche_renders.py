"""TeT fiche reader measured on fiches rendered by TeT's own React-PDF components.

The PDFs in ``tests/fixtures/tet_fiche_renders`` were drawn by the real layout code of Territoires
en Transitions (``packages/pdf-components``, MIT) with data written by us, a substitute font and
two stored versions of the template (see its ``NOTICE.md``). ``truth.json`` was computed from the
data given to the components, never from a parse. The split TUNING / HELD OUT was written in
NOTICE.md before the reader ran on any of them; held-out files never drove a change and are
reported as totals only.

First measure (reader as written on the single golden export, before any change):
TUNING 74/96 fields right (6 files), HELD OUT 42/64 (4 files). Tuning misses: budget lines and
totals on every file with a budget (r01 r03 r04 r06 r09), owners/partners (r02 r03 r04), funders
(r03 r06), the description crossing a page (r04).

After the fixes (rules of the template, see ``sources/tet_fiche.py``): TUNING 96/96; HELD OUT
measured once at the end, totals only: 49/64 (one intermediate total, 48/64, was printed by
mistake while tuning; no held-out detail was looked at). All 15 misses were r10, whose first
render was garbled by the substitute italic font (see NOTICE.md); re-rendered, the ten files of
round 1 score 160/160. Round 2 holds out five new renders (r11–r15), decided before any parse,
measured once at the end, totals only: 79/80 (no reader change was made in round 2).

Round 3 adds exports of several fiches (TeT's ``composeFichesPdfDocument``): first measure of
the tuning one, r16 (3 fiches, 47 fields): 15/47 — only the first fiche was read, with the
budget and funders of all three mixed into it. After the round-3 change (one action per fiche):
TUNING 207/207; HELD OUT (r11–r15 and r17) measured once at the end, totals only: 111/112.

Round 4: r11–r15 and r17 become tuning files; six new renders are held out (r18–r23: a long
title on two lines with 7 structures and 8 partners, six-year budget tables over 3 M€ with cents
and funders without amounts, bullet-list descriptions, a title-only fiche, an export of four
fiches, budgets « étalé » over 1 M€ with cents; three of variant b). First measure of the 17
tuning files: 318/319 — the one miss (also the held-out miss of rounds 2 and 3) was r13's
objectives: the template prints « Non renseignés » for empty objectives when the fiche has
indicators, and it was read as text. After the fix: TUNING 319/319; HELD OUT (r18–r23, 142
fields, nine fiches) measured once at the end, totals only: 142/142.

Round 5 (2026-12-01): r18–r23, measured once at the end of round 4 (142/142), are moved to the
tuning part (their details may now be looked at): TUNING 461/461 (23 files). Six new renders are
held out (r24–r29, twelve fiches: rich-text HTML descriptions and objectives with lists and a
link, titles of over 200 characters with « » and non-breaking spaces and a four-level code, a title
starting with a year, a title in capitals, two fiches of one export with the same title, twelve
partners and four pilots, budget tables over seven and nine years, years with only an ETP or only
a spent amount, funders at 0 € and several millions with cents, empty sections; three exports of
several fiches, three of variant b). Measured once, totals only, with the reader of round 4
(no change to ``sources/`` in round 5): HELD OUT 188/189 (one miss, in r27, not looked at).

Round 6 (2026-12-01): r24–r29, measured once at the end of round 5 (188/189), are moved to the
tuning part (their details, and the one miss of r27, may now be looked at). That miss was r27's
``total_etp``: 0.7000000000000001 instead of 0.7, a plain float sum of the ETP printed in its
tables; totals are now summed as TeT's template sums them (``sumRoundedTo``, rounded to the
hundredth): TUNING 650/650 (29 files). Six new renders are held out (r30–r35, twelve fiches:
amounts in the hundreds of millions with a negative year and zero years, ETP of 0,33 a year over
ten years, 14 and 24 indicators, 10 and 15 linked measures, 12 linked fiches with their pilots,
long notes of several paragraphs, titles with digits and slashes, a one-word title, a fiche without
title, a sub-action « 7.1.a », names with particles and hyphens, every status and priority,
Windows line breaks, tabs and blank lines in descriptions, „ “ ‹ › ‚ quotes and non-breaking
hyphens; three exports of several fiches, three of variant b). Measured once, totals only, with
the reader of round 6 (no change to ``sources/`` after the measure): HELD OUT 188/189 (one miss,
in r35, not looked at).

Round 7 (2026-12-01): r30–r35, measured once at the end of round 6 (188/189), are moved to the
tuning part (their details, and the one miss of r35, may now be looked at). That miss was the
funders of r35's first fiche: a page break inside the funders row left the names of the first
two name + amount badge pairs at the foot of page 2, the label and their amounts opening page 3;
amounts that open the row without a name now take the badge names ending the page before, in
order: TUNING 839/839 (35 files). Six new renders are held out (r36–r41, fifteen fiches, aimed
at page breaks inside every kind of block: a forty-year budget table, actors cards of 100
partners and of 30 structures + 60 partners, a row of 90 funders, two exports where one fiche body is pushed down
a paragraph further in each fiche; fiches holding only a budget, cents in every cell, amounts in
the billions, years 2021 and 2035, statuses and priorities without dates; two exports of several
fiches, three of variant b). Measured once, totals only, with the reader of round 7 (no change
to ``sources/`` after the measure): HELD OUT 233/233.

Round 8 (2026-12-02): r36–r41, measured once at the end of round 7 (233/233), are moved to the
tuning part (their details may now be looked at): TUNING 1072/1072 (41 files), no miss. Six new
renders are held out (r42–r47, eleven fiches), all drawn by **another version of TeT's template**
(variant c: the app's own export, ``apps/app/.../ExportPdf/FicheActionPdf``, before the
pdf-components package), which draws a « CALENDRIER : » card and an « ÉTAPES (k/n) » list of steps
(done ones struck through) that r01–r41 never hold: thirty steps crossing a page, steps before a
budget table, description, objectives, steps and calendar texts whose lines look like the
template's labels (« Budget d’investissement : … », « FINANCEURS : », « Début : … »), notes of a
year not chosen in the export dialog, a code ending in a dot, two exports of several fiches (the
app's grouped export). Measured once, totals only, with the reader of round 7 (no change to
``sources/`` in round 8): HELD OUT 166/173 (seven misses, all in r45 — the fiche whose texts look
like the template's labels — not looked at).

Round 9 (2026-12-02): r42–r47, measured once at the end of round 8 (166/173), are moved to the
tuning part (their details, and the seven misses of r45, may now be looked at): TUNING
1238/1245 with the reader of round 8. r45's misses (description, objectives, owners, partners,
total_etp, budget_lines, funders) were lines of the user's text read as the template's labels:
a description line « FINANCEURS : … » ended the description and opened the funders, « Budget
d’investissement : … » opened the budget, « Structures pilotes : … » and an objectives line
« Partenaires : … » filled the owners and partners. A label is now known by its typography and
place (``tests/sources/test_tet_fiche_labels.py``): section labels in bold, actor rows inside
the actors card (right of the card title, after their icon), dates in the small info row,
status and priority as bold badges above the title: TUNING 1245/1245 (47 files). Six new
renders are held out (r48–r53, eight fiches), three drawn by **another version of TeT's
template** (variant d: variant c with the app's own ``Moyens.tsx``, which prints « MOYENS HUMAINS
ET TECHNIQUES : » again after « FINANCEMENTS : »): filled resources and financing texts whose
lines look like labels and carry amounts and ETP, a citizen-participation comment on several
lines inside the actors card (one starting « Partenaires : »), funder names holding digits, « € »
and « HT », notes whose lines look like labels in capitals (variant b), paragraph and step lines
starting with a status or priority word, a start date written only in a description, a title
starting « Partenaires : », one grouped export of three fiches. Measured once, totals only,
with the reader of round 9 (no change to ``sources/`` after the measure): HELD OUT 125/127 (one
miss in r49 — the fiche whose participation comment holds « Partenaires : » — and one in r50 —
the funder names holding amounts —, not looked at).

Round 10 (2026-12-02): r48–r53, measured once at the end of round 9 (125/127), are moved to the
tuning part (their details, and the misses of r49 and r50, may now be looked at): TUNING
1370/1372 with the reader of round 9. r49 missed its partners: the first line of the citizen
participation comment (paragraph text set beside its row, centred on it, so reaching the line
under the partners row) was read as a wrapped partner badge. r50 missed its funders: names
holding « 100 € », « 50 € HT » were cut at those figures. Rules (``tests/sources/
test_tet_fiche_badges.py``): a badge row holds badge text (7,2 pt) only, paragraph-size words
neither continue nor fill it; a funder pair is two badges, the amount badge holding an amount or
« Non renseigné » and nothing else: TUNING 1372/1372 (53 files). Six new renders are held out
(r54–r59, nine fiches, all four variants): very long single words (URLs, e-mail addresses,
hashtags, hyphen chains) in titles, texts, badges and funder names; emoji and unusual Unicode;
every section present but empty; the most badges the template draws; two budget tables over
twenty years; a grouped export of variant c mixing these shapes. Measured once, totals only,
with the reader of round 10 (no change to ``sources/`` after the measure): HELD OUT 129/142 (nine
misses in r55 — emoji and unusual Unicode, which the substitute font draws as stray
characters —, one in r56 — every section empty —, three in r59 — the grouped export mixing
long words, emoji, empty sections and twelve-year tables —; not looked at).

Round 11 (2026-12-02): r54–r59, measured once at the end of round 10 (129/142), are moved to
the tuning part (their details, and the misses of r55, r56 and r59, may now be looked at):
TUNING 1501/1514 with the reader of round 10. r56 missed its ``total_etp`` (0 instead of none:
an ETP row at 0, printed as a bare « 0 »). r55's nine misses and r59's three (its second fiche)
are characters missing from the template's font. The brief of round 11 expected a real export
in Marianne to draw emoji as blanks or missing glyphs; it does not: react-pdf's
``fontSubstitution`` (``@react-pdf/textkit``, the version TeT uses) draws a character that no
font of the family has in the last font of the stack, Helvetica, which the layout always adds,
and TeT registers Marianne alone (``fonts/register-node.ts``, no emoji source). A real export
therefore shows what these renders show: every emoji (Marianne has none), and any other
character Marianne lacks, drawn as stray Latin-1 characters (one WinAnsi byte a UTF-16 code unit:
🚲 → « =² », ☀ → a byte 0, U+0301 → (cid:1)), set over the next words. Which of « ₂ », « ⁴ »,
« ✅ », « ➜ », U+0301, Greek or Vietnamese letters Marianne holds could not be checked (its files
are binary); Liberation Sans lacks all but the Greek. So none of these misses is an artefact
of the substitute font alone, and none can be read right: the PDF does not hold the characters
and the truth, computed from the data, keeps them (title, description, owners, partners and
funders of r55; title, description and partners of r59's second fiche). What the reader got
wrong around them is fixed: the stray characters were read as text (« Vélo =2 et covoiturage
=- », « Estuaire et Sillon <? ») and, closing the gaps between badges, glued r55's two funders
into one. Four more r55 misses (objectives, budget lines and totals) come from the PDF engine,
not this reader: PDFium's bulk text read (``sources/pdf/pdfium_chars.py``) drops the byte 0 of
☀ and shifts the text of every later character of the page by one; with
``COPDIAG_PDF_ENGINE=pdfplumber`` these four are right (``test_tet_fiche_glyphs.py`` holds a
strict xfail for it). Rules (``tests/sources/test_tet_fiche_glyphs.py``): characters drawn in a
standard PDF font (react-pdf's substitute) are left out of the text, with a warning naming the
pages, unless most of the page is set in it; a planned 0 ETP is no planned ETP, as a 0 € row is
no budget line: TUNING 1502/1514 (59 files; the twelve misses left are listed by name in
``KNOWN_MISSES``, 1506/1514 with the reference engine). Six new renders are held out (r60–r65,
fifteen fiches, all four variants): a fiche of four pages with a thirty-year table, a parent
fiche exported with its four sub-fiches, six fiches holding only a title and a status, narrow
no-break and thin spaces (U+202F, U+2009) in numbers and before « ; : ! », accented capitals with
twenty indicators, a long variant-d fiche with 24 steps and two sixteen-year tables (the
template kept every table whole, none was cut by a page break). Measured once, totals only,
with the reader of round 11 (no change to ``sources/`` after the measure): HELD OUT 228/233
(five misses, all in r63 — the narrow no-break and thin spaces, which the substitute font lacks
and react-pdf draws with its Helvetica fallback —, not looked at). After that measure the PDF
engine (not this reader) was fixed: a page whose bulk text read leaves out a character of code 0
is read code by code (``sources/pdf/pdfium_chars.py``), so r55's four engine misses are right:
TUNING 1506/1514 (the eight misses left are characters the PDF does not hold).

Round 12 (2026-12-02): r60–r65, measured once at the end of round 11 (228/233), are moved to
the tuning part (their details, and the five misses of r63, may now be looked at); r63 is
marked « not yet looked at » (xfail) until its misses are examined. First measure of the 65 tuning files with the reader of round 11:
TUNING 1734/1747 (r63 11/16: title, description, objectives, partners, funders). Every U+202F
(narrow no-break space) is drawn by react-pdf's Helvetica fallback as « / » with no width, set
over the next character; the round-11 rule left it out, so « 1 500 m² » read « 1500 m² »,
« HT ; » « HT; », « « Soleil » » « «Soleil» ». Amounts were right: the template groups digits
with plain spaces. U+2009 (thin space) is drawn as a glyph of code 9, also of no width, which
PDFium's text page leaves out. Whether Marianne holds these two could not be checked; if it
lacks them a real export draws them the same way. Rules (``tests/sources/
test_tet_fiche_glyphs.py``): a lone fallback glyph of a space's code (« / » for U+202F, byte 9
for U+2009, « _ » for U+205F) between two characters of its line, not both letters (bytes 0–10
are also combining accents), is read as a space; an amount badge whose digit groups are glued
(« 12500 € HT », a space the PDF does not hold) or set apart by a no-break, narrow or thin space
is an amount: TUNING 1737/1747 (65 files). The two misses left in r63 (description, objectives:
« 3200 m² », « 1200 foyers ») are the thin spaces PDFium does not give (right with
``COPDIAG_PDF_ENGINE=pdfplumber``); with r55's and r59's eight, the ten misses left are
characters the text read does not hold (``KNOWN_MISSES``). Three new renders are held out
(r66–r68, one fiche each, variants a, b, c; a short round): narrow no-break spaces in a title
before « : » and « ? », in badges and funder names; thin spaces in a title and in numbers and a
hair space before « ! »; real « / » beside digits and letters (« 2025/2030 », « km/h », « A/B »)
that must stay. Measured once, totals only, with the reader of round 12 (no change to
``sources/`` after the measure): HELD OUT 45/48 (three misses, all in r67 — the thin and hair
spaces —, not looked at).

Round 13 (2026-12-02): r66–r68, measured once at the end of round 12 (45/48), are moved to the
tuning part (their details, and the three misses of r67, may now be looked at); r67 is marked
« not yet looked at » (xfail) until its misses are examined. First measure of the 68 tuning
files with the reader of round 12: TUNING 1782/1795 (r63 14/16, r67 13/16: title, description,
objectives). r67's misses were its thin spaces (U+2009, drawn as a glyph of code 9 of no width,
« 15000 arbres », « 2400000 € », « 3°C ») and its hair space (U+200A, code 10, « désimperméabilisés! »).
PDFium's text page gives nothing for codes 0–31 of a standard font the file does not embed
(pdfminer reads « (cid:9) »): a page holding a text object in such a font with no character in
the text page is now read by pdfplumber (``sources/pdf/pdfium_chars.py``,
``tests/sources/pdf/test_pdfium_left_out_glyphs.py``), which also fixes r63's two misses. Code 10
is also the combining ring U+030A, as 9 is the hook U+0309: after a letter, these two codes stand
for a space only before « ! ? ; : » » (``test_tet_fiche_glyphs.py``): TUNING 1787/1795 (68 files;
the eight misses left, r55's and r59's, are characters the PDF does not hold). Four new renders
are held out (r69–r72, six fiches, all four variants): typographic signs (« ≥ ≤ ± × ‰ ½ ≈ … • — −
→ ») and a long URL with a query string, dates stored as timestamps, an end date already past,
25-year tables with spent amounts, a spent-only year and 0 € years beside thirty indicators, a
title opening with a guillemet, steps and a calendar with dates written several ways, a 0 €
funder, and a grouped export of variant d (a fiche of fourteen paragraphs with URLs running over
a page, a near-empty fiche, a budget-only fiche). Measured once, totals only, with the reader of
round 13 (no code change to ``sources/`` after the measure, one docstring): HELD OUT 95/95.

Run ``python -m tests.sources.test_tet_fiche_renders`` for the per-file scoreboard (tuning files
in detail, held-out files as totals; ``--held-out-details`` shows them too, ``--tuning-only``
leaves them out while tuning).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from sources.detect import TET_FICHE, detect
from sources.records import ActionPlanDocument
from sources.tet_fiche import parse_tet_fiche
from sources.values import one_line

RENDERS = Path(__file__).resolve().parents[1] / "fixtures" / "tet_fiche_renders"
TRUTH: dict[str, dict] = json.loads((RENDERS / "truth.json").read_text(encoding="utf-8"))
TUNING = (
    "r01_fiche81152.pdf", "r02_sans_budget.pdf", "r03_budget_pluriannuel.pdf",
    "r04_description_longue.pdf", "r06_amelioration_continue.pdf", "r09_fiche81152_version_b.pdf",
)  # fmt: skip
# round 1 held these out (measured once: 42/64 before, 49/64 after the round-1 fixes); in round 2
# they are tuning files and the held-out set is five new renders, decided before any parse
ROUND1_HELD_OUT = (
    "r05_acteurs_multiples.pdf", "r07_sans_statut.pdf", "r08_abandonne.pdf",
    "r10_budget_etale_version_b.pdf",
)  # fmt: skip
# round 3 adds two exports of several fiches: r16 tuning, r17 held out with r11–r15 (whose
# details were never looked at; round 2 measured them once, 79/80)
TUNING = TUNING + ROUND1_HELD_OUT + ("r16_export_trois_fiches.pdf",)
ROUND3_HELD_OUT = (
    "r11_covoiturage_bloque.pdf", "r12_sans_budget_version_b.pdf",
    "r13_dechets_verts_decimales.pdf", "r14_eaux_pluviales_version_b.pdf",
    "r15_coproprietes_etale.pdf", "r17_export_deux_fiches_version_b.pdf",
)  # fmt: skip
# round 4: the round-3 held-out files (measured once: 111/112) become tuning files; six new
# renders (r18–r23, written down in NOTICE.md before any render or parse) are held out
TUNING = TUNING + ROUND3_HELD_OUT
ROUND4_HELD_OUT = (
    "r18_titre_long_structures.pdf", "r19_budget_six_ans_version_b.pdf",
    "r20_description_listes.pdf", "r21_titre_seul_version_b.pdf",
    "r22_export_quatre_fiches_version_b.pdf", "r23_etale_million_decimales.pdf",
)  # fmt: skip
# round 5 (2026-12-01): the round-4 held-out files, measured once (142/142), become tuning files;
# six new renders (r24–r29, data and truth written down in NOTICE.md / truth.json before any
# render or parse) are held out
TUNING = TUNING + ROUND4_HELD_OUT
ROUND5_HELD_OUT = (
    "r24_titre_long_html.pdf", "r25_export_trois_fiches_html.pdf",
    "r26_export_deux_fiches_version_b.pdf", "r27_budget_depense_version_b.pdf",
    "r28_sections_vides.pdf", "r29_export_quatre_fiches_version_b.pdf",
)  # fmt: skip
# round 6 (2026-12-01): the round-5 held-out files, measured once at the end of round 5
# (188/189), become tuning files; six new renders (r30–r35, data and truth written down in
# NOTICE.md / truth.json before any render or parse) are held out
TUNING = TUNING + ROUND5_HELD_OUT
ROUND6_HELD_OUT = (
    "r30_tramway_centaines_millions.pdf", "r31_export_quatre_fiches_statuts.pdf",
    "r32_notes_longues_version_b.pdf", "r33_export_trois_fiches_version_b.pdf",
    "r34_indicateurs_nombreux.pdf", "r35_export_sous_action_version_b.pdf",
)  # fmt: skip
# round 7 (2026-12-01): the round-6 held-out files, measured once at the end of round 6
# (188/189), become tuning files; six new renders (r36–r41, data and truth written down in
# NOTICE.md / truth.json before any render or parse) are held out
TUNING = TUNING + ROUND6_HELD_OUT
ROUND7_HELD_OUT = (
    "r36_budget_seul_centimes.pdf", "r37_quatre_vingt_dix_financeurs_version_b.pdf",
    "r38_export_six_fiches_decalees.pdf", "r39_export_cinq_fiches_partenaires_version_b.pdf",
    "r40_tableau_quarante_ans_version_b.pdf", "r41_acteurs_pleine_page.pdf",
)  # fmt: skip
# round 8 (2026-12-02): the round-7 held-out files, measured once at the end of round 7
# (233/233), become tuning files (1072/1072 with the reader of round 7, no change needed)
TUNING = TUNING + ROUND7_HELD_OUT
# round 8 (2026-12-02): six new renders of variant c (r42–r47, data and truth written down in
# NOTICE.md / truth.json before any render or parse) are held out
ROUND8_HELD_OUT = (
    "r42_etapes_calendrier_version_c.pdf", "r43_trente_etapes_version_c.pdf",
    "r44_calendrier_etale_version_c.pdf", "r45_libelles_dans_le_texte_version_c.pdf",
    "r46_export_quatre_fiches_version_c.pdf", "r47_export_trois_fiches_etapes_version_c.pdf",
)  # fmt: skip
# round 9 (2026-12-02): the round-8 held-out files, measured once at the end of round 8
# (166/173, the seven misses all in r45), become tuning files
TUNING = TUNING + ROUND8_HELD_OUT
# round 9 (2026-12-02): six new renders (r48–r53, three of variant d; data and truth written down
# in NOTICE.md / truth.json before any render or parse) are held out
ROUND9_HELD_OUT = (
    "r48_moyens_repetes_version_d.pdf", "r49_participation_commentaire_version_d.pdf",
    "r50_financeurs_chiffres.pdf", "r51_notes_libelles_version_b.pdf",
    "r52_export_trois_fiches_version_d.pdf", "r53_statuts_dans_le_texte_version_c.pdf",
)  # fmt: skip
# round 10 (2026-12-02): the round-9 held-out files, measured once at the end of round 9
# (125/127, one miss in r49 and one in r50), become tuning files
TUNING = TUNING + ROUND9_HELD_OUT
# round 10 (2026-12-02): six new renders (r54–r59, variants a, b, c, d; data and truth written
# down in NOTICE.md / truth.json before any render or parse) are held out
ROUND10_HELD_OUT = (
    "r54_mots_longs_version_c.pdf", "r55_emoji_unicode_version_d.pdf",
    "r56_sections_vides_partout.pdf", "r57_badges_maximaux_version_b.pdf",
    "r58_budgets_vingt_ans_version_d.pdf", "r59_export_quatre_fiches_version_c.pdf",
)  # fmt: skip
# round 11 (2026-12-02): the round-10 held-out files, measured once at the end of round 10
# (129/142, nine misses in r55, one in r56, three in r59), become tuning files
TUNING = TUNING + ROUND10_HELD_OUT
# round 11 (2026-12-02): six new renders (r60–r65, variants a, b, c, d; data and truth written
# down in NOTICE.md / truth.json before any render or parse) are held out
ROUND11_HELD_OUT = (
    "r60_fiche_quatre_pages.pdf", "r61_export_sous_actions_version_c.pdf",
    "r62_export_titres_statuts.pdf", "r63_espaces_fines_version_d.pdf",
    "r64_capitales_indicateurs_version_b.pdf", "r65_fiche_longue_etapes_version_d.pdf",
)  # fmt: skip
# round 12 (2026-12-02): the round-11 held-out files, measured once at the end of round 11
# (228/233, the five misses all in r63), become tuning files
TUNING = TUNING + ROUND11_HELD_OUT
# round 12 (2026-12-02): three new renders (r66–r68, variants a, b, c; data and truth written
# down in NOTICE.md / truth.json before any render or parse) are held out
ROUND12_HELD_OUT = (
    "r66_espaces_fines_titre_badges.pdf", "r67_espaces_minces_version_b.pdf",
    "r68_barres_obliques_version_c.pdf",
)  # fmt: skip
# round 13 (2026-12-02): the round-12 held-out files, measured once at the end of round 12
# (45/48, the three misses all in r67), become tuning files; no new held-out set yet
TUNING = TUNING + ROUND12_HELD_OUT
# round 13 (2026-12-02): four new renders (r69–r72, variants a, b, c, d; data and truth written
# down in NOTICE.md / truth.json before any render or parse) are held out
HELD_OUT: tuple[str, ...] = (
    "r69_signes_typographiques.pdf", "r70_tableaux_longs_indicateurs_version_b.pdf",
    "r71_titre_guillemet_etapes_version_c.pdf", "r72_export_trois_fiches_version_d.pdf",
)  # fmt: skip
# Fields each render is NOT expected to get right yet, by name (tuning) — everything else must match.
KNOWN_MISSES: dict[str, set[str]] = {name: set() for name in TUNING}
# Round 11: characters the PDF does not hold. Emoji (and « ₂ », « ⁴ », « ✅ », « ➜ », a combining
# accent) are missing from the template's font; react-pdf draws them with its Helvetica fallback
# as stray Latin-1 characters, which a real export in Marianne (no emoji either) draws the same
# way. The reader leaves them out; the truth keeps the data's text, so these fields differ.
_NOT_IN_THE_PDF = {"title", "description", "owners", "partners", "funders"}
# (r55's objectives, budget lines and totals, shifted by PDFium's bulk text read around the byte 0
# of ☀, are right since ``sources/pdf/pdfium_chars.py`` reads such a page code by code; since
# round 13 its page, holding glyphs PDFium's text page leaves out, is read by pdfplumber)
KNOWN_MISSES["r55_emoji_unicode_version_d.pdf"] = _NOT_IN_THE_PDF
KNOWN_MISSES["r59_export_quatre_fiches_version_c.pdf"] = {"2.title", "2.description", "2.partners"}
# Round 12 listed r63's description and objectives here: its two thin spaces (U+2009, « 3 200
# m² », « 1 200 foyers ») are drawn by the fallback as a glyph of code 9 and no width, which
# PDFium's text page leaves out. Since round 13 a page holding such a glyph is read by
# pdfplumber (``sources/pdf/pdfium_chars.py``), which gives « (cid:9) », read as a space.
# Renders moved to tuning with a miss not yet looked at (the test then only runs, xfail);
# round 6 looked at r27's (total_etp summed with float noise) and fixed it, round 7 at r35's
# (funder names left at the foot of a page by a page break inside the funders row), round 9 at
# r45's seven (lines of the user's text read as the template's labels), round 10 at r49's
# (a participation comment read as a partner badge) and r50's (funder names holding amounts),
# round 11 at r55's, r56's and r59's (characters missing from the font, a planned 0 ETP)
# round 12 at r63's (narrow no-break and thin spaces drawn by the fallback), round 13 at r67's
# (thin and hair spaces, codes 9 and 10, left out by PDFium's text page)
UNSEEN_MISS: set[str] = set()
# Held-out files are only counted: at least this many fields right (all files together).
# Round 7 measured r36–r41 once, totals only, with the reader of round 7: 233/233 (r36 16/16,
# r37 16/16, r38 92/92, r39 77/77, r40 16/16, r41 16/16).
# Round 8 measured r42–r47 once, totals only, with the reader of round 7 (unchanged): 166/173
# (r42 16/16, r43 16/16, r44 16/16, r45 9/16, r46 62/62, r47 47/47); r45's misses not looked at.
# Round 9 measured r48–r53 once, totals only, with the reader of round 9 (no change after the
# measure): 125/127 (r48 16/16, r49 15/16, r50 15/16, r51 16/16, r52 47/47, r53 16/16); the two
# misses (r49, r50) not looked at.
# Round 10 measured r54–r59 once, totals only, with the reader of round 10 (no change after the
# measure): 129/142 (r54 16/16, r55 7/16, r56 15/16, r57 16/16, r58 16/16, r59 59/62); the
# misses not looked at.
# Round 11 measured r60–r65 once, totals only, with the reader of round 11 (no change after the
# measure): 228/233 (r60 16/16, r61 77/77, r62 92/92, r63 11/16, r64 16/16, r65 16/16); the five
# misses (r63, narrow no-break and thin spaces) not looked at.
# (Round 6, r30–r35: 188/189; round 5, r24–r29: 188/189; round 4, r18–r23: 142/142; round 3:
# 111/112.)
# Round 12 measured r66–r68 once, totals only, with the reader of round 12 (no change after the
# measure): 45/48 (r66 16/16, r67 13/16, r68 16/16); the three misses (r67) not looked at.
# Round 13 measured r69–r72 once, totals only, with the reader of round 13 (no code change after
# the measure): 95/95 (r69 16/16, r70 16/16, r71 16/16, r72 47/47).
HELD_OUT_FLOOR: int | None = 95


def _ws(text: str | None) -> str | None:
    return None if text is None else re.sub(r"\s+", " ", text).strip()


def _norm(value):  # noqa: ANN001, ANN202 - str, list of str or None
    """Truth text as the project writes text: apostrophes and dashes unified (``one_line``)."""
    if isinstance(value, list):
        return [one_line(v) for v in value]
    return one_line(value) if isinstance(value, str) else value


def _kind(label: str) -> str:
    return "investissement" if "investissement" in label.lower() else "fonctionnement"


def _published(doc: ActionPlanDocument) -> str:
    values = [
        (a.title, a.context, a.expected_results, a.owners, a.partners, a.target_audiences)
        for a in doc.actions
    ] + [[s.step for s in doc.steps], [f.funder for f in doc.funders]]
    return " ".join(str(v) for v in values)


def _checks(truth: dict, index: int = 0) -> dict[str, Callable[[ActionPlanDocument], bool]]:
    """One predicate per compared field, for the ``index``-th fiche of the file."""

    def action(doc: ActionPlanDocument):  # noqa: ANN202 - tiny accessor
        return doc.actions[index]

    def lines(doc: ActionPlanDocument) -> list[tuple]:
        return sorted(
            (_kind(s.step), int(s.planning_label) if s.planning_label else None, s.budget_eur)
            for s in doc.steps
            if s.action_id == action(doc).action_id
        )

    def funders(doc: ActionPlanDocument) -> list[tuple]:
        return [
            (f.funder, f.amount_eur) for f in doc.funders if f.action_id == action(doc).action_id
        ]

    expected_lines = sorted(
        (line["kind"], line["year"], float(line["amount"])) for line in truth["budget_lines"]
    )
    return {
        "title": lambda d: action(d).title == _norm(truth["title"]),
        "code": lambda d: (
            (action(d).action_code if action(d).action_code != "fiche" else None) == truth["code"]
        ),
        "description": lambda d: _ws(action(d).context) == _norm(truth["description"]),
        "objectives": lambda d: _ws(action(d).expected_results) == _norm(truth["objectives"]),
        "start_year": lambda d: action(d).start_year == truth["start_year"],
        "end_year": lambda d: action(d).end_year == truth["end_year"],
        "status": lambda d: action(d).action_status == truth["status"],
        "priority": lambda d: action(d).action_priority == truth["priority"],
        "owners": lambda d: action(d).owners == _norm(truth["owners"]),
        "partners": lambda d: action(d).partners == _norm(truth["partners"]),
        "total_budget": lambda d: action(d).total_budget_eur == truth["total_budget_eur"],
        "total_etp": lambda d: action(d).total_etp == truth["total_etp"],
        "budget_lines": lambda d: lines(d) == expected_lines,
        "funders": lambda d: (
            funders(d) == [(_norm(f["name"]), f["amount"]) for f in truth["funders"]]
        ),
        "people_private": lambda d: not any(n in _published(d) for n in truth["private_names"]),
    }


def score(name: str) -> dict[str, bool]:
    """Field → right or wrong for one render (``detect`` included)."""
    data = (RENDERS / name).read_bytes()
    result = {"detect": detect(data, name).kind == TET_FICHE}
    fiches = TRUTH[name].get("fiches")
    if fiches is None:  # one fiche: the 16 fields as they are
        checks = _checks(TRUTH[name])
    else:  # an export of several fiches: their number, then each fiche's fields prefixed
        checks = {"n_fiches": lambda d: len(d.actions) == len(fiches)}
        for index, truth in enumerate(fiches):
            for field, check in _checks(truth, index).items():
                checks[f"{index + 1}.{field}"] = check
    try:
        doc = parse_tet_fiche(data, name, hashlib.sha256(data).hexdigest())
    except Exception:  # noqa: BLE001 - a refusal scores every field wrong
        return result | dict.fromkeys(checks, False)
    for field, check in checks.items():
        try:
            result[field] = bool(check(doc))
        except Exception:  # noqa: BLE001 - a crash on one field is a miss on that field
            result[field] = False
    return result


def test_split_covers_every_render() -> None:
    """Every render is either tuning or held out, and a seventh of the files at least is held out.

    Rounds 1–3 held out a third of the files; round 4 held out six new files of 23 (nine
    fiches of 29, as r22 holds four). Round 5 moved those six to tuning and holds out six new
    files of 29 (a fifth), which hold twelve fiches of 41 (more than a quarter). Round 6 moved
    those six to tuning and holds out six new files of 35 (a sixth), which hold twelve fiches
    of 53 (more than a fifth). Round 7 moved those six to tuning and holds out six new files
    of 41 (a seventh), which hold fifteen fiches of 68 (more than a fifth). Round 8 moved those
    six to tuning and holds out six new files of 47 (an eighth), which hold eleven fiches of 79
    (more than an eighth; all of another version of the template, variant c). Round 9 moved
    those six to tuning and holds out six new files of 53 (a ninth), which hold eight fiches of
    87 (more than an eleventh; three files of another version of the template, variant d).
    Round 10 moved those six to tuning and holds out six new files of 59 (a tenth), which hold
    nine fiches of 96 (more than an eleventh; all four variants). Round 11 moved those six to
    tuning and holds out six new files of 65 (more than an eleventh), which hold fifteen fiches
    of 111 (more than an eighth; all four variants). Round 12 moved those six to tuning and,
    short of time, holds out three new files of 68 (one fiche each; variants a, b, c). Round
    13 moved those three to tuning and holds out four new files of 72 (six fiches of 120; all
    four variants); the round-13 rule asks for three files at least, of three variants at least.
    """
    assert sorted(TUNING + HELD_OUT) == sorted(TRUTH)
    pdfs = {p.name for p in RENDERS.glob("*.pdf")}
    assert pdfs == set(TRUTH)
    fiches = {n: len(TRUTH[n].get("fiches", [1])) for n in TRUTH}
    if not HELD_OUT:  # round 13 before new renders: nothing pending, no floor to hold
        assert HELD_OUT_FLOOR is None
    elif len(TRUTH) <= 65:  # rounds 1–11
        assert len(HELD_OUT) * 11 >= len(TRUTH)
        assert sum(fiches[n] for n in HELD_OUT) * 8 >= sum(fiches.values())
    elif len(TRUTH) <= 68:  # round 12, a short round: three new files, variants a, b, c at least
        assert len(HELD_OUT) >= 3
        assert {TRUTH[n]["template_variant"] for n in HELD_OUT} >= {"a", "b", "c"}
    else:  # round 13: three new files at least (none of them a tuning file), three variants
        assert len(HELD_OUT) >= 3
        assert not set(HELD_OUT) & set(TUNING)
        assert len({TRUTH[n]["template_variant"] for n in HELD_OUT}) >= 3
    assert {n: k for n, k in fiches.items() if k > 1} == {
        "r16_export_trois_fiches.pdf": 3,
        "r17_export_deux_fiches_version_b.pdf": 2,
        "r22_export_quatre_fiches_version_b.pdf": 4,
        "r25_export_trois_fiches_html.pdf": 3,
        "r26_export_deux_fiches_version_b.pdf": 2,
        "r29_export_quatre_fiches_version_b.pdf": 4,
        "r31_export_quatre_fiches_statuts.pdf": 4,
        "r33_export_trois_fiches_version_b.pdf": 3,
        "r35_export_sous_action_version_b.pdf": 2,
        "r38_export_six_fiches_decalees.pdf": 6,
        "r39_export_cinq_fiches_partenaires_version_b.pdf": 5,
        "r46_export_quatre_fiches_version_c.pdf": 4,
        "r47_export_trois_fiches_etapes_version_c.pdf": 3,
        "r52_export_trois_fiches_version_d.pdf": 3,
        "r59_export_quatre_fiches_version_c.pdf": 4,
        "r61_export_sous_actions_version_c.pdf": 5,
        "r62_export_titres_statuts.pdf": 6,
        "r72_export_trois_fiches_version_d.pdf": 3,
    }


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(reason="raté pas encore examiné"))
        if name in UNSEEN_MISS
        else name
        for name in TUNING
    ],
)
def test_tuning_render(name: str) -> None:
    """Each tuning render: every field right except the misses listed by name."""
    result = score(name)
    wrong = {field for field, ok in result.items() if not ok}
    assert wrong == KNOWN_MISSES[name]


def _parse(name: str) -> ActionPlanDocument:
    data = (RENDERS / name).read_bytes()
    return parse_tet_fiche(data, name, hashlib.sha256(data).hexdigest())


def test_yearly_tables_in_both_budget_sections() -> None:
    """Investment and operating tables (five columns) give one step per year, ETP per year."""
    doc = _parse("r03_budget_pluriannuel.pdf")
    action = doc.actions[0]
    assert [(_kind(s.step), s.planning_label, s.budget_eur, s.etp) for s in doc.steps] == [
        ("investissement", "2024", 450_000, None),
        ("investissement", "2025", 380_000, None),
        ("investissement", "2026", 275_500, None),
        ("investissement", "2027", 120_000, None),
        ("fonctionnement", "2024", 35_000, 0.5),
        ("fonctionnement", "2025", 42_000, 1),
        ("fonctionnement", "2026", 48_500, 1),
    ]
    assert (action.total_budget_eur, action.total_etp) == (1_351_000, 2.5)
    assert action.owners == ["Territoire d'énergie Mayenne", "Laval Agglomération"]
    assert [(f.funder, f.amount_eur) for f in doc.funders] == [
        ("Région Pays de la Loire", 250_000),
        ("ADEME", 120_000),
        ("État - DSIL", 185_500),
        ("FEDER", 300_000),
    ]


def test_text_crossing_a_page_and_wrapped_badges() -> None:
    """The repeated page header is not content; a wrapped badge row keeps one item per badge."""
    action = _parse("r04_description_longue.pdf").actions[0]
    assert action.context.startswith("Le territoire compte près de 1 400 exploitations")
    assert "des fermes pilotes.\nÀ l'issue du programme" in action.context  # across the page
    assert "Territoires en transitions" not in action.context
    assert action.owners == [
        "Chambre d'agriculture des Pays de la Loire",
        "Communauté de communes du Pays de Château-Gontier",
        "Parc naturel régional Normandie-Maine",
    ]
    assert action.partners[-1] == "Syndicat de bassin versant de la Mayenne"
    assert (action.start_year, action.end_year) == (None, None)


def test_spread_budget_and_funder_without_amount() -> None:
    """« Montant prévisionnel » badges (no year) and a funder « Non renseigné »."""
    doc = _parse("r06_amelioration_continue.pdf")
    action = doc.actions[0]
    assert [(s.planning_label, s.budget_eur) for s in doc.steps] == [
        (None, 8_500),
        ("2025", 12_000),
        ("2026", 12_500),
    ]
    assert [(f.funder, f.amount_eur) for f in doc.funders] == [
        ("CEE (certificats d'économies d'énergie)", 6_000),
        ("Département de la Mayenne", None),
    ]
    assert (action.action_status, action.action_priority) == ("A discuter", None)
    assert (action.start_year, action.end_year) == (2024, None)  # « Tous les ans », no end date


def test_export_of_several_fiches() -> None:
    """Each fiche of a multi-fiche export is its own action, with its own budget and funders."""
    doc = _parse("r16_export_trois_fiches.pdf")
    assert [(a.action_code, a.title, a.page) for a in doc.actions] == [
        ("2.3", "Sensibiliser les scolaires aux économies d'énergie", 1),
        ("5.1", "Animer le défi « Familles à énergie positive »", 2),
        ("4", "Rénover l'éclairage public en LED", 3),
    ]
    assert [a.total_budget_eur for a in doc.actions] == [None, 33_000, 1_351_000]
    by_action = {a.action_id: a.action_code for a in doc.actions}
    assert [(by_action[f.action_id], f.funder) for f in doc.funders][:3] == [
        ("5.1", "CEE (certificats d'économies d'énergie)"),
        ("5.1", "Département de la Mayenne"),
        ("4", "Région Pays de la Loire"),
    ]
    assert {by_action[p.action_id] for p in doc.people if p.name == "Sandrine Pottier"} == {"5.1"}


def test_priority_badge_without_status() -> None:
    """The template draws the priority badge alone when a fiche has no status."""
    from sources.tet_fiche import _badges

    top = "Territoires en transitions\nPage 1/1\nMOYEN\nCréer une ressourcerie\n"
    assert _badges(top) == (None, "Moyen")
    assert _badges("Territoires en transitions\nEN PAUSE BAS\n") == ("En pause", "Bas")
    assert _badges("Territoires en transitions\nCréer une ressourcerie\n") == (None, None)


def test_empty_field_placeholder_is_no_text() -> None:
    """« Non renseigné(s) », printed by the template for an empty field, is not a value."""
    from sources.tet_fiche import _section

    text = (
        "Description de l'action :\nNon renseigné\nInstances de gouvernance :\nNon renseigné\n"
        "OBJECTIFS : Non renseignés\nEFFETS ATTENDUS : Non renseignés\n"
    )
    assert _section(text, "Description de l'action") is None
    assert _section(text, "OBJECTIFS") is None
    assert _section("OBJECTIFS : Non renseignés pour 2025\nNOTES\n", "OBJECTIFS") == (
        "Non renseignés pour 2025"
    )
    # r13 has an indicator, so the template draws its OBJECTIFS line with the placeholder
    assert _parse("r13_dechets_verts_decimales.pdf").actions[0].expected_results is None


def test_totals_rounded_like_the_template() -> None:
    """Totals of decimal figures are summed as TeT sums them (``sumRoundedTo``, hundredths)."""
    from sources.tet_fiche import _sum_rounded

    assert 0.2 + 0.1 + 0.1 + 0.15 + 0.15 != 0.7  # a plain float sum
    assert _sum_rounded([0.2, 0.1, 0.1, 0.15, 0.15]) == 0.7
    assert _sum_rounded([48_000.5, 52_000, 30_500.75, 8_000]) == 138_501.25
    assert _sum_rounded([0.1, 0.2]) == 0.3
    assert _sum_rounded([]) is None
    # r27: ETP in an investment year without amount and an operating table in ETP only
    doc = _parse("r27_budget_depense_version_b.pdf")
    assert [(s.planning_label, s.budget_eur, s.etp) for s in doc.steps] == [
        ("2021", 48_000.5, None),
        ("2022", 52_000, None),
        ("2024", 30_500.75, None),
        ("2026", 8_000, None),
    ]
    assert (doc.actions[0].total_budget_eur, doc.actions[0].total_etp) == (138_501.25, 0.7)


def _words(text: str, x0: float, size: float = 7.2) -> list[dict]:
    """Words of one badge or label, 2 pt apart, as pdfplumber gives them."""
    words = []
    for token in text.split():
        width = 4.0 * len(token)
        words.append({"text": token, "x0": x0, "x1": x0 + width, "size": size})
        x0 += width + 2.0
    return words


def test_funder_names_left_at_the_foot_of_a_page() -> None:
    """A page break inside the funders row: name badges above, label and amounts on the next page.

    react-pdf moves the pieces of the wrapping row that do not fit: the name halves of the first
    name + amount pairs may stay at the foot of the page while « FINANCEURS : » and their amount
    halves open the next one. The names are paired, in order, with the amounts that have none.
    """
    from sources.tet_fiche import _FUNDERS, _funders, _Line, _moyens_sections

    table_row = _Line(2, 790.0, _words("Total 2 550 000 € HT", 69.0, size=9.0))
    names = _Line(2, 814.0, _words("État - DSIL", 29.0) + _words("Région Bretagne", 120.0))
    label = _Line(
        3,
        70.0,
        _words("FINANCEURS :", 25.0, size=7.8)
        + _words("150 000 € HT", 90.0)
        + _words("95 000,5 € HT", 160.0)
        + _words("ADEME", 240.0)
        + _words("Non renseigné", 275.0),
    )
    operating = _Line(2, 700.0, _words("BUDGET DE FONCTIONNEMENT :", 25.0, size=7.8))
    parts = _moyens_sections([operating, table_row, names, label])
    assert parts["budget de fonctionnement"] == [operating, table_row]
    assert [(n, a, p) for n, a, _raw, p in _funders(parts[_FUNDERS])] == [
        ("État - DSIL", 150_000, 2),
        ("Région Bretagne", 95_000.5, 2),
        ("ADEME", None, 3),
    ]
    # a row that starts with a name takes nothing from the page before
    whole = _Line(3, 70.0, _words("FINANCEURS :", 25.0, size=7.8) + _words("ADEME 9 € HT", 90.0))
    parts = _moyens_sections([operating, table_row, names, whole])
    assert parts["budget de fonctionnement"] == [operating, table_row, names]
    assert [(n, a) for n, a, _raw, _p in _funders(parts[_FUNDERS])] == [("ADEME", 9)]
    # nor when the lines above are no badges (larger text) or fewer names than amounts
    paragraph = _Line(2, 814.0, _words("État - DSIL", 29.0, size=7.8))
    assert _moyens_sections([operating, paragraph, label])[_FUNDERS] == [label]
    one_name = _Line(2, 814.0, _words("État - DSIL", 29.0))
    assert _moyens_sections([operating, one_name, label])[_FUNDERS] == [label]
    # r35: the page break of its first fiche falls inside the funders (names on page 2)
    doc = _parse("r35_export_sous_action_version_b.pdf")
    first = doc.actions[0].action_id
    assert [(f.funder, f.amount_eur, f.page) for f in doc.funders if f.action_id == first] == [
        ("État - appel à projets TCSP n°4", 150_000_000, 2),
        ("Région Pays de la Loire", 95_000_000, 2),
        ("Nantes Métropole (emprunt 2026/2031)", 420_500_000.75, 3),
        ("Versement mobilité", None, 3),
        ("Union européenne - MIE 2021-2027", 0, 3),
    ]


def test_held_out_renders_total() -> None:
    """Held-out renders are counted, not inspected: the total must not fall below the floor."""
    if HELD_OUT_FLOOR is None:
        pytest.skip("plancher des fichiers réservés pas encore mesuré")
    right = sum(sum(score(name).values()) for name in HELD_OUT)
    assert right >= HELD_OUT_FLOOR


def scoreboard(held_out_details: bool = False, tuning_only: bool = False) -> None:
    """Print tuning files field by field and held-out files as totals."""
    groups = (("TUNING", TUNING),) if tuning_only else (("TUNING", TUNING), ("HELD OUT", HELD_OUT))
    for group, names in groups:
        right = total = 0
        for name in names:
            result = score(name)
            ok = sum(result.values())
            right, total = right + ok, total + len(result)
            if group == "TUNING" or held_out_details:
                wrong = ", ".join(f for f, good in result.items() if not good) or "-"
                print(f"{group:8} {name:34} {ok:2}/{len(result)}  faux : {wrong}")
        print(f"{group:8} TOTAL {right}/{total} champs ({len(names)} fichiers)")


if __name__ == "__main__":
    scoreboard(
        held_out_details="--held-out-details" in sys.argv, tuning_only="--tuning-only" in sys.argv
    )
