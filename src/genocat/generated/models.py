"""Typed record classes generated from the LinkML schema by `python -m genocat.dev.generate`; do not edit.

Use them through `genocat.records` (building, validating and writing records); see docs/python.md.
"""
# mypy: disable-error-code="no-untyped-def,type-arg"
from __future__ import annotations

import re
import sys
from datetime import (
    date,
    datetime,
    time
)
from decimal import Decimal
from enum import Enum
from typing import (
    Any,
    ClassVar,
    Literal,
    Optional,
    Union
)

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer
)


metamodel_version = "1.12.0"
version = "0.1.0"


class ConfiguredBaseModel(BaseModel):
    model_config = ConfigDict(
        serialize_by_alias = True,
        validate_by_name = True,
        validate_assignment = True,
        validate_default = True,
        extra = "forbid",
        arbitrary_types_allowed = True,
        use_enum_values = True,
        strict = False,
    )





class LinkMLMeta(RootModel):
    root: dict[str, Any] = {}
    model_config = ConfigDict(frozen=True)

    def __getattr__(self, key:str):
        return getattr(self.root, key)

    def __getitem__(self, key:str):
        return self.root[key]

    def __setitem__(self, key:str, value):
        self.root[key] = value

    def __contains__(self, key:str) -> bool:
        return key in self.root


linkml_meta = None

class AccessRights(str, Enum):
    """
    EU access-right table.
    """
    PUBLIC = "PUBLIC"
    """
    Publicly accessible by everyone.
    """
    RESTRICTED = "RESTRICTED"
    """
    Available under access restrictions.
    """
    NON_PUBLIC = "NON_PUBLIC"
    """
    Not publicly accessible (personal data; access through a data access body).
    """


class DataTheme(str, Enum):
    """
    EU data-theme table.
    """
    AGRI = "AGRI"
    """
    Agriculture, fisheries, forestry and food
    """
    ECON = "ECON"
    """
    Economy and finance
    """
    EDUC = "EDUC"
    """
    Education, culture and sport
    """
    ENER = "ENER"
    """
    Energy
    """
    ENVI = "ENVI"
    """
    Environment
    """
    GOVE = "GOVE"
    """
    Government and public sector
    """
    HEAL = "HEAL"
    """
    Health
    """
    INTR = "INTR"
    """
    International issues
    """
    JUST = "JUST"
    """
    Justice, legal system and public safety
    """
    REGI = "REGI"
    """
    Regions and cities
    """
    SOCI = "SOCI"
    """
    Population and society
    """
    TECH = "TECH"
    """
    Science and technology
    """
    TRAN = "TRAN"
    """
    Transport
    """


class Country(str, Enum):
    """
    EU country table (ISO 3166-1 alpha-3 codes).
    """
    AUT = "AUT"
    """
    Austria
    """
    BEL = "BEL"
    """
    Belgium
    """
    BGR = "BGR"
    """
    Bulgaria
    """
    HRV = "HRV"
    """
    Croatia
    """
    CYP = "CYP"
    """
    Cyprus
    """
    CZE = "CZE"
    """
    Czechia
    """
    DNK = "DNK"
    """
    Denmark
    """
    EST = "EST"
    """
    Estonia
    """
    FIN = "FIN"
    """
    Finland
    """
    FRA = "FRA"
    """
    France
    """
    DEU = "DEU"
    """
    Germany
    """
    GRC = "GRC"
    """
    Greece
    """
    HUN = "HUN"
    """
    Hungary
    """
    IRL = "IRL"
    """
    Ireland
    """
    ITA = "ITA"
    """
    Italy
    """
    LVA = "LVA"
    """
    Latvia
    """
    LTU = "LTU"
    """
    Lithuania
    """
    LUX = "LUX"
    """
    Luxembourg
    """
    MLT = "MLT"
    """
    Malta
    """
    NLD = "NLD"
    """
    Netherlands
    """
    POL = "POL"
    """
    Poland
    """
    PRT = "PRT"
    """
    Portugal
    """
    ROU = "ROU"
    """
    Romania
    """
    SVK = "SVK"
    """
    Slovakia
    """
    SVN = "SVN"
    """
    Slovenia
    """
    ESP = "ESP"
    """
    Spain
    """
    SWE = "SWE"
    """
    Sweden
    """
    ISL = "ISL"
    """
    Iceland
    """
    LIE = "LIE"
    """
    Liechtenstein
    """
    NOR = "NOR"
    """
    Norway
    """
    CHE = "CHE"
    """
    Switzerland
    """
    GBR = "GBR"
    """
    United Kingdom
    """


