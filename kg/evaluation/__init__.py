"""Evaluation: extraction quality against annotated documents, and the documented example queries."""
