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
    File formats. Generic formats use the EU file-type table; the table has no genomic formats, so CRAM, BAM, VCF, FASTQ and friends use their EDAM format IRIs, written as the distribution's dct:conformsTo (HealthDCAT-AP R8 accepts only the EU file-type table in dct:format).
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
    STATISTICAL = "STATISTICAL"
    """
    Statistical data (the GDI shapes accept only SYNTHETIC_DATA; HealthDCAT-AP accepts both).
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
    DPV personal-data categories (HealthDCAT-AP R8 wants the dpv-pd namespace).
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
    The GDI project's health categories, the only values its (Release 5 based) shapes accept for healthdcatap:healthCategory. The builder writes them as dcat:theme values, derived from a dataset's genomic data categories, and the R8 categories in healthdcatap:healthCategory (see the builder documentation); submissions never use this table directly.
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


class HealthCategory(str, Enum):
    """
    HealthDCAT-AP R8 health categories: the 17 categories of electronic health data of EHDS Art. 51.
    """
    DIOH = "DIOH"
    EHCT = "EHCT"
    EHRS = "EHRS"
    EINS = "EINS"
    EMRD = "EMRD"
    HGPD = "HGPD"
    HPML = "HPML"
    HRAD = "HRAD"
    IDHP = "IDHP"
    MRMR = "MRMR"
    NRPE = "NRPE"
    PGEH = "PGEH"
    PHDR = "PHDR"
    RMMD = "RMMD"
    RPDG = "RPDG"
    RQSH = "RQSH"
    WELA = "WELA"


class HealthTheme(str, Enum):
    """
    HealthDCAT-AP R8 health themes.
    """
    ANTIMICROBIAL_CONTROL = "ANTIMICROBIAL_CONTROL"
    """
    Resistance threats and the practices that prevent or reduce transmission and healthcare-associated infections.
    """
    BLOOD_INFECTIONS = "BLOOD_INFECTIONS"
    """
    Infections transmitted by blood exposure or sexual contact (e.g., HIV, hepatitis, STIs).
    """
    CANCER_DISEASE = "CANCER_DISEASE"
    """
    Malignant neoplasms, including site-specific cancers and childhood cancers.
    """
    CLIMATE_HEALTH = "CLIMATE_HEALTH"
    """
    Climate hazards (heat, drought, extremes) and ecological linkages between human, animal and environmental health (One Health).
    """
    EMERGENCY_SETTINGS = "EMERGENCY_SETTINGS"
    """
    Acute events and humanitarian contexts, including disasters, travel health, emergency/critical care, and risk communication/infodemics.
    """
    ENTERIC_INFECTIONS = "ENTERIC_INFECTIONS"
    """
    Pathogens spread via contaminated water or food and fecal–oral routes, including diarrhoeal disease and many intestinal helminth infections.
    """
    ENVIRONMENTAL_HEALTH = "ENVIRONMENTAL_HEALTH"
    """
    Environmental exposures, workplace health, radiation risks, and context factors like WASH and urban living.
    """
    HEALTH_PRODUCTS = "HEALTH_PRODUCTS"
    """
    Medicines, devices, diagnostics, oxygen/blood, transplantation, digital health, genomics, and R&D/clinical trials; product quality and safety.
    """
    HEALTH_SYSTEMS = "HEALTH_SYSTEMS"
    """
    Organization and delivery of care, quality/safety, care models, health promotion/behaviour change, and social/commercial/political determinants and population health.
    """
    IMMUNIZATION_DISEASES = "IMMUNIZATION_DISEASES"
    """
    Vaccination programmes and diseases for which effective vaccines exist (routine and outbreak control).
    """
    INJURY_PREVENTION = "INJURY_PREVENTION"
    """
    Unintentional injuries and toxin exposures (e.g., road traffic injuries, drowning, snakebite).
    """
    LIFECOURSE_HEALTH = "LIFECOURSE_HEALTH"
    """
    Health across life stages, including maternal, newborn, child, adolescent, and older-age health and inequities such as ageism.
    """
    MENTAL_HEALTH = "MENTAL_HEALTH"
    """
    Mental disorders, neurological conditions, and substance use problems (including alcohol, tobacco, and drugs).
    """
    NONCOMMUNICABLE_DISEASES = "NONCOMMUNICABLE_DISEASES"
    """
    Chronic metabolic and cardiopulmonary conditions such as CVD, hypertension, diabetes, and chronic respiratory diseases.
    """
    NUTRITION_SECURITY = "NUTRITION_SECURITY"
    """
    Dietary status and interventions: breastfeeding/infant feeding, micronutrients, fortification, and malnutrition prevention/treatment.
    """
    REPRODUCTIVE_HEALTH = "REPRODUCTIVE_HEALTH"
    """
    SRHR across the life course, including contraception, fertility/infertility, abortion, and harmful practices (e.g., FGM).
    """
    RESPIRATORY_DISEASES = "RESPIRATORY_DISEASES"
    """
    Infectious diseases that primarily affect the respiratory tract (e.g., influenza viruses, coronaviruses, RSV, TB, and pneumonias).
    """
    SENSORY_HEALTH = "SENSORY_HEALTH"
    """
    Health of the mouth/teeth, vision/eye conditions, and hearing/sensory impairments.
    """
    TROPICAL_DISEASES = "TROPICAL_DISEASES"
    """
    NTDs and other parasitic/fungal diseases with major burden in tropical settings; many affect skin and soft tissues.
    """
    VECTOR_DISEASES = "VECTOR_DISEASES"
    """
    Infections transmitted by vectors (e.g., mosquitoes, ticks) or originating in animals with spillover to humans (arboviruses, viral haemorrhagic fevers, rabies/plague).
    """


class HealthActivity(str, Enum):
    """
    HealthDCAT-AP R8 health activities: the activities that generated a dataset (prov:wasGeneratedBy).
    """
    ADMINISTRATIVE_PROCESSES = "ADMINISTRATIVE_PROCESSES"
    """
    Generation of data during healthcare system operations, e.g. appointments, coding, payments.
    """
    ADMISSION_DISCHARGE = "ADMISSION_DISCHARGE"
    """
    Process of hospitalizing, treating, and releasing a patient, generating clinical and administrative data.
    """
    AUTOMATIC_GENERATION = "AUTOMATIC_GENERATION"
    """
    Data passively collected by sensors, apps, or devices without active input from users.
    """
    BIOBANK_COLLECTION = "BIOBANK_COLLECTION"
    """
    Acquisition and storage of biological samples from individuals for current or future research.
    """
    CENSUS_DATA = "CENSUS_DATA"
    """
    Large-scale demographic and socio-economic data collection conducted by public authorities.
    """
    CLINICAL_TRIAL = "CLINICAL_TRIAL"
    """
    Structured, controlled investigation into medical treatments, interventions or technologies.
    """
    COHORT = "COHORT"
    """
    Longitudinal tracking of a defined group over time to observe health outcomes.
    """
    DISEASE_MONITORING = "DISEASE_MONITORING"
    """
    Surveillance and reporting of disease outbreaks and infections.
    """
    EHEALTH_APPLICATION = "EHEALTH_APPLICATION"
    """
    Data created through interaction with digital health apps by individuals.
    """
    GEOSPATIAL_MONITORING = "GEOSPATIAL_MONITORING"
    """
    Data collection using satellite or location-based systems to monitor environmental or health exposures.
    """
    HEALTHCARE_VISIT = "HEALTHCARE_VISIT"
    """
    Patient interaction with a healthcare professional for diagnosis, treatment, or consultation.
    """
    HEALTH_REGISTRIES = "HEALTH_REGISTRIES"
    """
    Government-led databases tracking diseases, treatments, or health trends at national level.
    """
    HEALTH_SURVEILLANCE = "HEALTH_SURVEILLANCE"
    """
    Systematic collection and analysis of health data to inform public health action.
    """
    HEALTH_SURVEY = "HEALTH_SURVEY"
    """
    Collection of structured self-reported data about health behaviours, symptoms, and determinants.
    """
    HOSPITAL_RECORDS = "HOSPITAL_RECORDS"
    """
    Institutional system aggregating clinical and operational hospital data.
    """
    INSURANCE_CLAIMS = "INSURANCE_CLAIMS"
    """
    Data generated through processing health-related financial transactions and coverage validation.
    """
    LABORATORY_TESTS = "LABORATORY_TESTS"
    """
    Data produced by clinical or diagnostic testing in a lab setting.
    """
    MEASUREMENTS = "MEASUREMENTS"
    """
    Collection of physiological, anthropometric, or other health indicators (e.g., blood pressure, BMI).
    """
    MEDICAL_DEVICES = "MEDICAL_DEVICES"
    """
    Clinical or home use of health technologies that generate or record data during patient care.
    """
    MEDICAL_REGISTRY = "MEDICAL_REGISTRY"
    """
    Structured, ongoing data collection on a specific disease, procedure, or treatment population.
    """
    MODELS_SIMULATIONS = "MODELS_SIMULATIONS"
    """
    Use of computational or statistical models to simulate clinical or population outcomes.
    """
    MUNICIPAL_REPOSITORY = "MUNICIPAL_REPOSITORY"
    """
    Centralised local government data collection on public health and services.
    """
    NONMEDICAL_APPLICATION = "NONMEDICAL_APPLICATION"
    """
    Data collected through platforms or tools not designed for medical use (e.g., fitness apps).
    """
    OBSERVATIONAL_DATA = "OBSERVATIONAL_DATA"
    """
    Data generated by non-interventional observation of patients or populations.
    """
    PATIENT_OUTCOMES = "PATIENT_OUTCOMES"
    """
    Self-reported data provided by patients on their health status and quality of life.
    """
    PRESCRIBING_DISPENSING = "PRESCRIBING_DISPENSING"
    """
    Issuing or providing medication to patients by healthcare professionals or pharmacies.
    """
    PROBABILITY_SURVEY = "PROBABILITY_SURVEY"
    """
    Data collected through a statistically representative sampling process.
    """
    QUALITY_REGISTRIES = "QUALITY_REGISTRIES"
    """
    Nationally coordinated registries collecting data on treatment quality, outcomes, and standards.
    """
    QUALITY_REGISTRY = "QUALITY_REGISTRY"
    """
    Collection of healthcare quality indicators to monitor care delivery and outcomes.
    """
    RESEARCH_DATABASE = "RESEARCH_DATABASE"
    """
    Purpose-built repository developed as part of a research activity for future reuse.
    """
    RESEARCH_PROJECT = "RESEARCH_PROJECT"
    """
    Targeted scientific activity to answer specific health-related research questions.
    """
    ROUTINE_RECORDS = "ROUTINE_RECORDS"
    """
    Administrative or system-generated records not primarily intended for health, but used secondarily.
    """
    SAMPLE_COLLECTIONS = "SAMPLE_COLLECTIONS"
    """
    Systematic gathering of human material (e.g. blood, DNA) for storage and analysis.
    """
    SURVEILLANCE = "SURVEILLANCE"
    """
    Ongoing, systematic monitoring of public or population health indicators.
    """


class CodingSystem(str, Enum):
    """
    HealthDCAT-AP R8 coding systems (healthdcatap:hasCodingSystem).
    """
    ATC = "ATC"
    """
    WHO classification system for medicines according to the organ or system they act on and their therapeutic, pharmacological, and chemical properties
    """
    DICOM_CT = "DICOM-CT"
    """
    Controlled terminology defined by DICOM for standardised coding of medical imaging concepts, procedures, anatomy, devices, observations, and related imaging metadata.
    """
    EDQM = "EDQM"
    """
    Standard terminology for pharmaceutical dose forms, routes and methods of administration, packaging, and related product characteristics
    """
    EMA_SPOR = "EMA-SPOR"
    """
    European Medicines Agency data management services for Substances, Products, Organisations and Referentials, supporting the standardised identification and exchange of medicinal product information.
    """
    EMDN = "EMDN"
    """
    European nomenclature used to support the classification and identification of medical devices, including in the context of EUDAMED.
    """
    GMDN = "GMDN"
    """
    Standard nomenclature for medical devices
    """
    HGNC = "HGNC"
    """
    Approved gene symbols and names
    """
    HPO = "HPO"
    """
    Ontology providing standardised terms for phenotypic abnormalities encountered in human disease.
    """
    ICD_10 = "ICD-10"
    """
    WHO's 10th revision of the ICD, used internationally to classify diseases, related health problems, causes of death, and health statistics.
    """
    ICD_10_NAT = "ICD-10-NAT"
    """
    National adaptations of the ICD-10 classification, developed to meet national requirements for clinical coding, reporting, reimbursement, and health system management while remaining aligned with the core WHO ICD-10 framework.
    """
    ICD_11 = "ICD-11"
    """
    WHO's current ICD revision and global standard for diagnostic health information, used for diagnosing, reporting, and monitoring diseases, injuries, and causes of death.
    """
    ICD_9_CM = "ICD-9-CM"
    """
    Clinical modification of ICD-9 used for diagnosis and procedure coding
    """
    ICD_O = "ICD-O"
    """
    WHO classification used principally in tumour/cancer registries and pathology laboratories for coding neoplasms. ICD-O is a dual or multi-axial classification covering topography — site of origin — and morphology — histology, behaviour, and grading of neoplasms.
    """
    ICF = "ICF"
    """
    WHO classification and terminology for describing health, functioning, disability, and health-related domains. It covers body functions and structures, activities and participation, and environmental factors, and is used as the international standard to describe and measure health and disability at individual and population levels.
    """
    ICHI = "ICHI"
    """
    WHO classification for documenting and reporting health interventions
    """
    ICPC_2 = "ICPC-2"
    """
    WHO-accepted related classification within the WHO Family of International Classifications, mainly for coding reasons for encounter in primary care and general practice.
    """
    ICPC_3 = "ICPC-3"
    """
    WONCA primary-care clinical classification designed for recording patients' reasons for encounter, symptoms, diagnoses, health problems, functioning, and care processes in primary care.
    """
    LOINC = "LOINC"
    """
    International standard for identifying laboratory observations, clinical measurements, and diagnostic reports
    """
    MEDDRA = "MEDDRA"
    """
    International medical terminology used for regulatory communication, coding, and safety reporting
    """
    MESH = "MESH"
    """
    Controlled vocabulary for biomedical literature
    """
    NCIT = "NCIT"
    """
    Controlled terminology maintained by the National Cancer Institute, covering cancer, biomedical research, clinical care, drugs, anatomy, genes, diseases, and related concepts.
    """
    NPU = "NPU"
    """
    Terminology for identifying and coding clinical laboratory and other measured properties, supporting standardised reporting of observations and results.
    """
    OHDSI_VOCAB = "OHDSI-VOCAB"
    """
    Standardised vocabularies used in the OMOP Common Data Model to harmonise clinical concepts and mappings across healthcare domains and data sources.
    """
    OPS = "OPS"
    """
    German procedure coding system
    """
    ORDO = "ORDO"
    """
    Ontology developed by Orphanet for rare diseases, providing structured terms and relationships for rare disorders and related classifications.
    """
    ORPHACODE = "ORPHACODE"
    """
    Controlled terminology for the identification and coding of rare diseases
    """
    PROC_CODES_NAT = "PROC-CODES-NAT"
    """
    National procedures codes according to national requirements and practices.
    """
    RXNORM = "RXNORM"
    """
    Normalized naming system for clinical drugs
    """
    SNOMED_CT = "SNOMED-CT"
    """
    Comprehensive clinical healthcare terminology
    """
    UCUM = "UCUM"
    """
    Standardized coding for measurement units
    """
    UMLS = "UMLS"
    """
    Metathesaurus integrating multiple biomedical vocabularies
    """
    WHODRUG = "WHODRUG"
    """
    Global medicinal product dictionary maintained by the Uppsala Monitoring Centre, used for standardised drug coding, analysis, and pharmacovigilance.
    """


class HealthStandard(str, Enum):
    """
    HealthDCAT-AP R8 standards a dataset conforms to (dct:conformsTo).
    """
    API = "API"
    """
    Application Programming Interface standards used to expose and access health data and services.
    """
    BEACON = "BEACON"
    """
    GA4GH standard for federated discovery of genomic, phenotypic, and clinical data across distributed datasets.
    """
    CDA = "CDA"
    """
    HL7 document markup standard that specifies the structure and semantics of clinical documents for exchange. CDA documents are XML-based, human-readable, and can include text, images, sounds, and other multimedia content.
    """
    CDISC_SDTM = "CDISC-SDTM"
    """
    CDISC Study Data Tabulation Model.
    """
    DICOM = "DICOM"
    """
    International standard for the communication and management of medical imaging information and related data. It supports interoperability for transmitting, storing, retrieving, processing, and displaying medical images and associated information across imaging devices and healthcare systems.
    """
    DOCUMENT_FORMAT = "DOCUMENT-FORMAT"
    """
    Standards defining the structure and format of clinical or health-related documents for exchange, storage, and display.
    """
    ECRIN_CRMDR = "ECRIN-CRMDR"
    """
    Metadata schema for discovering diverse clinical trial data objects.
    """
    FAIRSHARING = "FAIRSHARING"
    """
    Machine-actionable registry mapping digital standards to compliance policies.
    """
    FHIR = "FHIR"
    """
    HL7 standard for exchanging healthcare information electronically, based on modular resources and designed for implementation using modern web technologies. FHIR supports RESTful APIs and multiple exchange formats, including JSON, XML, and RDF.
    """
    HL7 = "HL7"
    """
    Family of standards developed by Health Level Seven International for the electronic exchange, integration, sharing, and retrieval of health information across healthcare systems. HL7 includes several standards and product families, such as HL7 Version 2, HL7 Version 3, CDA, and FHIR.
    """
    HL7_CCOW = "HL7-CCOW"
    """
    HL7 context-management standard for synchronising clinical applications at the point of use, so that separate systems can coordinate around shared context such as the current patient, user, or encounter. It supports visual/workflow integration across heterogeneous healthcare applications.
    """
    IDMP = "IDMP"
    """
    Exacting ontology for the precise, global identification of pharmaceutical products.
    """
    IEEE_11073_20702 = "IEEE-11073-20702"
    """
    ISO/IEEE 11073 SDC standard defining the web-services communication profile for data exchange and safe control between point-of-care medical devices and medical IT systems.
    """
    IHE_XDSFULL_STOPb = "IHE-XDS.b"
    """
    IHE integration profile for registering, distributing, discovering, and accessing patient electronic health-record documents across healthcare enterprises. It provides a standards-based way to manage document sharing between organizations such as physician offices, clinics, and hospitals.
    """
    INFORMATION_MODEL = "INFORMATION-MODEL"
    """
    Standards defining reference or common information models used to represent, structure, and share health-related data.
    """
    INSPIRE = "INSPIRE"
    """
    Spatial infrastructure model mapping environmental impact on public health.
    """
    ISO_13606_1 = "ISO-13606-1"
    """
    ISO health informatics standard specifying the reference model for communicating part or all of an electronic health record between EHR systems, or between EHR systems and a centralised EHR data repository.
    """
    ISO_13940 = "ISO-13940"
    """
    ISO health informatics standard defining a system of concepts for healthcare processes, supporting continuity of care and semantic interoperability across clinical, management, and resource aspects of care.
    """
    MEDDRA = "MEDDRA"
    """
    International medical terminology used for regulatory communication, coding, and safety reporting.
    """
    MESSAGING_STANDARD = "MESSAGING-STANDARD"
    """
    Standards for the electronic exchange of messages between healthcare information systems.
    """
    MIABIS = "MIABIS"
    """
    Aggregated metadata model describing biological sample cohorts and donors.
    """
    OMOP_CDM = "OMOP-CDM"
    """
    OHDSI OMOP Common Data Model specification.
    """
    OPENEHR = "OPENEHR"
    """
    Open specifications for electronic health record systems, covering healthcare information models, archetypes and templates, AQL query language, CDS-related specifications, and open APIs.
    """
    PHIRI = "PHIRI"
    """
    Metadata template characterizing population health and federated demonstrators.
    """
    TERMINOLOGY_ONTOLOGY_STANDARD = "TERMINOLOGY-ONTOLOGY-STANDARD"
    """
    Standards providing terminologies, classifications, or ontologies used to consistently describe and encode health information.
    """


class PublisherType(str, Enum):
    """
    HealthDCAT-AP R8 publisher types (dct:type of an agent).
    """
    administrative_institution = "administrative-institution"
    """
    Administrative institution
    """
    biobank = "biobank"
    """
    A facility that collects, stores, and manages biological samples (such as blood, tissue, or DNA) and associated data for use in research and medical studies.
    """
    gov_public_sector_org = "gov-public-sector-org"
    """
    Entities funded and operated by the state (national, regional, or local) that provide services, enforce laws, and manage public resources for the benefit of society
    """
    health_insurance_company_org = "health-insurance-company-org"
    """
    Health insurance company/organisation
    """
    health_technology_manufacturer = "health-technology-manufacturer"
    """
    Health app/technology manufacturer
    """
    healthcare_providers = "healthcare-providers"
    """
    organizations that deliver medical services, diagnosis, treatment, and care to patients, such as hospitals, clinics.
    """
    inpatient_institute = "inpatient-institute"
    """
    Inpatient institution/Hospital
    """
    laboratory = "laboratory"
    """
    Laboratory
    """
    mental_health_org = "mental-health-org"
    """
    Mental health organisation
    """
    municipality_or_other_area = "municipality-or-other-area"
    """
    Municipality or other area
    """
    national_authority = "national-authority"
    """
    A government body with official powers and responsibilities at the country-wide level to regulate, oversee, or enforce specific policies or laws.
    """
    national_cancer_institute = "national-cancer-institute"
    """
    A government agency or organization at the national level dedicated to cancer research, prevention, treatment, and public education.
    """
    non_gov_org = "non-gov-org"
    """
    Non-Governmental Organizations
    """
    not_for_profit_org = "not-for-profit-org"
    """
    Not-for profit organisation
    """
    other_company = "other-company"
    """
    Other type of company that somehow collects health data
    """
    other_government_agency = "other-government-agency"
    """
    Other government agency
    """
    other_public_institute = "other-public-institute"
    """
    Other public institutes (not strictly only dedicated to health) that collect health data
    """
    outpatient_institution = "outpatient-institution"
    """
    Outpatient institution
    """
    pathology_registry = "pathology-registry"
    """
    Pathology registry
    """
    pharma_company = "pharma-company"
    """
    Pharmaceutical companies
    """
    pharmacy = "pharmacy"
    """
    Pharmacy
    """
    primary_care_org = "primary-care-org"
    """
    Primary care organisation
    """
    private_company = "private-company"
    """
    Private company
    """
    private_health_insurance = "private-health-insurance"
    """
    Private health insurance
    """
    private_sector_entities = "private-sector-entities"
    """
    Private Sector Entities
    """
    public_health_institute = "public-health-institute"
    """
    A government or publicly funded institute dedicated to protecting and improving population health
    """
    public_health_org = "public-health-org"
    """
    A government or publicly funded organization dedicated to protecting and improving population health
    """
    public_health_registry = "public-health-registry"
    """
    An organized system that collects, stores, and manages health-related data on specific diseases, conditions, or exposures to support public health monitoring, research, and policy-making
    """
    quality_registry = "quality-registry"
    """
    Quality registry
    """
    regional_authority = "regional-authority"
    """
    A governmental body with administrative and regulatory powers over a specific geographic region within a country, operating between the national and local levels
    """
    research_academic_org = "research-academic-org"
    """
    Institutions dedicated to advancing knowledge through scientific research, education, and training, such as universities, research institutes, and academic centers.
    """
    research_infra = "research-infra"
    """
    Research Infrastructures
    """
    research_institute_org = "research-institute-org"
    """
    An entity focused on conducting systematic investigations and studies to generate new knowledge or develop innovations.
    """
    software_manufacturer = "software-manufacturer"
    """
    Software manufacturer
    """
    stat_agency = "stat-agency"
    """
    Statistics agency
    """
    university = "university"
    """
    University
    """


class DistributionStatus(str, Enum):
    """
    EU distribution-status table (adms:status of a distribution).
    """
    ARCHIVE = "ARCHIVE"
    """
    distribution stored in an offline storage facility
    """
    COMPLETED = "COMPLETED"
    """
    distribution containing all information intended for publication
    """
    DEPRECATED = "DEPRECATED"
    """
    distribution no longer recommended for use
    """
    DEVELOP = "DEVELOP"
    """
    distribution being assembled and possibly incomplete or erroneous
    """
    ONGOING = "ONGOING"
    """
    distribution undergoing continual updating
    """
    PLANNED = "PLANNED"
    """
    distribution scheduled for creation or update on an established date
    """
    REQUIRED = "REQUIRED"
    """
    distribution needing creation or update
    """
    WITHDRAWN = "WITHDRAWN"
    """
    distribution no longer intended for publication
    """


class DuoPermission(str, Enum):
    """
    DUO data-use permissions.
    """
    NRES = "NRES"
    GRU = "GRU"
    HMB = "HMB"
    DS = "DS"
    POA = "POA"


class DuoModifier(str, Enum):
    """
    DUO data-use modifiers.
    """
    NPU = "NPU"
    NCU = "NCU"
    NPUNCU = "NPUNCU"
    NMDS = "NMDS"
    GSO = "GSO"
    RS = "RS"
    PUB = "PUB"
    COL = "COL"
    IRB = "IRB"
    GS = "GS"
    MOR = "MOR"
    TS = "TS"
    US = "US"
    PS = "PS"
    IS = "IS"
    RTN = "RTN"
    CC = "CC"
    NPOA = "NPOA"



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


class TranslatedKeywords(ConfiguredBaseModel):
    """
    Keywords in languages other than English: each key is a language code and its value a list of keywords in that language. In RDF each keyword becomes one literal with that language tag on the parent slot's predicate (the genocat:keywords_xx URIs are never emitted).
    """
    bg: Optional[list[str]] = Field(default=None, description="""Keywords in language `bg` (ISO 639-1).""")
    cs: Optional[list[str]] = Field(default=None, description="""Keywords in language `cs` (ISO 639-1).""")
    da: Optional[list[str]] = Field(default=None, description="""Keywords in language `da` (ISO 639-1).""")
    de: Optional[list[str]] = Field(default=None, description="""Keywords in language `de` (ISO 639-1).""")
    el: Optional[list[str]] = Field(default=None, description="""Keywords in language `el` (ISO 639-1).""")
    es: Optional[list[str]] = Field(default=None, description="""Keywords in language `es` (ISO 639-1).""")
    et: Optional[list[str]] = Field(default=None, description="""Keywords in language `et` (ISO 639-1).""")
    fi: Optional[list[str]] = Field(default=None, description="""Keywords in language `fi` (ISO 639-1).""")
    fr: Optional[list[str]] = Field(default=None, description="""Keywords in language `fr` (ISO 639-1).""")
    ga: Optional[list[str]] = Field(default=None, description="""Keywords in language `ga` (ISO 639-1).""")
    hr: Optional[list[str]] = Field(default=None, description="""Keywords in language `hr` (ISO 639-1).""")
    hu: Optional[list[str]] = Field(default=None, description="""Keywords in language `hu` (ISO 639-1).""")
    is_: Optional[list[str]] = Field(default=None, alias="is", description="""Keywords in language `is` (ISO 639-1).""")
    it: Optional[list[str]] = Field(default=None, description="""Keywords in language `it` (ISO 639-1).""")
    lt: Optional[list[str]] = Field(default=None, description="""Keywords in language `lt` (ISO 639-1).""")
    lv: Optional[list[str]] = Field(default=None, description="""Keywords in language `lv` (ISO 639-1).""")
    mt: Optional[list[str]] = Field(default=None, description="""Keywords in language `mt` (ISO 639-1).""")
    nl: Optional[list[str]] = Field(default=None, description="""Keywords in language `nl` (ISO 639-1).""")
    no: Optional[list[str]] = Field(default=None, description="""Keywords in language `no` (ISO 639-1).""")
    pl: Optional[list[str]] = Field(default=None, description="""Keywords in language `pl` (ISO 639-1).""")
    pt: Optional[list[str]] = Field(default=None, description="""Keywords in language `pt` (ISO 639-1).""")
    ro: Optional[list[str]] = Field(default=None, description="""Keywords in language `ro` (ISO 639-1).""")
    sk: Optional[list[str]] = Field(default=None, description="""Keywords in language `sk` (ISO 639-1).""")
    sl: Optional[list[str]] = Field(default=None, description="""Keywords in language `sl` (ISO 639-1).""")
    sv: Optional[list[str]] = Field(default=None, description="""Keywords in language `sv` (ISO 639-1).""")


class TranslatedText(ConfiguredBaseModel):
    """
    A text in languages other than English, beside an English slot on the same predicate (e.g. `name` / `name_translated`): each key is a language code and its value the text in that language. In RDF every entry becomes one literal with that language tag on the parent slot's predicate (the genocat:text_xx URIs are never emitted); English stays in the English slot, so there is no `en` key.
    """
    bg: Optional[str] = Field(default=None, description="""Text in language `bg` (ISO 639-1).""")
    cs: Optional[str] = Field(default=None, description="""Text in language `cs` (ISO 639-1).""")
    da: Optional[str] = Field(default=None, description="""Text in language `da` (ISO 639-1).""")
    de: Optional[str] = Field(default=None, description="""Text in language `de` (ISO 639-1).""")
    el: Optional[str] = Field(default=None, description="""Text in language `el` (ISO 639-1).""")
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
    name: str = Field(default=..., description="""Name of the organisation or person (written with the language tag @en).""")
    name_translated: Optional[TranslatedText] = Field(default=None, description="""The name in other languages, by language code (e.g. `hu: Semmelweis Egyetem`), written as foaf:name literals with those language tags: one name per language, as the GDI agent shapes require (sh:uniqueLang).""")
    identifier: Optional[str] = Field(default=None, description="""A persistent identifier of the agent, e.g. its ROR IRI written as text.""")
    description: Optional[str] = Field(default=None, description="""A description of the agent in English, written with @en. It has no translations: HealthDCAT-AP R8 allows a publisher at most one dct:description (the Publisher Note; sh:maxCount 1 in the HealthPublisherAgent_Shape of every access level), so a second language would break conformance.""")
    type: Optional[PublisherType] = Field(default=None, description="""The kind of organisation (HealthDCAT-AP R8 publisher-type table).""")
    homepage: Optional[str] = Field(default=None)
    contact_point: Optional[ContactPoint] = Field(default=None, description="""How to reach the agent (one contact point).""")
    iri: Optional[str] = Field(default=None, description="""The agent's own IRI (its ROR IRI, or the IRI a national catalogue gives it). The builder uses it instead of minting one, and an agent given by its IRI alone (as some DCAT-AP exports do) is written as just that link.""")


