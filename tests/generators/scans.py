"""Scanned documents whose truth is known: pages rendered to JPEG (askew, unevenly lit) and
wrapped in an image-only PDF, for the OCR path and for the bad-inputs corpus.
"""

from __future__ import annotations

import io
import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from demo.plan_spec import PlanSpec


def _image_pdf(jpegs: list[tuple[bytes, float, float]]) -> bytes:
    """An image-only PDF (what a scanner produces): one JPEG per page, no text layer."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    for jpeg, width, height in jpegs:
        pdf.setPageSize((width, height))
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
    a moiré on fills), stored losslessly. All four off by default."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(io.BytesIO(data))
    try:
        jpegs = []
        for index in pages if pages is not None else range(len(doc)):
            page = doc[index]
            width, height = page.get_size()
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            image = bitmap.to_pil()
            if skew_deg:
                from PIL import Image

                image = image.rotate(skew_deg, resample=Image.BICUBIC, fillcolor=255)
                image = image.point(lambda v: 38 + v * 0.83)  # paper and toner, not pure
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
            if halftone:
                jpegs.append((_png(_halftone(image, halftone)), width, height))
            elif bilevel:
                image = image.point(lambda v, t=bilevel: 0 if v < t else 255)
                jpegs.append((_png(image.convert("1")), width, height))
            else:
                jpegs.append((_jpeg(image, quality), width, height))
            bitmap.close()
            page.close()
    finally:
        doc.close()
    return _image_pdf(jpegs)


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


def _grain(image: object, sigma: float, seed: int) -> object:
    """Scanner pixel noise: Gaussian, ``sigma`` grey levels, deterministic per page."""
    import numpy as np
    from PIL import Image

    grey = np.asarray(image, dtype=np.float64)  # type: ignore[call-overload]
    noise = np.random.default_rng(1000 + seed).normal(0, sigma, size=grey.shape)
    return Image.fromarray(np.clip(grey + noise, 0, 255).astype("uint8"), mode="L")


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
