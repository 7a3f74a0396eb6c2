"""genocat: metadata catalogue and compliance checker for European genomic data."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("genocat")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"


def validate(paths, config=None, **options):
    """Validate submissions; returns the same Report the CLI prints (options: see genocat.validator)."""
    from genocat.validator import validate as _validate

    return _validate(paths, config, **options)


__all__ = ["__version__", "validate"]
