"""Safe loading of returned workbooks (xlsx, xlsm, xls, ods, fods, CSV) into a neutral structure.

The questionnaire, recipients and plan readers never touch a spreadsheet library directly:
they get plain rows of cell values from here, whatever office suite saved the file (Excel,
LibreOffice Calc, OnlyOffice, Google Sheets exports).

Values are read by python-calamine (the Rust ``calamine`` crate): one reader for xlsx, xlsm,
xls and ods, about 20× faster than openpyxl and holding a sheet as compact Rust cells, not
Python cell objects; rows reach Python one at a time. openpyxl is kept only where cell details
matter (writing and checking the template's data validations).

Everything from the inbox is untrusted. Before any parser sees a zip container this module
streams through every XML member and refuses zip bombs, DOCTYPE/entity declarations and
encrypted documents; it measures the extent of every sheet from the XML itself and refuses a
workbook beyond the documented limits (:data:`MAX_ROWS`, :data:`MAX_CELLS`, :data:`MAX_AREA`)
with a French reason naming the limit, rather than reading part of it. Macros are never run,
formulas are never evaluated: cached values only, and a formula saved without its value is
reported with its sheet and cell.

Modules: :mod:`.loader` (entry point and cache), :mod:`.formats` (format sniffing),
:mod:`.containers` (zip vetting, limits), :mod:`.openxml`, :mod:`.ods`, :mod:`.xls`,
:mod:`.csv_reader` (one per format), :mod:`.calamine_reader` (values), :mod:`.workbook`
(the neutral structure, limits and reasons). This package re-exports the public API.
"""

from sources.spreadsheet.containers import ContainerVetting
from sources.spreadsheet.csv_reader import decode_text, load_csv, sniff_delimiter
from sources.spreadsheet.formats import sniff_format
from sources.spreadsheet.loader import load_workbook
from sources.spreadsheet.ods import check_ods_container
from sources.spreadsheet.openxml import check_openxml_container
from sources.spreadsheet.workbook import (
    BOMB,
    CORRUPT,
    CORRUPT_ODS,
    ENCRYPTED,
    FORMULA_NO_VALUE,
    MAX_AREA,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_COMPRESSION_RATIO,
    MAX_ROWS,
    MAX_UNCOMPRESSED_BYTES,
    ODS_MIMETYPES,
    OLE2_MAGIC,
    UNSAFE_XML,
    XLSB,
    ZIP_MAGIC,
    Cell,
    Sheet,
    Workbook,
    column_letter,
    excel_serial_to_date,
)

__all__ = [
    "BOMB",
    "CORRUPT",
    "CORRUPT_ODS",
    "ENCRYPTED",
    "FORMULA_NO_VALUE",
    "MAX_AREA",
    "MAX_CELLS",
    "MAX_COLUMNS",
    "MAX_COMPRESSION_RATIO",
    "MAX_ROWS",
    "MAX_UNCOMPRESSED_BYTES",
    "ODS_MIMETYPES",
    "OLE2_MAGIC",
    "UNSAFE_XML",
    "XLSB",
    "ZIP_MAGIC",
    "Cell",
    "ContainerVetting",
    "Sheet",
    "Workbook",
    "check_ods_container",
    "check_openxml_container",
    "column_letter",
    "decode_text",
    "excel_serial_to_date",
    "load_csv",
    "load_workbook",
    "sniff_delimiter",
    "sniff_format",
]
