// Reading a purpose and a dataset's conditions in the YAML vocabulary of genocat (same rules and messages as
// genocat/consent/purpose.py): unknown fields and values are refused, absent facts stay null ("not stated").
import { normalizeDiseaseId } from "./disease-index.mjs";

const USES = ["GENERAL_RESEARCH", "FUNDAMENTAL_BIOLOGY", "HEALTH_MEDICAL_BIOMEDICAL", "DISEASE_RESEARCH",
  "POPULATION_ANCESTRY", "METHODS_DEVELOPMENT", "CONTROLS", "CLINICAL_CARE"];
const ORGANISATION_TYPES = ["FOR_PROFIT", "NOT_FOR_PROFIT"];
const OBLIGATIONS = ["PUBLICATION", "COLLABORATION", "RETURN_OF_DERIVED_DATA"];
const DATA_TYPES = ["GENOTYPE", "PHENOTYPE"];
const SENSITIVE_TOPICS = ["CHILDREN", "SINGLE_SEX", "VULNERABLE_POPULATION", "ILLEGAL_BEHAVIOUR", "ADDICTION",
  "SEXUAL_DISEASES", "STIGMATISED_DISEASES", "POPULATION_MIGRATION", "PSYCHIATRIC_TRAITS"];
const PURPOSE_FIELDS = ["uses", "diseases", "commercial", "organisation_type", "country", "ethics_approval",
  "accepts", "publication_date", "request_date", "duration_months", "user_id", "project_id",
  "institution_id", "data_types", "research_topic", "sensitive_topics"];

export const TOPICS = {
  GENERAL_RESEARCH: "general research",
  FUNDAMENTAL_BIOLOGY: "fundamental biology research",
  HEALTH_MEDICAL_BIOMEDICAL: "health, medical or biomedical research",
  DISEASE_RESEARCH: "disease research",
  POPULATION_ANCESTRY: "population origins or ancestry research",
};
export const USE_LABELS = {
  ...TOPICS,
  METHODS_DEVELOPMENT: "methods development (software, algorithms)",
  CONTROLS: "use as a control set",
  CLINICAL_CARE: "clinical care",
};
export const SENSITIVE_LABELS = {
  CHILDREN: "research on children",
  SINGLE_SEX: "research on one sex only",
  VULNERABLE_POPULATION: "research on a vulnerable population",
  ILLEGAL_BEHAVIOUR: "research on illegal behaviour",
  ADDICTION: "research on addiction",
  SEXUAL_DISEASES: "research on sexually transmitted diseases",
  STIGMATISED_DISEASES: "research on stigmatising illnesses",
  POPULATION_MIGRATION: "research on population migration",
  PSYCHIATRIC_TRAITS: "research on psychiatric traits",
};

/** What a purpose may say, for forms that build a purpose (the site's consent page): every field name, the
 * allowed values of the coded ones and their plain-language names. Dates are YYYY-MM-DD; `request_date` is
 * the date of the request (a form fills in today's date itself: the matcher never reads a clock). */
export const PURPOSE_SCHEMA = Object.freeze({
  fields: PURPOSE_FIELDS, uses: USES, useLabels: USE_LABELS, organisationTypes: ORGANISATION_TYPES,
  obligations: OBLIGATIONS, dataTypes: DATA_TYPES, sensitiveTopics: SENSITIVE_TOPICS,
  sensitiveTopicLabels: SENSITIVE_LABELS,
  dates: ["publication_date", "request_date"], booleans: ["commercial", "ethics_approval"],
  diseaseCodes: ["MONDO", "DOID", "ORPHA", "ICD10", "OMIM"],
});

export class ConsentInputError extends Error {}

const isMapping = (x) => x !== null && typeof x === "object" && !Array.isArray(x);
const unique = (items) => [...new Set(items)];
const token = (v) => String(v).trim().toUpperCase().replaceAll("-", "_").replaceAll(" ", "_");

function unwrap(data, key) {
  if (isMapping(data) && isMapping(data[key])) data = data[key];
  if (!isMapping(data)) throw new ConsentInputError(`${key} must be a mapping`);
  return data;
}

