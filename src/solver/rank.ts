// placeholder
export interface RankedCandidate { x: number }
export function rankCandidates(): RankedCandidate[] { return []; }
