"""Actors stage: the ``kg_actors`` spaCy component finds actor mentions and resolves them.

``gazetteer`` holds the names (ontologies/gazetteer/); ``component`` is the spaCy component.
"""
