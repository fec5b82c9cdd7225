"""The ASGI app: HTML pages and a JSON API over one read-only store, plus a paste-and-see page.

Every page has a JSON twin (``/speakers/X`` and ``/api/speakers/X``) computed by the same view
function. The store is opened read-only for each request with a time limit
(``web.database``); article text is only ever printed through autoescaping
(``web.annotate``); request bodies and page sizes are bounded (``web.safety``,
``web.params``); errors are a JSON message or an error page, never a stack trace.
"""

from __future__ import annotations

import calendar
import logging
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from quotewire import __version__
from quotewire.errors import NotFoundError, QuotewireError, StoreError
from quotewire.pipeline import extract
from quotewire.types import Article
from quotewire.web import export, params, queries, views
from quotewire.web.database import Connection, Database, QueryTimeout
from quotewire.web.safety import BodyLimit, PlainRequests, SecurityHeaders

log = logging.getLogger("quotewire.web")

HERE = Path(__file__).parent
MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_EXTRACT_CHARS = 200_000
_YEARLESS = re.compile(r"--(\d{2})-(\d{2})")

# spaCy pipelines are not meant to be shared between threads; one extraction at a time.
_extract_lock = threading.Lock()


class ExtractRequest(BaseModel):
    """An article to extract quotes from; nothing is stored."""

    text: str = Field(description="The article's plain text (headline, date line, body).")
    published: str | None = Field(None, max_length=40, description="ISO 8601 date, e.g. 2022-01-14")
    lang: str | None = Field(None, max_length=3, description="Language code (skips detection)")


def create_app(
    db: str,
    *,
    time_limit: float = 5.0,
    max_body_bytes: int = MAX_BODY_BYTES,
    max_extract_chars: int = MAX_EXTRACT_CHARS,
) -> FastAPI:
    """The app over the store at ``db`` (SQLite path or ``postgresql://`` URL), read-only."""
    database = Database(db, time_limit)
    app = FastAPI(
        title="quotewire",
        version=__version__,
        description="Who said what, when, and who reported it first: a read-only API over a "
        "quotewire store, and quote extraction of pasted articles.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.database = database
    app.state.max_extract_chars = max_extract_chars
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals.update(
        speaker_path=views.speaker_path,
        article_path=views.article_path,
        statement_path=views.statement_path,
        query_string=query_string,
        version=__version__,
    )
    templates.env.filters["http_url"] = http_url
    templates.env.filters["date_label"] = date_label
    app.state.templates = templates
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(PlainRequests)
    app.add_middleware(SecurityHeaders)
    _add_error_handlers(app)
    _add_pages(app)
    _add_api(app)
    return app


def connection(request: Request) -> Iterator[Connection]:
    """A read-only connection for the length of one request."""
    with request.app.state.database.connect() as conn:
        yield conn


Conn = Annotated[Connection, Depends(connection)]
Search = Annotated[views.SearchParams, Depends(params.search_params)]
Listing = Annotated[dict[str, Any], Depends(params.statement_listing)]


def render(request: Request, template: str, data: dict[str, Any], status: int = 200) -> Response:
    """The page's dict as HTML; ``data`` is the exact dict the API twin returns."""
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request, template, {"data": data, "path": request.url.path}, status_code=status
    )


def http_url(value: str | None) -> str | None:
    """An article's URL if it is a web address; anything else (``javascript:``) is no link."""
    if value and value.strip().lower().startswith(("http://", "https://")):
        return value.strip()
    return None


def date_label(value: str | None) -> str:
    """A date as a page shows it: as stored (ISO), except one whose article gave no year
    ("--01-14", see ``articles.published``), which is spelt out rather than shown as code."""
    if not value:
        return ""
    match = _YEARLESS.fullmatch(value)
    if match and 1 <= int(match[1]) <= 12:
        return f"{int(match[2])} {calendar.month_name[int(match[1])]} (year not given)"
    return value


