"""What the site knows about each dataset and node: the `data/datasets.json` entry (site contract),
taken from the submission's record (as loaded by the build's render worker) and its node.

Every value is a label for people except the identifiers the contract names (`id`, `country`,
`permission`, `modifiers`, `diseases[].id`, `iri`, `consent_key`).
"""

from __future__ import annotations

from genocat.build.iris import file_stem
from genocat.site.words import disease_words, english, human, mailto, safe_url, short, slug


def node_context(name: str, data: dict) -> dict:
    """What a dataset page needs of its node (folder `name`, its catalogue record `data`)."""
    identifier = str(data.get("identifier") or name)
    return {
        "folder": name,
        "id": identifier,
        "title": english(data.get("title")) or identifier,
        "country": str(data.get("country") or ""),
        "country_label": human("Country", data.get("country") or ""),
        "page": f"nodes/{file_stem(identifier)}.html",
        "homepage": safe_url((data.get("publisher") or {}).get("homepage") or data.get("homepage")),
    }


def access_body(data: dict) -> dict:
    """Who grants access: the health data access body, else the publisher's access committee."""
    hdab = data.get("hdab") if isinstance(data.get("hdab"), dict) else None
    agent = hdab or (data.get("publisher") if isinstance(data.get("publisher"), dict) else {}) or {}
    contact = agent.get("contact_point") if isinstance(agent.get("contact_point"), dict) else {}
    name = str(agent.get("name") or "the data holder")
    kind = "HDAB" if hdab else ("DAC" if "committee" in name.lower() else "data holder")
    return {
        "key": slug(name),
        "name": name,
        "kind": kind,
        "email": contact.get("email") if mailto(contact.get("email")) else None,
        "url": safe_url(agent.get("homepage")),
        "apply_url": safe_url(contact.get("contact_page")) or safe_url(contact.get("url")),
    }


def first_contact(data: dict) -> dict:
    contacts = data.get("contact_point") or []
    first = contacts[0] if isinstance(contacts, list) and contacts and isinstance(contacts[0], dict) else {}
    return {
        "name": str(first.get("name") or ""),
        "email": first.get("email") if mailto(first.get("email")) else None,
    }


def entry(identifier: str, iri: str, data: dict, node: dict, score: dict | None) -> dict:
    """The dataset's entry of data/datasets.json."""
    genomics = data.get("genomics") if isinstance(data.get("genomics"), dict) else {}
    use = data.get("data_use") if isinstance(data.get("data_use"), dict) else {}
    spatial = [str(c) for c in data.get("spatial") or []]
    country = spatial[0] if spatial else node["country"]
    individuals = data.get("number_of_unique_individuals")
    return {
        "id": identifier,
        "url": f"datasets/{file_stem(identifier)}.html",
        "title": english(data.get("title")) or identifier,
        "node": node["id"],
        "node_title": node["title"],
        "country": country,
        "country_label": human("Country", country),
        "access_rights": short("AccessRights", data.get("access_rights") or ""),
        "individuals": individuals if isinstance(individuals, int) and not isinstance(individuals, bool) else None,
        "issued": str(data.get("issued") or ""),
        "data_categories": [short("DataCategory", c) for c in genomics.get("data_categories") or []],
        "reference_genomes": [str(g) for g in genomics.get("reference_genomes") or []],
        "platforms": [human("SequencingPlatform", p) for p in genomics.get("platforms") or []],
        "health_categories": [short("HealthCategory", c) for c in data.get("health_category") or []],
        "cohort_type": human("CohortType", genomics["cohort_type"]) if genomics.get("cohort_type") else None,
        "diseases": [{"id": str(d), "label": disease_words(str(d))} for d in genomics.get("diseases") or []],
        "permission": str(use.get("permission") or ""),
        "modifiers": [str(m) for m in use.get("modifiers") or []],
        "consent_key": identifier,
        "access_body": access_body(data),
        "contact": first_contact(data),
        "iri": iri,
        "score": score["points"] if score else None,
        "rating": score["rating"] if score else None,
    }
