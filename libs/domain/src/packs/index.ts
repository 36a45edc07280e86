// The packs area's pure rules, shared by the API and the portal (`@extranet/domain/packs`).
export {};
