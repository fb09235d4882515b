"""The seeded world on disk: the ORM models, the engines, and the read model loaded from them."""
