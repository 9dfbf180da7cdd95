"""The HTTP face of kg: SPARQL 1.1 Protocol endpoint, REST API and the page. A client of ``kg``."""
