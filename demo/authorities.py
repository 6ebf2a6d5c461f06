"""Fake but realistic authorities of a region: communes and EPCI names, valid SIREN numbers,
respondents (names, functions, e-mails), and the recipients list workbook.
"""

from __future__ import annotations

import random
import re
import unicodedata
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from demo.questionnaire_writer import _save
from sources.reference import (
    departement_by_code,
    departements_of_region,
)

# --------------------------------------------------------------------------- helpers


def slugify(text: str) -> str:
    """ASCII slug for file names and e-mail domains."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def luhn_siren(prefix8: str) -> str:
    """Complete 8 digits into a checksum-valid SIREN (Luhn, as python-stdnum checks it)."""
    for check in "0123456789":
        digits = prefix8 + check
        total = 0
        for index, char in enumerate(reversed(digits)):
            value = int(char) * (2 if index % 2 else 1)
            total += value - 9 if value > 9 else value
        if total % 10 == 0:
            return digits
    raise AssertionError("unreachable")


def _departments(region_code: str) -> list[tuple[str, str]]:
    names = departement_by_code()
    codes = departements_of_region(region_code)
    return [(code, names[code].name) for code in codes] or [("00", "Département inconnu")]


def _de(name: str) -> str:
    """French 'de' contraction: du Nord, de la Somme, de l'Aisne, des Yvelines, de Paris."""
    plural = {"Yvelines", "Landes", "Vosges", "Ardennes", "Hautes-Alpes", "Hautes-Pyrénées"}
    plural |= {"Bouches-du-Rhône", "Côtes-d'Armor", "Deux-Sèvres", "Pyrénées-Atlantiques"}
    plural |= {
        "Pyrénées-Orientales",
        "Alpes-Maritimes",
        "Hauts-de-Seine",
        "Alpes-de-Haute-Provence",
    }
    feminine = {"Somme", "Manche", "Marne", "Meuse", "Moselle", "Sarthe", "Mayenne", "Vienne"}
    feminine |= {"Loire", "Gironde", "Charente", "Corrèze", "Creuse", "Dordogne", "Drôme"}
    feminine |= {"Haute-Garonne", "Haute-Loire", "Haute-Marne", "Haute-Saône", "Haute-Savoie"}
    feminine |= {"Haute-Vienne", "Haute-Corse", "Lozère", "Nièvre", "Savoie", "Vendée", "Réunion"}
    feminine |= {"Seine-Maritime", "Seine-Saint-Denis", "Seine-et-Marne", "Guyane", "Martinique"}
    feminine |= {
        "Guadeloupe",
        "Côte-d'Or",
        "Corse-du-Sud",
        "Charente-Maritime",
        "Meurthe-et-Moselle",
    }
    feminine |= {"Saône-et-Loire", "Loire-Atlantique", "Haute-Corse"}
    if name in plural:
        return f"des {name}"
    if name[0] in "AEIOUYÉÈÎ":
        return f"de l'{name}"
    if name in feminine:
        return f"de la {name}"
    if name in {"Paris", "Mayotte"}:
        return f"de {name}"
    return f"du {name}"


_ROOTS = (
    "Beaumont",
    "Villeneuve",
    "Montigny",
    "Fontaine",
    "Bois",
    "Mont",
    "Val",
    "Roche",
    "Blanc",
    "Pont",
    "Champ",
    "Saulx",
    "Vaux",
    "Marcq",
    "Haute",
    "Neuville",
    "Fresnoy",
    "Hautmont",
    "Berck",
    "Estrées",
    "Rivière",
    "Clairmarais",
    "Audincourt",
    "Lannoy",
    "Mareuil",
    "Crécy",
    "Aubigny",
    "Ronchin",
    "Verneuil",
    "Gerberoy",
    "Hesdin",
    "Coulommiers",
    "Lisle",
    "Sorel",
)
_SUFFIXES = (
    "",
    "",
    "",
    "-sur-Lys",
    "-en-Bray",
    "-le-Château",
    "-les-Bains",
    "-sur-Mer",
    "-la-Forêt",
    "-Saint-Martin",
    "-sur-Aa",
    "-en-Thiérache",
    "-le-Vieil",
    "-sous-Bois",
    "-aux-Bois",
)
_AREAS = (
    "du Haut Bocage",
    "du Val de Lys",
    "des Trois Rivières",
    "du Pays de Bray",
    "du Plateau Picard",
    "de la Vallée de l'Authie",
    "des Monts de Flandre",
    "du Pays de Thiérache",
    "des Deux Caps",
    "du Marais Audomarois",
    "du Sud Artois",
    "de la Pévèle",
    "du Vimeu",
    "du Pays de Lumbres",
    "de la Haute Somme",
    "du Clermontois",
    "du Ternois",
    "de l'Avesnois",
    "du Santerre",
    "du Pays Noyonnais",
    "du Coeur d'Ostrevent",
    "de Canche et Authie",
    "du Bocage Bessin",
    "des Portes de l'Oise",
    "du Val de Sambre",
    "de la Côte d'Opale Sud",
    "du Pays des Sept Vallées",
    "des Hauts de Flandre",
    "du Grand Laonnois",
    "de la Vallée de la Bresle",
    "du Pays de Valois",
    "du Liancourtois",
)
_FIRST = (
    "Camille",
    "Julien",
    "Sophie",
    "Thomas",
    "Claire",
    "Nicolas",
    "Isabelle",
    "Mathieu",
    "Aurélie",
    "Sébastien",
    "Nathalie",
    "Olivier",
    "Émilie",
    "François",
    "Hélène",
    "Benoît",
    "Céline",
    "Guillaume",
    "Anne-Sophie",
    "Jean-Marc",
    "Laëtitia",
    "Pierre",
    "Élodie",
    "Yann",
)
_LAST = (
    "Martin",
    "Bernard",
    "Dubois",
    "Lefebvre",
    "Leroy",
    "Moreau",
    "Fournier",
    "Girard",
    "Lambert",
    "Bonnet",
    "Dupont",
    "Caron",
    "Delattre",
    "Vasseur",
    "Lemaire",
    "Dufour",
    "Deschamps",
    "Lecomte",
    "Carpentier",
    "Duhamel",
    "Vandenberghe",
    "Decool",
    "Hennebelle",
)
_FUNCTIONS = (
    "Chargée de mission transition écologique",
    "Chargé de mission climat-énergie",
    "Directeur général des services",
    "Responsable du service environnement",
    "Secrétaire de mairie",
    "Maire",
    "Vice-président en charge de la transition écologique",
    "Directrice de l'aménagement et du développement durable",
)


