import { accountEntries, privacyEntries } from "./entries/account";
import { groupEntries } from "./entries/groups";
import { matchingEntries } from "./entries/matching";
import { programmeEntries, reportEntries } from "./entries/programme";
import { publicEntries } from "./entries/public";
import { relationshipEntries } from "./entries/relationships";
import { requestEntries } from "./entries/requests";
import { settingsEntries } from "./entries/settings";
import type { MatrixEntry } from "./types";

export const MATRIX: MatrixEntry[] = [...publicEntries, ...accountEntries, ...requestEntries, ...matchingEntries, ...programmeEntries, ...settingsEntries, ...reportEntries, ...groupEntries, ...privacyEntries, ...relationshipEntries];