class Language(str, Enum):
    """
    EU language table (ISO 639-2/B-style codes of the Publications Office).
    """
    BUL = "BUL"
    """
    Bulgarian
    """
    CES = "CES"
    """
    Czech
    """
    DAN = "DAN"
    """
    Danish
    """
    DEU = "DEU"
    """
    German
    """
    ELL = "ELL"
    """
    Greek
    """
    ENG = "ENG"
    """
    English
    """
    SPA = "SPA"
    """
    Spanish
    """
    EST = "EST"
    """
    Estonian
    """
    FIN = "FIN"
    """
    Finnish
    """
    FRA = "FRA"
    """
    French
    """
    GLE = "GLE"
    """
    Irish
    """
    HRV = "HRV"
    """
    Croatian
    """
    HUN = "HUN"
    """
    Hungarian
    """
    ISL = "ISL"
    """
    Icelandic
    """
    ITA = "ITA"
    """
    Italian
    """
    LIT = "LIT"
    """
    Lithuanian
    """
    LAV = "LAV"
    """
    Latvian
    """
    MLT = "MLT"
    """
    Maltese
    """
    NLD = "NLD"
    """
    Dutch
    """
    NOR = "NOR"
    """
    Norwegian
    """
    POL = "POL"
    """
    Polish
    """
    POR = "POR"
    """
    Portuguese
    """
    RON = "RON"
    """
    Romanian
    """
    SLK = "SLK"
    """
    Slovak
    """
    SLV = "SLV"
    """
    Slovenian
    """
    SWE = "SWE"
    """
    Swedish
    """


class Place(str, Enum):
    """
    Where data may be used (DUO GS): an ISO 3166-1 alpha-2 code or a named region (EEA, EU).
    """
    AT = "AT"
    """
    Austria
    """
    BE = "BE"
    """
    Belgium
    """
    BG = "BG"
    """
    Bulgaria
    """
    HR = "HR"
    """
    Croatia
    """
    CY = "CY"
    """
    Cyprus
    """
    CZ = "CZ"
    """
    Czechia
    """
    DK = "DK"
    """
    Denmark
    """
    EE = "EE"
    """
    Estonia
    """
    FI = "FI"
    """
    Finland
    """
    FR = "FR"
    """
    France
    """
    DE = "DE"
    """
    Germany
    """
    GR = "GR"
    """
    Greece
    """
    HU = "HU"
    """
    Hungary
    """
    IE = "IE"
    """
    Ireland
    """
    IT = "IT"
    """
    Italy
    """
    LV = "LV"
    """
    Latvia
    """
    LT = "LT"
    """
    Lithuania
    """
    LU = "LU"
    """
    Luxembourg
    """
    MT = "MT"
    """
    Malta
    """
    NL = "NL"
    """
    Netherlands
    """
    PL = "PL"
    """
    Poland
    """
    PT = "PT"
    """
    Portugal
    """
    RO = "RO"
    """
    Romania
    """
    SK = "SK"
    """
    Slovakia
    """
    SI = "SI"
    """
    Slovenia
    """
    ES = "ES"
    """
    Spain
    """
    SE = "SE"
    """
    Sweden
    """
    IS = "IS"
    """
    Iceland
    """
    LI = "LI"
    """
    Liechtenstein
    """
    NO = "NO"
    """
    Norway
    """
    CH = "CH"
    """
    Switzerland
    """
    GB = "GB"
    """
    United Kingdom
    """
    EU = "EU"
    """
    The 27 member states of the European Union.
    """
    EEA = "EEA"
    """
    The European Economic Area (EU member states, Iceland, Liechtenstein, Norway).
    """


class FileType(str, Enum):
    """
    File formats. Generic formats use the EU file-type table; the table has no genomic formats, so CRAM, BAM, VCF, FASTQ and friends use their EDAM format IRIs.
    """
    CSV = "CSV"
    TSV = "TSV"
    JSON = "JSON"
    XML = "XML"
    PDF = "PDF"
    ZIP = "ZIP"
    GZIP = "GZIP"
    TAR = "TAR"
    HTML = "HTML"
    RDF_TURTLE = "RDF_TURTLE"
    CRAM = "CRAM"
    BAM = "BAM"
    SAM = "SAM"
    VCF = "VCF"
    BCF = "BCF"
    FASTQ = "FASTQ"
    FASTA = "FASTA"
    BED = "BED"


class Licence(str, Enum):
    """
    EU licence table.
    """
    CC0 = "CC0"
    CC_BY_4_0 = "CC_BY_4_0"
    CC_BYSA_4_0 = "CC_BYSA_4_0"
    CC_BYNC_4_0 = "CC_BYNC_4_0"
    CC_BYND_4_0 = "CC_BYND_4_0"
    CC_BYNCSA_4_0 = "CC_BYNCSA_4_0"
    CC_BYNCND_4_0 = "CC_BYNCND_4_0"


class DatasetStatus(str, Enum):
    """
    EU dataset-status table.
    """
    COMPLETED = "COMPLETED"
    DEPRECATED = "DEPRECATED"
    DEVELOP = "DEVELOP"
    DISCONT = "DISCONT"
    WITHDRAWN = "WITHDRAWN"


class DistributionStatus(str, Enum):
    """
    EU distribution-status table.
    """
    COMPLETED = "COMPLETED"
    DEPRECATED = "DEPRECATED"
    DEVELOP = "DEVELOP"
    WITHDRAWN = "WITHDRAWN"


class PlannedAvailability(str, Enum):
    """
    EU planned-availability table.
    """
    AVAILABLE = "AVAILABLE"
    EXPERIMENTAL = "EXPERIMENTAL"
    STABLE = "STABLE"
    TEMPORARY = "TEMPORARY"


