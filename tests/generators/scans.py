"""Scanned documents whose truth is known: pages rendered to JPEG (askew, unevenly lit) and
wrapped in an image-only PDF, for the OCR path and for the bad-inputs corpus.
"""

from __future__ import annotations

import io
import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from demo.plan_spec import PlanSpec


def _image_pdf(jpegs: list[tuple[bytes | tuple[bytes, bytes], float, float]]) -> bytes:
    """An image-only PDF (what a scanner produces): one JPEG per page, no text layer; a pair
    (background JPEG, ink PNG with an alpha channel) is drawn as two images, the ink over the
    background through its mask (a « PDF compact »)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    for jpeg, width, height in jpegs:
        pdf.setPageSize((width, height))
        if isinstance(jpeg, tuple):  # mixed raster content: background, then ink through a mask
            background, ink = jpeg
            pdf.drawImage(ImageReader(io.BytesIO(background)), 0, 0, width, height)
            pdf.drawImage(ImageReader(io.BytesIO(ink)), 0, 0, width, height, mask="auto")
        else:
            pdf.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width, height)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _jpeg(image: object, quality: int = 80) -> bytes:
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality)  # type: ignore[attr-defined]
    return out.getvalue()


def scan_pdf(
    data: bytes,
    pages: list[int] | None = None,
    dpi: int = 200,
    skew_deg: float = 0.0,
    uneven: bool = False,
    paper: int | None = None,
    grain: float = 0.0,
    quality: int = 80,
    border: int = 0,
    show_through: float = 0.0,
    falloff: float = 0.0,
    toner: int = 0,
    specks: float = 0.0,
    bilevel: int = 0,
    faded: int = 0,
    fold: float = 0.0,
    stain: float = 0.0,
    halftone: int = 0,
    keystone: float = 0.0,
    blur: float = 0.0,
    tint: tuple[int, int, int] | None = None,
    stamp: float = 0.0,
    curl: float = 0.0,
    feed: float = 0.0,
    punch: float = 0.0,
    streak: float = 0.0,
    pen: float = 0.0,
    moire: float = 0.0,
    portrait_feed: int = 0,
    upside: tuple[int, ...] = (),
    highlight: float = 0.0,
    fringe: int = 0,
    nup: int = 0,
    app_filter: float = 0.0,
    app_mark: bool = False,
    blank_backs: float = 0.0,
    declared_dpi: int = 0,
    row_dpi: int = 0,
    fax_header: bool = False,
    mrc: int = 0,
    voids: float = 0.0,
    slip: float = 0.0,
    shadow: float = 0.0,
    lens: float = 0.0,
    crumple: float = 0.0,
    ghost: float = 0.0,
    jitter: float = 0.0,
    glare: float = 0.0,
    dropout: str = "",
    autocrop: float = 0.0,
    dogear: float = 0.0,
    verso: float = 0.0,
    jbig2: float = 0.0,
    shake: float = 0.0,
    sleeve: float = 0.0,
) -> bytes:
    """Simulate a scan of a text PDF: pages (0-based; default all) rendered in grey levels at
    ``dpi`` and wrapped as JPEG images in an image-only PDF of the same page size.
    ``skew_deg``: the sheet lay askew on the scanner glass (page rotated, greyish paper).
    ``uneven``: lit unevenly (lid open, phone photo): the paper darkens towards one corner
    down to mid grey, with grain, and the toner is faint.
    ``paper``: grey level of the paper (recycled or yellowed sheet, scanner's grey background;
    toner ~30), ``grain``: sigma of the scanner's pixel noise (deterministic per page),
    ``quality``: JPEG quality (a low one adds ringing around glyphs and rules).
    ``border``: width in pixels of the dark frame a scanner lid leaves around the sheet
    (uneven per side, deterministic per page); ``show_through``: strength (0–1) of the back of
    the sheet seen through thin paper (the page mirrored and blurred, faint); ``falloff``:
    light falling off gently from left to right (0–1 of the paper's brightness lost at the far
    edge). All three default to off, so earlier scans are unchanged.
    ``toner``: a photocopy's toner spreading, strokes thickened by a min filter of that size
    in pixels (odd, 3 = about a pixel each side); ``specks``: share of the page's pixels
    under dark toner specks (dust on the glass, dirty drum), deterministic per page;
    ``bilevel``: a fax-like black-and-white page, every pixel darker than this grey level
    black and the others white, stored losslessly (PNG) instead of JPEG. Off by default.
    ``faded``: a copier low on toner, the ink no darker than this grey level (low contrast);
    ``fold``: the shadow of a sheet folded in two (0–1 of the paper's brightness lost along a
    soft horizontal band at mid-height); ``stain``: a coffee ring (0–1 darkening of a ring and
    its inside, deterministic per page); ``halftone``: a page screened as a bilevel dot
    pattern (ordered dither with a Bayer matrix of that size, 2, 4 or 8: greys become dots,
    a moiré on fills), stored losslessly. All four off by default.
    ``keystone``: a phone photo taken from below the sheet's foot: the sheet a trapezoid whose
    top edge is shorter by that share of the width, the desk (dark grey) around it;
    ``blur``: the photo's soft focus, a Gaussian blur of that radius in pixels; ``tint``: a
    COLOUR scan, the page rendered in colour on a paper of that RGB colour (a yellowed sheet;
    the grey-level options above do not apply to it); ``stamp``: a blue ink stamp (« REÇU
    LE 12 MARS 2020 », the authority, « Service courrier ») of that strength (0–1) pressed
    askew over the text of every page, mottled, deterministic per page; ``curl``: the sheet
    curled up towards its left edge (stapled or bound there): lines drop by up to that share
    of the page height over the left 15 % of the width, shaded. All five off by default, so
    every earlier scan is unchanged.
    ``feed``: a sheet feeder (ADF) that takes every third sheet crooked (pages 2, 5, 8…, 1-based):
    that page turned by ``feed`` degrees, the glass it leaves bare dark (the feeder's black
    backing); ``punch``: two hole-punch holes of that diameter in mm in the left margin
    (centres 12 mm from the edge, 80 mm apart about mid-height), dark where the backing shows
    through, on every page; ``streak``: dust on the feeder's scanning glass, two thin dark
    vertical lines running down every page at the same places (37 % and 71 % of the width),
    ``streak`` the share of the light they take; ``pen``: a reader's ballpoint marks of that
    strength (0–1), deterministic per page: three wavy underlines across text lines, a bar in
    the right margin beside a passage and a tick; ``moire``: a rescanned print's moiré, a fine
    periodic pattern (two screens of slightly different pitch and angle, their beat showing as
    soft bands) taking up to that share of the light. All five off by default, so every
    earlier scan is unchanged.
    ``portrait_feed``: landscape pages printed on portrait sheets (the printer turns them) and
    scanned as portrait images: each landscape page turned by that angle (90: a quarter turn
    counter-clockwise, the page's top along the sheet's left edge; 270: clockwise), its PDF
    page portrait; ``upside``: the pages (0-based) whose sheet lay upside down in the feeder,
    turned 180° (after ``portrait_feed``). No text layer says which way is up; ``highlight``:
    a reader's fluorescent highlighter (yellow, pink, green; chisel tip about 4.5 mm) over
    two to five text lines of each page, transparent ink of that strength (0–1) multiplied
    over the print, streaky, deterministic per page; ``fringe``: a colour sheet-fed scanner
    whose three colour sensors see the sheet at rows that many pixels apart (red shifted
    down, blue up: coloured fringes above and below every stroke; colour scans only). All
    four off by default, so every earlier scan is unchanged.
    ``nup``: the document printed « 2 pages par feuille » before it was scanned (only 2): two
    consecutive pages reduced to fit side by side on one sheet turned the other way (portrait
    A4 pages at 70.7 % on a landscape A4 sheet, each centred in its half, no frame; an odd
    last page alone in the first half); the other options then apply to the sheet, seeded by
    its number. ``app_filter``: a phone scanner application's « document » filter of that
    strength (0–1): the paper's uneven light estimated and divided out (paper white), the
    contrast stretched (faint ink dark), a strong unsharp mask (light halos along strokes);
    ``app_mark``: the free application's watermark « Numérisé avec ScanPocket » in grey at
    the bottom right corner of every page. All three off by default, so every earlier scan is
    unchanged.
    ``blank_backs``: a single-sided printout scanned in the feeder's recto-verso mode: after
    every page, its sheet's blank back as a page of its own, the front's print seen through
    the paper (mirrored left to right, blurred, darkening the paper by at most that share of
    the print's contrast); only ``skew_deg``, ``paper`` and ``grain`` apply to the backs (the
    grain seeded by the back's place in the PDF); grey scans without ``nup`` only. ``declared_dpi``: the
    images wrapped into the PDF by a converter that takes them for that resolution, each
    page's size ``pixels × 72 / declared_dpi`` points instead of the page's own. Both off by
    default, so every earlier scan is unchanged.
    ``row_dpi``: a fax's NON-SQUARE PIXELS, the page sampled at ``dpi`` across but only
    ``row_dpi`` lines per inch down (each row the mean of the rows it covers), the image
    stored at that size over the whole page; ``fax_header``: the sending machine's
    transmission line (date, time, number, name, « P.nnn/NNN ») in monospaced black type
    about 2.5 mm high over the top margin of every page, straight (drawn after any skew,
    before the rows are sampled). ``mrc``: a multifunction printer's « PDF compact » (mixed
    raster content): each page two images, a background of the page with its ink taken out
    (pixels darker than 128 replaced by the lightest grey around them), reduced to ``mrc``
    dpi and saved as a JPEG of ``quality``, and over it the ink at full resolution as a
    one-bit mask painted in near black; grey scans only, not with ``bilevel``,
    ``halftone``, ``nup``, ``blank_backs``, ``declared_dpi`` nor ``row_dpi``. All three off
    by default, so every earlier scan is unchanged.
    ``voids``: the sheet printed by a laser printer low on toner, three vertical WHITE
    STREAKS (centred at 23, 51 and 78 % of the width, 3, 8 and 5 mm wide, 1 mm soft edges)
    where every pixel is brought that share of the way to white, the strength varying slowly
    down the page (× 0.7 to 1, a sine of period 90 mm), on the printed page before any
    scanning effect, the same on every page; ``slip``: the feeder's roller slipping, the sheet
    running that share faster from 30 to 36 % of the page's height (the print squashed) and
    as much slower over as many rows from 62 % (stretched), each image row taken from its
    place on the sheet by linear interpolation, the same on every page; ``shadow``: a phone
    photo's cast shadow (phone and hand), the light lowered by that share below and right of
    an edge from the bottom edge at 40 % of the width to the right edge at 55 % of the
    height, a 3 mm (sigma) penumbra, on the sheet before ``keystone``; ``lens``: the phone
    lens's barrel distortion of the whole photo, after ``keystone``: each pixel at normalised
    distance r from the centre (1 at a corner) taken from r × (1 + ``lens`` r²) on its ray,
    the desk's grey beyond the photo. All four off by default, so every earlier scan is
    unchanged.
    ``crumple``: the printed sheet crumpled into a ball and smoothed out by hand, different
    on every page: each pixel taken from a place moved by a smooth random displacement of up
    to that many mm (one field per axis, random on a 15 mm grid, bilinear sampling), twelve
    straight CREASES across the sheet (a dark line, the light lowered by 22 % × ``crumple``,
    Gaussian profile of sigma 0.2 mm, and a light line 0.5 mm to one side, ink lightened by
    10 % × ``crumple``) and FACETS between them, lit lower by 0 to 8 % × ``crumple``;
    ``ghost``: a laser printer's worn drum, a faint copy of the print repeated 75.4 mm lower
    (a 24 mm drum's circumference) taking that share of the light of the print above it, a
    second 150.8 mm lower at the share squared, the same on every page; both on the printed
    page before any scanning effect. ``jitter``: a sheet feeder's vibrating sensor, each
    image row shifted across by up to that many mm (0.6 × a sine of period 4.3 mm plus
    0.4 × one of period 1.7 mm down the page, phases seeded by the page), white paper coming
    in at the edges, after ``skew_deg``. All three off by default, so every earlier scan is
    unchanged.
    ``glare``: a ceiling light's reflection on a glossy sheet photographed by a phone, on the
    sheet after ``uneven`` and ``shadow``, before ``blur`` and ``keystone``: an elliptical
    patch (semi-axes 60 × 35 mm, the long one turned by an angle within ±30° of the
    horizontal, the centre within the middle 60 % of the width and 25 to 65 % of the
    height, all seeded by the page) where every pixel is brought toward white by that share
    × a profile of 1 inside 40 % of the ellipse's radius, falling as a raised cosine to 0 at
    its edge. Off by default, so every earlier scan is unchanged.
    ``dropout``: a document scanner's COLOUR DROPOUT in grey mode (« couleur d'exclusion »,
    ``"red"``, ``"green"`` or ``"blue"``), as a profile set for reading forms: the page
    rendered in colour and the grey image taken from that colour's channel alone instead of
    the luminance (with red: red, orange, yellow and pink go pale or white, blue and green go
    darker, greys unchanged), at the render, before every other effect; grey scans only (not
    with ``tint`` nor ``nup``). Off by default, so every earlier scan is unchanged.
    ``autocrop``: a sheet scanner's « détection automatique du format » that sees no paper
    edge against its white backing and crops each page to its PRINT: after every other effect
    of the page, the image cut to the bounding box of its ink (the pixels still darker than
    128 once a 5-pixel median filter has taken out grain and isolated specks) widened by
    ``autocrop`` mm on each side (within the image), the PDF page the size of that cut at the
    scan's resolution (``pixels × 72 / dpi`` points), so every page has its own size; a page
    without ink kept whole; grey scans only (not with ``tint``, ``nup``, ``border``,
    ``feed``, ``keystone``, ``lens``, ``uneven``, ``blank_backs``, ``fax_header``,
    ``row_dpi``, ``declared_dpi`` nor ``mrc``, whose dark edges or page sizes it would undo).
    Off by default, so every earlier scan is unchanged.
    ``dogear``: a stapled set whose staple was pulled out for the feeder, every sheet's TOP
    LEFT CORNER left FOLDED OVER ONTO ITS PRINT (« coin corné »), on the printed sheet before
    every scanning effect (after ``voids``, ``ghost`` and ``crumple``): a fold line at 45°
    cutting the top and left edges ``dogear`` mm from the corner (× 0.85 to 1.15, seeded by
    the page); the corner inside it gone (the scanner's white backing there); the FLAP, the
    corner's mirror image across the fold line, lying over the print and hiding it: the
    sheet's blank back, 8 % darker (off the glass), the corner's print seen through it
    (mirrored, blurred, 10 % of its contrast), two staple holes (dark dots 0.8 mm across,
    6 × 12 and 12 × 6 mm from the corner before the fold) and a thin darker crease; a soft
    shadow 1 mm wide along the flap's two free edges (up to 35 % of the light); grey scans
    only (not with ``tint``). Off by default, so every earlier scan is unchanged.
    ``verso``: a document printed RECTO-VERSO (long-edge) on thin paper, every page showing
    the print of the other side of its sheet through the paper: the document's 0-based page
    ``i``'s back is page ``i + 1`` when ``i`` is even, ``i - 1`` when it is odd (an odd last
    page's back blank), whatever ``pages`` scans; the back rendered as the front is (resized
    to its pixels if they differ), mirrored left to right, shifted 1.0 mm right and 0.6 mm
    down (the duplex unit's registration, white coming in), blurred (Gaussian, sigma
    0.25 mm) and multiplied over the front, each pixel × (1 − ``verso`` × (1 − back / 255));
    at the render, before every other effect; grey scans only (not with ``tint`` nor
    ``nup``). ``jbig2``: a bilevel page saved with LOSSY JBIG2 « pattern matching and
    substitution », after the ``bilevel`` threshold: the 8-connected black components whose
    box is at most 4 mm each way, in order of their box's top then left, each compared with
    the class representatives so far (in creation order) whose box is within 1 px of its own
    in width and height, both centred (offsets rounded down) in the larger width and
    height; the first whose differing pixels are at most ``jbig2`` of that box's area
    replaces the symbol (its pixels white, the representative's drawn black, centred the
    same way), else the symbol starts a class; ``bilevel`` pages only (not ``halftone``
    nor ``mrc``). Both off by default, so every earlier scan is unchanged.
    ``shake``: a phone photo taken by a moving hand (« flou de bougé »): the whole photo,
    after ``keystone`` and ``lens``, averaged along a straight path of that many mm centred
    on each pixel, in a direction seeded by the page (0 to 180°): the image shifted
    (bilinear, edges repeated) to ceil(length in px) + 1 points (at least 2) evenly spaced
    on the path, so strokes across the direction smear and strokes along it stay sharp.
    ``sleeve``: a sheet scanned inside its punched plastic sleeve (« pochette perforée »),
    after ``upside``, before ``skew_deg``, seeded by the page: the sheet shifted 12 mm right
    (its right 12 mm lost), the film's haze (every pixel brought 25 % × ``sleeve`` of the way
    to white, a Gaussian of sigma 0.1 mm), two patches of Newton's rings (× 1 − 0.10 ×
    ``sleeve`` × cos²(π r² / 25 mm²), windowed: flat to 10 mm, a raised cosine to 0 at 20
    mm), 30 one-pixel scratches 10 to 80 mm long (brought 50 % × ``sleeve`` toward white),
    then the perforated strip over the left 12 mm (grey 235, eleven 5 mm holes 25 mm apart,
    6 mm from the edge, lid white inside a grey 150 ring). Both grey scans only (not with
    ``tint``; ``sleeve`` not with ``nup``). Both off by default, so every earlier scan is
    unchanged."""
    import pypdfium2 as pdfium

    if tint is not None:
        grey_only = (paper, grain, border, show_through, falloff, toner, specks, bilevel)
        grey_only += (faded, fold, stain, halftone, uneven)
        if any(grey_only):
            raise ValueError("tint: les options en niveaux de gris ne s'appliquent pas")
    if fringe and tint is None:
        raise ValueError("fringe : seulement pour un scan en couleur (tint)")
    if portrait_feed not in (0, 90, 270):
        raise ValueError("portrait_feed : 0, 90 ou 270")
    if nup not in (0, 2):
        raise ValueError("nup : 0 ou 2")
    if blank_backs and (tint is not None or nup):
        raise ValueError("blank_backs : scan en niveaux de gris, sans nup")
    if mrc and (tint is not None or bilevel or halftone or nup or blank_backs):
        raise ValueError("mrc : scan en niveaux de gris, une image de fond et un masque")
    if mrc and (declared_dpi or row_dpi):
        raise ValueError("mrc : sans declared_dpi ni row_dpi")
    if dogear and tint is not None:
        raise ValueError("dogear : scan en niveaux de gris")
    if verso and (tint is not None or nup):
        raise ValueError("verso : scan en niveaux de gris, sans nup")
    if shake and tint is not None:
        raise ValueError("shake : scan en niveaux de gris")
    if sleeve and (tint is not None or nup):
        raise ValueError("sleeve : scan en niveaux de gris, sans nup")
    if jbig2 and (not bilevel or halftone or mrc):
        raise ValueError("jbig2 : seulement pour un scan noir et blanc (bilevel)")
    if dropout and dropout not in _DROPOUT:
        raise ValueError("dropout : red, green ou blue")
    if dropout and (tint is not None or nup):
        raise ValueError("dropout : scan en niveaux de gris, sans nup")
    framed = (nup, border, feed, keystone, lens, uneven, blank_backs, fax_header, row_dpi)
    if autocrop and (tint is not None or any(framed) or declared_dpi or mrc):
        raise ValueError("autocrop : scan en niveaux de gris, sans bords ni format imposés")

    doc = pdfium.PdfDocument(io.BytesIO(data))
    sizes: list[tuple[int, int]] = []  # each page image's pixels
    try:
        jpegs = []
        indices = list(pages if pages is not None else range(len(doc)))
        sheets = [indices[i : i + nup] for i in range(0, len(indices), nup)] if nup else []
        total = len(sheets) if nup else len(indices)
        for number, index in enumerate(range(len(sheets)) if nup else indices, 1):
            bitmap = page = back = None
            if nup:  # the printed sheet: its pages reduced side by side
                image, width, height = _n_up(doc, sheets[index], dpi, tint is None)
            else:
                page = doc[index]
                width, height = page.get_size()
                if dropout:  # the sensor's one colour channel, not the luminance
                    bitmap = page.render(scale=dpi / 72, grayscale=False)
                    image = bitmap.to_pil().convert("RGB").getchannel(_DROPOUT[dropout])
                else:
                    bitmap = page.render(scale=dpi / 72, grayscale=tint is None)
                    image = bitmap.to_pil()
            if verso and index ^ 1 < len(doc):  # the sheet's other side, through the paper
                image = _seen_through(
                    image, _rendered_grey(doc, index ^ 1, dpi, dropout), verso, dpi
                )
            if voids:  # the printout's own fault, before it is scanned
                image = _toner_voids(image, voids, dpi)
            if ghost:
                image = _drum_ghost(image, ghost, dpi)
            if crumple:  # the sheet's own state, before it is scanned
                image = _crumpled(image, crumple, dpi, index)
            if dogear:  # the stapled corner folded over, before it is scanned
                image = _dog_ear(image, dogear, dpi, index)
            back = _blank_back(image, blank_backs) if blank_backs else None
            if tint is not None:
                image = _tinted(image.convert("RGB"), tint)
            if highlight:  # on the sheet, in the page's own frame
                image = _highlighter(image, highlight, dpi, index)
            if portrait_feed and width > height:
                image = _turned(image, portrait_feed)
                width, height = height, width
            if index in upside:
                image = _turned(image, 180)
            if sleeve:  # the sheet in its sleeve on the glass, both askew together
                image = _plastic_sleeve(image, sleeve, dpi, index)
            if skew_deg:
                from PIL import Image

                white = 255 if tint is None else tint
                image = image.rotate(skew_deg, resample=Image.BICUBIC, fillcolor=white)
                image = image.point(lambda v: 38 + v * 0.83)  # paper and toner, not pure
            if slip:
                image = _roller_slip(image, slip)
            if jitter:
                image = _row_jitter(image, jitter, dpi, index)
            if feed and index % 3 == 1:
                from PIL import Image

                dark = 40 if tint is None else (40, 40, 40)
                image = image.rotate(feed, resample=Image.BICUBIC, center=(0, 0), fillcolor=dark)
            if punch:
                image = _punch_holes(image, punch, dpi)
            if streak:
                image = _glass_streaks(image, streak, dpi)
            if pen:
                image = _pen_marks(image, pen, dpi, index)
            if moire:
                image = _moire(image, moire)
            if stamp:
                image = _ink_stamp(image, stamp, dpi, index)
            if curl:
                image = _curl(image, curl)
            if paper is not None:
                image = image.point(lambda v, p=paper: round(30 + v * (p - 30) / 255))
            if show_through:
                image = _show_through(image, show_through)
            if falloff:
                image = _falloff(image, falloff)
            if border:
                image = _dark_border(image, border, index)
            if grain:
                image = _grain(image, grain, index)
            if uneven:
                image = _uneven_light(image, index)
            if faded:
                image = image.point(lambda v, f=faded: round(f + v * (255 - f) / 255))
            if fold:
                image = _fold_shadow(image, fold)
            if stain:
                image = _coffee_stain(image, stain, index)
            if toner:
                from PIL import ImageFilter

                image = image.filter(ImageFilter.MinFilter(toner))
            if specks:
                image = _specks(image, specks, index)
            if shadow:
                image = _cast_shadow(image, shadow, dpi)
            if glare:
                image = _glare(image, glare, dpi, index)
            if blur:
                from PIL import ImageFilter

                image = image.filter(ImageFilter.GaussianBlur(blur))
            if app_filter:
                image = _app_document_filter(image, app_filter)
            if app_mark:
                image = _app_watermark(image, dpi)
            if keystone:
                image = _keystone(image, keystone)
            if lens:
                image = _barrel(image, lens)
            if shake:  # the hand moving while the photo is taken: the whole photo smeared
                image = _camera_shake(image, shake, dpi, index)
            if fringe:
                image = _colour_fringe(image, fringe)
            if autocrop:  # the scanner's page size: the print's bounding box and a margin
                image = _cropped_to_print(image, autocrop, dpi)
                width, height = image.width * 72 / dpi, image.height * 72 / dpi
            if fax_header:
                image = _fax_header(image, dpi, number, total)
            if row_dpi:  # a fax's rows: fewer lines per inch down than dots across
                from PIL import Image

                rows = max(1, round(image.height * row_dpi / dpi))
                image = image.resize((image.width, rows), Image.BOX)
            if mrc:
                jpegs.append((_mixed_raster(image, mrc, dpi, quality), width, height))
            elif halftone:
                jpegs.append((_png(_halftone(image, halftone)), width, height))
            elif bilevel:
                image = image.point(lambda v, t=bilevel: 0 if v < t else 255)
                if jbig2:
                    image = _jbig2_substituted(image, jbig2, dpi)
                jpegs.append((_png(image.convert("1")), width, height))
            else:
                jpegs.append((_jpeg(image, quality), width, height))
            sizes.append(image.size)
            if back is not None:
                if skew_deg:
                    from PIL import Image

                    back = back.rotate(skew_deg, resample=Image.BICUBIC, fillcolor=255)
                    back = back.point(lambda v: 38 + v * 0.83)
                if paper is not None:
                    back = back.point(lambda v, p=paper: round(30 + v * (p - 30) / 255))
                if grain:
                    back = _grain(back, grain, len(jpegs))
                jpegs.append((_jpeg(back, quality), width, height))
                sizes.append(back.size)
            if bitmap is not None and page is not None:
                bitmap.close()
                page.close()
    finally:
        doc.close()
    if declared_dpi:  # the page sizes a converter gives images it takes for that resolution
        jpegs = [
            (data, w * 72 / declared_dpi, h * 72 / declared_dpi)
            for (data, _, _), (w, h) in zip(jpegs, sizes, strict=True)
        ]
    return _image_pdf(jpegs)


def _camera_shake(image: object, length_mm: float, dpi: int, seed: int) -> object:
    """A phone's motion blur: the mean of the image shifted (bilinear, edges repeated) to
    evenly spaced points of a straight path ``length_mm`` long centred on each pixel, its
    direction seeded by the page between 0 and 180°."""
    import math

    import numpy as np
    from PIL import Image
    from scipy import ndimage

    angle = np.random.default_rng(13100 + seed).uniform(0.0, math.pi)
    length = length_mm * dpi / 25.4
    count = max(2, math.ceil(length) + 1)
    pixels = np.asarray(image, dtype=np.float64)  # type: ignore[call-overload]
    out = np.zeros_like(pixels)
    for t in np.linspace(-length / 2, length / 2, count):
        move = (t * math.sin(angle), t * math.cos(angle))  # rows, columns
        out += ndimage.shift(pixels, move, order=1, mode="nearest")
    out /= count
    return Image.fromarray(np.round(np.clip(out, 0, 255)).astype("uint8"), mode="L")


def _plastic_sleeve(image: object, strength: float, dpi: int, seed: int) -> object:
    """A sheet scanned inside its punched plastic sleeve: shifted 12 mm right by the sleeve's
    perforated strip, hazed and softened by the film, Newton's rings where the film touches
    the glass, scratches, then the strip with its eleven holes over the left 12 mm."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    rng = np.random.default_rng(12600 + seed)
    mm = dpi / 25.4
    w, h = image.size  # type: ignore[attr-defined]
    strip = round(12 * mm)
    sheet = Image.new("L", (w, h), 255)
    sheet.paste(image.crop((0, 0, w - strip, h)), (strip, 0))  # type: ignore[attr-defined]
    pixels = np.asarray(sheet.filter(ImageFilter.GaussianBlur(0.1 * mm)), dtype=np.float64)
    pixels = pixels + (255 - pixels) * 0.25 * strength  # the film's haze
    for _ in range(2):  # Newton's rings, dark at r² = 25 n mm²
        cx, cy = rng.uniform(strip, w), rng.uniform(0, h)
        x0, x1 = max(0, int(cx - 20 * mm)), min(w, int(cx + 20 * mm) + 1)
        y0, y1 = max(0, int(cy - 20 * mm)), min(h, int(cy + 20 * mm) + 1)
        ys, xs = np.mgrid[y0:y1, x0:x1].astype(float)
        r = np.hypot(xs - cx, ys - cy) / mm
        window = 0.5 * (1 + np.cos(np.pi * np.clip((r - 10) / 10, 0, 1)))
        rings = np.cos(np.pi * r * r / 25) ** 2 * window
        pixels[y0:y1, x0:x1] *= 1 - 0.10 * strength * rings
    scratches = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(scratches)
    for _ in range(30):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        angle, length = rng.uniform(0, np.pi), rng.uniform(10, 80) * mm
        end = (x + length * np.cos(angle), y + length * np.sin(angle))
        draw.line(((x, y), end), fill=255, width=1)
    on = np.asarray(scratches) > 0
    pixels = np.where(on, pixels + (255 - pixels) * 0.5 * strength, pixels)
    out = Image.fromarray(np.round(np.clip(pixels, 0, 255)).astype("uint8"), mode="L")
    draw = ImageDraw.Draw(out)
    draw.rectangle((0, 0, strip - 1, h - 1), fill=235)  # the doubled film over the lid
    r, ring = 2.5 * mm, max(1, round(0.3 * mm))
    for k in range(11):
        x, y = 6 * mm, h / 2 + (k - 5) * 25 * mm
        draw.ellipse((x - r, y - r, x + r, y + r), fill=250, outline=150, width=ring)
    return out


