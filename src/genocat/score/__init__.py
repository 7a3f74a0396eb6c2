"""Metadata quality score: the data.europa.eu MQA points plus a genomic dimension of our own.

`genocat.score_datasets(["catalog/hu"]).to_dict()` is what `genocat score --format json` prints.
`genocat.score.score_paths` is deprecated since 0.2.0 (removed in 0.3.0): use `genocat.score_datasets`.
"""

from typing import Any

from genocat.deprecation import Deprecated, resolve
from genocat.score.engine import NothingToScore, score_document, score_documents
from genocat.score.model import BANDS, MQA_MAX, DatasetScore, Gap, Plan, ScoreReport, rating

__all__ = [
    "BANDS",
    "MQA_MAX",
    "DatasetScore",
    "Gap",
    "NothingToScore",
    "Plan",
    "ScoreReport",
    "rating",
    "score_document",
    "score_documents",
]

_DEPRECATED = {
    "score_paths": Deprecated("genocat.score.engine:score_paths", "genocat.score_datasets", "0.2.0", "0.3.0"),
}


def __getattr__(name: str) -> Any:
    return resolve(__name__, name, _DEPRECATED)
