// genocat consent matcher for the browser: the same decisions as genocat.consent (Python), from the JSON
// that genocat.consent.export writes at build time. No dependencies, no network.
// Both implementations run the shared vectors in tests/consent/vectors.json so they cannot drift.

const OK = "permitted";
const NO = "not_permitted";
const REVIEW = "needs_review";
const OBO_PURL = "http://purl.obolibrary.org/obo/";
const ORPHANET_IRI = "http://www.orpha.net/ORDO/Orphanet_";
const DISEASE_PREFIXES = new Set(["MONDO", "ORPHA", "ICD10", "HP", "DOID", "EFO", "OMIM"]);
const USES = ["GENERAL_RESEARCH", "FUNDAMENTAL_BIOLOGY", "HEALTH_MEDICAL_BIOMEDICAL", "DISEASE_RESEARCH",
  "POPULATION_ANCESTRY", "METHODS_DEVELOPMENT", "CONTROLS", "CLINICAL_CARE"];
const ORGANISATION_TYPES = ["FOR_PROFIT", "NOT_FOR_PROFIT"];
const OBLIGATIONS = ["PUBLICATION", "COLLABORATION", "RETURN_OF_DERIVED_DATA"];
const DATA_TYPES = ["GENOTYPE", "PHENOTYPE"];
const PURPOSE_FIELDS = ["uses", "diseases", "commercial", "organisation_type", "country", "ethics_approval",
  "accepts", "publication_date", "request_date", "duration_months", "user_id", "project_id",
  "institution_id", "data_types", "research_topic"];
const TOPICS = {
  GENERAL_RESEARCH: "general research",
  FUNDAMENTAL_BIOLOGY: "fundamental biology research",
  HEALTH_MEDICAL_BIOMEDICAL: "health, medical or biomedical research",
  DISEASE_RESEARCH: "disease research",
  POPULATION_ANCESTRY: "population origins or ancestry research",
};
const NON_HEALTH = ["GENERAL_RESEARCH", "FUNDAMENTAL_BIOLOGY", "POPULATION_ANCESTRY"];

/** What a purpose may say, for forms that build a purpose (the site's consent page): field names and the
 * allowed values of the coded ones, with the plain-language names of the uses. */
export const PURPOSE_SCHEMA = Object.freeze({
  fields: PURPOSE_FIELDS, uses: USES, useLabels: TOPICS, organisationTypes: ORGANISATION_TYPES,
  obligations: OBLIGATIONS, dataTypes: DATA_TYPES,
});

export class ConsentInputError extends Error {}

export function normalizeDiseaseId(value) {
  const text = String(value).trim();
  if (text.startsWith(ORPHANET_IRI)) return "ORPHA:" + text.slice(ORPHANET_IRI.length);
  if (text.startsWith(OBO_PURL)) {
    const m = /^([A-Za-z][A-Za-z0-9]*)_(\w+)$/.exec(text.slice(OBO_PURL.length));
    if (m) return `${m[1]}:${m[2]}`;
  }
  const i = text.indexOf(":");
  if (i > 0 && DISEASE_PREFIXES.has(text.slice(0, i).toUpperCase())) {
    return text.slice(0, i).toUpperCase() + text.slice(i);
  }
  return text;
}

// ---- reading the YAML vocabulary (same rules as genocat/consent/purpose.py) ----

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
  if (unknown.length) throw new ConsentInputError(`'${key}' has unknown value(s) ${unknown.join(", ")}`);
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
  const time = int(raw, "time_limit_months");
  return {
    permission: text(raw, "permission"),
    diseases: unique((list(raw, "diseases") || []).map(normalizeDiseaseId)),
    modifiers: unique(list(raw, "modifiers") || []),
    places: unique((list(raw, "places") || []).map((p) => p.toUpperCase())),
    moratorium_until: date(raw, "moratorium_until"),
    time_limit_months: time,
    allowed_users: list(raw, "allowed_users") || [],
    allowed_projects: list(raw, "allowed_projects") || [],
    allowed_institutions: list(raw, "allowed_institutions") || [],
    research_topic: text(raw, "research_topic"),
  };
}

export function purposeFromDict(data) {
  const raw = unwrap(data, "purpose");
  const extra = Object.keys(raw).filter((k) => !PURPOSE_FIELDS.includes(k)).sort();
  if (extra.length) throw new ConsentInputError(`purpose has unknown field(s) ${extra.join(", ")}`);
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
  };
}

// ---- DUO terms and the disease hierarchy from the export ----

