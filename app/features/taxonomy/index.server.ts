// What other features may use of taxonomy on the server (decision 0013). Browser-safe parts: index.ts.
export {
  getTaxonomyOptions,
  keptTaxonomyOf,
  listStrategiesWithCounts,
  loadTaxonomyLookups,
  loadTaxonomyNamesById,
  periodSelect,
  strategiesWithFields,
  type KeptTaxonomy,
  type TaxonomyOptions,
} from "./taxonomy.server.ts";
