"""Relations stage: the ``kg_relations`` spaCy component turns sentences into ``Relation`` values.

``lexicon`` (the language data), ``mentions`` (which actor a token stands for), the two frame
engines (``dependency`` with a parse, ``linear`` without), ``component`` (the spaCy component).
"""