class HealthAgent(Agent):
    """
    An agent in a HealthDCAT-AP role (health data access body, publisher, custodian): it must have exactly one contact point.
    """
    name: str = Field(default=..., description="""Name of the organisation or person (written with the language tag @en).""")
    name_translated: Optional[TranslatedText] = Field(default=None, description="""The name in other languages, by language code (e.g. `hu: Semmelweis Egyetem`), written as foaf:name literals with those language tags: one name per language, as the GDI agent shapes require (sh:uniqueLang).""")
    identifier: Optional[str] = Field(default=None, description="""A persistent identifier of the agent, e.g. its ROR IRI written as text.""")
    description: Optional[str] = Field(default=None, description="""A description of the agent in English, written with @en. It has no translations: HealthDCAT-AP R8 allows a publisher at most one dct:description (the Publisher Note; sh:maxCount 1 in the HealthPublisherAgent_Shape of every access level), so a second language would break conformance.""")
    type: Optional[PublisherType] = Field(default=None, description="""The kind of organisation (HealthDCAT-AP R8 publisher-type table).""")
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
    opening_hours: Optional[list[OpeningHours]] = Field(default=None, description="""When the contact point is open.""")
    special_opening_hours: Optional[list[OpeningHours]] = Field(default=None, description="""Exceptions to the opening hours (holidays, closures).""")


