"""Synthetic Danish discharge cases with gold codes, gold evidence and simulated human under-coding."""
