"""kg — a knowledge-graph builder for actors and relations in the news.

Stages, each a module: ``read`` → ``clean`` → ``parse`` → ``actors`` → ``relations`` →
``rdf`` → ``store`` → ``query``. ``Pipeline`` runs the extraction; ``ingest`` stores it.
"""

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "__version__"]


def __getattr__(name: str) -> object:
    # imported on first use, so `kg` commands that never touch it start without pandas and networkx
    if name == "KnowledgeGraph":
        from kg.explore.graph import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
