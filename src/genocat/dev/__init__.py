"""Developer tools: regenerate the artefacts derived from the LinkML schema (needs the `dev` extra)."""