function termIndex(duo) {
  const byShorthand = new Map();
  for (const [id, t] of Object.entries(duo.terms)) if (t.shorthand) byShorthand.set(t.shorthand.toUpperCase(), id);
  return (code) => {
    let s = String(code).trim();
    if (s.startsWith(OBO_PURL)) s = s.slice(OBO_PURL.length).replace("_", ":");
    let upper = s.toUpperCase();
    if (upper.startsWith("DUO_")) upper = "DUO:" + upper.slice(4);
    upper = duo.aliases[upper] || upper;
    const id = duo.terms[upper] ? upper : byShorthand.get(upper);
    return id ? { id, ...duo.terms[id] } : null;
  };
}

function diseaseIndex(diseases) {
  const terms = diseases.terms;
  const cache = new Map();
  const ancestors = (id) => {
    if (cache.has(id)) return cache.get(id);
    const seen = new Set();
    const todo = [...(terms[id]?.parents || [])];
    while (todo.length) {
      const cur = todo.pop();
      if (!seen.has(cur)) {
        seen.add(cur);
        todo.push(...(terms[cur]?.parents || []));
      }
    }
    cache.set(id, seen);
    return seen;
  };
  return {
    label: (id) => (terms[id]?.label ? `${terms[id].label} (${id})` : id),
    covers(allowed, wanted) {
      if (allowed === wanted) return true;
      if (!(allowed in terms) || !(wanted in terms)) return null;
      return ancestors(wanted).has(allowed);
    },
  };
}

// ---- the checks (one per permission and modifier, as in genocat/consent/matcher.py) ----

function strictest(outcomes) {
  if (outcomes.includes(NO)) return NO;
  return outcomes.includes(REVIEW) ? REVIEW : OK;
}

const has = (set, x) => Boolean(set && set.has(x));

function clinicalCareRefused(ctx) {
  if (has(ctx.uses, "CLINICAL_CARE") && !ctx.modifiers.has("CC")) {
    return [NO, "clinical care is not research; it is allowed only when the dataset also carries CC"];
  }
  return null;
}

const unknownUses = (name) => [REVIEW, `the purpose does not say what the research does, so a committee must check it is ${name}`];

const PERMISSIONS = {
  NRES: () => [OK, "no restriction on use"],
  GRU(ctx) {
    const refused = clinicalCareRefused(ctx);
    if (refused) return refused;
    if (ctx.uses === null) {
      if (ctx.modifiers.has("CC")) return [OK, "general research use together with CC allows any research and clinical care"];
      return unknownUses("research and not clinical care");
    }
    return [OK, "general research use allows any research purpose"];
  },
  HMB(ctx) {
    const refused = clinicalCareRefused(ctx);
    if (refused) return refused;
    if (ctx.uses === null) return unknownUses("health, medical or biomedical research");
    if (ctx.uses.has("POPULATION_ANCESTRY")) {
      return [NO, "health/medical/biomedical use excludes the study of population origins or ancestry"];
    }
    const bad = NON_HEALTH.filter((u) => ctx.uses.has(u)).map((u) => TOPICS[u]);
    if (bad.length) return [NO, `only health, medical or biomedical research is allowed, not ${bad.join(" or ")}`];
    return [OK, "health, medical or biomedical research is allowed"];
  },
  DS(ctx) {
    const allowed = ctx.conditions.diseases;
    if (!allowed.length) return [REVIEW, "disease-specific use names no disease, so a committee must say which diseases it means"];
    const names = allowed.map(ctx.ontology.label).join(", ");
    const refused = clinicalCareRefused(ctx);
    if (refused) return refused;
    if (ctx.uses !== null) {
      const bad = NON_HEALTH.filter((u) => ctx.uses.has(u)).map((u) => TOPICS[u]);
      if (bad.length) return [NO, `use is limited to research on ${names}, not ${bad.join(" or ")}`];
    }
    const wanted = ctx.purpose.diseases;
    if (!wanted || !wanted.length) return [REVIEW, `use is limited to research on ${names}; the purpose names no disease`];
    const refusedMsgs = [];
    const unknownMsgs = [];
    for (const disease of wanted) {
      const verdicts = allowed.map((d) => ctx.ontology.covers(d, disease));
      if (verdicts.includes(true)) continue;
      if (verdicts.includes(null)) {
        unknownMsgs.push(`cannot tell whether ${ctx.ontology.label(disease)} falls under ${names}: not both in the disease ontology`);
      } else if (allowed.some((d) => ctx.ontology.covers(disease, d))) {
        refusedMsgs.push(`${ctx.ontology.label(disease)} is broader than ${names}`);
      } else {
        refusedMsgs.push(`${ctx.ontology.label(disease)} is not ${names} or a kind of it`);
      }
    }
    if (refusedMsgs.length) return [NO, `use is limited to research on ${names}: ${refusedMsgs.join("; ")}`];
    if (unknownMsgs.length) return [REVIEW, unknownMsgs.join("; ")];
    if (ctx.uses === null) return unknownUses(`research on ${names}`);
    return [OK, `research on ${wanted.map(ctx.ontology.label).join(", ")} is covered by the dataset's diseases (${names})`];
  },
  POA(ctx) {
    const refused = clinicalCareRefused(ctx);
    if (refused) return refused;
    if (ctx.uses === null) return unknownUses("population origins or ancestry research");
    const bad = Object.keys(TOPICS).filter((u) => ctx.uses.has(u) && u !== "POPULATION_ANCESTRY").map((u) => TOPICS[u]);
    if (bad.length) return [NO, `use is limited to the study of population origins or ancestry, not ${bad.join(" or ")}`];
    return [OK, "population origins or ancestry research (or methods development) is allowed"];
  },
};

