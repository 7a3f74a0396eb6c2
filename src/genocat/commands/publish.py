"""`genocat publish`: replace the catalogue's named graphs in a SPARQL store (logic in genocat.publish)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from genocat.commands._options import build_dir_option


@click.command("publish")
@click.option(
    "--endpoint",
    required=True,
    help="The store's SPARQL 1.1 Graph Store endpoint, e.g. http://localhost:7878/store (Oxigraph).",
)
@build_dir_option
@click.option(
    "--graph-per-node",
    is_flag=True,
    help="One named graph per national node (graphs/*.nt) instead of one graph for the whole catalogue.",
)
@click.option(
    "--vocabulary/--no-vocabulary",
    default=True,
    show_default=True,
    help="Also replace the graph <BASE>graph/vocabulary with vocabulary.ttl (codes and labels of the code lists).",
)
@click.option(
    "--auth",
    envvar="GENOCAT_PUBLISH_AUTH",
    show_envvar=True,
    help="USER:PASSWORD for stores that need it (Basic or Digest); prefer the environment variable.",
)
def publish(endpoint: str, build_dir: Path, graph_per_node: bool, vocabulary: bool, auth: str | None) -> None:
    """Replace each graph of a built catalogue in a triple store, whole (HTTP PUT per graph).

    Exit codes: 0 every graph replaced, 1 the store refused or could not be reached, 2 could not run.
    """
    from genocat import GenocatError, StoreError, publish_catalogue

    def report(graph) -> None:
        click.echo(f"{graph.name}\t<{graph.iri}>\t{graph.triples} triples\tHTTP {graph.status}")

    try:
        result = publish_catalogue(
            build_dir, endpoint, per_node=graph_per_node, auth=auth, vocabulary=vocabulary, on_graph=report
        )
    except StoreError as exc:
        click.echo(f"genocat publish: error: {exc}", err=True)
        if exc.done:
            names = ", ".join(graph.name for graph in exc.done)
            click.echo(f"genocat publish: already replaced before the failure: {names}", err=True)
        sys.exit(1)
    except GenocatError as exc:
        click.echo(f"genocat publish: error: {exc}", err=True)
        sys.exit(2)
    click.echo(f"published {len(result.graphs)} graph(s), {result.triples} triples, to {endpoint}")


command = publish