class OpeningHours(ConfiguredBaseModel):
    """
    Opening hours of a contact point (HealthDCAT-AP R8), in words and how often they recur.
    """
    description: MultilingualText = Field(default=...)
    frequency: Optional[Frequency] = Field(default=None)


class ContactCard(ConfiguredBaseModel):
    """
    A dataset's contact point (vCard) — a name plus an email address or a URL (HealthDCAT-AP R8 asks only for an email or a URL; the GDI shapes also for the name and an email address).
    """
    name: str = Field(default=...)
    email: Optional[str] = Field(default=None)
    url: Optional[str] = Field(default=None)


class PeriodOfTime(ConfiguredBaseModel):
    """
    An interval of time, given by start and/or end date.
    """
    start: Optional[str] = Field(default=None, description="""A date (YYYY-MM-DD) or a date-time (YYYY-MM-DDThh:mm:ss, with Z or an offset such as +01:00).""")
    end: Optional[str] = Field(default=None, description="""A date (YYYY-MM-DD) or a date-time (YYYY-MM-DDThh:mm:ss, with Z or an offset such as +01:00).""")

    @field_validator('start')
    def pattern_start(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid start format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid start format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('end')
    def pattern_end(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid end format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid end format: {v}"
            raise ValueError(err_msg)
        return v


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


class LicenceDocument(ConfiguredBaseModel):
    """
    A licence described by its title, type and page (when it is not in the EU licence table).
    """
    iri: Optional[str] = Field(default=None, description="""The licence's own IRI; distributions that share a licence point to this one node.""")
    title: Optional[MultilingualText] = Field(default=None)
    type: Optional[Concept] = Field(default=None, description="""The licence type, a concept with its label (e.g. of the ADMS licence-type scheme).""")
    page: Optional[list[str]] = Field(default=None)


class Concept(ConfiguredBaseModel):
    """
    A concept of a vocabulary genocat has no table of, given by its IRI and label.
    """
    iri: Optional[str] = Field(default=None, description="""The concept's IRI.""")
    pref_label: MultilingualText = Field(default=...)
    in_scheme: Optional[list[str]] = Field(default=None, description="""The concept scheme(s) the concept belongs to.""")


class RightsStatement(ConfiguredBaseModel):
    """
    A statement of rights, with its own IRI when several distributions share it.
    """
    iri: Optional[str] = Field(default=None)
    label: Optional[MultilingualText] = Field(default=None, description="""The statement's text (not required, since the access-right concepts are rights statements too).""")


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
    media_type_iri: Optional[str] = Field(default=None, description="""The media type as an IANA IRI in another form (e.g. http://www.iana.org/assignments/media-types/text/csv, as the HealthDCAT-AP R8 example writes it); prefer `media_type`.""")
    package_format: Optional[str] = Field(default=None, description="""The format of the package the files come in, as an IANA media-type IRI.""")
    compress_format: Optional[str] = Field(default=None, description="""The compression of the files, as an IANA media-type IRI.""")
    language: Optional[list[Language]] = Field(default=None)
    licence: Optional[Licence] = Field(default=None)
    licence_document: Optional[LicenceDocument] = Field(default=None, description="""A licence that is not in the EU licence table, described (title, type, page).""")
    rights: Optional[str] = Field(default=None, description="""A statement of the rights that apply to the distribution.""")
    rights_statement: Optional[RightsStatement] = Field(default=None, description="""The rights statement as a node of its own (its IRI and its text in several languages).""")
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
    health_category: list[HealthCategory] = Field(default=..., description="""HealthDCAT-AP R8 health categories (codes of the R8 table, e.g. HGPD), written as healthdcatap:healthCategory. The GDI project's own health-category concepts, derived from the genomic data categories, are written as dcat:theme next to them (see docs/build.md).""")
    hdab: HealthAgent = Field(default=..., description="""The health data access body that grants access.""")
    hdab_coordinator: Optional[HealthAgent] = Field(default=None, description="""The coordinating health data access body of a multi-country dataset.""")
    publisher: HealthAgent = Field(default=...)
    creators: list[Agent] = Field(default=...)
    custodian: Optional[HealthAgent] = Field(default=None, description="""The data holder.""")
    distributions: list[Distribution] = Field(default=...)
    samples: Optional[list[Distribution]] = Field(default=None, description="""Sample distributions (e.g. a small synthetic extract).""")
    analytics: Optional[list[Distribution]] = Field(default=None, description="""Distributions of aggregate results or reports made from the dataset.""")
    has_structured_data: bool = Field(default=...)
    variables: Optional[VariableTableGroup] = Field(default=None, description="""The variables, required when has_structured_data is true.""")
    contact_point: list[ContactCard] = Field(default=...)
    keywords: list[str] = Field(default=..., description="""Keywords in English (written with the language tag @en).""")
    keywords_translated: Optional[TranslatedKeywords] = Field(default=None, description="""Keywords in other languages, by language code (e.g. `hu: [ritka betegség]`).""")
    alternative: Optional[MultilingualText] = Field(default=None, description="""An alternative title.""")
    landing_page: Optional[list[str]] = Field(default=None, description="""A web page about the dataset.""")
    pages: Optional[list[str]] = Field(default=None, description="""Documentation pages of the dataset.""")
    relations: Optional[list[str]] = Field(default=None, description="""Related resources, as IRIs.""")
    sources: Optional[list[str]] = Field(default=None, description="""Datasets this one is derived from, as IRIs. DCAT-AP's range shapes want each typed as a dcat:Dataset in the same graph, so name datasets of a catalogue that describes them.""")
    version: Optional[str] = Field(default=None, description="""The version of the dataset (e.g. 2.1.0).""")
    version_notes: Optional[MultilingualText] = Field(default=None, description="""What changed in this version.""")
    temporal_resolution: Optional[str] = Field(default=None, description="""The smallest time interval the data resolves, as an xsd:duration such as P1M.""")
    spatial_resolution_in_meters: Optional[str] = Field(default=None, description="""The smallest spatial distance the data resolves, in metres (a decimal number, quoted).""")
    generated_by: Optional[list[Activity]] = Field(default=None, description="""The activities that produced the data (HealthDCAT-AP R8 health-activity table).""")
    quality_annotations: Optional[list[QualityCertificate]] = Field(default=None, description="""Quality certificates of the dataset.""")
    dataset_type: list[DatasetType] = Field(default=...)
    provenance: str = Field(default=..., description="""How the data came about, in words.""")
    number_of_records: Optional[int] = Field(default=None, ge=0)
    number_of_unique_individuals: Optional[int] = Field(default=None, ge=0)
    min_typical_age: Optional[int] = Field(default=None, ge=0)
    max_typical_age: Optional[int] = Field(default=None, ge=0)
    population_coverage: Optional[str] = Field(default=None, description="""Which population the dataset covers, in words (English, written with @en).""")
    population_coverage_translated: Optional[TranslatedText] = Field(default=None, description="""The population coverage in other languages, by language code, written as healthdcatap:populationCoverage literals with those language tags (one text per language).""")
    legal_basis: Optional[list[LegalBasis]] = Field(default=None)
    legal_basis_statements: Optional[list[LegalBasisStatement]] = Field(default=None, description="""Legal bases described in words (with the legislation they rest on).""")
    purpose: Optional[list[ProcessingPurpose]] = Field(default=None)
    purpose_statements: Optional[list[PurposeStatement]] = Field(default=None, description="""Purposes described in words.""")
    personal_data: Optional[list[PersonalDataCategory]] = Field(default=None)
    coding_systems: Optional[list[CodingSystem]] = Field(default=None, description="""Coding systems used (HealthDCAT-AP R8 coding-system table, e.g. SNOMED-CT, ICD-10).""")
    code_values: Optional[list[str]] = Field(default=None, description="""Codes that describe the dataset (e.g. ICD-10 codes).""")
    health_theme: Optional[list[HealthTheme]] = Field(default=None, description="""Health themes (HealthDCAT-AP R8 health-theme table, e.g. CANCER_DISEASE).""")
    retention_period: Optional[PeriodOfTime] = Field(default=None)
    spatial: list[Country] = Field(default=...)
    locations: Optional[list[str]] = Field(default=None, description="""Other places the dataset covers, as IRIs (GeoNames, the EU place or continent tables); written as dct:spatial next to the countries of `spatial`.""")
    temporal: Optional[PeriodOfTime] = Field(default=None)
    issued: Optional[str] = Field(default=None, description="""A date (YYYY-MM-DD) or a date-time (YYYY-MM-DDThh:mm:ss, with Z or an offset such as +01:00).""")
    modified: Optional[str] = Field(default=None, description="""A date (YYYY-MM-DD) or a date-time (YYYY-MM-DDThh:mm:ss, with Z or an offset such as +01:00).""")
    language: Optional[list[Language]] = Field(default=None)
    conforms_to: Optional[list[ConformsTo]] = Field(default=None, description="""The GDI project's conformance markers (1+MG compliant, 1+MG cohort, externally governed). HealthDCAT-AP R8 accepts only its standard table in dct:conformsTo (use `standards` for those), so the builder writes these markers as dcat:theme values (see docs/build.md).""")
    standards: Optional[list[HealthStandard]] = Field(default=None, description="""Standards the data conforms to (HealthDCAT-AP R8 standard table, e.g. FHIR, DICOM).""")
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

    @field_validator('temporal_resolution')
    def pattern_temporal_resolution(cls, v):
        pattern=re.compile(r"^-?P([0-9]+Y)?([0-9]+M)?([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9.]+S)?)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid temporal_resolution format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid temporal_resolution format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('spatial_resolution_in_meters')
    def pattern_spatial_resolution_in_meters(cls, v):
        pattern=re.compile(r"^[0-9]+(\.[0-9]+)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid spatial_resolution_in_meters format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid spatial_resolution_in_meters format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('issued')
    def pattern_issued(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid issued format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid issued format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('modified')
    def pattern_modified(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid modified format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid modified format: {v}"
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
    issued: Optional[str] = Field(default=None, description="""A date (YYYY-MM-DD) or a date-time (YYYY-MM-DDThh:mm:ss, with Z or an offset such as +01:00).""")
    modified: Optional[str] = Field(default=None, description="""A date (YYYY-MM-DD) or a date-time (YYYY-MM-DDThh:mm:ss, with Z or an offset such as +01:00).""")
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

    @field_validator('issued')
    def pattern_issued(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid issued format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid issued format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('modified')
    def pattern_modified(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid modified format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid modified format: {v}"
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
    issued: Optional[str] = Field(default=None, description="""A date (YYYY-MM-DD) or a date-time (YYYY-MM-DDThh:mm:ss, with Z or an offset such as +01:00).""")
    modified: Optional[str] = Field(default=None, description="""A date (YYYY-MM-DD) or a date-time (YYYY-MM-DDThh:mm:ss, with Z or an offset such as +01:00).""")
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

    @field_validator('issued')
    def pattern_issued(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid issued format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid issued format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('modified')
    def pattern_modified(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid modified format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid modified format: {v}"
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
    issued: Optional[str] = Field(default=None, description="""A date (YYYY-MM-DD) or a date-time (YYYY-MM-DDThh:mm:ss, with Z or an offset such as +01:00).""")
    modified: Optional[str] = Field(default=None, description="""A date (YYYY-MM-DD) or a date-time (YYYY-MM-DDThh:mm:ss, with Z or an offset such as +01:00).""")
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

    @field_validator('issued')
    def pattern_issued(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid issued format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid issued format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('modified')
    def pattern_modified(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid modified format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid modified format: {v}"
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
    keywords: Optional[list[str]] = Field(default=None, description="""Keywords of the table in English (written with @en).""")
    keywords_translated: Optional[TranslatedKeywords] = Field(default=None, description="""Keywords of the table in other languages, by language code (e.g. `hu: [életkor]`).""")
    columns: list[Variable] = Field(default=...)


class Variable(ConfiguredBaseModel):
    """
    One variable (column) of a table.
    """
    name: str = Field(default=...)
    title: MultilingualText = Field(default=...)
    description: MultilingualText = Field(default=...)
    datatype: str = Field(default=..., description="""A CSVW datatype name such as string, integer, date.""")
    property_url: Optional[str] = Field(default=None)


class Activity(ConfiguredBaseModel):
    """
    An activity that generated a dataset (prov:wasGeneratedBy), typed by the R8 health-activity table.
    """
    label: Optional[MultilingualText] = Field(default=None)
    type: Optional[list[HealthActivity]] = Field(default=None)


class QualityCertificate(ConfiguredBaseModel):
    """
    A quality certificate of a dataset (a DQV quality annotation).
    """
    target: str = Field(default=..., description="""The dataset (or distribution) IRI the certificate is about.""")
    body: str = Field(default=..., description="""The certificate itself, as an IRI.""")
    motivated_by: Optional[str] = Field(default=None, description="""Why the annotation was made (e.g. dqv:qualityAssessment).""")


class PurposeStatement(ConfiguredBaseModel):
    """
    A purpose of processing described in words (when no DPV purpose code fits).
    """
    description: MultilingualText = Field(default=...)


class LegalBasisStatement(ConfiguredBaseModel):
    """
    A legal basis of processing described in words, with the legislation it rests on.
    """
    description: MultilingualText = Field(default=...)
    source: Optional[list[str]] = Field(default=None)


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
TranslatedKeywords.model_rebuild()
TranslatedText.model_rebuild()
Agent.model_rebuild()
HealthAgent.model_rebuild()
ContactPoint.model_rebuild()
OpeningHours.model_rebuild()
ContactCard.model_rebuild()
PeriodOfTime.model_rebuild()
Identifier.model_rebuild()
Checksum.model_rebuild()
DataService.model_rebuild()
LicenceDocument.model_rebuild()
Concept.model_rebuild()
RightsStatement.model_rebuild()
Distribution.model_rebuild()
Dataset.model_rebuild()
DatasetSeries.model_rebuild()
Catalogue.model_rebuild()
NodeCatalogue.model_rebuild()
VariableTableGroup.model_rebuild()
VariableTable.model_rebuild()
Variable.model_rebuild()
Activity.model_rebuild()
QualityCertificate.model_rebuild()
PurposeStatement.model_rebuild()
LegalBasisStatement.model_rebuild()
GenomicProfile.model_rebuild()
SexCount.model_rebuild()
AgeBandCount.model_rebuild()
DataUseConditions.model_rebuild()
