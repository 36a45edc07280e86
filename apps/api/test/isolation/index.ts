// Every feature's isolation rows, merged for isolation.e2e-spec.ts. A feature adds its file here.
import { committee } from './committee.js';
import { foundation } from './foundation.js';
import { listings } from './listings.js';
import { packs } from './packs.js';
import { relations } from './relations.js';
import type { IsolationTable } from './table.js';
import { touristTax } from './tourist-tax.js';

const FEATURES: IsolationTable[] = [foundation, listings, touristTax, packs, committee, relations];

export const FOREIGN_OBJECTS = Object.assign({}, ...FEATURES.map((f) => f.foreignObjects ?? {})) as NonNullable<IsolationTable['foreignObjects']>;
export const SECRETS = FEATURES.flatMap((f) => f.secrets ?? []);
export const TENANT_OPERATIONS = FEATURES.flatMap((f) => f.tenantOperations ?? []);
export const GLOBAL_OPERATIONS = FEATURES.flatMap((f) => f.globalOperations ?? []);
export const COMMITTEE_OBJECTS = Object.assign({}, ...FEATURES.map((f) => f.committeeObjects ?? {})) as NonNullable<IsolationTable['committeeObjects']>;
export const COMMITTEE_OPERATIONS = FEATURES.flatMap((f) => f.committeeOperations ?? []);
export const SELF_OPERATIONS = FEATURES.flatMap((f) => f.selfOperations ?? []);
export const PUBLIC_OPERATIONS = FEATURES.flatMap((f) => f.publicOperations ?? []);
