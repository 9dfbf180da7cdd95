"""The language data of ``kg`` — ontology, shapes, lexicons, gazetteer, noise patterns —
installed as the package ``kg.ontologies`` and read through ``importlib.resources``."""
