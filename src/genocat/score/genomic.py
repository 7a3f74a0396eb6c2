"""The genomic dimension: what a researcher needs to judge a genomic dataset, beyond DCAT.

Our own measure, reported beside the MQA and never added to its 405 points. Disease terms do not
apply to population references (such as the Genome of Europe): for them that indicator leaves the
maximum instead of counting as missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from genocat.artefacts import enum_codes
from genocat.score.model import GENOMIC, Gap

NOT_APPLICABLE = "not applicable"


@dataclass(frozen=True)
class GenomicIndicator:
    key: str
    title: str
    points: int
    field: str
    example: str
    present: Callable[[dict, dict], bool | str]  # (dataset, genomics) -> earned, or NOT_APPLICABLE
    action: str = ""

    @property
    def what_to_do(self) -> str:
        return self.action or f"add `{self.field}`"


def _listed(key: str) -> Callable[[dict, dict], bool]:
    return lambda data, genomics: isinstance(genomics.get(key), list) and bool(genomics[key])


def _consent(data: dict, genomics: dict) -> bool:
    use = data.get("data_use")
    permission = use.get("permission") if isinstance(use, dict) else None
    return isinstance(permission, str) and permission in enum_codes("DuoPermission")


def _individuals(data: dict, genomics: dict) -> bool:
    value = data.get("number_of_unique_individuals")
    return isinstance(value, int) and not isinstance(value, bool)


def _diseases(data: dict, genomics: dict) -> bool | str:
    if genomics.get("cohort_type") == "POPULATION_REFERENCE":
        return NOT_APPLICABLE
    return _listed("diseases")(data, genomics)


INDICATORS: tuple[GenomicIndicator, ...] = (
    GenomicIndicator("consent_coded", "Consent coded (DUO permission)", 20, "data_use.permission",
                     "data_use: {permission: HMB}", _consent,
                     "code `data_use.permission` with a DUO permission (NRES, GRU, HMB, DS, POA)"),
    GenomicIndicator("data_categories", "Data categories", 15, "genomics.data_categories",
                     "data_categories: [WGS]", _listed("data_categories")),
    GenomicIndicator("reference_assembly", "Reference assembly", 15, "genomics.reference_genomes",
                     "reference_genomes: [GRCh38]", _listed("reference_genomes")),
    GenomicIndicator("platform", "Sequencing platform", 10, "genomics.platforms",
                     "platforms: [ILLUMINA_NOVASEQ_6000]", _listed("platforms")),
    GenomicIndicator("individuals", "Number of individuals", 10, "number_of_unique_individuals",
                     "number_of_unique_individuals: 1800", _individuals),
    GenomicIndicator("counts_by_sex", "Counts by sex", 10, "genomics.counts_by_sex",
                     "counts_by_sex: [{sex: FEMALE, count: 910}, {sex: MALE, count: 890}]", _listed("counts_by_sex")),
    GenomicIndicator("counts_by_age", "Counts by age band", 10, "genomics.counts_by_age",
                     "counts_by_age: [{min_age: 18, max_age: 39, count: 760}]", _listed("counts_by_age")),
    GenomicIndicator("disease_terms", "Disease terms", 10, "genomics.diseases",
                     "diseases: [MONDO:0003847]", _diseases),
)  # fmt: skip

MAX_POINTS = sum(i.points for i in INDICATORS)


def score_genomic(data: dict) -> tuple[tuple[int, int], list[Gap]]:
    """(points, max) of the genomic dimension and its gaps."""
    genomics = data.get("genomics") if isinstance(data.get("genomics"), dict) else {}
    points = maximum = 0
    gaps = []
    for indicator in INDICATORS:
        result = indicator.present(data, genomics)
        if result == NOT_APPLICABLE:
            continue
        maximum += indicator.points
        if result:
            points += indicator.points
        else:
            gaps.append(
                Gap(
                    indicator.key,
                    indicator.title,
                    GENOMIC,
                    indicator.points,
                    indicator.field,
                    indicator.what_to_do,
                    indicator.example,
                )
            )
    return (points, maximum), gaps
