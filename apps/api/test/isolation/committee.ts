// Isolation rows of the feature. Technical committee: sessions, documents, minutes, recommendations, membership.
import type { IsolationTable } from './table.js';

export const committee: IsolationTable = {};
