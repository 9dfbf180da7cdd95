"""Extract stage: a path, a text or a JSON line becomes an ``Extraction`` (actors and relations).

``read`` → ``clean`` → ``parse`` (language choice, spaCy) → ``kg_actors`` → ``kg_relations``;
``pipeline.Pipeline`` runs them over many documents, ``output`` is the public JSON Lines shape.
"""
