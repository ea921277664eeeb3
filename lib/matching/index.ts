// Public API of the matching engine. Pure: no database, no clock, no randomness.
export { proposeMatches } from "./propose";
export { shortlistMentors } from "./shortlist";
export type { ShortlistEntry, DisallowedEntry, ShortlistResult, ShortlistOptions } from "./shortlist";
export { checkPair, findBrokenRules, RULE_CODES, RULE_TITLES } from "./rules";
export { scorePair, scorePairParts } from "./scoring";
export { explainPair } from "./explain";
export { formPeerGroups, describeGroup } from "./groups";
export type { PeerGroupPerson, PeerGroupOptions, PeerGroup, PeerGroupResult } from "./groups";
export { DEFAULT_WEIGHTS, validateWeights, assertValidWeights } from "./weights";
export type { MatchingWeights, WeightsValidation } from "./weights";
export type * from "./types";
