"""Store stage: an ``Extraction`` becomes quads (``rdf``) in a store (``embedded``), queried with SPARQL.

``query`` runs and serialises queries, ``ingest`` writes documents, ``export`` and ``validate``
read the whole graph.
"""