class Frequency(str, Enum):
    """
    EU frequency table: how often a dataset or series is updated (snapshot: the hourly and longer intervals, continuous, irregular, never and unknown; not the minute-level codes).
    """
    ANNUAL = "ANNUAL"
    """
    Annual
    """
    ANNUAL_2 = "ANNUAL_2"
    """
    Semiannual (twice a year)
    """
    ANNUAL_3 = "ANNUAL_3"
    """
    Three times a year
    """
    BIENNIAL = "BIENNIAL"
    """
    Biennial (every two years)
    """
    TRIENNIAL = "TRIENNIAL"
    """
    Triennial (every three years)
    """
    QUADRENNIAL = "QUADRENNIAL"
    """
    Quadrennial (every four years)
    """
    QUINQUENNIAL = "QUINQUENNIAL"
    """
    Quinquennial (every five years)
    """
    DECENNIAL = "DECENNIAL"
    """
    Decennial (every ten years)
    """
    MONTHLY = "MONTHLY"
    """
    Monthly
    """
    MONTHLY_2 = "MONTHLY_2"
    """
    Semimonthly (twice a month)
    """
    MONTHLY_3 = "MONTHLY_3"
    """
    Three times a month
    """
    BIMONTHLY = "BIMONTHLY"
    """
    Bimonthly (every two months)
    """
    QUARTERLY = "QUARTERLY"
    """
    Quarterly
    """
    WEEKLY = "WEEKLY"
    """
    Weekly
    """
    WEEKLY_2 = "WEEKLY_2"
    """
    Semiweekly (twice a week)
    """
    WEEKLY_3 = "WEEKLY_3"
    """
    Three times a week
    """
    BIWEEKLY = "BIWEEKLY"
    """
    Biweekly (every two weeks)
    """
    DAILY = "DAILY"
    """
    Daily
    """
    DAILY_2 = "DAILY_2"
    """
    Twice a day
    """
    HOURLY = "HOURLY"
    """
    Hourly
    """
    CONT = "CONT"
    """
    Continuous
    """
    UPDATE_CONT = "UPDATE_CONT"
    """
    Continuously updated
    """
    IRREG = "IRREG"
    """
    Irregular
    """
    AS_NEEDED = "AS_NEEDED"
    """
    As needed
    """
    NOT_PLANNED = "NOT_PLANNED"
    """
    Not planned
    """
    NEVER = "NEVER"
    """
    Never
    """
    OTHER = "OTHER"
    """
    Other
    """
    UNKNOWN = "UNKNOWN"
    """
    Unknown
    """


class DatasetType(str, Enum):
    """
    EU dataset-type table (the GDI shapes allow only SYNTHETIC_DATA for now).
    """
    SYNTHETIC_DATA = "SYNTHETIC_DATA"
    """
    Synthetic data, not about real people.
    """


class ConformsTo(str, Enum):
    """
    The GDI standards a dataset can declare compliance with.
    """
    EXTERNALLY_GOVERNED = "EXTERNALLY_GOVERNED"
    """
    Governed by an external standard.
    """
    number_1MG_COMPLIANT = "1MG_COMPLIANT"
    """
    Compliant with the 1+MG minimal data model.
    """
    number_1MG_COHORT = "1MG_COHORT"
    """
    A 1+MG cohort.
    """


class HealthCategory(str, Enum):
    """
    HealthDCAT-AP health categories (EHDS Art. 51 categories of electronic health data). The authority table is served, for now, from the development host HealthDCAT-AP names.
    """
    HGPD = "HGPD"
    """
    Human genetic, epigenomic and genomic data.
    """
    EHRS = "EHRS"
    """
    Electronic health records.
    """
    RQSH = "RQSH"
    """
    Data from research cohorts, questionnaires and surveys related to health.
    """


class LegalBasis(str, Enum):
    """
    DPV legal bases for processing personal data.
    """
    CONSENT = "CONSENT"
    CONTRACT = "CONTRACT"
    LEGAL_OBLIGATION = "LEGAL_OBLIGATION"
    VITAL_INTEREST = "VITAL_INTEREST"
    LEGITIMATE_INTEREST = "LEGITIMATE_INTEREST"
    PUBLIC_INTEREST = "PUBLIC_INTEREST"
    OFFICIAL_AUTHORITY = "OFFICIAL_AUTHORITY"


class ProcessingPurpose(str, Enum):
    """
    DPV purposes of processing.
    """
    RESEARCH_AND_DEVELOPMENT = "RESEARCH_AND_DEVELOPMENT"
    ACADEMIC_RESEARCH = "ACADEMIC_RESEARCH"
    NON_COMMERCIAL_RESEARCH = "NON_COMMERCIAL_RESEARCH"
    COMMERCIAL_RESEARCH = "COMMERCIAL_RESEARCH"


class PersonalDataCategory(str, Enum):
    """
    DPV personal-data categories.
    """
    GENETIC = "GENETIC"
    HEALTH = "HEALTH"
    AGE = "AGE"
    GENDER = "GENDER"
    ETHNICITY = "ETHNICITY"


class ChecksumAlgorithm(str, Enum):
    """
    SPDX checksum algorithms.
    """
    SHA1 = "SHA1"
    SHA256 = "SHA256"
    SHA512 = "SHA512"
    MD5 = "MD5"


