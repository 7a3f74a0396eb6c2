// The build's dataset summary (data/datasets.json) and consent answers (assets/duo/consent-site.mjs over
// data/consent/), each loaded once per page and only when a feature needs it.

let datasetsPromise = null;
let consentPromise = null;

/** {list, byId} from `{root}data/datasets.json`. */
export function loadDatasets(root) {
  if (!datasetsPromise) {
    datasetsPromise = fetch(new URL("data/datasets.json", absoluteRoot(root))).then(async (response) => {
      if (!response.ok) throw new Error(`cannot load the dataset list (${response.status})`);
      const data = await response.json();
      const list = Array.isArray(data.datasets) ? data.datasets.filter((d) => d && typeof d.id === "string") : [];
      return { list, byId: new Map(list.map((d) => [d.id, d])) };
    });
  }
  return datasetsPromise;
}

/** The consent-site.mjs module (for PURPOSE_SCHEMA and ConsentInputError). */
export function consentModule(root) {
  return import(new URL("assets/duo/consent-site.mjs", absoluteRoot(root)).href);
}

/** The loaded consent object: {datasets, checkPurpose, decideAll, searchDiseases, diseaseLabel}. */
export function loadConsentData(root) {
  if (!consentPromise) {
    consentPromise = consentModule(root).then((mod) => mod.loadConsent(new URL("data/consent/", absoluteRoot(root))));
  }
  return consentPromise;
}

/** The site root as an absolute URL (pages give it relatively in `<body data-root>`). */
export function absoluteRoot(root) {
  return new URL(root || "./", document.baseURI).href;
}

/** The consent answer of one dataset in a `decideAll` result (keyed by the dataset's consent key). */
export function decisionOf(decisions, dataset, id) {
  if (!decisions) return null;
  const key = dataset?.consent_key || id;
  return Object.hasOwn(decisions, key) ? decisions[key] : null;
}