function text(data, key) {
  const v = data[key];
  if (v === undefined || v === null) return null;
  if (typeof v === "object") throw new ConsentInputError(`'${key}' must be a single value`);
  return String(v).trim() || null;
}

function list(data, key) {
  let v = data[key];
  if (v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number") v = [v];
  if (!Array.isArray(v)) throw new ConsentInputError(`'${key}' must be a list`);
  return v.map((x) => String(x).trim()).filter((x) => x);
}

function choices(data, key, allowed) {
  const items = list(data, key);
  if (items === null) return null;
  const chosen = new Set(items.map(token));
  const unknown = [...chosen].filter((x) => !allowed.includes(x)).sort();
  if (unknown.length) {
    throw new ConsentInputError(`'${key}' has unknown value(s) ${unknown.join(", ")}; use ${allowed.join(", ")}`);
  }
  return chosen;
}

function bool(data, key) {
  const v = data[key];
  if (v === undefined || v === null) return null;
  if (typeof v === "boolean") return v;
  throw new ConsentInputError(`'${key}' must be true or false`);
}

function int(data, key) {
  const v = data[key];
  if (v === undefined || v === null) return null;
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*[+-]?\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n)) throw new ConsentInputError(`'${key}' must be a whole number of months`);
  if (n < 0) throw new ConsentInputError(`'${key}' must not be negative`);
  return n;
}

function date(data, key) {
  const v = data[key];
  if (v === undefined || v === null) return null;
  const s = String(v).trim();
  const d = new Date(s + "T00:00:00Z");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
    throw new ConsentInputError(`'${key}' must be a date like 2027-01-01`);
  }
  return s; // ISO dates compare correctly as strings
}

export function conditionsFromDict(data) {
  const raw = unwrap(data, "data_use");
  return {
    permission: text(raw, "permission"),
    diseases: unique((list(raw, "diseases") || []).map(normalizeDiseaseId)),
    modifiers: unique(list(raw, "modifiers") || []),
    places: unique((list(raw, "places") || []).map((p) => p.toUpperCase())),
    moratorium_until: date(raw, "moratorium_until"),
    time_limit_months: int(raw, "time_limit_months"),
    allowed_users: list(raw, "allowed_users") || [],
    allowed_projects: list(raw, "allowed_projects") || [],
    allowed_institutions: list(raw, "allowed_institutions") || [],
    research_topic: text(raw, "research_topic"),
  };
}

export function purposeFromDict(data) {
  const raw = unwrap(data, "purpose");
  const extra = Object.keys(raw).filter((k) => !PURPOSE_FIELDS.includes(k)).sort();
  if (extra.length) {
    throw new ConsentInputError(`purpose has unknown field(s) ${extra.join(", ")}; use ${PURPOSE_FIELDS.join(", ")}`);
  }
  let organisation = text(raw, "organisation_type");
  if (organisation !== null) {
    organisation = token(organisation);
    if (!ORGANISATION_TYPES.includes(organisation)) {
      throw new ConsentInputError(`'organisation_type' must be one of ${ORGANISATION_TYPES.join(", ")}`);
    }
  }
  const diseases = list(raw, "diseases");
  const country = text(raw, "country");
  return {
    uses: choices(raw, "uses", USES),
    diseases: diseases === null ? null : unique(diseases.map(normalizeDiseaseId)),
    commercial: bool(raw, "commercial"),
    organisation_type: organisation,
    country: country ? country.toUpperCase() : null,
    ethics_approval: bool(raw, "ethics_approval"),
    accepts: choices(raw, "accepts", OBLIGATIONS),
    publication_date: date(raw, "publication_date"),
    request_date: date(raw, "request_date"),
    duration_months: int(raw, "duration_months"),
    user_id: text(raw, "user_id"),
    project_id: text(raw, "project_id"),
    institution_id: text(raw, "institution_id"),
    data_types: choices(raw, "data_types", DATA_TYPES),
    research_topic: text(raw, "research_topic"),
    sensitive_topics: choices(raw, "sensitive_topics", SENSITIVE_TOPICS),
  };
}
