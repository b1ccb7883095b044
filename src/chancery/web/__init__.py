"""The web app (FastAPI + Jinja2): `create_app(db)`."""

from chancery.web.app import create_app

__all__ = ["create_app"]
