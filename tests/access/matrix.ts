import { accountEntries } from "./entries/account";
import { publicEntries } from "./entries/public";
import { requestEntries } from "./entries/requests";
import type { MatrixEntry } from "./types";

export const MATRIX: MatrixEntry[] = [...publicEntries, ...accountEntries, ...requestEntries];
