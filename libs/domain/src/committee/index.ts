// The committee area's pure rules, shared by the API and the portal (`@extranet/domain/committee`).
export * from './committee.js';
