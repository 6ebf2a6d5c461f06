"""Chromium's « Imprimer en PDF » with the print dialog's DEFAULTS, through the DevTools
protocol (thirty-sixth held-out set, ``plan_html_nobg``).

The headless command line ``--print-to-pdf`` always prints background graphics; the print
dialog leaves « Graphiques d'arrière-plan » unchecked by default and « En-têtes et pieds de
page » checked. ``Page.printToPDF`` with ``printBackground: false`` and
``displayHeaderFooter: true`` prints as that dialog does. The protocol runs over
``--remote-debugging-pipe`` (fd 3 in, fd 4 out, NUL-separated JSON), no extra package.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import tempfile
from pathlib import Path

A4_INCHES = (8.27, 11.69)  # the dialog's French default paper
DEFAULT_MARGIN_INCHES = 0.4  # the dialog's « Par défaut » margins (about 1 cm)


class _Pipe:
    """One Chromium process driven over its DevTools pipe."""

    def __init__(self, exe: str, profile: str) -> None:
        to_chrome_r, to_chrome_w = os.pipe()
        from_chrome_r, from_chrome_w = os.pipe()

        def fds() -> None:  # the child's fd 3 reads our messages, its fd 4 writes its own
            os.dup2(to_chrome_r, 100)
            os.dup2(from_chrome_w, 101)
            os.dup2(100, 3)
            os.dup2(101, 4)

        self.proc = subprocess.Popen(
            [
                exe,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--remote-debugging-pipe",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=False,
            preexec_fn=fds,  # noqa: PLW1509 - the pipe's fds must be set before exec
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.out = os.fdopen(to_chrome_w, "wb")
        self.inp = os.fdopen(from_chrome_r, "rb")
        self.buffer = b""
        self.next_id = 0

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> int:
        self.next_id += 1
        message: dict = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.out.write(json.dumps(message).encode() + b"\0")
        self.out.flush()
        return self.next_id

    def wait(self, *, reply: int | None = None, event: str | None = None) -> dict:
        while True:
            while b"\0" not in self.buffer:
                chunk = self.inp.read1(1 << 16)
                if not chunk:
                    raise RuntimeError("Chromium a fermé le canal DevTools")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            message = json.loads(raw)
            if reply is not None and message.get("id") == reply:
                if "error" in message:
                    raise RuntimeError(f"DevTools : {message['error']}")
                return message.get("result", {})
            if event is not None and message.get("method") == event:
                return message

    def call(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        return self.wait(reply=self.send(method, params, session))

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except OSError:
            pass
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.out.close()
        self.inp.close()


def print_dialog_pdf(exe: str, source: Path, target: Path) -> Path:
    """``source`` printed to ``target`` as Chromium's print dialog prints by default:
    no background graphics, its own header and footer, A4, default margins, scale 100 %."""
    with tempfile.TemporaryDirectory() as profile:
        pipe = _Pipe(exe, profile)
        try:
            target_id = pipe.call("Target.createTarget", {"url": "about:blank"})["targetId"]
            session = pipe.call("Target.attachToTarget", {"targetId": target_id, "flatten": True})[
                "sessionId"
            ]
            pipe.call("Page.enable", session=session)
            pipe.call("Page.navigate", {"url": source.resolve().as_uri()}, session)
            pipe.wait(event="Page.loadEventFired")
            width, height = A4_INCHES
            result = pipe.call(
                "Page.printToPDF",
                {
                    "printBackground": False,
                    "displayHeaderFooter": True,
                    "paperWidth": width,
                    "paperHeight": height,
                    "marginTop": DEFAULT_MARGIN_INCHES,
                    "marginBottom": DEFAULT_MARGIN_INCHES,
                    "marginLeft": DEFAULT_MARGIN_INCHES,
                    "marginRight": DEFAULT_MARGIN_INCHES,
                    "scale": 1,
                },
                session,
            )
        finally:
            pipe.close()
    target.write_bytes(base64.b64decode(result["data"]))
    return target
