"""The published catalogue as a static site: pages for people beside the RDF for harvesters.

`genocat build` runs it as its site step (build/pipeline.py): dataset pages are written by the
render workers (dataset_pages.py), everything else by step.py into the same staging folder.
"""
