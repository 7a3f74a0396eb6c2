"""The catalogue builder: accepted submissions to DCAT-AP 3 / HealthDCAT-AP RDF (see pipeline.py)."""

from genocat.build.pipeline import BuildError, BuildRefused, BuildResult, build

__all__ = ["BuildError", "BuildRefused", "BuildResult", "build"]
