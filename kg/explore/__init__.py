"""Explore: questions asked of the store — the ``KnowledgeGraph`` Python API, browsing, analytics, plots."""
