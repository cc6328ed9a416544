"""The dragoman web app: ``create_app(db_path, reviews=..., token=...)``; ``dragoman serve`` runs it."""

from .app import create_app

__all__ = ["create_app"]
