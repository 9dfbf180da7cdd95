"""kg — a knowledge-graph builder for actors and relations in the news.

Stages, each a module: ``read`` → ``clean`` → ``parse`` → ``actors`` → ``relations`` →
``rdf`` → ``store`` → ``query``. ``Pipeline`` runs the extraction; ``ingest`` stores it.
"""

__version__ = "0.1.0"
