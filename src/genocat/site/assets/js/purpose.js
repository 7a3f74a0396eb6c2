// The research purpose (the purpose dict of `genocat match`) in a URL query and in plain words.
// URL form: one parameter per field; lists comma-separated; an empty parameter on a list field is the
// statement "none of these" (e.g. `accepts=`), an absent one is an unknown fact.

const LIST_FIELDS = new Set(["uses", "diseases", "accepts", "data_types", "sensitive_topics"]);
const BOOL_FIELDS = new Set(["commercial", "ethics_approval"]);

const EXTRA_USE_LABELS = {
  METHODS_DEVELOPMENT: "methods development",
  CONTROLS: "use as a control set",
  CLINICAL_CARE: "clinical care",
};

const FIELD_LABELS = {
  uses: "Research uses",
  diseases: "Diseases",
  commercial: "Commercial purpose",
  organisation_type: "Organisation",
  country: "Country where the data will be used",
  ethics_approval: "Ethics approval documented",
  accepts: "Obligations accepted",
  publication_date: "First planned publication",
  request_date: "Date of request",
  duration_months: "Duration (months)",
  user_id: "User identifier",
  project_id: "Project identifier",
  institution_id: "Institution identifier",
  data_types: "Data types",
  research_topic: "Research topic",
  sensitive_topics: "Sensitive topics",
};

/** The purpose held in URL parameters (only the fields the schema knows), or null when there is none. */
export function purposeFromParams(params, fields) {
  const purpose = {};
  for (const field of fields) {
    if (!params.has(field)) continue;
    const raw = params.get(field);
    if (LIST_FIELDS.has(field)) purpose[field] = raw.split(",").map((x) => x.trim()).filter(Boolean);
    else if (BOOL_FIELDS.has(field)) {
      if (raw === "true" || raw === "false") purpose[field] = raw === "true";
      else purpose[field] = raw; // left for the matcher to refuse with its own message
    } else if (raw.trim()) purpose[field] = raw.trim();
  }
  return Object.keys(purpose).length ? purpose : null;
}

/** URL parameters for a purpose, fields in schema order. */
export function purposeToParams(purpose, fields) {
  const params = new URLSearchParams();
  for (const field of fields) {
    if (!purpose || !Object.hasOwn(purpose, field)) continue;
    const value = purpose[field];
    if (value === null || value === undefined) continue;
    params.set(field, Array.isArray(value) ? value.join(",") : String(value));
  }
  return params;
}

/** The plain-language name of a use code. */
export function useLabel(code, schema) {
  return schema?.useLabels?.[code] || EXTRA_USE_LABELS[code] || String(code).toLowerCase().replaceAll("_", " ");
}

/** The plain-language name of a sensitive-topic code. */
export function topicLabel(code, schema) {
  return schema?.sensitiveTopicLabels?.[code] || words(code);
}

function words(code) {
  return String(code).toLowerCase().replaceAll("_", " ");
}

/** [[label, text]] rows describing a purpose for people; diseases through `diseaseName(id)` (sync). */
export function describePurpose(purpose, schema, diseaseName = (id) => id) {
  const rows = [];
  for (const field of schema?.fields || Object.keys(FIELD_LABELS)) {
    if (!purpose || !Object.hasOwn(purpose, field)) continue;
    const value = purpose[field];
    let text;
    if (field === "uses") text = value.map((u) => useLabel(u, schema)).join("; ");
    else if (field === "diseases") text = value.map((d) => `${diseaseName(d)} (${d})`).join("; ");
    else if (field === "sensitive_topics" && Array.isArray(value)) {
      text = value.length ? value.map((t) => topicLabel(t, schema)).join("; ") : "none";
    }
    else if (Array.isArray(value)) text = value.length ? value.map(words).join("; ") : "none";
    else if (typeof value === "boolean") text = value ? "yes" : "no";
    else if (field === "organisation_type") text = words(value).replace("for profit", "for-profit");
    else text = String(value);
    rows.push([FIELD_LABELS[field] || field, text]);
  }
  return rows;
}
