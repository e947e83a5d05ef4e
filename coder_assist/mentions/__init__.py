"""Explicit diagnosis mentions in a note: where a code is named and how."""