class GdiHealthCategory(str, Enum):
    """
    The GDI project's health categories, the only values its shapes accept for healthdcatap:healthCategory. The builder emits them, derived from a dataset's genomic data categories, next to the HealthDCAT-AP categories (see the builder documentation); submissions never use this table directly.
    """
    HUMAN_GENETIC = "HUMAN_GENETIC"
    """
    Human genetic data.
    """
    HUMAN_EPIGENOMIC = "HUMAN_EPIGENOMIC"
    """
    Human epigenomic data.
    """
    HUMAN_GENOMIC = "HUMAN_GENOMIC"
    """
    Human genomic data.
    """


class DataCategory(str, Enum):
    """
    Sequencing target / genomic data category (genocat vocabulary).
    """
    WGS = "WGS"
    """
    Whole-genome sequencing (short reads).
    """
    LONG_READ_WGS = "LONG_READ_WGS"
    """
    Whole-genome sequencing with long reads.
    """
    WES = "WES"
    """
    Whole-exome sequencing.
    """
    TARGETED_PANEL = "TARGETED_PANEL"
    """
    Targeted gene panel sequencing.
    """
    GENOTYPING_ARRAY = "GENOTYPING_ARRAY"
    """
    SNP genotyping array.
    """
    RNA_SEQ = "RNA_SEQ"
    """
    Transcriptome sequencing.
    """
    METHYLATION = "METHYLATION"
    """
    DNA methylation profiling (array or bisulfite sequencing).
    """
    SINGLE_CELL_RNA_SEQ = "SINGLE_CELL_RNA_SEQ"
    """
    Single-cell transcriptome sequencing.
    """


class SequencingPlatform(str, Enum):
    """
    Sequencing or genotyping platform (genocat vocabulary).
    """
    ILLUMINA_NOVASEQ_6000 = "ILLUMINA_NOVASEQ_6000"
    ILLUMINA_NOVASEQ_X = "ILLUMINA_NOVASEQ_X"
    ILLUMINA_HISEQ_X = "ILLUMINA_HISEQ_X"
    ILLUMINA_NEXTSEQ_550 = "ILLUMINA_NEXTSEQ_550"
    ILLUMINA_MISEQ = "ILLUMINA_MISEQ"
    ILLUMINA_INFINIUM_GSA = "ILLUMINA_INFINIUM_GSA"
    """
    Illumina Infinium Global Screening Array.
    """
    ILLUMINA_EPIC = "ILLUMINA_EPIC"
    """
    Illumina Infinium MethylationEPIC array.
    """
    PACBIO_REVIO = "PACBIO_REVIO"
    PACBIO_SEQUEL_II = "PACBIO_SEQUEL_II"
    ONT_PROMETHION = "ONT_PROMETHION"
    MGI_DNBSEQ_T7 = "MGI_DNBSEQ_T7"
    ION_TORRENT_S5 = "ION_TORRENT_S5"
    AFFYMETRIX_AXIOM = "AFFYMETRIX_AXIOM"


class ReferenceGenome(str, Enum):
    """
    Human reference genome assemblies (INSDC GenBank assembly accessions).
    """
    GRCh37 = "GRCh37"
    """
    Genome Reference Consortium Human Build 37.
    """
    GRCh38 = "GRCh38"
    """
    Genome Reference Consortium Human Build 38.
    """
    T2T_CHM13 = "T2T-CHM13"
    """
    Telomere-to-telomere CHM13 v2.0.
    """


class CohortType(str, Enum):
    """
    Kind of cohort (genocat vocabulary).
    """
    RARE_DISEASE = "RARE_DISEASE"
    CANCER = "CANCER"
    POPULATION_REFERENCE = "POPULATION_REFERENCE"
    """
    Population reference, such as the Genome of Europe.
    """
    INFECTIOUS_DISEASE = "INFECTIOUS_DISEASE"
    COMMON_DISEASE = "COMMON_DISEASE"
    PHARMACOGENOMICS = "PHARMACOGENOMICS"
    NEWBORN_SCREENING = "NEWBORN_SCREENING"


class Sex(str, Enum):
    """
    Sex of individuals in aggregate counts (genocat vocabulary).
    """
    FEMALE = "FEMALE"
    MALE = "MALE"
    OTHER = "OTHER"
    UNKNOWN = "UNKNOWN"


class DuoPermission(str, Enum):
    """
    DUO data-use permissions.
    """
    no_restriction = "NRES"
    general_research_use = "GRU"
    health_or_medical_or_biomedical_research = "HMB"
    disease_specific_research = "DS"
    population_origins_or_ancestry_research_only = "POA"


class DuoModifier(str, Enum):
    """
    DUO data-use modifiers.
    """
    not_for_profit_organisation_use_only = "NPU"
    non_commercial_use_only = "NCU"
    not_for_profit_non_commercial_use_only = "NPUNCU"
    no_general_methods_research = "NMDS"
    genetic_studies_only = "GSO"
    research_specific_restrictions = "RS"
    publication_required = "PUB"
    collaboration_required = "COL"
    ethics_approval_required = "IRB"
    geographical_restriction = "GS"
    publication_moratorium = "MOR"
    time_limit_on_use = "TS"
    user_specific_restriction = "US"
    project_specific_restriction = "PS"
    institution_specific_restriction = "IS"
    return_to_database_or_resource = "RTN"
    clinical_care_use = "CC"
    population_origins_or_ancestry_research_prohibited = "NPOA"



