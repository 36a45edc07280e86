// The tourist-tax area's pure rules, shared by the API and the portal (`@extranet/domain/tourist-tax`).
export {};
