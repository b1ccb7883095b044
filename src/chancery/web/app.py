"""The web app: server-rendered pages over the store, and a JSON API under /api.

Read-only: the only write is the lazily built search index (store/search.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException

from chancery.store.db import open_store

HERE = Path(__file__).parent
TEMPLATES = Jinja2Templates(directory=str(HERE / "templates"))  # autoescape is on for .html


def session_dep(request: Request) -> Iterator[Session]:
    factory: sessionmaker[Session] = request.app.state.sessions
    with factory() as session:
        yield session


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def _messages(detail: object) -> list[str]:
    if isinstance(detail, list):
        out = []
        for d in detail:
            if isinstance(d, dict):
                loc = ".".join(str(x) for x in d.get("loc", []) if x not in ("query", "path"))
                out.append(f"{loc}: {d.get('msg')}" if loc else str(d.get("msg")))
            else:
                out.append(str(d))
        return out
    return [str(detail)]


def _error(request: Request, status: int, detail: object) -> JSONResponse | HTMLResponse:
    if _wants_json(request):
        return JSONResponse({"detail": detail}, status_code=status)
    return TEMPLATES.TemplateResponse(
        request, "error.html", {"status": status, "messages": _messages(detail)}, status_code=status
    )


def create_app(db: str) -> FastAPI:
    """The FastAPI app over the store at `db` (a path or a database URL)."""
    from chancery.web import api, pages

    app = FastAPI(
        title="Chancery",
        description="ASEAN meetings, people and titles read from the news, every fact with its sources.",
        version="1",
        docs_url=None,  # Swagger/ReDoc pages load scripts from a CDN: the app uses no external resource
        redoc_url=None,
    )
    app.state.sessions = open_store(db)
    app.state.db = str(db)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        detail = [{"loc": list(e.get("loc", [])), "msg": e.get("msg", "invalid value")} for e in exc.errors()]
        return _error(request, 422, detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: HTTPException):
        return _error(request, exc.status_code, exc.detail)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):  # a bug must not leak a traceback
        return _error(request, 500, "internal error")

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    return app