function fact(value, good, yes, no, unknown) {
  if (value === null) return [REVIEW, unknown];
  return value === good ? [OK, yes] : [NO, no];
}

const npu = (ctx) => fact(ctx.purpose.organisation_type, "NOT_FOR_PROFIT",
  "use by a not-for-profit organisation is allowed",
  "use is limited to not-for-profit organisations; the requester's organisation is for-profit",
  "use is limited to not-for-profit organisations; the purpose does not say which kind the requester is");
const ncu = (ctx) => fact(ctx.purpose.commercial, false, "the use is not commercial",
  "use is limited to non-commercial purposes; this purpose is commercial",
  "use is limited to non-commercial purposes; the purpose does not say whether it is commercial");

function obligation(key, what) {
  return (ctx) => {
    const accepts = ctx.purpose.accepts;
    if (has(accepts, key)) return [OK, `${what}; the requester accepts this`];
    if (accepts === null) return [REVIEW, `${what}; the purpose does not say whether the requester accepts this`];
    return [REVIEW, `${what}; the requester has not accepted this`];
  };
}

function allowList(field, factName, who) {
  return (ctx) => {
    const allowed = ctx.conditions[field];
    const value = ctx.purpose[factName];
    if (!allowed.length) return [REVIEW, `use is limited to approved ${who}s; the dataset lists none, so a committee must decide`];
    if (value === null) return [REVIEW, `use is limited to approved ${who}s; the purpose does not give the ${who} identifier`];
    if (allowed.includes(value)) return [OK, `${value} is an approved ${who}`];
    return [NO, `use is limited to approved ${who}s; ${value} is not one of them`];
  };
}

const MODIFIERS = {
  NPU: npu,
  NCU: ncu,
  NPUNCU(ctx) {
    const parts = [npu(ctx), ncu(ctx)];
    const outcome = strictest(parts.map((p) => p[0]));
    if (outcome === OK) return [OK, "a not-for-profit organisation with a non-commercial purpose"];
    return [outcome, parts.filter((p) => p[0] === outcome).map((p) => p[1]).join("; ")];
  },
  GS(ctx) {
    const places = ctx.conditions.places;
    if (!places.length) return [REVIEW, "use is limited to a geographic area, but the dataset does not say which"];
    const where = places.join(", ");
    const country = ctx.purpose.country;
    if (country === null) return [REVIEW, `use is limited to ${where}; the purpose does not say where the data will be used`];
    const allowed = new Set(places.flatMap((p) => ctx.regions[p] || [p]));
    if (allowed.has(country)) return [OK, `use in ${country} is within ${where}`];
    if (places.some((p) => !(p in ctx.regions) && p.length !== 2)) {
      return [REVIEW, `use is limited to ${where}; a committee must say whether ${country} is inside it`];
    }
    return [NO, `use is limited to ${where}; ${country} is outside it`];
  },
  NMDS(ctx) {
    if (ctx.uses === null) return [REVIEW, "methods development is not allowed; the purpose does not say what the research does"];
    if (ctx.uses.has("METHODS_DEVELOPMENT")) return [NO, "methods development (software, algorithms) is not allowed"];
    return [OK, "the purpose is not methods development"];
  },
  NPOA(ctx) {
    if (ctx.uses === null) return [REVIEW, "ancestry research is not allowed; the purpose does not say what the research does"];
    if (ctx.uses.has("POPULATION_ANCESTRY")) return [NO, "population origins or ancestry research is not allowed"];
    return [OK, "the purpose is not population origins or ancestry research"];
  },
  GSO(ctx) {
    const types = ctx.purpose.data_types;
    if (!types || !types.size) return [REVIEW, "only genetic studies are allowed; the purpose does not say which data types it uses"];
    if (types.has("GENOTYPE")) return [OK, "the study uses genotype data, so it is a genetic study"];
    return [NO, "only genetic studies are allowed; phenotype-only research is not"];
  },
  RS(ctx) {
    const topic = ctx.conditions.research_topic;
    if (!topic) return [REVIEW, "use is limited to a research type the dataset does not name; a committee must decide"];
    return [REVIEW, `use is limited to research on "${topic}"; a committee must compare this free text with the purpose`];
  },
  IRB(ctx) {
    if (ctx.purpose.ethics_approval === true) return [OK, "ethics (IRB/ERB) approval is documented"];
    return [REVIEW, "requires documented ethics (IRB/ERB) approval, which the purpose does not provide"];
  },
  COL: obligation("COLLABORATION", "requires collaboration with the original investigators"),
  PUB: obligation("PUBLICATION", "requires making the results available to the scientific community"),
  RTN: obligation("RETURN_OF_DERIVED_DATA", "requires returning derived or enriched data to the resource"),
  MOR(ctx) {
    const until = ctx.conditions.moratorium_until;
    if (until === null) return [REVIEW, "results may not be published before a date the dataset does not give"];
    const planned = ctx.purpose.publication_date;
    if (planned === null) return [REVIEW, `results may not be published before ${until}; the purpose gives no publication date`];
    if (planned < until) return [NO, `results may not be published before ${until}; publication is planned for ${planned}`];
    return [OK, `publication on ${planned} respects the moratorium until ${until}`];
  },
  TS(ctx) {
    const limit = ctx.conditions.time_limit_months;
    if (limit === null) return [REVIEW, "use is limited in time, but the dataset does not say for how many months"];
    const wanted = ctx.purpose.duration_months;
    if (wanted === null) return [REVIEW, `use is limited to ${limit} months; the purpose does not say how long it needs the data`];
    if (wanted > limit) return [NO, `use is limited to ${limit} months; ${wanted} months were requested`];
    return [OK, `${wanted} months are within the limit of ${limit} months`];
  },
  US: allowList("allowed_users", "user_id", "user"),
  PS: allowList("allowed_projects", "project_id", "project"),
  IS: allowList("allowed_institutions", "institution_id", "institution"),
  CC: () => [OK, "clinical care use is allowed (CC widens use and restricts nothing)"],
};

