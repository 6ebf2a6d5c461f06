"""Test-only document generators: seed layouts, producer corpora, bad inputs, Calc twins."""