def _rendered_grey(doc: object, index: int, dpi: int, dropout: str) -> object:
    """Page ``index`` rendered in grey as :func:`scan_pdf` renders its pages (through one
    colour channel with ``dropout``)."""
    page = doc[index]  # type: ignore[index]
    if dropout:
        bitmap = page.render(scale=dpi / 72, grayscale=False)
        image = bitmap.to_pil().convert("RGB").getchannel(_DROPOUT[dropout])
    else:
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        image = bitmap.to_pil().convert("L")
    bitmap.close()
    page.close()
    return image


def _seen_through(front: object, back: object, strength: float, dpi: int) -> object:
    """The other side of a recto-verso sheet seen through thin paper: ``back`` mirrored left
    to right, shifted 1.0 mm right and 0.6 mm down, blurred (sigma 0.25 mm), multiplied over
    ``front`` taking up to ``strength`` of the light."""
    import numpy as np
    from PIL import Image, ImageFilter, ImageOps

    mm = dpi / 25.4
    if back.size != front.size:  # type: ignore[attr-defined]
        back = back.resize(front.size, Image.BILINEAR)  # type: ignore[attr-defined]
    shifted = Image.new("L", back.size, 255)  # type: ignore[attr-defined]
    shifted.paste(ImageOps.mirror(back), (round(1.0 * mm), round(0.6 * mm)))  # type: ignore[arg-type]
    seen = np.asarray(shifted.filter(ImageFilter.GaussianBlur(0.25 * mm))).astype(float)
    out = np.asarray(front).astype(float) * (1 - strength * (1 - seen / 255))
    return Image.fromarray(np.round(np.clip(out, 0, 255)).astype("uint8"), mode="L")


