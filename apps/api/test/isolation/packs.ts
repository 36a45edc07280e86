// Isolation rows of the feature. Service packs: catalogue, subscriptions, payments, invoices, renewals, revenue.
import type { IsolationTable } from './table.js';

export const packs: IsolationTable = {};
