"""Actors stage: the ``kg_actors`` spaCy component finds actor mentions and resolves them.

``component`` is the spaCy component, composing, in the order a Doc meets them: ``titles``
(titles of office and the facts they state), ``recognition`` (spans that may name an actor, with
``sectors``: the parts of a country, "Bolivian border guards"), ``resolution`` (each span to one
canonical actor), ``pronouns``. Their data: ``gazetteer`` (the names, ``ontologies/gazetteer/``),
``rules`` (``ontologies/actors/``), ``names`` (surnames).
"""
