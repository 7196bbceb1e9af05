"""Bringing timelines in and taking content out, for editors: TimelineJS (JSON and its
spreadsheet) and the editors' own spreadsheet (XLSX and CSV). Plain Python; no Qt."""
