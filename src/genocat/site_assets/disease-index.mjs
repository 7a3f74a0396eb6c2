// Disease codes and the MONDO hierarchy in the browser: the same answers as genocat/consent/diseases.py,
// read from the package's mondo.json (scripts/build_mondo.py), which the site serves as it is.
// Any code (MONDO CURIE or IRI, DOID, ORPHA/Orphanet, ICD-10, OMIM) resolves to live MONDO terms through
// MONDO's cross-references, or to a problem (obsolete, unknown, unmapped) that gives "needs review".

const OBO_PURL = "http://purl.obolibrary.org/obo/";
const ORPHANET_IRI = "http://www.orpha.net/ORDO/Orphanet_";
const PREFIXES = {
  MONDO: "MONDO", ORPHA: "ORPHA", ORPHANET: "ORPHA", ORDO: "ORPHA", DOID: "DOID", OMIM: "OMIM", MIM: "OMIM",
  OMIMPS: "OMIMPS", ICD10: "ICD10", "ICD-10": "ICD10", ICD10CM: "ICD10", "ICD-10-CM": "ICD10", ICD10WHO: "ICD10",
  HP: "HP", EFO: "EFO",
};
const MAPPED_PREFIXES = new Set(["DOID", "ORPHA", "ICD10", "OMIM", "OMIMPS"]);

/** The CURIE genocat uses for a disease code (same rules as normalize_disease_id in Python). */
export function normalizeDiseaseId(value) {
  let text = String(value).trim();
  if (text.startsWith(ORPHANET_IRI)) text = "ORPHA:" + text.slice(ORPHANET_IRI.length);
  else if (text.startsWith(OBO_PURL)) {
    const m = /^([A-Za-z][A-Za-z0-9]*)_(\w+)$/.exec(text.slice(OBO_PURL.length));
    if (m) text = `${m[1]}:${m[2]}`;
  }
  const i = text.indexOf(":");
  if (i < 0) return text;
  let canonical = PREFIXES[text.slice(0, i).trim().toUpperCase()];
  if (!canonical) return text;
  let local = text.slice(i + 1).trim();
  if (canonical === "ICD10") local = local.toUpperCase();
  else if (canonical === "OMIM" && local.toUpperCase().startsWith("PS")) {
    canonical = "OMIMPS";
    local = local.slice(2);
  }
  return `${canonical}:${local}`;
}

const mondo = (n) => `MONDO:${String(n).padStart(7, "0")}`;

/** An index over mondo.json: labels, parents, cross-references, obsolete terms; ancestors kept once computed. */
export function diseaseIndex(data) {
  const terms = new Map();
  const xrefs = new Map();
  for (const [n, label, parents, codes, synonyms] of data.terms) {
    terms.set(mondo(n), { label, parents: parents.map(mondo), xrefs: codes, synonyms: synonyms || [] });
    for (const code of codes) {
      if (!xrefs.has(code)) xrefs.set(code, []);
      xrefs.get(code).push(mondo(n));
    }
  }
  for (const list of xrefs.values()) list.sort();
  const obsolete = new Map(data.obsolete.map(([n, label, repl, consider]) =>
    [mondo(n), { label, replacedBy: repl ? mondo(repl) : null, consider: consider.map(mondo) }]));
  const name = data.source === undefined ? "the ontology" : `MONDO ${data.version}`;
  const ancestorsOf = new Map();
  const resolved = new Map();

  function ancestors(curie) {
    if (ancestorsOf.has(curie)) return ancestorsOf.get(curie);
    const stack = [[curie, false]];
    const visiting = new Set();
    while (stack.length) {
      const [node, expanded] = stack.pop();
      if (ancestorsOf.has(node)) continue;
      const parents = terms.get(node)?.parents || [];
      if (expanded) {
        const merged = new Set();
        for (const p of parents) {
          merged.add(p);
          for (const a of ancestorsOf.get(p) || []) merged.add(a);
        }
        merged.delete(node);
        ancestorsOf.set(node, merged);
        continue;
      }
      if (visiting.has(node)) continue;
      visiting.add(node);
      stack.push([node, true]);
      for (const p of parents) if (!ancestorsOf.has(p) && !visiting.has(p)) stack.push([p, false]);
    }
    return ancestorsOf.get(curie);
  }

  function label(value) {
    const code = normalizeDiseaseId(value);
    const term = terms.get(code);
    if (term?.label) return `${term.label} (${code})`;
    const found = resolve(code).terms;
    if (found.length === 1 && terms.get(found[0])?.label) return `${terms.get(found[0]).label} (${code} = ${found[0]})`;
    return code;
  }

  function resolve(value) {
    const code = normalizeDiseaseId(value);
    if (resolved.has(code)) return resolved.get(code);
    let result;
    if (terms.has(code)) result = { code, terms: [code], problem: null, replacedBy: null };
    else if (obsolete.has(code)) {
      const old = obsolete.get(code);
      const what = old.label ? `${old.label.replace(/^obsolete /, "")} (${code})` : code;
      let advice = "it names no replacement";
      if (old.replacedBy) advice = `use ${label(old.replacedBy)} instead`;
      else if (old.consider.length) advice = `it names no replacement; consider ${old.consider.map(label).join(" or ")}`;
      result = { code, terms: [], problem: `${what} is obsolete in ${name}; ${advice}`, replacedBy: old.replacedBy };
    } else if (xrefs.has(code)) result = { code, terms: xrefs.get(code), problem: null, replacedBy: null };
    else if (MAPPED_PREFIXES.has(code.split(":")[0])) {
      result = { code, terms: [], problem: `${code} maps to no term of ${name} (no cross-reference names it)`, replacedBy: null };
    } else result = { code, terms: [], problem: `${code} is not a disease term of ${name}`, replacedBy: null };
    resolved.set(code, result);
    return result;
  }

  function covers(allowedCode, wantedCode) {
    const allowed = resolve(allowedCode);
    const wanted = resolve(wantedCode);
    if (allowed.code === wanted.code) return true;
    if (!allowed.terms.length || !wanted.terms.length) return null;
    const verdicts = new Set();
    for (const a of allowed.terms) for (const w of wanted.terms) verdicts.add(a === w || ancestors(w).has(a));
    return verdicts.size === 1 ? [...verdicts][0] : null;
  }

  function cannotTell(disease, allowed, names) {
    const all = [disease, ...allowed].map(resolve);
    const problems = all.filter((r) => r.problem).map((r) => r.problem);
    for (const r of all) if (r.terms.length > 1) problems.push(`${r.code} maps to several terms (${r.terms.map(label).join(", ")})`);
    const why = [...new Set(problems)].join("; ") || "not both in the disease ontology";
    return `cannot tell whether ${label(disease)} falls under ${names}: ${why}`;
  }

  /** [refused, cannot-tell] messages for the wanted diseases that no allowed disease covers. */
  function uncovered(allowed, wanted) {
    const names = allowed.map(label).join(", ");
    const refused = [];
    const unknown = [];
    for (const disease of wanted) {
      const verdicts = allowed.map((d) => covers(d, disease));
      if (verdicts.includes(true)) continue;
      if (verdicts.includes(null)) unknown.push(cannotTell(disease, allowed, names));
      else if (allowed.some((d) => covers(disease, d))) refused.push(`${label(disease)} is broader than ${names}`);
      else refused.push(`${label(disease)} is not ${names} or a kind of it`);
    }
    return [refused, unknown];
  }

  return { terms, xrefs, obsolete, version: data.version, ancestors, label, resolve, covers, uncovered };
}
