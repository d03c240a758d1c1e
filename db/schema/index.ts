export * from "./enums";
export * from "./organization";
export * from "./networks";
export * from "./meetings";
export * from "./assignments";
export * from "./users";
export * from "./audit";
export * from "./sessions";
