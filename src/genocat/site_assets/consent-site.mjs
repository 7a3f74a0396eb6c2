// The consent answers as the static site asks for them: one object per site, loaded from the files that
// genocat.consent.export.browser_files writes (the site serves them from one folder, `baseUrl`).
// Pages use only this module; how the consent data is split into files is its business: consent.json comes
// first (small), the MONDO file only when a decision involves a disease or a search or label needs it.
import { ConsentInputError, PURPOSE_SCHEMA, createMatcher, diseaseIndex, purposeFromDict } from "./duo-matcher.mjs";
import { searchDiseases } from "./disease-search.mjs";

export { ConsentInputError, PURPOSE_SCHEMA };

async function fetchJson(fetchImpl, url, what) {
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`cannot load ${what} (${response.status})`);
  return response.json();
}

/** Load the consent data under `baseUrl` (a URL ending in "/"). */
export async function loadConsent(baseUrl, fetchImpl = fetch) {
  const exported = await fetchJson(fetchImpl, new URL("consent.json", baseUrl), "the consent data");
  const diseaseFile = new URL(exported.diseases.file, baseUrl);
  let ontology = null;
  let matcher = null;
  const diseases = () => {
    ontology ??= fetchJson(fetchImpl, diseaseFile, "the disease ontology").then(diseaseIndex);
    ontology.catch(() => { ontology = null; }); // a failed download may be retried
    return ontology;
  };
  const needsDiseases = Object.values(exported.conditions).some((c) => (c.diseases || []).length);
  return {
    /** Dataset identifiers that have data-use conditions. */
    datasets: Object.keys(exported.conditions),
    /** Throws ConsentInputError (with a message for the researcher) when the purpose is not valid. */
    checkPurpose(purposeDict) {
      purposeFromDict(purposeDict);
    },
    /** {datasetId: {decision, reasons}} for every dataset, for one purpose (loads MONDO on first need). */
    async decideAll(purposeDict) {
      const purpose = purposeFromDict(purposeDict);
      const index = needsDiseases || (purpose.diseases || []).length ? await diseases() : null;
      const match = index ? (matcher ??= createMatcher(exported, index)) : createMatcher(exported, null);
      const out = {};
      for (const [id, conditions] of Object.entries(exported.conditions)) out[id] = match(conditions, purposeDict);
      return out;
    },
    /** Diseases for a code (MONDO, DOID, ORPHA, ICD-10, OMIM) or the words of their names, best first:
     * [{id, label, match, code}], ranked as `genocat diseases search`. */
    async searchDiseases(query, limit = 20) {
      return searchDiseases(await diseases(), query, limit);
    },
    /** The disease's name, or the code when unknown (no download for the datasets' own diseases). */
    async diseaseLabel(id) {
      const known = exported.diseases.labels[id];
      if (known) return known;
      const index = await diseases();
      const found = index.resolve(id).terms;
      return found.length === 1 ? index.terms.get(found[0]).label : id;
    },
  };
}
