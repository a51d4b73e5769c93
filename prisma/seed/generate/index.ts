export * from "./register";
export { createAddress, createRuralAddress, regionPrefix } from "./addresses";
export { createBranchName, createCompanyName, randomBrand, type Brand, type EnterpriseName } from "./company-names";
export { addMonths, addYears, civilFromDay, dayFromCivil, formatDay, formatDayZh, parseDay, yearOfDay } from "./dates";
export { createPerson, isValidResidentId, makeResidentId, mobilePhone, residentIdCheckChar, type Ethnicity, type Person } from "./people";
export { Random, createRandom, forItem, hashSeed, mix32, weightedTable, type SeedInput, type WeightedTable } from "./random";
