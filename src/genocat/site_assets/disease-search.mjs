// Disease search in the browser, ranked exactly as genocat.consent.lookup.search_diseases (Python): a code
// (MONDO, DOID, ORPHA, ICD-10, OMIM) gives the terms it names or maps to; words must each begin a word of
// the label (or a synonym). Best first: label = query; label begins with the query; every query word a whole
// label word; the rest. Ties: fewer label words, then the label, then the id.

const CODE = /^[A-Za-z][A-Za-z0-9-]*:\S+$|^https?:\/\/\S+$/;
const words = (text) => String(text).toLowerCase().match(/[a-z0-9]+/g) || [];
const sameWords = (a, b) => a.length === b.length && a.every((w, i) => w === b[i]);

function rank(queryWords, names) {
  let best = null;
  names.forEach((name, offset) => {
    if (!queryWords.every((q) => name.some((w) => w.startsWith(q)))) return;
    let tier = 3;
    if (sameWords(name, queryWords)) tier = 0;
    else if (sameWords(name.slice(0, queryWords.length), queryWords)) tier = 1;
    else if (queryWords.every((q) => name.includes(q))) tier = 2;
    const score = [tier + (offset ? 4 : 0), name.length];
    if (best === null || score[0] < best[0] || (score[0] === best[0] && score[1] < best[1])) best = score;
  });
  return best;
}

const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** [{id, label, match, code}] for `query` over a diseaseIndex, at most `limit`. */
export function searchDiseases(index, query, limit = 20) {
  const text = String(query).trim();
  if (!text || limit <= 0) return [];
  if (CODE.test(text)) {
    const r = index.resolve(text);
    if (r.terms.length) {
      const kind = r.terms.length === 1 && r.terms[0] === r.code ? "id" : "xref";
      return r.terms.slice(0, limit).map((id) => ({ id, label: index.terms.get(id)?.label || id, match: kind, code: r.code }));
    }
    if (r.replacedBy) return [{ id: r.replacedBy, label: index.terms.get(r.replacedBy)?.label || r.replacedBy, match: "replacement", code: r.code }];
    return [];
  }
  const queryWords = words(text);
  if (!queryWords.length) return [];
  const first = queryWords[0];
  const scored = [];
  for (const [id, term] of index.terms) {
    if (!term.label.toLowerCase().includes(first) && !term.synonyms.some((s) => s.toLowerCase().includes(first))) continue;
    const score = rank(queryWords, [words(term.label), ...term.synonyms.map(words)]);
    if (score !== null) scored.push({ score, label: term.label, id });
  }
  scored.sort((a, b) => a.score[0] - b.score[0] || a.score[1] - b.score[1] || compare(a.label, b.label) || compare(a.id, b.id));
  return scored.slice(0, limit).map((s) => ({ id: s.id, label: s.label, match: s.score[0] < 4 ? "label" : "synonym", code: null }));
}
