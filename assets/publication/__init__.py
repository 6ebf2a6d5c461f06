"""Publication stage: the published tables, their writers, the atomic folder, the HTML synthesis.

``assets.py`` holds the Dagster asset (wiring only); every other module is pure logic.
"""
