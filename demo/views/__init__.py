"""The blueprints, one module each (templates/<blueprint>/ holds each one's pages)."""
