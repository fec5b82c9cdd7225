"""``quotewire serve``: the web interface and JSON API over a store, read-only."""

from __future__ import annotations

import ipaddress

import click

from quotewire.cli.app import db_option, main


@main.command(short_help="Serve the web pages and the JSON API.")
@db_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; anything but loopback exposes the store.",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")  # fmt: skip
@click.option(
    "--time-limit",
    default=5.0,
    show_default=True,
    type=click.FloatRange(0.1, 600),
    help="Seconds one request may spend in the database.",
)
def serve(db: str, host: str, port: int, time_limit: float) -> None:  # fmt: skip
    """Serve the web pages (search, speakers, statements, articles, paste) and the JSON API."""
    import uvicorn

    from quotewire.web import create_app

    app = create_app(db, time_limit=time_limit)
    app.state.database.check()  # a StoreError here is printed in one line by the group
    if not _is_loopback(host):
        click.echo(f"warning: listening on {host}: anyone who can reach it can read the store",
                   err=True)  # fmt: skip
    click.echo(f"quotewire: serving {db} read-only at http://{host}:{port}/ (Ctrl-C stops)",
               err=True)  # fmt: skip
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