_EPCI_FORMS = (
    "Communauté de communes {a}",
    "Communauté de communes {a}",
    "Communauté d'agglomération {a}",
    "Communauté urbaine {a}",
)


def _area_of(name: str) -> str:
    """``Communauté urbaine du Vimeu`` → ``du Vimeu``."""
    match = re.search(r" (du|de la|de l'|des|de) (?!communes).*$", name)
    return match.group(0).strip() if match else f"de {name}"


def _bare(area: str) -> str:
    """``du Haut Bocage`` → ``Haut Bocage`` (for slugs)."""
    return re.sub(r"^(du|de la|de l'|des|de) ", "", area)


def _unique(rng: random.Random, make: Any, used: set[str]) -> str:
    for _ in range(200):
        name = make()
        if name not in used:
            used.add(name)
            return name
    name = f"{make()} {len(used)}"
    used.add(name)
    return name


def generate_recipients(rng: random.Random, region_code: str, n: int) -> list[dict]:
    """``n`` authorities of the region with checksum-valid, unique SIRENs.

    Keys: siren, name, type, department_code, contact_email (what the region's list holds).
    """
    departments = _departments(region_code)
    used_names: set[str] = set()
    used_sirens: set[str] = set()
    out: list[dict] = []

    def siren(prefix: str) -> str:
        while True:
            digits = (prefix + "".join(rng.choice("0123456789") for _ in range(8)))[:8]
            value = luhn_siren(digits)
            if value not in used_sirens:
                used_sirens.add(value)
                return value

    def dept_digits(code: str) -> str:
        return code.replace("2A", "20").replace("2B", "20")[:2]

    for code, name in departments[: max(1, n // 12)]:
        used_names.add(name)
        out.append(
            {
                "siren": siren("22" + dept_digits(code) + "000"),
                "name": f"Département {_de(name)}",
                "type": "Département",
                "department_code": code,
                "contact_email": f"transition.ecologique@{slugify(name)}.fr",
            }
        )
    kinds = ["Commune"] * 50 + ["EPCI"] * 30 + ["Syndicat"] * 12 + ["PNR"] * 3
    while len(out) < n:
        kind = rng.choice(kinds)
        code, dept_name = rng.choice(departments)
        if kind == "Commune":
            name = _unique(rng, lambda: rng.choice(_ROOTS) + rng.choice(_SUFFIXES), used_names)
            full, email = name, f"mairie@{slugify(name)}.fr"
            number = siren("21" + dept_digits(code))
        elif kind == "EPCI":
            full = _unique(
                rng, lambda: rng.choice(_EPCI_FORMS).format(a=rng.choice(_AREAS)), used_names
            )
            area = _area_of(full)
            prefix = "cc" if "communes" in full else "agglo" if "agglo" in full else "cu"
            email = f"contact@{prefix}-{slugify(_bare(area))}.fr"
            number = siren("200" + str(rng.randint(0, 9)))
        elif kind == "Syndicat":
            area = rng.choice(_AREAS)
            full = _unique(
                rng,
                lambda area=area, dept_name=dept_name: rng.choice(
                    (
                        f"Syndicat mixte du SCoT {area}",
                        f"SIVOM {area}",
                        f"Syndicat départemental d'énergie {_de(dept_name)}",
                        f"Syndicat mixte de traitement des déchets {area}",
                        f"PETR {area}",
                    )
                ),
                used_names,
            )
            email = f"accueil@{slugify(full)[:30].strip('-')}.fr"
            number = siren("25" + dept_digits(code))
        else:
            area = rng.choice(_AREAS)
            full = _unique(rng, lambda area=area: f"Parc naturel régional {area}", used_names)
            email = f"contact@parc-{slugify(_bare(area))}.fr"
            number = siren("25" + dept_digits(code) + "9")
        out.append(
            {
                "siren": number,
                "name": full,
                "type": kind,
                "department_code": code,
                "contact_email": email,
            }
        )
    return out[:n]


def write_recipients_xlsx(recipients: list[dict]) -> bytes:
    """The region's recipients list, with a title row above the header (as people do)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Destinataires"
    ws["A1"] = "Liste des destinataires du questionnaire de pré-diagnostic COP"
    ws["A1"].font = Font(bold=True)
    headers = ("SIREN", "Nom", "Type", "Département", "Courriel de contact")
    for col, title in enumerate(headers, start=1):
        ws.cell(3, col, title).font = Font(bold=True)
    for row, item in enumerate(recipients, start=4):
        values = (
            item["siren"],
            item["name"],
            item["type"],
            item["department_code"],
            item["contact_email"],
        )
        for col, value in enumerate(values, start=1):
            ws.cell(row, col, value)
    for letter, width in zip("ABCDE", (14, 55, 14, 12, 40), strict=True):
        ws.column_dimensions[letter].width = width
    return _save(wb)
