"""`genocat harvest`: read national nodes' FAIR Data Points, paged DCAT endpoints, SPARQL endpoints
or RDF documents into node folders, and keep them in step (only what changed is written).

`harvest(source, out, ...)` harvests one node; `harvest_sources(path, ...)` every node of an
operator's sources file. Both return a `HarvestResult`; `report.text` and `report.as_json` show it.
"""

from __future__ import annotations

from genocat.harvest.run import HarvestResult, SourcesError, harvest, harvest_sources, read_sources

__all__ = ["HarvestResult", "SourcesError", "harvest", "harvest_sources", "read_sources"]
