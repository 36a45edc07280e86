// The relations area's pure rules, shared by the API and the portal (`@extranet/domain/relations`).
export { parisDay, weekOf, frenchDay, frenchDateTime } from './calendar.js';
export * from './markdown-safety.js';
export * from './news.js';
export * from './promotion-actions.js';
export * from './meetings.js';
