// What other features may use of taxonomy in code that can reach the browser (decision 0013). Server code: index.server.ts.
export {
  countries,
  findCountry,
  findPartnerLanguage,
  findPrefecture,
  homeLabel,
  localName,
  parseRegionFilter,
  partnerLanguageCodes,
  partnerLanguages,
  prefectures,
  prefecturesOfRegion,
  type RegionFilter,
  regionKeys,
  regions,
  relationshipLabel,
  type ShiojiriRelationshipName,
  shiojiriRelationships,
} from "./prefectures.ts";
export { FieldOptions, fieldChoiceGroups, skillChoiceGroups } from "./choice-groups.tsx";
