// genocat consent matcher for the browser: the same decisions as genocat.consent (Python), from the JSON
// that genocat.consent.export writes at build time and the package's MONDO file. No dependencies, no network.
// Both implementations run the shared vectors in tests/consent/vectors.json so they cannot drift.
// Reading purposes and conditions is consent-vocabulary.mjs; disease codes and the hierarchy disease-index.mjs.
import { diseaseIndex, normalizeDiseaseId } from "./disease-index.mjs";
import {
  ConsentInputError, PURPOSE_SCHEMA, SENSITIVE_LABELS, TOPICS, conditionsFromDict, purposeFromDict,
} from "./consent-vocabulary.mjs";

export { ConsentInputError, PURPOSE_SCHEMA, conditionsFromDict, diseaseIndex, normalizeDiseaseId, purposeFromDict };

const OBO_PURL = "http://purl.obolibrary.org/obo/";
const OK = "permitted";
const NO = "not_permitted";
const REVIEW = "needs_review";
const NON_HEALTH = ["GENERAL_RESEARCH", "FUNDAMENTAL_BIOLOGY", "POPULATION_ANCESTRY"];
const RESEARCH_TOPICS = ["FUNDAMENTAL_BIOLOGY", "HEALTH_MEDICAL_BIOMEDICAL", "DISEASE_RESEARCH", "POPULATION_ANCESTRY"];
const UNBOUND_USES = { HEALTH_MEDICAL_BIOMEDICAL: "health, medical or biomedical research", CONTROLS: "use as a control set" };

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

/** DS when the purpose names no disease: known uses outside the disease are violations, not unknowns. */
function dsWithoutDisease(uses, names) {
  if (uses === null) return [REVIEW, `use is limited to research on ${names}; the purpose names no disease`];
  if ([...uses].every((u) => u === "METHODS_DEVELOPMENT")) {
    return [OK, "methods development is allowed under every permission unless NMDS forbids it"];
  }
  const unbound = Object.entries(UNBOUND_USES).filter(([u]) => uses.has(u)).map(([, label]) => label);
  if (unbound.length) return [NO, `use is limited to research on ${names}, not ${unbound.join(" or ")} with no disease named`];
  return [REVIEW, `use is limited to research on ${names}; the purpose does not name the disease it studies`];
}

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
    const uses = ctx.uses;
    if (uses !== null) {
      const bad = NON_HEALTH.filter((u) => uses.has(u)).map((u) => TOPICS[u]);
      if (bad.length) return [NO, `use is limited to research on ${names}, not ${bad.join(" or ")}`];
    }
    const wanted = ctx.purpose.diseases;
    if (!wanted || !wanted.length) return dsWithoutDisease(uses, names);
    const [refusedMsgs, unknownMsgs] = ctx.ontology.uncovered(allowed, wanted);
    if (refusedMsgs.length) return [NO, `use is limited to research on ${names}: ${refusedMsgs.join("; ")}`];
    if (unknownMsgs.length) return [REVIEW, unknownMsgs.join("; ")];
    if (uses === null) return unknownUses(`research on ${names}`);
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
    if (ctx.uses === null) return [REVIEW, "general methods research is not allowed; the purpose does not say what the research does"];
    if (!ctx.uses.has("METHODS_DEVELOPMENT")) return [OK, "the purpose is not methods development"];
    const bound = RESEARCH_TOPICS.filter((u) => ctx.uses.has(u)).map((u) => TOPICS[u]);
    if (bound.length) return [OK, `methods development for ${bound.join(" and ")} stays within the bounds of the other conditions`];
    return [NO, "general methods research (software, algorithms) is not allowed, only methods for allowed research"];
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
    const requested = ctx.purpose.request_date;
    if (requested !== null && requested >= until) {
      return [OK, `the publication moratorium ended on ${until}, before the request of ${requested}`];
    }
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

function sensitive(topics) {
  const what = [...topics].sort().map((t) => SENSITIVE_LABELS[t]).join(", ");
  return { condition: "SENSITIVE", outcome: REVIEW, reason: `the purpose declares sensitive research (${what}); a committee must review it` };
}

/** A matcher bound to one export (terms, regions) and the disease ontology: the parsed mondo.json the export
 * names, or an index from diseaseIndex(); without one, every disease code needs review. */
export function createMatcher(exported, diseases = null) {
  const resolve = termIndex(exported.duo);
  const ontology = diseases?.resolve ? diseases : diseaseIndex(diseases || { terms: [], obsolete: [] });
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
    if (purpose.sensitive_topics && purpose.sensitive_topics.size && first.condition !== "NRES") {
      reasons.push(sensitive(purpose.sensitive_topics));
    }
    return { decision: strictest(reasons.map((r) => r.outcome)), reasons };
  };
}

/** One-off convenience: match(exported, conditions, purpose, diseases). */
export function match(exported, conditions, purpose, diseases = null) {
  return createMatcher(exported, diseases)(conditions, purpose);
}