class MultilingualText(ConfiguredBaseModel):
    """
    A language map: each key is a language code and its value the text in that language. English (`en`) is required; national languages are welcome. In RDF every entry becomes one literal with that language tag on the parent slot's predicate (the genocat:text_xx URIs are never emitted).
    """
    bg: Optional[str] = Field(default=None, description="""Text in language `bg` (ISO 639-1).""")
    cs: Optional[str] = Field(default=None, description="""Text in language `cs` (ISO 639-1).""")
    da: Optional[str] = Field(default=None, description="""Text in language `da` (ISO 639-1).""")
    de: Optional[str] = Field(default=None, description="""Text in language `de` (ISO 639-1).""")
    el: Optional[str] = Field(default=None, description="""Text in language `el` (ISO 639-1).""")
    en: str = Field(default=..., description="""Text in language `en` (ISO 639-1).""")
    es: Optional[str] = Field(default=None, description="""Text in language `es` (ISO 639-1).""")
    et: Optional[str] = Field(default=None, description="""Text in language `et` (ISO 639-1).""")
    fi: Optional[str] = Field(default=None, description="""Text in language `fi` (ISO 639-1).""")
    fr: Optional[str] = Field(default=None, description="""Text in language `fr` (ISO 639-1).""")
    ga: Optional[str] = Field(default=None, description="""Text in language `ga` (ISO 639-1).""")
    hr: Optional[str] = Field(default=None, description="""Text in language `hr` (ISO 639-1).""")
    hu: Optional[str] = Field(default=None, description="""Text in language `hu` (ISO 639-1).""")
    is_: Optional[str] = Field(default=None, alias="is", description="""Text in language `is` (ISO 639-1).""")
    it: Optional[str] = Field(default=None, description="""Text in language `it` (ISO 639-1).""")
    lt: Optional[str] = Field(default=None, description="""Text in language `lt` (ISO 639-1).""")
    lv: Optional[str] = Field(default=None, description="""Text in language `lv` (ISO 639-1).""")
    mt: Optional[str] = Field(default=None, description="""Text in language `mt` (ISO 639-1).""")
    nl: Optional[str] = Field(default=None, description="""Text in language `nl` (ISO 639-1).""")
    no: Optional[str] = Field(default=None, description="""Text in language `no` (ISO 639-1).""")
    pl: Optional[str] = Field(default=None, description="""Text in language `pl` (ISO 639-1).""")
    pt: Optional[str] = Field(default=None, description="""Text in language `pt` (ISO 639-1).""")
    ro: Optional[str] = Field(default=None, description="""Text in language `ro` (ISO 639-1).""")
    sk: Optional[str] = Field(default=None, description="""Text in language `sk` (ISO 639-1).""")
    sl: Optional[str] = Field(default=None, description="""Text in language `sl` (ISO 639-1).""")
    sv: Optional[str] = Field(default=None, description="""Text in language `sv` (ISO 639-1).""")


class Agent(ConfiguredBaseModel):
    """
    An organisation or person that creates or publishes a dataset.
    """
    name: str = Field(default=..., description="""Name of the organisation or person.""")
    identifier: Optional[str] = Field(default=None, description="""A persistent identifier of the agent, e.g. its ROR IRI written as text.""")
    homepage: Optional[str] = Field(default=None)
    contact_point: Optional[ContactPoint] = Field(default=None, description="""How to reach the agent (one contact point).""")
    iri: Optional[str] = Field(default=None, description="""The agent's own IRI (its ROR IRI, or the IRI a national catalogue gives it). The builder uses it instead of minting one, and an agent given by its IRI alone (as some DCAT-AP exports do) is written as just that link.""")


class HealthAgent(Agent):
    """
    An agent in a HealthDCAT-AP role (health data access body, publisher, custodian): it must have exactly one contact point.
    """
    name: str = Field(default=..., description="""Name of the organisation or person.""")
    identifier: Optional[str] = Field(default=None, description="""A persistent identifier of the agent, e.g. its ROR IRI written as text.""")
    homepage: Optional[str] = Field(default=None)
    contact_point: ContactPoint = Field(default=..., description="""How to reach the agent (one contact point).""")
    iri: Optional[str] = Field(default=None, description="""The agent's own IRI (its ROR IRI, or the IRI a national catalogue gives it). The builder uses it instead of minting one, and an agent given by its IRI alone (as some DCAT-AP exports do) is written as just that link.""")


class ContactPoint(ConfiguredBaseModel):
    """
    How to reach an agent (HealthDCAT-AP R8): an email address and/or a contact page.
    """
    email: Optional[str] = Field(default=None)
    contact_page: Optional[str] = Field(default=None)
    telephone: Optional[str] = Field(default=None)


class ContactCard(ConfiguredBaseModel):
    """
    A dataset's contact point (vCard) — a name plus an email address or a URL.
    """
    name: str = Field(default=...)
    email: Optional[str] = Field(default=None)
    url: Optional[str] = Field(default=None)


class PeriodOfTime(ConfiguredBaseModel):
    """
    An interval of time, given by start and/or end date.
    """
    start: Optional[date] = Field(default=None)
    end: Optional[date] = Field(default=None)


class Identifier(ConfiguredBaseModel):
    """
    Another identifier of the dataset, such as its EGA accession.
    """
    notation: str = Field(default=..., description="""The identifier itself, e.g. EGAD00001001234.""")
    schema_agency: Optional[str] = Field(default=None, description="""Who issued the identifier, e.g. EGA.""")


