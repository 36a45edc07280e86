// Isolation rows of the feature. Tourist tax: accommodations (tax accounts), declarations, payments, tariffs, follow-up.
import type { IsolationTable } from './table.js';

export const touristTax: IsolationTable = {};