def _jbig2_substituted(image: object, share: float, dpi: int) -> object:
    """Lossy JBIG2 pattern matching and substitution on a black-and-white page: each small
    symbol (8-connected, box at most 4 mm each way), in order of its box's top then left,
    replaced by the first class representative within 1 px of its size whose bitmap, both
    centred in the larger box, differs on at most ``share`` of that box; else a new class."""
    import numpy as np
    from PIL import Image
    from scipy import ndimage

    ink = np.asarray(image) < 128
    labels, _ = ndimage.label(ink, structure=np.ones((3, 3), dtype=int))
    limit = 4 * dpi / 25.4
    symbols = []
    for label, box in enumerate(ndimage.find_objects(labels), 1):
        if box is None:
            continue
        if box[0].stop - box[0].start <= limit and box[1].stop - box[1].start <= limit:
            symbols.append((box[0].start, box[1].start, label, box))
    symbols.sort(key=lambda s: (s[0], s[1]))
    out = ink.copy()
    h_img, w_img = ink.shape
    classes: dict[tuple[int, int], list[tuple[int, np.ndarray, int]]] = {}
    created = 0
    for top, left, label, box in symbols:
        bitmap = labels[box] == label
        h, w = bitmap.shape
        count = int(bitmap.sum())
        near = [
            c for dh in (-1, 0, 1) for dw in (-1, 0, 1) for c in classes.get((h + dh, w + dw), [])
        ]
        match = None
        for _, rep, rep_count in sorted(near, key=lambda c: c[0]):
            rh, rw = rep.shape
            big_h, big_w = max(h, rh), max(w, rw)
            allowed = share * big_h * big_w
            if abs(count - rep_count) > allowed:  # the XOR holds at least that many
                continue
            a, b = _centred(bitmap, big_h, big_w), _centred(rep, big_h, big_w)
            if np.count_nonzero(a ^ b) <= allowed:
                match = rep
                break
        if match is None:
            classes.setdefault((h, w), []).append((created, bitmap, count))
            created += 1
            continue
        out[box][bitmap] = False
        rh, rw = match.shape
        y0 = top - (max(h, rh) - h) // 2 + (max(h, rh) - rh) // 2
        x0 = left - (max(w, rw) - w) // 2 + (max(w, rw) - rw) // 2
        ys, xs = np.nonzero(match)
        ys, xs = ys + y0, xs + x0
        inside = (ys >= 0) & (ys < h_img) & (xs >= 0) & (xs < w_img)
        out[ys[inside], xs[inside]] = True
    return Image.fromarray(np.where(out, 0, 255).astype("uint8"), mode="L")