def query_string(values: dict[str, Any]) -> str:
    """The filters that are set, as a URL query (for paging links and JSON twins)."""
    return urlencode({k: v for k, v in values.items() if v not in (None, "")})


def _add_pages(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    def search_page(
        request: Request,
        search: Search,
        conn: Conn,
    ) -> Response:
        return render(request, "search.html", views.search_view(conn, search))

    @app.get("/speakers", include_in_schema=False)
    def speakers_page(
        request: Request,
        conn: Conn,
        page: int = Query(1, ge=1, le=params.MAX_PAGE),
    ) -> Response:
        data = views.speakers_view(conn, page=page, per_page=50)
        return render(request, "speakers.html", data)

    @app.get("/speakers/{speaker:path}", include_in_schema=False)
    def speaker_page(request: Request, speaker: str, conn: Conn) -> Response:
        return render(request, "speaker.html", _speaker(conn, speaker))

    @app.get("/articles/{article_id}", include_in_schema=False)
    def article_page(request: Request, article_id: str, conn: Conn) -> Response:
        return render(request, "article.html", views.article_view(conn, article_id))

    @app.get("/statements", include_in_schema=False)
    def statements_page(request: Request, conn: Conn, listing: Listing) -> Response:
        return render(request, "statements.html", views.statements_view(conn, **listing))

    @app.get("/statements/{statement_id}", include_in_schema=False)
    def statement_page(request: Request, statement_id: str, conn: Conn) -> Response:
        return render(request, "statement.html", views.statement_view(conn, statement_id))

    @app.get("/paste", include_in_schema=False)
    def paste_form(request: Request) -> Response:
        return render(request, "paste.html", {"form": {}, "article": None})

    @app.post("/paste", include_in_schema=False)
    async def paste_result(request: Request) -> Response:
        form = params.paste_form(await request.body())
        article = await run_in_threadpool(
            _extract, request.app, form["text"], form["published"], form["lang"]
        )
        data = {"form": form, "article": views.annotated_article(article)}
        return render(request, "paste.html", data)

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="quotewire API",
            swagger_js_url="/static/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )


def _add_api(app: FastAPI) -> None:
    @app.get("/api/quotes", tags=["quotes"])
    def api_quotes(
        search: Search,
        conn: Conn,
    ) -> dict[str, Any]:
        """Quotes matching a full-text query and filters, best match first (else newest)."""
        return views.search_view(conn, search)

    @app.get(
        "/api/quotes.csv",
        tags=["quotes"],
        response_class=Response,
        responses={200: {"content": {"text/csv": {}}}},
    )
    def api_quotes_csv(search: Search, conn: Conn) -> Response:
        """Every quote matching the same query and filters as ``/api/quotes`` (``page`` and
        ``per_page`` ignored; at most 10,000), one row each, as a CSV download. When more
        matched, the header ``X-Quotewire-Truncated: true`` says the list was cut."""
        rows, truncated = export.search_rows(conn, search)
        headers = {"content-disposition": 'attachment; filename="quotewire-quotes.csv"'}
        if truncated:
            headers["x-quotewire-truncated"] = "true"
        return Response(export.to_csv(rows), media_type="text/csv; charset=utf-8", headers=headers)

    @app.get("/api/speakers", tags=["speakers"])
    def api_speakers(
        conn: Conn,
        page: int = Query(1, ge=1, le=params.MAX_PAGE),
        per_page: int = Query(params.DEFAULT_PER_PAGE, ge=1, le=params.MAX_PER_PAGE),
    ) -> dict[str, Any]:
        """Speakers by how often they are quoted."""
        return views.speakers_view(conn, page=page, per_page=per_page)

    @app.get("/api/speakers/{speaker:path}", tags=["speakers"])
    def api_speaker(speaker: str, conn: Conn) -> dict[str, Any]:
        """One speaker (entity id or name): variants, roles over time, quotes per month,
        outlets that quote them, recent quotes."""
        return _speaker(conn, speaker)

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def api_article(article_id: str, conn: Conn) -> dict[str, Any]:
        """A stored article: text, layout, quotes, speakers, and the text cut into pieces."""
        return views.article_view(conn, article_id)

    @app.get("/api/statements", tags=["statements"])
    def api_statements(conn: Conn, listing: Listing) -> dict[str, Any]:
        """Statements across articles, most widely printed first, optionally matching a
        full-text query or a speaker."""
        return views.statements_view(conn, **listing)

    @app.get("/api/statements/{statement_id}", tags=["statements"])
    def api_statement(statement_id: str, conn: Conn) -> dict[str, Any]:
        """One statement across articles: every appearance in time order, who printed it
        first, which appearances are republications, and the evidence that joined them."""
        return views.statement_view(conn, statement_id)

    @app.post("/api/extract", tags=["extraction"])
    def api_extract(body: ExtractRequest, request: Request) -> dict[str, Any]:
        """Extract quotes and speakers from an article's text. Nothing is stored."""
        article = _extract(request.app, body.text, body.published, body.lang)
        return article.to_dict()


def _speaker(conn: Connection, key: str) -> dict[str, Any]:
    data = views.speaker_view(conn, key)
    if data is None:
        raise views.SpeakerNotFound(key, queries.speaker_suggestions(conn.dialect, key))
    return data


def _extract(app: FastAPI, text: str | None, published: str | None, lang: str | None) -> Article:
    limit = app.state.max_extract_chars
    if not text or not text.strip():
        raise params.BadRequest("text: paste the text of an article")
    if len(text) > limit:
        raise HTTPException(413, f"text: {len(text):,} characters; at most {limit:,} here")
    day = params.publication_date(published)
    with _extract_lock:
        return extract(text, published=day, lang=params.language(lang))


def _problem(error: Any) -> str:
    """One validation error as "field: what is wrong"; a body that is not JSON at all says so
    (pydantic would name the field "1", the character where parsing stopped)."""
    if error["type"] == "json_invalid":
        reason = error.get("ctx", {}).get("error", "")
        return f"body: not valid JSON ({reason})" if reason else "body: not valid JSON"
    field = ".".join(str(part) for part in error["loc"] if part not in ("query", "body"))
    return f"{field}: {error['msg']}"


def _add_error_handlers(app: FastAPI) -> None:
    def respond(
        request: Request, status: int, message: str, suggestions: list[dict[str, Any]] | None = None
    ) -> Response:
        error: dict[str, Any] = {"status": status, "message": message}
        if suggestions:
            error["suggestions"] = suggestions
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return JSONResponse({"error": error}, status)
        return render(request, "error.html", error, status)

    async def http_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, HTTPException)
        return respond(request, error.status_code, str(error.detail))

    async def invalid(request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)
        problems = [_problem(e) for e in error.errors()]
        return respond(request, 422, "; ".join(problems) or "invalid request")

    async def not_found(request: Request, error: Exception) -> Response:
        return respond(request, 404, str(error), getattr(error, "suggestions", None))

    async def timeout(request: Request, error: Exception) -> Response:
        return respond(request, 503, str(error))

    async def store_error(request: Request, error: Exception) -> Response:
        log.error("store error on %s: %s", request.url.path, error)
        return respond(request, 503, f"the database could not answer: {error}")

    async def bad_input(request: Request, error: Exception) -> Response:
        return respond(request, 422, str(error))

    async def crash(request: Request, error: Exception) -> Response:
        log.exception("error on %s", request.url.path, exc_info=error)
        return respond(request, 500, "internal error; the server log has the details")

    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(NotFoundError, not_found)
    app.add_exception_handler(QueryTimeout, timeout)
    app.add_exception_handler(StoreError, store_error)
    app.add_exception_handler(QuotewireError, bad_input)
    app.add_exception_handler(Exception, crash)
