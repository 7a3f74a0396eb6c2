"""Forms of older HealthDCAT-AP releases that Release 8 writes differently, for the import report.

When a source triple has no place in genocat because it is written the way an older release wrote
it, the report says which release that was and what the Release 8 form is, so a node knows what to
change in its export (or in the imported YAML). Vocabulary IRIs that moved (the interim
health-category host) are not here: the importer rewrites those (`moved_from` in the schema).
"""

from __future__ import annotations

DCAT = "http://www.w3.org/ns/dcat#"

# (genocat class, predicate IRI) -> (release, the Release 8 form)
OLDER_FORMS: dict[tuple[str, str], tuple[str, str]] = {
    (agent, DCAT + "contactPoint"): (
        "HealthDCAT-AP Release 5",
        "an agent's contact point is cv:contactPoint with a cv:ContactPoint (cv:email and/or cv:contactPage), "
        "written in genocat as `contact_point: {email: ..., contact_page: ...}`",
    )
    for agent in ("Agent", "HealthAgent")
}


def older_form(class_name: str, predicate: str) -> str | None:
    """The report's reason for a triple in an older release's form, or None."""
    found = OLDER_FORMS.get((class_name, predicate))
    if found is None:
        return None
    release, r8_form = found
    return f"the form of {release}; in Release 8 {r8_form}"
