// The relations area's pure rules, shared by the API and the portal (`@extranet/domain/relations`).
export * from './calendar.js';
export * from './markdown-safety.js';
export * from './news.js';
export * from './promotion-actions.js';
export * from './meetings.js';
