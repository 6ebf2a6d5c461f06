"""The ``loquet`` .odt (two-hundred-and-ninth held-out set, ``plan_odt_loquet``): the
``twotier`` document exported as a « protected » PDF, as an agent publishing the plan ticks
« Fichier › Exporter au format PDF › Sécurité › Définir les permissions » with a permission
password, copying the content not allowed: :data:`PROTECTED`, Writer's JSON filter options
``RestrictPermissions``, ``PermissionPassword``, ``EnableCopyingOfContent`` false,
``Changes`` 0 and ``Printing`` 2 (no password to open it). Writer then writes the PDF
ENCRYPTED with the standard security handler (RC4 128 bits): every content stream and string
encrypted, an ``/Encrypt`` dictionary in the trailer, the permission flags denying copying;
what a viewer shows is ``plan_odt_twotier``'s.

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`), unchanged
(:func:`loquet_odt`); only the export options differ. Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

from pathlib import Path

# Writer's PDF export « Sécurité › Définir les permissions »: a permission password, printing
# in high resolution, no changes, copying the content not allowed, no password to open
PROTECTED = (
    'pdf:writer_pdf_Export:{"RestrictPermissions":{"type":"boolean","value":"true"},'
    '"PermissionPassword":{"type":"string","value":"verrou"},'
    '"EnableCopyingOfContent":{"type":"boolean","value":"false"},'
    '"Changes":{"type":"long","value":"0"},'
    '"Printing":{"type":"long","value":"2"}}'
)


def loquet_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt (its PDF export protected by :data:`PROTECTED`)."""
    from tests.generators.plan_odt import plan_odt

    return plan_odt("twotier", path)