class Checksum(ConfiguredBaseModel):
    algorithm: ChecksumAlgorithm = Field(default=...)
    value: str = Field(default=..., description="""The checksum as lower-case hexadecimal.""")

    @field_validator('value')
    def pattern_value(cls, v):
        pattern=re.compile(r"^[0-9a-f]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid value format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid value format: {v}"
            raise ValueError(err_msg)
        return v


class DataService(ConfiguredBaseModel):
    """
    A service giving access to the data (e.g. a Beacon or an htsget endpoint).
    """
    identifier: Optional[str] = Field(default=None, description="""Identifier of the service; used to mint its IRI.""")
    title: MultilingualText = Field(default=...)
    description: Optional[MultilingualText] = Field(default=None)
    endpoint_url: str = Field(default=...)
    endpoint_description: Optional[str] = Field(default=None)
    service_conforms_to: Optional[list[str]] = Field(default=None, description="""Specifications the service implements (e.g. the Beacon v2 API).""")
    serves_dataset: Optional[list[str]] = Field(default=None, description="""IRIs of the datasets the service gives access to.""")

    @field_validator('identifier')
    def pattern_identifier(cls, v):
        pattern=re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid identifier format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid identifier format: {v}"
            raise ValueError(err_msg)
        return v


class Distribution(ConfiguredBaseModel):
    """
    One way to get the data of a dataset (files, an API, a request portal).
    """
    identifier: Optional[str] = Field(default=None, description="""Identifier unique within the dataset; used to mint the distribution's IRI.""")
    title: MultilingualText = Field(default=...)
    description: Optional[MultilingualText] = Field(default=None)
    access_url: str = Field(default=...)
    download_url: Optional[str] = Field(default=None)
    applicable_legislation: list[str] = Field(default=...)
    format: Optional[FileType] = Field(default=None)
    media_type: Optional[str] = Field(default=None, description="""IANA media type, e.g. text/csv.""")
    licence: Optional[Licence] = Field(default=None)
    rights: Optional[str] = Field(default=None, description="""A statement of the rights that apply to the distribution.""")
    byte_size: Optional[int] = Field(default=None, ge=0)
    checksum: Optional[Checksum] = Field(default=None)
    status: Optional[DistributionStatus] = Field(default=None)
    availability: Optional[PlannedAvailability] = Field(default=None)
    access_service: Optional[DataService] = Field(default=None)

    @field_validator('identifier')
    def pattern_identifier(cls, v):
        pattern=re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid identifier format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid identifier format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('media_type')
    def pattern_media_type(cls, v):
        pattern=re.compile(r"^[a-z]+/[A-Za-z0-9.+-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid media_type format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid media_type format: {v}"
            raise ValueError(err_msg)
        return v


class Dataset(ConfiguredBaseModel):
    """
    A genomic dataset held by a national node.
    """
    identifier: str = Field(default=..., description="""Unique identifier, Project-COUNTRY-INSTITUTE-NUMBER, e.g. GDI-HU-SEMMELWEIS-1 (the GDI convention; the country part is the node's ISO alpha-2 code).""")
    title: MultilingualText = Field(default=...)
    description: MultilingualText = Field(default=...)
    access_rights: AccessRights = Field(default=...)
    applicable_legislation: list[str] = Field(default=..., description="""ELI IRIs; the EHDS regulation http://data.europa.eu/eli/reg/2025/327/oj must be among them.""")
    theme: list[DataTheme] = Field(default=...)
    health_category: list[HealthCategory] = Field(default=..., description="""HealthDCAT-AP health categories. In the built RDF they are written as dcat:theme values, because the GDI shapes accept only the GDI project's concepts in healthdcatap:healthCategory; the builder fills that property from the genomic data categories (see the DataCategory annotations).""")
    hdab: HealthAgent = Field(default=..., description="""The health data access body that grants access.""")
    publisher: HealthAgent = Field(default=...)
    creators: list[Agent] = Field(default=...)
    custodian: Optional[HealthAgent] = Field(default=None, description="""The data holder.""")
    distributions: list[Distribution] = Field(default=...)
    has_structured_data: bool = Field(default=...)
    variables: Optional[VariableTableGroup] = Field(default=None, description="""The variables, required when has_structured_data is true.""")
    contact_point: list[ContactCard] = Field(default=...)
    keywords: list[str] = Field(default=..., description="""Keywords in English.""")
    dataset_type: list[DatasetType] = Field(default=...)
    provenance: str = Field(default=..., description="""How the data came about, in words.""")
    number_of_records: Optional[int] = Field(default=None, ge=0)
    number_of_unique_individuals: Optional[int] = Field(default=None, ge=0)
    min_typical_age: Optional[int] = Field(default=None, ge=0)
    max_typical_age: Optional[int] = Field(default=None, ge=0)
    population_coverage: Optional[str] = Field(default=None, description="""Which population the dataset covers, in words.""")
    legal_basis: Optional[list[LegalBasis]] = Field(default=None)
    purpose: Optional[list[ProcessingPurpose]] = Field(default=None)
    personal_data: Optional[list[PersonalDataCategory]] = Field(default=None)
    coding_systems: Optional[list[str]] = Field(default=None, description="""Coding systems used, as IRIs (e.g. Wikidata items of ICD-10, HPO).""")
    code_values: Optional[list[str]] = Field(default=None, description="""Codes that describe the dataset (e.g. ICD-10 codes).""")
    health_theme: Optional[list[str]] = Field(default=None, description="""Health themes as IRIs (e.g. Wikidata items).""")
    retention_period: Optional[PeriodOfTime] = Field(default=None)
    spatial: list[Country] = Field(default=...)
    locations: Optional[list[str]] = Field(default=None, description="""Other places the dataset covers, as IRIs (GeoNames, the EU place or continent tables); written as dct:spatial next to the countries of `spatial`.""")
    temporal: Optional[PeriodOfTime] = Field(default=None)
    issued: Optional[date] = Field(default=None)
    modified: Optional[date] = Field(default=None)
    language: Optional[list[Language]] = Field(default=None)
    conforms_to: Optional[list[ConformsTo]] = Field(default=None)
    other_identifiers: Optional[list[Identifier]] = Field(default=None)
    is_referenced_by: Optional[list[str]] = Field(default=None, description="""Publications about the dataset, as DOI IRIs (https://doi.org/...).""")
    status: Optional[DatasetStatus] = Field(default=None)
    accrual_periodicity: Optional[Frequency] = Field(default=None, description="""How often the dataset is updated (EU frequency table code, e.g. ANNUAL).""")
    in_series: Optional[list[str]] = Field(default=None, description="""IRIs of the dataset series this dataset belongs to.""")
    previous: Optional[str] = Field(default=None, description="""IRI of the previous dataset in its series.""")
    genomics: GenomicProfile = Field(default=...)
    data_use: DataUseConditions = Field(default=...)

    @field_validator('identifier')
    def pattern_identifier(cls, v):
        pattern=re.compile(r"^(GOE|GDI)-[A-Z]{2}-[A-Z]+-[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid identifier format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid identifier format: {v}"
            raise ValueError(err_msg)
        return v


class DatasetSeries(ConfiguredBaseModel):
    """
    A series of datasets published separately that share characteristics (e.g. yearly releases); each dataset names its series with `in_series`.
    """
    identifier: str = Field(default=...)
    title: MultilingualText = Field(default=...)
    description: MultilingualText = Field(default=...)
    publisher: Optional[HealthAgent] = Field(default=None)
    contact_point: Optional[list[ContactCard]] = Field(default=None)
    applicable_legislation: Optional[list[str]] = Field(default=None)
    spatial: Optional[list[Country]] = Field(default=None)
    locations: Optional[list[str]] = Field(default=None, description="""Other places the series covers, as IRIs (e.g. GeoNames).""")
    temporal: Optional[PeriodOfTime] = Field(default=None)
    issued: Optional[date] = Field(default=None)
    modified: Optional[date] = Field(default=None)
    accrual_periodicity: Optional[Frequency] = Field(default=None)
    first: Optional[str] = Field(default=None, description="""IRI of the first dataset of the series.""")
    last: Optional[str] = Field(default=None, description="""IRI of the latest dataset of the series.""")

    @field_validator('identifier')
    def pattern_identifier(cls, v):
        pattern=re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid identifier format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid identifier format: {v}"
            raise ValueError(err_msg)
        return v


class Catalogue(ConfiguredBaseModel):
    """
    The European root catalogue that lists the national node catalogues.
    """
    identifier: str = Field(default=...)
    title: MultilingualText = Field(default=...)
    description: MultilingualText = Field(default=...)
    publisher: HealthAgent = Field(default=...)
    applicable_legislation: list[str] = Field(default=...)
    homepage: Optional[str] = Field(default=None)
    language: Optional[list[Language]] = Field(default=None)
    issued: Optional[date] = Field(default=None)
    modified: Optional[date] = Field(default=None)
    catalogues: Optional[list[str]] = Field(default=None, description="""The node catalogues (filled in by the builder from the folders; optional in the file).""")

    @field_validator('identifier')
    def pattern_identifier(cls, v):
        pattern=re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid identifier format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid identifier format: {v}"
            raise ValueError(err_msg)
        return v


class NodeCatalogue(Catalogue):
    """
    A national node's catalogue of genomic datasets.
    """
    country: Country = Field(default=..., description="""The node's country (EU country table code, e.g. HUN).""")
    datasets: Optional[list[str]] = Field(default=None, description="""The node's datasets (filled in by the builder from datasets/; optional in the file).""")
    identifier: str = Field(default=...)
    title: MultilingualText = Field(default=...)
    description: MultilingualText = Field(default=...)
    publisher: HealthAgent = Field(default=...)
    applicable_legislation: list[str] = Field(default=...)
    homepage: Optional[str] = Field(default=None)
    language: Optional[list[Language]] = Field(default=None)
    issued: Optional[date] = Field(default=None)
    modified: Optional[date] = Field(default=None)
    catalogues: Optional[list[str]] = Field(default=None, description="""The node catalogues (filled in by the builder from the folders; optional in the file).""")

    @field_validator('identifier')
    def pattern_identifier(cls, v):
        pattern=re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid identifier format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid identifier format: {v}"
            raise ValueError(err_msg)
        return v


class VariableTableGroup(ConfiguredBaseModel):
    """
    The variables of a dataset with structured data, as a group of tables.
    """
    title: MultilingualText = Field(default=...)
    tables: list[VariableTable] = Field(default=...)


class VariableTable(ConfiguredBaseModel):
    title: MultilingualText = Field(default=...)
    url: Optional[str] = Field(default=None)
    columns: list[Variable] = Field(default=...)


class Variable(ConfiguredBaseModel):
    """
    One variable (column) of a table.
    """
    name: str = Field(default=...)
    title: str = Field(default=...)
    description: str = Field(default=...)
    datatype: str = Field(default=..., description="""A CSVW datatype name such as string, integer, date.""")
    property_url: Optional[str] = Field(default=None)


class GenomicProfile(ConfiguredBaseModel):
    """
    The genomic facts of a dataset.
    """
    data_categories: list[DataCategory] = Field(default=..., description="""What was measured (WGS, WES, ...).""")
    platforms: Optional[list[SequencingPlatform]] = Field(default=None)
    reference_genomes: Optional[list[ReferenceGenome]] = Field(default=None, description="""Assemblies the reads or variants are aligned to or called against.""")
    mean_coverage: Optional[float] = Field(default=None, description="""Mean depth of coverage (e.g. 30 for 30x).""", ge=0)
    cohort_type: CohortType = Field(default=...)
    diseases: Optional[list[str]] = Field(default=None, description="""Disease focus as MONDO, ORPHA, DOID, OMIM or ICD-10 CURIEs.""")
    phenotypes: Optional[list[str]] = Field(default=None, description="""Phenotype focus as HPO CURIEs.""")
    counts_by_sex: Optional[list[SexCount]] = Field(default=None)
    counts_by_age: Optional[list[AgeBandCount]] = Field(default=None)

    @field_validator('diseases')
    def pattern_diseases(cls, v):
        pattern=re.compile(r"^(MONDO:\d{7}|ORPHA:\d+|DOID:\d+|OMIM:\d{6}|ICD10:[A-Z]\d{2}(\.\d{1,2})?)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid diseases format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid diseases format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('phenotypes')
    def pattern_phenotypes(cls, v):
        pattern=re.compile(r"^HP:\d{7}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid phenotypes format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid phenotypes format: {v}"
            raise ValueError(err_msg)
        return v


class SexCount(ConfiguredBaseModel):
    """
    How many individuals of one sex the dataset holds (an aggregate).
    """
    sex: Sex = Field(default=...)
    count: int = Field(default=..., ge=0)


class AgeBandCount(ConfiguredBaseModel):
    """
    How many individuals fall in one age band (an aggregate); leave max_age out for \"and older\".
    """
    min_age: int = Field(default=..., ge=0, le=150)
    max_age: Optional[int] = Field(default=None, ge=0, le=150)
    count: int = Field(default=..., ge=0)


class DataUseConditions(ConfiguredBaseModel):
    """
    The DUO-coded data-use conditions of a dataset.
    """
    permission: DuoPermission = Field(default=..., description="""Exactly one DUO data-use permission.""")
    modifiers: Optional[list[DuoModifier]] = Field(default=None, description="""Any DUO data-use modifiers.""")
    diseases: Optional[list[str]] = Field(default=None, description="""Diseases the use is restricted to (DS).""")
    places: Optional[list[Place]] = Field(default=None, description="""Where the data may be used (GS).""")
    moratorium_until: Optional[date] = Field(default=None, description="""No publication of results before this date (MOR).""")
    time_limit_months: Optional[int] = Field(default=None, description="""For how many months use is approved (TS).""", ge=1)
    allowed_users: Optional[list[str]] = Field(default=None, description="""Identifiers of approved users (US), e.g. ORCID iDs.""")
    allowed_projects: Optional[list[str]] = Field(default=None, description="""Identifiers of approved projects (PS).""")
    allowed_institutions: Optional[list[str]] = Field(default=None, description="""Identifiers of approved institutions (IS), e.g. ROR IRIs.""")
    research_topic: Optional[str] = Field(default=None, description="""The research type the use is restricted to (RS), in words.""")

    @field_validator('diseases')
    def pattern_diseases(cls, v):
        pattern=re.compile(r"^(MONDO:\d{7}|ORPHA:\d+|DOID:\d+|OMIM:\d{6}|ICD10:[A-Z]\d{2}(\.\d{1,2})?)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid diseases format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid diseases format: {v}"
            raise ValueError(err_msg)
        return v


# Model rebuild
# see https://pydantic-docs.helpmanual.io/usage/models/#rebuilding-a-model
MultilingualText.model_rebuild()
Agent.model_rebuild()
HealthAgent.model_rebuild()
ContactPoint.model_rebuild()
ContactCard.model_rebuild()
PeriodOfTime.model_rebuild()
Identifier.model_rebuild()
Checksum.model_rebuild()
DataService.model_rebuild()
Distribution.model_rebuild()
Dataset.model_rebuild()
DatasetSeries.model_rebuild()
Catalogue.model_rebuild()
NodeCatalogue.model_rebuild()
VariableTableGroup.model_rebuild()
VariableTable.model_rebuild()
Variable.model_rebuild()
GenomicProfile.model_rebuild()
SexCount.model_rebuild()
AgeBandCount.model_rebuild()
DataUseConditions.model_rebuild()
