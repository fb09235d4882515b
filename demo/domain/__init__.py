"""The pure domain: the rules, the regions' policies, reference data and scenarios.

Nothing in this package imports Flask, SQLAlchemy or seed/: it is plain values
and functions, so every presenter and the seed generator ask the same truth.
"""
