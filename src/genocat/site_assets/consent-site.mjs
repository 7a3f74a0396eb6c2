// The consent answers as the static site asks for them: one object per site, loaded from the files that
// genocat.consent.export.browser_files writes (the site serves them from one folder, `baseUrl`).
// Pages use only this module; how the consent data is split into files is its business.
import { ConsentInputError, PURPOSE_SCHEMA, createMatcher, normalizeDiseaseId, purposeFromDict } from "./duo-matcher.mjs";

export { ConsentInputError, PURPOSE_SCHEMA };

/** Load the consent data under `baseUrl` (a URL ending in "/"). */
export async function loadConsent(baseUrl, fetchImpl = fetch) {
  const response = await fetchImpl(new URL("consent.json", baseUrl));
  if (!response.ok) throw new Error(`cannot load the consent data (${response.status})`);
  const exported = await response.json();
  const match = createMatcher(exported);
  const terms = exported.diseases.terms;
  return {
    /** Dataset identifiers that have data-use conditions. */
    datasets: Object.keys(exported.conditions),
    /** Throws ConsentInputError (with a message for the researcher) when the purpose is not valid. */
    checkPurpose(purposeDict) {
      purposeFromDict(purposeDict);
    },
    /** {datasetId: {decision, reasons}} for every dataset, for one purpose. */
    async decideAll(purposeDict) {
      purposeFromDict(purposeDict);
      const out = {};
      for (const [id, conditions] of Object.entries(exported.conditions)) out[id] = match(conditions, purposeDict);
      return out;
    },
    /** Diseases whose label holds every word of `query`, or whose id is `query`: [{id, label}]. */
    async searchDiseases(query, limit = 20) {
      const words = String(query).toLowerCase().split(/\s+/).filter(Boolean);
      if (!words.length) return [];
      let exact = null;
      try {
        exact = normalizeDiseaseId(query.trim());
      } catch {
        exact = null;
      }
      const hits = [];
      for (const [id, term] of Object.entries(terms)) {
        const label = (term.label || "").toLowerCase();
        if (id === exact || words.every((w) => label.includes(w))) hits.push({ id, label: term.label || id });
      }
      hits.sort((a, b) => (a.id === exact ? -1 : b.id === exact ? 1 : a.label.length - b.label.length || a.label.localeCompare(b.label)));
      return hits.slice(0, limit);
    },
    /** The disease's name, or the id when unknown. */
    async diseaseLabel(id) {
      return terms[id]?.label || id;
    },
  };
}
