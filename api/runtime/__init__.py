"""How ``kg serve`` runs: a supervisor, serving processes, shared checkpoints and the write path."""
