"""Import DCAT-AP / HealthDCAT-AP RDF (a FAIR Data Point or CKAN export) as genocat submissions.

The inverse of `genocat.build`: the same schema index drives both directions, and the importer
checks its own work by mapping the records back with the builder's mapper (see verify.py).
"""

from genocat.rdf_import.importer import ImportedRecord, ImportResult, import_files
from genocat.rdf_import.read import InputError

__all__ = ["ImportResult", "ImportedRecord", "InputError", "import_files"]
