"""CLI commands of the web side: `planner serve` (production WSGI server)."""

from __future__ import annotations

import click

from planner.cli import load_cli_settings


@click.command()
@click.option("--host", default=None, help="Address to listen on (default: [web] host).")
@click.option("--port", default=None, type=int, help="Port to listen on (default: [web] port).")
@click.pass_context
def serve(ctx: click.Context, host: str | None, port: int | None) -> None:
    """Serve the site, the JSON API and the calendar feeds with waitress.

    Example: planner serve --port 8000
    """
    import waitress

    from planner.app import create_app

    settings = load_cli_settings(ctx)
    app = create_app(settings)
    host = host or settings.web.host
    port = port or settings.web.port
    click.echo(f"Serving on http://{host}:{port}/", err=True)
    waitress.serve(app, host=host, port=port, threads=settings.web.threads, ident="forum-planner")


COMMANDS = [serve]
