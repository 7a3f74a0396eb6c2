"""Metadata quality score: the data.europa.eu MQA points plus a genomic dimension of our own.

`score_paths(["catalog/hu"]).to_dict()` is what `genocat score --format json` prints.
"""

from genocat.score.engine import NothingToScore, score_document, score_documents, score_paths
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
    "score_paths",
]
