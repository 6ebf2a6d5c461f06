"""PDF reading: safe opening, words → lines, running headers, table geometry.

Action plans arrive in layouts nobody here designed, so nothing below knows about a particular
generator: lines come from word positions, running headers/footers from repetition across
pages, and implementation tables from their header words (ruled tables through pdfplumber's
``lines`` strategy, unruled or striped ones from the header's column geometry and the
horizontal rules or vertical gaps between rows). Cells are read word by word where it matters:
a segment running over two narrow-padded cells is cut at the column bound, header cells naming
two columns are split by vocabulary, numbers go to the column of their right edge and the digit
groups of one amount are never cut. pypdfium2's fast text layer triages which
pages need the costly table finder, and every page is closed once read so memory stays flat on
200-page plans. Pages come from :mod:`sources.pdf.engine`: PDFium's characters and paths in
pdfplumber's shape (pdfplumber's own word grouping and table finder run on them), a
pdfplumber page where PDFium cannot give the same fidelity.

Scanned pages (no text layer, a large image) are read by OCR (:mod:`sources.ocr`, Tesseract in
French) when it is installed: their OCR words go through the same words → lines → tables code,
tables with the geometry reading only (pdfplumber's ``lines`` finder has no vector rules on a
scan; the rules seen on the image stand in for ``page.edges``), and the pages are reported
(:class:`OcrOutcome`) so records read from them are flagged as OCR with Tesseract's mean
confidence. At most :data:`MAX_OCR_PAGES` pages are OCR'd per document.

Modules: :mod:`~sources.pdf.opening` (validation, fast text, OCR fallback),
:mod:`~sources.pdf.scans` (OCR'd pages and their report), :mod:`~sources.pdf.content` (what a
page is read into), :mod:`~sources.pdf.lines` (words → lines → segments),
:mod:`~sources.pdf.running` (running headers/footers, page numbers),
:mod:`~sources.pdf.header_slots` (a header slot whose text changes: a sheet's name),
:mod:`~sources.pdf.sheet_grid` (a spreadsheet printed with its grid),
:mod:`~sources.pdf.sheet_headers` (its row numbers and column letters, furniture),
:mod:`~sources.pdf.columns` (table header vocabulary), :mod:`~sources.pdf.rules` (page rules),
:mod:`~sources.pdf.cells` (cell text), :mod:`~sources.pdf.ruled_tables` and
:mod:`~sources.pdf.geometry_tables` (the two table readings),
:mod:`~sources.pdf.rounded_boxes` (a rounded border's sides run to its corners),
:mod:`~sources.pdf.key_columns` (a grid's key column and text rows),
:mod:`~sources.pdf.icons` (icon glyphs before labels, no part of them),
:mod:`~sources.pdf.grid_widgets` (a data-grid plug-in's sort arrows, length menu, search box,
info line and pagination around a table, set aside),
:mod:`~sources.pdf.imposed` (a sheet printed two pages per sheet read as its pages),
:mod:`~sources.pdf.booklet` (a brochure's sides read in booklet order),
:mod:`~sources.pdf.contents_table` (a table of contents' entries, navigation set aside),
:mod:`~sources.pdf.pages` (each page's lines and tables). The PDFium engine:
:mod:`~sources.pdf.engine` (engine choice, per-page fallback to pdfplumber),
:mod:`~sources.pdf.watermark` (a diagonal watermark's glyphs set aside, both engines),
:mod:`~sources.pdf.page_ground` (a page-wide paper fill), :mod:`~sources.pdf.overlays` (a
fixed bar or banner printed over the flow, set aside, the text it hides kept),
:mod:`~sources.pdf.obj_box` (the box both ask about),
:mod:`~sources.pdf.pdfium_page` (a pdfplumber-shaped page), :mod:`~sources.pdf.pdfium_chars`,
:mod:`~sources.pdf.pdfium_paths` and :mod:`~sources.pdf.pdfium_words`.

Callers import from the modules themselves: importing this package loads neither pypdfium2 nor
pdfplumber.
"""
