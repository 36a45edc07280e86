// Isolation rows of the feature. Partner relations: news, promotion actions, meetings.
import type { IsolationTable } from './table.js';

export const relations: IsolationTable = {};
