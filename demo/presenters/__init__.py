"""Presenters: turn the rules' decisions into words, charts, JSON and expectations.

They render values the rules hand them; none decides who may read what.
"""
