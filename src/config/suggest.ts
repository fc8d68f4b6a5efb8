/** Edit distance (insertions, deletions, substitutions, adjacent swaps), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows = s.length + 1;
  const cols = t.length + 1;
  const d: number[][] = Array.from({length: rows}, (_, i) =>
    Array.from({length: cols}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[s.length]![t.length]!;
}

/**
 * The candidate a typo most likely meant, or undefined when nothing is close. "Close" scales with length
 * so that short ids need a near match ("soc" → "soc2") while long keys forgive a few slips.
 */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  const normalized = value.toLowerCase().replace(/[\s_]+/g, '-');
  let best: {candidate: string; distance: number} | undefined;
  for (const candidate of candidates) {
    const distance = Math.min(
      editDistance(value, candidate),
      editDistance(normalized, candidate.toLowerCase()),
    );
    if (!best || distance < best.distance) best = {candidate, distance};
  }
  if (!best) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(value.length, best.candidate.length) / 3));
  if (best.distance <= limit) return best.candidate;
  // An abbreviation of exactly one candidate ("pci" → "pci-dss", "nist" → "nist-ai-rmf").
  const extensions = candidates.filter((candidate) => candidate.toLowerCase().startsWith(normalized));
  return normalized.length >= 3 && extensions.length === 1 ? extensions[0] : undefined;
}
