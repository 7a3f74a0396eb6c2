"""Generated artefacts are never edited by hand: regenerating them changes nothing."""

from genocat.dev import generate


def test_generated_artefacts_are_fresh():
    stale = generate.stale(generate.artefacts())
    assert stale == [], "run `python -m genocat.dev.generate`; stale: " + ", ".join(map(str, stale))