def _centred(bitmap: object, height: int, width: int) -> object:
    """``bitmap`` centred in a blank box of ``height`` × ``width`` (offsets rounded down)."""
    import numpy as np

    h, w = bitmap.shape  # type: ignore[attr-defined]
    box = np.zeros((height, width), dtype=bool)
    top, left = (height - h) // 2, (width - w) // 2
    box[top : top + h, left : left + w] = bitmap
    return box


# a colour dropout's channel (PIL band name)
_DROPOUT = {"red": "R", "green": "G", "blue": "B"}


def _cropped_to_print(image: object, margin_mm: float, dpi: int) -> object:
    """The image cut to the bounding box of its ink (darker than 128 after a 5-pixel median
    filter, so grain and isolated specks do not count) widened by ``margin_mm`` on each side
    within the image; an image without ink returned whole."""
    from PIL import ImageFilter

    ink = image.filter(ImageFilter.MedianFilter(5)).point(lambda v: 255 if v < 128 else 0)
    box = ink.getbbox()  # type: ignore[attr-defined]
    if box is None:
        return image
    margin = round(margin_mm / 25.4 * dpi)
    left, top, right, bottom = box
    return image.crop(  # type: ignore[attr-defined]
        (
            max(0, left - margin),
            max(0, top - margin),
            min(image.width, right + margin),  # type: ignore[attr-defined]
            min(image.height, bottom + margin),  # type: ignore[attr-defined]
        )
    )


def _n_up(doc: object, group: list[int], dpi: int, grey: bool) -> tuple[object, float, float]:
    """One sheet printed « 2 pages par feuille »: the sheet the first page's size turned the
    other way, cut in two halves (side by side for portrait pages, one over the other for
    landscape ones), each page rendered reduced to fit its half and centred in it; returns
    the sheet's image and its size in points."""
    from PIL import Image

    first = doc[group[0]]  # type: ignore[index]
    page_w, page_h = first.get_size()
    first.close()
    sheet_w, sheet_h = page_h, page_w
    side_by_side = sheet_w >= sheet_h
    half_w, half_h = (sheet_w / 2, sheet_h) if side_by_side else (sheet_w, sheet_h / 2)
    px = dpi / 72
    mode, white = ("L", 255) if grey else ("RGB", (255, 255, 255))
    sheet = Image.new(mode, (round(sheet_w * px), round(sheet_h * px)), white)
    for slot, index in enumerate(group):
        page = doc[index]  # type: ignore[index]
        w, h = page.get_size()
        scale = min(half_w / w, half_h / h)
        bitmap = page.render(scale=px * scale, grayscale=grey)
        image = bitmap.to_pil().convert(mode)
        left = (slot * half_w if side_by_side else 0) + (half_w - w * scale) / 2
        top = (0 if side_by_side else slot * half_h) + (half_h - h * scale) / 2
        sheet.paste(image, (round(left * px), round(top * px)))
        bitmap.close()
        page.close()
    return sheet, sheet_w, sheet_h


