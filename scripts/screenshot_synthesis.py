"""Screenshots of a published synthesis (``synthese.html``) and a readability check.

Renders the page with headless Chromium at a desktop width (1400 px) and a phone width
(390 px), writes one full-page PNG per width, and measures in the page itself:

- horizontal overflow: ``document.documentElement.scrollWidth`` against ``innerWidth``, and the
  elements that stick out of the viewport without sitting in a scrolling container of their own;
- the smallest rendered text of the charts (SVG ``<text>``, font size times the scale the SVG is
  drawn at) and of the page's HTML text, counting only what is displayed.

No extra Python dependency: Chromium's command line only (``--dump-dom`` of a copy of the page
with a measuring script appended, then ``--screenshot``). A desktop Chromium window is never
narrower than 500 px, so the page is shown in an ``<iframe srcdoc>`` exactly ``width`` px wide
(its own viewport: media queries and ``innerWidth`` follow it) and the PNG is cropped with
Pillow (already installed with matplotlib). Exit code 0 when every width passes,
1 when a check fails, 2 when Chromium is not available.

    python scripts/screenshot_synthesis.py outputs/32/synthese.html --out /tmp/shots
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

DEFAULT_WIDTHS = (1400, 390)
MIN_FONT_PX = 10.0
_MARKER = "copdiag-metrics"

# Runs at the end of <body>: layout is complete for inline content (no external resource).
_MEASURE_JS = r"""
<script>
(function () {
  function visible(el) { return el.getClientRects().length > 0; }
  function inScroller(el) {
    for (var p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      var o = getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
    }
    return false;
  }
  var W = window.innerWidth, out = {};
  out.inner_width = W;
  out.scroll_width = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
  out.page_height = Math.ceil(Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));
  var over = [];
  document.querySelectorAll('body *').forEach(function (el) {
    if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') return;
    if (!visible(el)) return;
    var r = el.getBoundingClientRect();
    if (r.right > W + 1 && !inScroller(el)) {
      over.push(el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined ? '.' + el.className : '')
        + ' right=' + Math.round(r.right) + ' « ' + (el.textContent || '').trim().slice(0, 40) + ' »');
    }
  });
  out.overflowing = over.slice(0, 12);
  out.n_overflowing = over.length;
  var svgMin = null, svgWhat = '', nSvg = 0;
  document.querySelectorAll('svg text').forEach(function (t) {
    if (!visible(t) || !(t.textContent || '').trim()) return;
    var m = t.getScreenCTM(); if (!m) return;
    var px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
    nSvg += 1;
    if (svgMin === null || px < svgMin) { svgMin = px; svgWhat = t.textContent.trim().slice(0, 40); }
  });
  out.n_chart_texts = nSvg; out.min_chart_font_px = svgMin; out.min_chart_text = svgWhat;
  var htmlMin = null, htmlWhat = '';
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    var node = walker.currentNode, el = node.parentElement;
    if (!el || !node.textContent.trim() || el.closest('svg, script, style')) continue;
    var range = document.createRange(); range.selectNodeContents(node);
    if (range.getClientRects().length === 0) continue;
    var fs = parseFloat(getComputedStyle(el).fontSize);
    if (htmlMin === null || fs < htmlMin) { htmlMin = fs; htmlWhat = node.textContent.trim().slice(0, 40); }
  }
  out.min_html_font_px = htmlMin; out.min_html_text = htmlWhat;
  var doc = window.frameElement ? window.parent.document : document;
  var pre = doc.createElement('pre'); pre.id = 'MARKER';
  pre.textContent = JSON.stringify(out); doc.body.appendChild(pre);
})();
</script>
""".replace("MARKER", _MARKER)


@dataclass
class WidthReport:
    """What one width gave: the PNG, the measures, and the French problems found."""

    width: int
    png: str
    inner_width: int
    scroll_width: int
    page_height: int
    min_chart_font_px: float | None
    min_chart_text: str
    n_chart_texts: int
    min_html_font_px: float | None
    min_html_text: str
    overflowing: list[str]
    problems: list[str] = field(default_factory=list)


def find_chromium() -> str | None:
    """``$COPDIAG_CHROMIUM``, else the first of chromium / chromium-browser / google-chrome."""
    env = os.environ.get("COPDIAG_CHROMIUM")
    if env and Path(env).exists():
        return env
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _chromium_args(chromium: str, width: int, height: int, profile: str) -> list[str]:
    return [
        chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--force-device-scale-factor=1", "--no-first-run", "--disable-extensions",
        f"--user-data-dir={profile}", f"--window-size={width},{height}",
    ]  # fmt: skip


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)


def _framed(page: str, width: int, height: int) -> str:
    """A host page showing ``page`` in a same-origin iframe of exactly ``width`` × ``height``."""
    import html as html_lib

    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        '<body style="margin:0;background:#fff">'
        f'<iframe srcdoc="{html_lib.escape(page, quote=True)}" scrolling="no" '
        f'style="border:0;display:block;width:{width}px;height:{height}px"></iframe>'
        "</body></html>"
    )


def _window_width(width: int) -> int:
    return max(width, 500)


def measure(html: Path, width: int, chromium: str, workdir: Path, timeout: float = 90) -> dict:
    """Load a copy of ``html`` with the measuring script at ``width`` px; the measures."""
    text = html.read_text(encoding="utf-8")
    probe = workdir / f"probe_{width}.html"
    idx = text.lower().rfind("</body>")
    page = (text[:idx] + _MEASURE_JS + text[idx:]) if idx >= 0 else text + _MEASURE_JS
    probe.write_text(_framed(page, width, 900), encoding="utf-8")
    args = _chromium_args(chromium, _window_width(width), 900, str(workdir / "profile"))
    done = _run([*args, "--dump-dom", probe.as_uri()], timeout)
    found = re.search(rf'<pre id="{_MARKER}">(.*?)</pre>', done.stdout, re.S)
    if not found:
        raise RuntimeError(
            f"Chromium n'a pas rendu la page à {width} px (code {done.returncode}) : "
            + done.stderr.strip()[-400:]
        )
    raw = found.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
    return json.loads(raw.replace("&amp;", "&"))


def screenshot(
    html: Path, width: int, height: int, png: Path, chromium: str, workdir: Path,
    timeout: float = 90,
) -> None:  # fmt: skip
    """Full-page PNG: the frame is as tall as the page measured at that width."""
    height = min(max(height, 600), 30000)
    host = workdir / f"shot_{width}.html"
    host.write_text(_framed(html.read_text(encoding="utf-8"), width, height), encoding="utf-8")
    args = _chromium_args(chromium, _window_width(width), height, str(workdir / "profile"))
    png.unlink(missing_ok=True)
    done = _run([*args, f"--screenshot={png}", host.as_uri()], timeout)
    if not png.is_file():
        raise RuntimeError(
            f"Chromium n'a pas écrit la capture {png.name} (code {done.returncode}) : "
            + done.stderr.strip()[-400:]
        )
    if _window_width(width) != width:
        from PIL import Image

        with Image.open(png) as img:
            cropped = img.crop((0, 0, width, img.height))
        cropped.save(png)


def check_synthesis(
    html: Path,
    out_dir: Path,
    widths: tuple[int, ...] = DEFAULT_WIDTHS,
    min_font_px: float = MIN_FONT_PX,
    chromium: str | None = None,
) -> list[WidthReport]:
    """Screenshot and measure ``html`` at each width; problems are French sentences."""
    chromium = chromium or find_chromium()
    if chromium is None:
        raise FileNotFoundError(
            "Chromium introuvable (paquet « chromium », ou définir COPDIAG_CHROMIUM)"
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    reports = []
    with tempfile.TemporaryDirectory(prefix="copdiag-shot-") as tmp:
        workdir = Path(tmp)
        for width in widths:
            m = measure(html, width, chromium, workdir)
            png = out_dir / f"{html.stem}_{width}px.png"
            screenshot(html, width, int(m["page_height"]), png, chromium, workdir)
            rep = WidthReport(
                width=width, png=str(png), inner_width=int(m["inner_width"]),
                scroll_width=int(m["scroll_width"]), page_height=int(m["page_height"]),
                min_chart_font_px=m.get("min_chart_font_px"),
                min_chart_text=m.get("min_chart_text") or "",
                n_chart_texts=int(m.get("n_chart_texts") or 0),
                min_html_font_px=m.get("min_html_font_px"),
                min_html_text=m.get("min_html_text") or "",
                overflowing=list(m.get("overflowing") or []),
            )  # fmt: skip
            if rep.scroll_width > rep.inner_width:
                rep.problems.append(
                    f"débordement horizontal à {width} px : la page fait {rep.scroll_width} px "
                    f"de large ({', '.join(rep.overflowing[:3]) or 'élément non identifié'})"
                )
            elif rep.overflowing:
                rep.problems.append(
                    f"{len(rep.overflowing)} élément(s) dépassent de l'écran à {width} px : "
                    + ", ".join(rep.overflowing[:3])
                )
            for kind, value, what in (
                ("graphique", rep.min_chart_font_px, rep.min_chart_text),
                ("page", rep.min_html_font_px, rep.min_html_text),
            ):
                if value is not None and value < min_font_px - 0.05:
                    rep.problems.append(
                        f"texte de {kind} trop petit à {width} px : {value:.1f} px "
                        f"(« {what} ») < {min_font_px:g} px"
                    )
            reports.append(rep)
    return reports


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("html", type=Path, help="synthese.html, or the publication folder")
    parser.add_argument("--out", type=Path, default=Path("outputs/screenshots"))
    parser.add_argument("--widths", type=int, nargs="+", default=list(DEFAULT_WIDTHS))
    parser.add_argument("--min-font", type=float, default=MIN_FONT_PX)
    args = parser.parse_args(argv)
    html = args.html / "synthese.html" if args.html.is_dir() else args.html
    try:
        reports = check_synthesis(html, args.out, tuple(args.widths), args.min_font)
    except FileNotFoundError as exc:
        print(f"ERREUR : {exc}", file=sys.stderr)
        return 2
    for rep in reports:
        print(json.dumps(asdict(rep), ensure_ascii=False, indent=1))
        verdict = "OK" if not rep.problems else "ÉCHEC : " + " ; ".join(rep.problems)
        print(f"{rep.width} px → {rep.png} : {verdict}")
    return 1 if any(r.problems for r in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
