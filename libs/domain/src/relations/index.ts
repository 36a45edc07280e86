// The relations area's pure rules, shared by the API and the portal (`@extranet/domain/relations`).
export {};