def _app_document_filter(image: object, strength: float) -> object:
    """A phone scanner application's « document » filter: the paper's light (a max filter
    over about 1.5 % of the width on a reduced copy, blurred) divided out so the paper goes
    white wherever it was lit, the contrast stretched (what was faint ink goes dark, the paper
    levelled at about 245), then a strong unsharp mask that leaves light halos along strokes;
    mixed with the photo by ``strength``."""
    import numpy as np
    from PIL import Image, ImageFilter

    grey = image.convert("L")  # type: ignore[attr-defined]
    w, h = grey.size
    small = grey.resize((max(1, w // 8), max(1, h // 8)), Image.BILINEAR)
    size = max(3, (int(0.015 * w / 8) // 2) * 2 + 1)
    light = small.filter(ImageFilter.MaxFilter(size)).filter(ImageFilter.GaussianBlur(size))
    light = light.resize((w, h), Image.BILINEAR)
    paper = np.maximum(np.asarray(light, dtype=np.float64), 1.0)
    page = np.asarray(image, dtype=np.float64)  # type: ignore[call-overload]
    ratio = page / (paper[:, :, None] if page.ndim == 3 else paper)
    levelled = np.clip((ratio - 0.3) / (0.96 - 0.3), 0.0, 1.0) ** 1.3 * 245.0
    out = (1.0 - strength) * page + strength * levelled
    mode = "L" if page.ndim == 2 else "RGB"
    filtered = Image.fromarray(np.clip(out, 0, 255).astype("uint8"), mode=mode)
    return filtered.filter(ImageFilter.UnsharpMask(radius=2, percent=round(160 * strength)))


_APP_MARK = "Numérisé avec ScanPocket"


def _app_watermark(image: object, dpi: int) -> object:
    """The free scanner application's watermark: « Numérisé avec ScanPocket » in grey type
    about 3 mm high, its right and bottom edges 6 mm from the page's."""
    from PIL import ImageDraw, ImageFont

    mm = dpi / 25.4
    out = image.copy()  # type: ignore[attr-defined]
    draw = ImageDraw.Draw(out)
    font = ImageFont.truetype(_MARK_FONT, max(6, round(3 * mm)))
    left, top, right, bottom = draw.textbbox((0, 0), _APP_MARK, font=font)
    w, h = out.size
    x, y = w - 6 * mm - (right - left) - left, h - 6 * mm - (bottom - top) - top
    grey = 110 if out.mode == "L" else (110, 110, 110)
    draw.text((x, y), _APP_MARK, fill=grey, font=font)
    return out


_MARK_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _turned(image: object, angle: int) -> object:
    """The page image turned by a multiple of 90° counter-clockwise, exactly (no resampling)."""
    from PIL import Image

    turn = {90: Image.Transpose.ROTATE_90, 180: Image.Transpose.ROTATE_180}
    turn[270] = Image.Transpose.ROTATE_270
    return image.transpose(turn[angle])  # type: ignore[attr-defined]


_HIGHLIGHTERS = ((255, 236, 30), (255, 128, 196), (140, 236, 110))  # yellow, pink, green


def _text_lines(grey: object, dpi: int) -> list[tuple[int, int, int, int]]:
    """Text lines of a page (top, bottom, left, right in pixels): runs of rows holding ink,
    1.2 to 6 mm high and not a solid filled band, once the long vertical rules (table grids)
    are left out."""
    import numpy as np

    mm = dpi / 25.4
    dark = np.asarray(grey) < 140
    h, w = dark.shape
    dark = dark & ~(dark.sum(axis=0) > 0.25 * h)[None, :]
    inked = dark.sum(axis=1) > max(3, 0.003 * w)
    lines, top = [], None
    for y, on in enumerate([*inked.tolist(), False]):
        if on and top is None:
            top = y
        elif not on and top is not None:
            cols = np.flatnonzero(dark[top:y].any(axis=0))
            solid = dark[top:y, cols[0] : cols[-1] + 1].mean() > 0.5  # a filled band
            if 1.2 * mm <= y - top <= 6 * mm and not solid:
                lines.append((top, y, int(cols[0]), int(cols[-1])))
            top = None
    return lines


def _highlighter(image: object, strength: float, dpi: int, seed: int) -> object:
    """A reader's fluorescent highlighter: two to five strokes (chisel tip about 4.5 mm high,
    slightly sloped, streaky along their length) over text lines of the page, each covering
    part of its line; transparent ink multiplied over the print (ink stays dark). Yellow,
    pink or green in colour, their grey level on a grey page; deterministic per page."""
    import math

    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    mm = dpi / 25.4
    page = np.asarray(image, dtype=np.float64).copy()  # type: ignore[call-overload]
    luma = np.array([0.299, 0.587, 0.114])
    grey = page if page.ndim == 2 else page @ luma
    h, w = grey.shape
    lines = _text_lines(grey, dpi)
    rng = np.random.default_rng(8000 + seed)
    if not lines:
        return image
    count = min(len(lines), int(rng.integers(2, 6)))
    for n, i in enumerate(sorted(rng.choice(len(lines), size=count, replace=False).tolist())):
        top, bottom, left, right = lines[i]
        span = max(right - left, 1)
        x0 = left + float(rng.uniform(0.0, 0.4)) * span - 1.0 * mm
        x1 = min(right + 1.0 * mm, x0 + float(rng.uniform(0.15, 0.45)) * w)
        y0 = (top + bottom) / 2 + float(rng.uniform(-0.4, 0.4)) * mm
        drop = math.tan(math.radians(float(rng.uniform(-0.6, 0.6)))) * (x1 - x0)
        half = 2.25 * mm
        mask = Image.new("L", (w, h), 0)
        corners = [(x0, y0 - half), (x1, y0 - half + drop), (x1, y0 + half + drop)]
        ImageDraw.Draw(mask).polygon([*corners, (x0, y0 + half)], fill=255)
        mask = mask.filter(ImageFilter.GaussianBlur(max(0.6, 0.15 * mm)))
        streaks = np.convolve(rng.uniform(0.7, 1.0, size=h), np.ones(3) / 3, mode="same")
        alpha = strength * np.asarray(mask, dtype=np.float64) / 255.0 * streaks[:, None]
        ink = np.array(_HIGHLIGHTERS[(seed + n) % len(_HIGHLIGHTERS)], dtype=np.float64) / 255
        if page.ndim == 2:
            page *= 1.0 - alpha * (1.0 - float(luma @ ink))
        else:
            page *= 1.0 - alpha[:, :, None] * (1.0 - ink[None, None, :])
    mode = "L" if page.ndim == 2 else "RGB"
    return Image.fromarray(np.clip(page, 0, 255).astype("uint8"), mode=mode)


def _colour_fringe(image: object, shift: int) -> object:
    """A sheet-fed colour scanner's sensors out of register: the red plane ``shift`` pixels
    down, the blue one up (edge rows repeated), so strokes get coloured fringes."""
    import numpy as np
    from PIL import Image

    rgb = np.asarray(image, dtype=np.uint8)  # type: ignore[call-overload]
    out = rgb.copy()
    out[shift:, :, 0] = rgb[:-shift, :, 0]
    out[:shift, :, 0] = rgb[:1, :, 0]
    out[:-shift, :, 2] = rgb[shift:, :, 2]
    out[-shift:, :, 2] = rgb[-1:, :, 2]
    return Image.fromarray(out, mode="RGB")


def _punch_holes(image: object, diameter_mm: float, dpi: int) -> object:
    """Two hole-punch holes in the left margin, the feeder's dark backing seen through."""
    from PIL import ImageDraw

    image = image.copy()  # type: ignore[attr-defined]
    mm = dpi / 25.4
    w, h = image.size
    r = diameter_mm * mm / 2
    x = 12 * mm
    dark = 35 if image.mode == "L" else (35, 35, 35)
    draw = ImageDraw.Draw(image)
    for y in (h / 2 - 40 * mm, h / 2 + 40 * mm):
        draw.ellipse((x - r, y - r, x + r, y + r), fill=dark)
    return image


def _glass_streaks(image: object, strength: float, dpi: int) -> object:
    """Dust on the feeder's glass: two thin dark vertical lines down the whole page."""
    import numpy as np
    from PIL import Image

    page = np.asarray(image, dtype=np.float64).copy()  # type: ignore[call-overload]
    w = page.shape[1]
    width = max(1, round(dpi / 150))
    for share, weight in ((0.37, 1.0), (0.71, 0.6)):
        x = int(share * w)
        page[:, x : x + width] *= 1.0 - strength * weight
    mode = "L" if page.ndim == 2 else "RGB"
    return Image.fromarray(np.clip(page, 0, 255).astype("uint8"), mode=mode)


def _pen_marks(image: object, strength: float, dpi: int, seed: int) -> object:
    """A reader's ballpoint: three wavy underlines in the text area, a bar in the right
    margin and a tick, in dark blue-grey ink of that strength; deterministic per page."""
    import math

    import numpy as np
    from PIL import Image, ImageDraw

    mm = dpi / 25.4
    w, h = image.size  # type: ignore[attr-defined]
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    line = max(2, round(0.35 * mm))
    rng = np.random.default_rng(7000 + seed)
    for _ in range(3):
        x0 = float(rng.uniform(0.12, 0.45)) * w
        length = float(rng.uniform(0.2, 0.4)) * w
        y0 = float(rng.uniform(0.15, 0.85)) * h
        phase = float(rng.uniform(0, math.tau))
        points = [
            (x0 + t, y0 + 0.6 * mm * math.sin(phase + t / (3 * mm)) + t * 0.01)
            for t in np.linspace(0, length, 120)
        ]
        draw.line(points, fill=255, width=line, joint="curve")
    bar_y = float(rng.uniform(0.2, 0.6)) * h
    bar_x = w - 10 * mm
    draw.line([(bar_x, bar_y), (bar_x + 1.0 * mm, bar_y + 40 * mm)], fill=255, width=line)
    tick_x, tick_y = w - 16 * mm, bar_y + 50 * mm
    draw.line(
        [(tick_x, tick_y), (tick_x + 2 * mm, tick_y + 3 * mm), (tick_x + 7 * mm, tick_y - 4 * mm)],
        fill=255,
        width=line,
        joint="curve",
    )
    alpha = strength * np.asarray(mask, dtype=np.float64) / 255.0
    page = np.asarray(image, dtype=np.float64)  # type: ignore[call-overload]
    ink = np.array((52.0, 60.0, 92.0))
    if page.ndim == 2:
        ink_level = float(np.array([0.299, 0.587, 0.114]) @ ink)
        out = page * (1.0 - alpha) + ink_level * alpha
        out = np.minimum(out, page)
    else:
        out = page * (1.0 - alpha[:, :, None]) + ink[None, None, :] * alpha[:, :, None]
        out = np.minimum(out, page)
    mode = "L" if page.ndim == 2 else "RGB"
    return Image.fromarray(np.clip(out, 0, 255).astype("uint8"), mode=mode)


def _moire(image: object, amount: float) -> object:
    """A rescanned print's moiré: two fine screens (pitch 3.1 px at 15°, 3.3 px at 17°)
    multiplied together, their beat drawing soft bands; up to ``amount`` of the light lost."""
    import numpy as np
    from PIL import Image

    page = np.asarray(image, dtype=np.float64)  # type: ignore[call-overload]
    h, w = page.shape[:2]
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    screens = np.ones((h, w))
    for pitch, angle in ((3.1, 15.0), (3.3, 17.0)):
        a = np.deg2rad(angle)
        screens *= 0.5 + 0.5 * np.cos(2 * np.pi * (x * np.cos(a) + y * np.sin(a)) / pitch)
    factor = 1.0 - amount * screens
    out = page * (factor[:, :, None] if page.ndim == 3 else factor)
    mode = "L" if page.ndim == 2 else "RGB"
    return Image.fromarray(np.clip(out, 0, 255).astype("uint8"), mode=mode)


def _tinted(image: object, paper: tuple[int, int, int]) -> object:
    """A colour page on a tinted paper: white becomes ``paper``, ink stays dark."""
    import numpy as np
    from PIL import Image

    rgb = np.asarray(image, dtype=np.float64)  # type: ignore[call-overload]
    out = rgb * (np.array(paper, dtype=np.float64) / 255.0)[None, None, :]
    return Image.fromarray(np.clip(out, 0, 255).astype("uint8"), mode="RGB")


_STAMP_INK = (43, 74, 168)
_STAMP_LINES = (
    ("REÇU LE 12 MARS 2020", 4.6),
    ("GRAND AUCH CŒUR DE GASCOGNE", 2.6),
    ("Service courrier", 2.6),
)


def _ink_stamp(image: object, strength: float, dpi: int, seed: int) -> object:
    """A rubber stamp in blue ink, about 64 × 27 mm: a double rounded frame around three
    lines, turned 6 to 12° and pressed over the page's upper middle, its ink mottled (gaps
    where the pad was dry); multiplied over the page (ink over ink stays dark).
    Deterministic per page."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    mm = dpi / 25.4
    w, h = int(64 * mm), int(27 * mm)
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    line = max(1, round(0.5 * mm))
    draw.rounded_rectangle((0, 0, w - 1, h - 1), radius=round(3 * mm), outline=255, width=line)
    gap = round(1.2 * mm)
    draw.rounded_rectangle(
        (gap, gap, w - 1 - gap, h - 1 - gap), radius=round(2 * mm), outline=255, width=line
    )
    y = 3.2 * mm
    for text, size in _STAMP_LINES:
        font = ImageFont.truetype(_STAMP_FONT, max(6, round(size * mm)))
        left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
        draw.text(((w - (right - left)) / 2 - left, y - top), text, fill=255, font=font)
        y += (bottom - top) + 2.0 * mm
    rng = np.random.default_rng(5000 + seed)
    angle = float(rng.uniform(6.0, 12.0))
    mottle = Image.fromarray(
        (rng.uniform(0.45, 1.0, size=(h, w)) * 255).astype("uint8"), mode="L"
    ).filter(ImageFilter.GaussianBlur(max(1.0, 0.4 * mm)))
    ink = np.asarray(mask, dtype=np.float64) * np.asarray(mottle, dtype=np.float64) / 255.0
    turned = Image.fromarray(ink.astype("uint8"), mode="L").rotate(
        angle, resample=Image.BICUBIC, expand=True, fillcolor=0
    )
    page = np.asarray(image, dtype=np.float64).copy()  # type: ignore[call-overload]
    ph, pw = page.shape[:2]
    tw, th = turned.size
    x0 = int(rng.uniform(0.35, 0.65) * (pw - tw))
    y0 = int(rng.uniform(0.15, 0.45) * (ph - th))
    alpha = strength * np.asarray(turned, dtype=np.float64) / 255.0
    ink_rgb = np.array(_STAMP_INK, dtype=np.float64) / 255.0
    if page.ndim == 2:  # a grey page: the ink's grey level
        ink_rgb = np.array([0.299, 0.587, 0.114]) @ ink_rgb
        region = page[y0 : y0 + th, x0 : x0 + tw]
        page[y0 : y0 + th, x0 : x0 + tw] = region * (1.0 - alpha * (1.0 - ink_rgb))
    else:
        region = page[y0 : y0 + th, x0 : x0 + tw, :]
        factor = 1.0 - alpha[:, :, None] * (1.0 - ink_rgb[None, None, :])
        page[y0 : y0 + th, x0 : x0 + tw, :] = region * factor
    mode = "L" if page.ndim == 2 else "RGB"
    return Image.fromarray(np.clip(page, 0, 255).astype("uint8"), mode=mode)


_STAMP_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _curl(image: object, amount: float) -> object:
    """The sheet curled up towards its left edge: each column of the left 15 % of the width
    shifted down by up to ``amount`` of the page height at the edge (quadratically, so the
    lines bend), and shaded (35 % of the light lost at the edge)."""
    import numpy as np
    from PIL import Image

    page = np.asarray(image, dtype=np.float64)  # type: ignore[call-overload]
    h, w = page.shape[:2]
    bend = np.clip(1.0 - np.arange(w) / (0.15 * w), 0.0, 1.0) ** 2
    source = np.arange(h, dtype=np.float64)[:, None] - amount * h * bend[None, :]
    source = np.clip(source, 0, h - 1)
    low = np.floor(source).astype(int)
    high = np.minimum(low + 1, h - 1)
    frac = source - low
    cols = np.arange(w)[None, :]
    if page.ndim == 3:
        frac = frac[:, :, None]
    out = page[low, cols] * (1.0 - frac) + page[high, cols] * frac
    shade = 1.0 - 0.35 * bend
    out = out * (shade[None, :, None] if page.ndim == 3 else shade[None, :])
    mode = "L" if page.ndim == 2 else "RGB"
    return Image.fromarray(np.clip(out, 0, 255).astype("uint8"), mode=mode)


def _keystone(image: object, amount: float) -> object:
    """A phone photo from below the sheet's foot: the page drawn as a trapezoid (top edge
    ``amount`` of the width shorter, a little lower), 1.5 % of desk around it (dark grey)."""
    import numpy as np
    from PIL import Image

    w, h = image.size  # type: ignore[attr-defined]
    edge = 0.015 * w
    inset = edge + amount * w / 2
    # where the sheet's corners land (top-left, top-right, bottom-right, bottom-left)
    out = [(inset, edge + amount * h * 0.3), (w - inset, edge + amount * h * 0.3)]
    out += [(w - edge, h - edge), (edge, h - edge)]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    rows, rhs = [], []
    for (x, y), (u, v) in zip(out, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    coeffs = np.linalg.solve(np.array(rows, dtype=np.float64), np.array(rhs, dtype=np.float64))
    desk = 62 if image.mode == "L" else (66, 62, 58)  # type: ignore[attr-defined]
    return image.transform(  # type: ignore[attr-defined]
        (w, h), Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC, fillcolor=desk
    )


def _fold_shadow(image: object, amount: float) -> object:
    """A fold across the middle of the sheet: a soft horizontal shadow band (Gaussian, about
    a twentieth of the page high) losing ``amount`` of the brightness at its centre."""
    import numpy as np
    from PIL import Image

    grey = np.asarray(image, dtype=np.float64)  # type: ignore[call-overload]
    h = grey.shape[0]
    y = np.arange(h, dtype=np.float64)
    shade = 1.0 - amount * np.exp(-(((y - 0.5 * h) / (0.025 * h)) ** 2))
    return Image.fromarray(np.clip(grey * shade[:, None], 0, 255).astype("uint8"), mode="L")


def _coffee_stain(image: object, strength: float, seed: int) -> object:
    """A coffee ring: a darker ring (its edge) around a lightly darkened disc, a fifth of the
    page wide, placed deterministically per page."""
    import numpy as np
    from PIL import Image

    grey = np.asarray(image, dtype=np.float64)  # type: ignore[call-overload]
    h, w = grey.shape
    rng = np.random.default_rng(4000 + seed)
    cx, cy = rng.uniform(0.25, 0.75) * w, rng.uniform(0.25, 0.75) * h
    radius = 0.1 * w
    yy, xx = np.mgrid[0:h, 0:w]
    dist = np.hypot(xx - cx, yy - cy) / radius
    ring = np.exp(-(((dist - 1.0) / 0.04) ** 2))
    inside = (dist < 1.0) * 0.35
    out = grey * (1.0 - strength * np.clip(ring + inside, 0.0, 1.0))
    return Image.fromarray(np.clip(out, 0, 255).astype("uint8"), mode="L")


def _halftone(image: object, size: int) -> object:
    """The page screened to black and white by ordered dithering (Bayer matrix of ``size``):
    greys become regular dot patterns, as a cheap printer or a fax's halftone mode gives."""
    import numpy as np
    from PIL import Image

    bayer = np.array([[0]], dtype=np.float64)
    while bayer.shape[0] < size:
        bayer = np.block([[4 * bayer, 4 * bayer + 2], [4 * bayer + 3, 4 * bayer + 1]])
    levels = (bayer + 0.5) / bayer.size * 255.0
    grey = np.asarray(image, dtype=np.float64)  # type: ignore[call-overload]
    h, w = grey.shape
    reps = (h // levels.shape[0] + 1, w // levels.shape[1] + 1)
    threshold = np.tile(levels, reps)[:h, :w]
    out = np.where(grey < threshold, 0, 255).astype("uint8")
    return Image.fromarray(out, mode="L").convert("1")


def _png(image: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")  # type: ignore[attr-defined]
    return out.getvalue()


def _specks(image: object, share: float, seed: int) -> object:
    """Dark toner specks, 1 to 3 pixels across, over about ``share`` of the page's pixels,
    deterministic per page."""
    import numpy as np
    from PIL import Image

    grey = np.asarray(image, dtype=np.uint8).copy()  # type: ignore[call-overload]
    h, w = grey.shape
    rng = np.random.default_rng(3000 + seed)
    count = int(share * h * w / 4)
    ys, xs = rng.integers(0, h - 3, size=count), rng.integers(0, w - 3, size=count)
    sizes = rng.integers(1, 4, size=count)
    for y, x, size in zip(ys.tolist(), xs.tolist(), sizes.tolist(), strict=True):
        grey[y : y + size, x : x + size] = 25
    return Image.fromarray(grey, mode="L")


def _toner_voids(image: object, strength: float, dpi: int) -> object:
    """A laser printout low on toner: three vertical white streaks (the same drum, so the
    same places on every page), each pixel there brought ``strength`` of the way to white,
    slowly varying down the page."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(image).astype(float)
    h, w = pixels.shape[:2]
    mm = dpi / 25.4
    x = np.arange(w)
    across = np.zeros(w)
    for centre, width in ((0.23, 3.0), (0.51, 8.0), (0.78, 5.0)):
        distance = np.abs(x - centre * w)
        inside = (width * mm / 2 + mm / 2 - distance) / mm  # 1 mm soft edges
        across = np.maximum(across, np.clip(inside, 0.0, 1.0))
    down = 0.85 + 0.15 * np.sin(2 * np.pi * np.arange(h) / (90 * mm))
    amount = strength * down[:, None] * across[None, :]
    if pixels.ndim == 3:
        amount = amount[..., None]
    out = pixels + (255 - pixels) * amount
    return Image.fromarray(np.round(out).astype("uint8"), mode=image.mode)  # type: ignore[attr-defined]


def _roller_slip(image: object, share: float) -> object:
    """A feeder's roller slipping: the sheet ``share`` faster over rows 30–36 % of the
    height (squashed), as much slower over as many rows from 62 % (stretched), so the page
    ends where it should; rows interpolated linearly."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(image).astype(float)
    h = pixels.shape[0]
    first, end = round(0.30 * h), round(0.36 * h)
    second = round(0.62 * h)
    speed = np.ones(h)
    speed[first:end] += share
    speed[second : second + end - first] -= share
    source = np.clip(np.concatenate(([0.0], np.cumsum(speed[:-1]))), 0, h - 1)
    top = np.floor(source).astype(int)
    below = np.minimum(top + 1, h - 1)
    t = source - top
    t = t[:, None, None] if pixels.ndim == 3 else t[:, None]
    out = pixels[top] * (1 - t) + pixels[below] * t
    return Image.fromarray(np.round(out).astype("uint8"), mode=image.mode)  # type: ignore[attr-defined]


def _cast_shadow(image: object, strength: float, dpi: int) -> object:
    """The phone's and hand's shadow over the sheet: the light lowered by ``strength``
    below and right of an edge from (40 % of the width, bottom) to (right edge, 55 % of the
    height), its penumbra a Gaussian of sigma 3 mm."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    w, h = image.size  # type: ignore[attr-defined]
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).polygon([(0.40 * w, h), (w, 0.55 * h), (w, h)], fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(3 * dpi / 25.4))
    light = 1 - strength * np.asarray(mask).astype(float) / 255
    pixels = np.asarray(image).astype(float)
    if pixels.ndim == 3:
        light = light[..., None]
    out = pixels * light
    return Image.fromarray(np.round(out).astype("uint8"), mode=image.mode)  # type: ignore[attr-defined]


def _glare(image: object, strength: float, dpi: int, seed: int) -> object:
    """A ceiling light's reflection on the glossy sheet: inside a seeded ellipse (60 × 35 mm,
    turned within ±30°) every pixel brought toward white by ``strength`` × a flat core over
    40 % of the radius falling as a raised cosine to the edge."""
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(9800 + seed)
    pixels = np.asarray(image).astype(float)
    h, w = pixels.shape[:2]
    mm = dpi / 25.4
    angle = np.radians(rng.uniform(-30, 30))
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.25, 0.65) * h
    ys, xs = np.mgrid[0:h, 0:w].astype(float)
    u = (xs - cx) * np.cos(angle) + (ys - cy) * np.sin(angle)
    v = -(xs - cx) * np.sin(angle) + (ys - cy) * np.cos(angle)
    r = np.sqrt((u / (60 * mm)) ** 2 + (v / (35 * mm)) ** 2)
    fall = 0.5 * (1 + np.cos(np.pi * np.clip((r - 0.4) / 0.6, 0, 1)))
    share = strength * np.where(r <= 0.4, 1.0, fall)
    if pixels.ndim == 3:
        share = share[..., None]
    out = pixels + (255 - pixels) * share
    return Image.fromarray(np.round(np.clip(out, 0, 255)).astype("uint8"), mode=image.mode)  # type: ignore[attr-defined]


def _barrel(image: object, k: float) -> object:
    """A phone lens's barrel distortion: each pixel at normalised radius r (1 at a corner)
    taken from r × (1 + k r²) on its ray, bilinear, the desk's grey beyond the photo."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(image).astype(float)
    h, w = pixels.shape[:2]
    cx, cy = (w - 1) / 2, (h - 1) / 2
    ys, xs = np.mgrid[0:h, 0:w].astype(float)
    dx, dy = xs - cx, ys - cy
    factor = 1 + k * (dx * dx + dy * dy) / (cx * cx + cy * cy)
    sx, sy = cx + dx * factor, cy + dy * factor
    outside = (sx < 0) | (sx > w - 1) | (sy < 0) | (sy > h - 1)
    sx, sy = np.clip(sx, 0, w - 1), np.clip(sy, 0, h - 1)
    x0, y0 = np.minimum(sx.astype(int), w - 2), np.minimum(sy.astype(int), h - 2)
    tx, ty = sx - x0, sy - y0
    if pixels.ndim == 3:
        tx, ty, outside = tx[..., None], ty[..., None], outside[..., None]
    top = pixels[y0, x0] * (1 - tx) + pixels[y0, x0 + 1] * tx
    bottom = pixels[y0 + 1, x0] * (1 - tx) + pixels[y0 + 1, x0 + 1] * tx
    out = top * (1 - ty) + bottom * ty
    desk = np.array(62.0 if pixels.ndim == 2 else (66.0, 62.0, 58.0))
    out = np.where(outside, desk, out)
    return Image.fromarray(np.round(out).astype("uint8"), mode=image.mode)  # type: ignore[attr-defined]


def _bilinear(pixels: object, sx: object, sy: object, fill: float) -> object:
    """``pixels`` sampled at the float positions ``sx``, ``sy`` (arrays of the image's
    shape), bilinear, ``fill`` where a position falls outside the image."""
    import numpy as np

    grid = np.asarray(pixels)
    h, w = grid.shape[:2]
    outside = (sx < 0) | (sx > w - 1) | (sy < 0) | (sy > h - 1)  # type: ignore[operator]
    sx, sy = np.clip(sx, 0, w - 1), np.clip(sy, 0, h - 1)
    x0, y0 = np.minimum(sx.astype(int), w - 2), np.minimum(sy.astype(int), h - 2)
    tx, ty = sx - x0, sy - y0
    if grid.ndim == 3:
        tx, ty, outside = tx[..., None], ty[..., None], outside[..., None]
    top = grid[y0, x0] * (1 - tx) + grid[y0, x0 + 1] * tx
    bottom = grid[y0 + 1, x0] * (1 - tx) + grid[y0 + 1, x0 + 1] * tx
    return np.where(outside, fill, top * (1 - ty) + bottom * ty)


def _crumpled(image: object, strength: float, dpi: int, seed: int) -> object:
    """A sheet crumpled and smoothed out: the print moved by a smooth random displacement
    of up to ``strength`` mm, twelve creases (a dark line beside a light one) and facets
    between them lit differently, deterministic per page."""
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(9000 + seed)
    pixels = np.asarray(image).astype(float)
    h, w = pixels.shape[:2]
    mm = dpi / 25.4
    ys, xs = np.mgrid[0:h, 0:w].astype(float)
    nodes = (max(2, round(w / (15 * mm)) + 1), max(2, round(h / (15 * mm)) + 1))
    moved = []
    for axis in (xs, ys):
        grid = rng.uniform(-1.0, 1.0, size=(nodes[1], nodes[0])).astype(np.float32)
        field = Image.fromarray(grid, mode="F").resize((w, h), Image.BICUBIC)
        moved.append(axis + np.clip(np.asarray(field), -1.0, 1.0) * strength * mm)
    out = _bilinear(pixels, moved[0], moved[1], 255.0)
    light = np.ones((h, w))
    lighter = np.zeros((h, w))
    facets = np.zeros((h, w))
    sigma = 0.2 * mm
    for _ in range(12):
        px, py = rng.uniform(0, w), rng.uniform(0, h)
        angle = rng.uniform(0, np.pi)
        distance = (xs - px) * -np.sin(angle) + (ys - py) * np.cos(angle)
        light *= 1 - 0.22 * strength * np.exp(-(distance**2) / (2 * sigma**2))
        side = distance - 0.5 * mm
        lighter = np.maximum(lighter, 0.10 * strength * np.exp(-(side**2) / (2 * sigma**2)))
        facets += rng.uniform(0, 1) * (distance > 0)
    span = facets.max() - facets.min()
    if span > 0:
        light *= 1 - 0.08 * strength * (facets - facets.min()) / span
    if out.ndim == 3:
        light, lighter = light[..., None], lighter[..., None]
    out = (out + (255 - out) * lighter) * light
    return Image.fromarray(np.round(np.clip(out, 0, 255)).astype("uint8"), mode=image.mode)  # type: ignore[attr-defined]


def _dog_ear(image: object, leg_mm: float, dpi: int, seed: int) -> object:
    """The sheet's top left corner folded over onto its print along a 45° line cutting both
    edges about ``leg_mm`` from the corner (× 0.85–1.15, seeded): the corner gone (white
    backing), the flap over the print showing the blank back (8 % darker, the corner's print
    mirrored through it at 10 % of its contrast, two staple holes), a darker crease, a soft
    shadow 1 mm wide along the flap's free edges."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(9500 + seed)
    mm = dpi / 25.4
    leg = leg_mm * mm * rng.uniform(0.85, 1.15)
    pixels = np.asarray(image).astype(float)
    h, w = pixels.shape[:2]
    n_y, n_x = min(h, int(np.ceil(leg + 2 * mm)) + 1), min(w, int(np.ceil(leg + 2 * mm)) + 1)
    ys, xs = np.mgrid[0:n_y, 0:n_x].astype(float) + 0.5  # pixel centres
    s = xs + ys
    corner = s < leg
    flap = ~corner & (xs < leg) & (ys < leg)
    out = pixels.copy()
    part = out[:n_y, :n_x]
    # the flap's back: the corner's print mirrored across the fold, seen through the paper
    seen = np.asarray(image.filter(ImageFilter.GaussianBlur(0.3 * mm))).astype(float)  # type: ignore[attr-defined]
    through = _bilinear(seen, leg - ys - 0.5, leg - xs - 0.5, 255.0)
    back = 0.92 * (255 - 0.10 * (255 - through))
    for hx, hy in ((6, 12), (12, 6)):  # the staple's holes, on the flap after the fold
        cx, cy = leg - hy * mm, leg - hx * mm
        if hx * mm + hy * mm < leg:
            back = np.where(np.hypot(xs - cx, ys - cy) <= 0.4 * mm, 80.0, back)
    crease = (s - leg) / np.sqrt(2) < 0.3 * mm
    back = np.where(crease, back * 0.75, back)
    # the shadow the lifted flap casts on the print beyond its free edges
    away = np.hypot(np.maximum(xs - leg, 0), np.maximum(ys - leg, 0))
    shade = 1 - 0.35 * np.clip(1 - away / mm, 0, 1)
    part[:] = np.where(corner, 255.0, np.where(flap, back, part * shade))
    return Image.fromarray(np.round(np.clip(out, 0, 255)).astype("uint8"), mode=image.mode)  # type: ignore[attr-defined]


def _drum_ghost(image: object, share: float, dpi: int) -> object:
    """A laser printer's worn drum: the print repeated faintly one drum turn (75.4 mm) and
    two turns lower, taking ``share`` and ``share`` squared of the light there."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(image).astype(float)
    out = pixels.copy()
    turn = round(75.4 * dpi / 25.4)
    for turns, strength in ((1, share), (2, share * share)):
        shift = turns * turn
        if shift < pixels.shape[0]:
            out[shift:] *= 1 - strength * (1 - pixels[:-shift] / 255)
    return Image.fromarray(np.round(out).astype("uint8"), mode=image.mode)  # type: ignore[attr-defined]


def _row_jitter(image: object, amount: float, dpi: int, seed: int) -> object:
    """A vibrating sensor: each row shifted across by up to ``amount`` mm, two sines down
    the page (periods 4.3 and 1.7 mm, phases seeded by the page), white coming in."""
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(9500 + seed)
    pixels = np.asarray(image).astype(float)
    h, w = pixels.shape[:2]
    mm = dpi / 25.4
    first, second = rng.uniform(0, 2 * np.pi, size=2)
    y = np.arange(h)
    offset = (
        amount
        * mm
        * (
            0.6 * np.sin(2 * np.pi * y / (4.3 * mm) + first)
            + 0.4 * np.sin(2 * np.pi * y / (1.7 * mm) + second)
        )
    )
    ys, xs = np.mgrid[0:h, 0:w].astype(float)
    out = _bilinear(pixels, xs - offset[:, None], ys, 255.0)
    return Image.fromarray(np.round(out).astype("uint8"), mode=image.mode)  # type: ignore[attr-defined]


_FAX_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def _fax_header(image: object, dpi: int, number: int, total: int) -> object:
    """The sending fax machine's transmission line over the top margin: date, time, number,
    name and « P.nnn/NNN », monospaced black type about 2.5 mm high, its top 3 mm from the
    page's, from 8 mm from the left edge."""
    from PIL import ImageDraw, ImageFont

    out = image.copy()  # type: ignore[attr-defined]
    mm = dpi / 25.4
    text = (
        f"03/12/2026 10:42  DE : +33 5 62 61 21 00  GRAND AUCH COEUR DE GASCOGNE  "
        f"P.{number:03d}/{total:03d}"
    )
    font = ImageFont.truetype(_FAX_FONT, max(6, round(2.5 * mm / 0.73)))  # cap height 2.5 mm
    draw = ImageDraw.Draw(out)
    left, top, _, _ = draw.textbbox((0, 0), "0", font=font)
    ink = 0 if out.mode == "L" else (0, 0, 0)
    draw.text((8 * mm - left, 3 * mm - top), text, fill=ink, font=font)
    return out


def _mixed_raster(image: object, background_dpi: int, dpi: int, quality: int) -> tuple:
    """A page as a « PDF compact » stores it: (background JPEG at ``background_dpi`` with the
    ink taken out, ink PNG: near black where the page is darker than 128, its alpha the
    one-bit mask)."""
    import numpy as np
    from PIL import Image, ImageFilter

    grey = image.convert("L")  # type: ignore[attr-defined]
    pixels = np.asarray(grey)
    ink = pixels < 128
    around = np.asarray(grey.filter(ImageFilter.MaxFilter(7)))
    cleared = Image.fromarray(np.where(ink, around, pixels).astype("uint8"), mode="L")
    w, h = grey.size
    size = (max(1, round(w * background_dpi / dpi)), max(1, round(h * background_dpi / dpi)))
    background = cleared.resize(size, Image.BOX)
    rgba = np.zeros((h, w, 4), dtype="uint8")
    rgba[..., :3] = 35
    rgba[..., 3] = np.where(ink, 255, 0)
    return _jpeg(background, quality), _png(Image.fromarray(rgba, mode="RGBA"))


def _grain(image: object, sigma: float, seed: int) -> object:
    """Scanner pixel noise: Gaussian, ``sigma`` grey levels, deterministic per page."""
    import numpy as np
    from PIL import Image

    grey = np.asarray(image, dtype=np.float64)  # type: ignore[call-overload]
    noise = np.random.default_rng(1000 + seed).normal(0, sigma, size=grey.shape)
    return Image.fromarray(np.clip(grey + noise, 0, 255).astype("uint8"), mode="L")


def _blank_back(front: object, strength: float) -> object:
    """The blank back of a sheet printed on one side: white paper with the front's print seen
    through it, mirrored left to right and blurred, darkening the paper by at most
    ``strength`` of the print's contrast."""
    import numpy as np
    from PIL import Image, ImageFilter, ImageOps

    seen = ImageOps.mirror(front.convert("L")).filter(ImageFilter.GaussianBlur(2))  # type: ignore[attr-defined]
    ink = 255.0 - np.asarray(seen, dtype=np.float64)
    return Image.fromarray(np.clip(255.0 - strength * ink, 0, 255).astype("uint8"), mode="L")


def _show_through(image: object, strength: float) -> object:
    """The back of the sheet through thin paper: the page mirrored left-right, blurred,
    darkening the paper by at most ``strength`` of the toner's contrast."""
    import numpy as np
    from PIL import Image, ImageFilter, ImageOps

    back = ImageOps.mirror(image).filter(ImageFilter.GaussianBlur(2))  # type: ignore[arg-type]
    front = np.asarray(image, dtype=np.float64)  # type: ignore[call-overload]
    ink = 255.0 - np.asarray(back, dtype=np.float64)
    out = front - strength * ink * (front / 255.0)
    return Image.fromarray(np.clip(out, 0, 255).astype("uint8"), mode="L")


def _falloff(image: object, amount: float) -> object:
    """Light falling off from the left edge to the right one (``amount`` of the brightness
    lost at the far edge)."""
    import numpy as np
    from PIL import Image

    grey = np.asarray(image, dtype=np.float64)  # type: ignore[call-overload]
    light = 1.0 - amount * np.linspace(0.0, 1.0, grey.shape[1]) ** 1.3
    return Image.fromarray(np.clip(grey * light[None, :], 0, 255).astype("uint8"), mode="L")


def _dark_border(image: object, width: int, seed: int) -> object:
    """The scanner lid's dark frame around the sheet: each side between ``width`` / 2 and
    ``width`` pixels of grey ~35 with a soft inner edge, deterministic per page."""
    import numpy as np
    from PIL import Image

    grey = np.asarray(image, dtype=np.float64).copy()  # type: ignore[call-overload]
    h, w = grey.shape
    rng = np.random.default_rng(2000 + seed)
    top, bottom, left, right = (int(v) for v in rng.integers(width // 2, width + 1, size=4))
    yy, xx = np.mgrid[0:h, 0:w]
    depth = np.minimum.reduce([yy - top, (h - 1 - bottom) - yy, xx - left, (w - 1 - right) - xx])
    shade = np.clip(depth / 4.0, 0.0, 1.0)  # 0 inside the frame, 1 on the sheet
    out = 35.0 + (grey - 35.0) * shade
    return Image.fromarray(np.clip(out, 0, 255).astype("uint8"), mode="L")


def _uneven_light(image: object, seed: int) -> object:
    """Light falling off towards the bottom-right corner (255 → ~120 on the paper), faint
    toner (black → ~70) and paper grain; deterministic per page."""
    import numpy as np
    from PIL import Image

    grey = np.asarray(image, dtype=np.float64)  # type: ignore[call-overload]
    h, w = grey.shape
    yy, xx = np.mgrid[0:h, 0:w]
    light = 1.0 - 0.5 * ((yy / h) * 0.6 + (xx / w) * 0.4) ** 1.5
    paper = 70 + grey * (185 / 255)
    noise = np.random.default_rng(seed).normal(0, 6, size=grey.shape)
    out = np.clip(paper * light + noise, 0, 255).astype("uint8")
    return Image.fromarray(out, mode="L")


def scanned_plan_pdf(
    seed: int = 5,
    layout: str = "table",
    dpi: int = 200,
    skew_deg: float = 0.0,
    uneven: bool = False,
) -> tuple[bytes, PlanSpec]:
    """A scanned action plan and its ground truth.

    Two actions, one with a sheet (the other only listed in the summary), rendered in
    ``layout`` and "scanned" at ``dpi`` without the cover page: 2 image-only pages for the
    "table" layout (objective + summary, then the sheet with its ruled implementation table).
    ``action.page`` in the returned spec is the page in the scan.
    """

    import pypdfium2 as pdfium

    from demo.action_plan_pdf import build_action_plan_pdf
    from demo.plan_random import random_plan_spec

    spec = random_plan_spec(random.Random(seed), "Communauté de communes du Val de Test", 2)
    text_pdf = build_action_plan_pdf(spec, layout)
    doc = pdfium.PdfDocument(io.BytesIO(text_pdf))
    n_pages = len(doc)
    doc.close()
    for action in spec.actions():
        if action.page is not None:
            action.page -= 1
    return scan_pdf(text_pdf, list(range(1, n_pages)), dpi, skew_deg, uneven), spec


def _scanned_pdf() -> bytes:
    """A scanned page holding a picture and no text at all (no text layer, nothing to read):
    quarantined whether OCR is installed or not ("sans couche texte")."""
    from PIL import Image, ImageDraw, ImageFilter

    width, height = 1240, 1754  # A4 at 150 dpi
    image = Image.new("L", (width, height), 236)
    draw = ImageDraw.Draw(image)
    for i in range(9):  # soft overlapping shapes, like a photo or a map on a scanned page
        x, y = 140 + (i * 397) % 900, 180 + (i * 613) % 1300
        r = 90 + (i * 53) % 160
        draw.ellipse((x - r, y - r, x + r, y + r), fill=60 + (i * 23) % 150)
    image = image.filter(ImageFilter.GaussianBlur(6))
    return _image_pdf([(_jpeg(image), 595.28, 841.89)])
