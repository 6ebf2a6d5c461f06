#!/usr/bin/env bash
# System packages the pipeline needs beyond Python: Tesseract OCR with French data, used to
# read scanned PDFs (no text layer); optionally LibreOffice Calc for the .ods tests and
# Chromium for the screenshots of the HTML synthesis (below).
# Called by `make setup`.
#
# Idempotent: does nothing when `tesseract --list-langs` already lists `fra`. Installs
# tesseract-ocr and tesseract-ocr-fra with apt-get (through sudo when not root; `apt-get update`
# only if the first install attempt fails). Never fails the set-up: without apt-get, root or
# sudo, it prints a warning and exits 0 — the pipeline still runs, and scanned PDFs are then
# quarantined with the reason "PDF sans couche texte et OCR indisponible
# (tesseract-ocr-fra non installé)".
#
# COPDIAG_SKIP_SYSTEM_DEPS=1 skips everything (hosts managed otherwise).
set -u

PACKAGES=(tesseract-ocr tesseract-ocr-fra)

has_french_ocr() {
    command -v tesseract >/dev/null 2>&1 || return 1
    tesseract --list-langs 2>&1 | tr -d '\r' | grep -qx 'fra'
}

warn() {
    cat >&2 <<EOF

ATTENTION : reconnaissance de caractères (OCR) non installée — $1.
  Le pipeline fonctionne, mais les PDF scannés (sans couche texte) seront mis en
  quarantaine (« PDF sans couche texte et OCR indisponible »).
  Pour l'installer : sudo apt-get install -y ${PACKAGES[*]}
  (macOS : brew install tesseract tesseract-lang)
WARNING: OCR (Tesseract, French) is not installed — $2.
  The pipeline runs, but scanned PDFs (no text layer) will be quarantined.
  To install it: sudo apt-get install -y ${PACKAGES[*]}

EOF
}

if [ "${COPDIAG_SKIP_SYSTEM_DEPS:-0}" != "0" ]; then
    echo "install_system_deps: ignoré (COPDIAG_SKIP_SYSTEM_DEPS) / skipped"
    exit 0
fi

# One optional Debian package, quietly: never fails the set-up (no apt-get, no root nor
# password-less sudo, or a failed install only print a line). $1 package, $2 what is lost.
install_optional() {
    command -v apt-get >/dev/null 2>&1 || return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || return 0
        sudo=(sudo -n)
    fi
    echo "install_system_deps: installation de / installing $1 (facultatif / optional)"
    local install=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y
        --no-install-recommends "$1")
    "${install[@]}" >/dev/null 2>&1 && return 0
    # a fresh machine may have no package lists yet: read them once, then try again
    if [ -z "${APT_LISTS_READ:-}" ]; then
        APT_LISTS_READ=1
        "${sudo[@]}" apt-get update >/dev/null 2>&1 || true
        "${install[@]}" >/dev/null 2>&1 && return 0
    fi
    echo "install_system_deps: $1 non installé (facultatif : $2) / not installed (optional)" >&2
}

# LibreOffice Calc, headless: only tests and `python -m tests.generators.calc_convert` use it, to save demo
# workbooks as Calc does (.ods twins, Calc-saved .xlsx). Optional: the committed fixtures in
# tests/fixtures/ods/ serve when it is missing, and the test that converts afresh skips.
has_calc() {
    ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1 && command -v soffice >/dev/null 2>&1
}
install_calc() {
    has_calc || install_optional libreoffice-calc-nogui "tests de conversion .ods ignorés"
}
install_calc

# LibreOffice Writer and Impress, headless: the producer corpus (issue 13) is made by the real
# producers — .docx/.odt through Writer, .pptx through Impress — and its regeneration test
# rebuilds a Writer PDF. Optional: the committed PDFs in tests/fixtures/producers/ serve when
# they are missing, and that test skips, saying so.
install_office() {
    [ -f /usr/lib/libreoffice/program/libswlo.so ] \
        || install_optional libreoffice-writer-nogui "régénération du corpus des producteurs ignorée"
    [ -f /usr/lib/libreoffice/program/libsdlo.so ] \
        || install_optional libreoffice-impress-nogui "régénération des diaporamas ignorée"
}
install_office

# Chromium, headless: only scripts/screenshot_synthesis.py and its test use it, to render the
# HTML synthesis at 1400 and 390 px and check it (no horizontal overflow, text ≥ 10 px).
# Optional: without it that test skips, saying so.
has_chromium() {
    command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
        || command -v google-chrome >/dev/null 2>&1
}
install_chromium() {
    has_chromium || install_optional chromium "captures de la synthèse ignorées"
}
install_chromium

# Liberation fonts (Times/Arial metrics): the OCR repair tests print words in Liberation Serif
# Bold, as the scans they model do. Optional: without them those tests use matplotlib's DejaVu
# Serif, and the two that measure Times gaps skip, saying so.
install_liberation() {
    [ -f /usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf ] \
        || install_optional fonts-liberation "deux tests OCR ignorés"
}
install_liberation

if has_french_ocr; then
    echo "install_system_deps: Tesseract (fra) déjà installé / already installed: $(command -v tesseract)"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    warn "apt-get introuvable sur ce système" "apt-get not found on this system"
    exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        warn "ni root ni sudo pour installer les paquets" "neither root nor sudo to install packages"
        exit 0
    fi
    if [ -t 0 ]; then
        SUDO=(sudo)
    else
        SUDO=(sudo -n) # no terminal: never wait for a password
    fi
fi

apt_install() {
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${PACKAGES[@]}"
}

echo "install_system_deps: installation de / installing ${PACKAGES[*]}"
if ! apt_install; then
    echo "install_system_deps: échec, mise à jour de l'index apt puis nouvel essai / retrying after apt-get update"
    if ! { "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update && apt_install; }; then
        warn "l'installation par apt-get a échoué" "the apt-get installation failed"
        exit 0
    fi
fi

if has_french_ocr; then
    echo "install_system_deps: Tesseract (fra) installé / installed: $(tesseract --version 2>&1 | head -n 1)"
else
    warn "tesseract ne liste pas la langue fra après installation" \
        "tesseract does not list the fra language after installation"
fi
exit 0