function describe(term) {
  return term.shorthand ? `${term.shorthand} (${term.id}, ${term.label})` : `${term.id} (${term.label})`;
}

function codeProblem(code, resolve, duo, expectedKind) {
  const term = resolve(code);
  if (!term) return { condition: code, outcome: REVIEW, reason: `'${code}' is not a DUO ${expectedKind} code; a committee must interpret it` };
  const name = term.shorthand || term.id;
  if (term.obsolete) {
    const replacement = term.replaced_by.map((r) => (duo.terms[r] ? describe({ id: r, ...duo.terms[r] }) : r)).join(" and ");
    const advice = replacement ? `use ${replacement} instead` : "DUO names no replacement";
    return { condition: name, outcome: REVIEW, reason: `${describe(term)} is obsolete in DUO ${duo.version}; ${advice}` };
  }
  const registry = expectedKind === "permission" ? PERMISSIONS : MODIFIERS;
  if (!Object.hasOwn(registry, term.shorthand || "")) {
    return { condition: name, outcome: REVIEW, reason: `${describe(term)} is a ${term.kind || "term"}, not a data use ${expectedKind}` };
  }
  return null;
}

/** A matcher bound to one export (terms, diseases, regions). */
export function createMatcher(exported) {
  const resolve = termIndex(exported.duo);
  const ontology = diseaseIndex(exported.diseases);
  return function match(conditionsDict, purposeDict) {
    const conditions = conditionsFromDict(conditionsDict);
    const purpose = purposeFromDict(purposeDict);
    const entries = [];
    const seen = new Set();
    for (const code of conditions.modifiers) {
      const term = resolve(code);
      const key = term ? term.id : code;
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push(codeProblem(code, resolve, exported.duo, "modifier") || term.shorthand);
    }
    const usable = new Set(entries.filter((e) => typeof e === "string"));
    const uses = purpose.uses && purpose.uses.size ? purpose.uses : null;
    const ctx = { conditions, purpose, ontology, modifiers: usable, uses, regions: exported.regions };
    let first;
    if (conditions.permission === null) {
      first = { condition: "permission", outcome: REVIEW, reason: "the dataset states no data use permission (NRES, GRU, HMB, DS or POA)" };
    } else {
      first = codeProblem(conditions.permission, resolve, exported.duo, "permission");
      if (!first) {
        const code = resolve(conditions.permission).shorthand;
        const [outcome, reason] = PERMISSIONS[code](ctx);
        first = { condition: code, outcome, reason };
      }
    }
    const reasons = [first, ...entries.map((e) => {
      if (typeof e !== "string") return e;
      const [outcome, reason] = MODIFIERS[e](ctx);
      return { condition: e, outcome, reason };
    })];
    return { decision: strictest(reasons.map((r) => r.outcome)), reasons };
  };
}

/** One-off convenience: match(exported, conditions, purpose). */
export function match(exported, conditions, purpose) {
  return createMatcher(exported)(conditions, purpose);
}
