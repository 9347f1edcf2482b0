import type { Translation } from "~/locales/ja.ts";
import type { Shape } from "~/locales/shape.ts";

const adminIndicators: Shape<Translation["adminIndicators"]> = {
  nav: "Indicators",
  title: "Indicator values",
  lead: "Enter the yearly values of the plan's outcome indicators (citizen happiness, population, ...). The home page and the dashboard show them.",
  target: "Target: {{value}} in FY{{year}}",
  baseline: "Baseline: {{value}} in FY{{year}}",
  valuesCaption: "Yearly values of {{name}}",
  year: "Fiscal year",
  value: "Value",
  note: "Note",
  sourceUrl: "Source link",
  noValues: "No values yet.",
  enterHeading: "Enter one year",
  yearHint: "The fiscal year (e.g. 2025). A value for the same year is replaced.",
  save: "Save",
  importHeading: "Import from CSV",
  csv: "CSV (year,value[,note], one per line)",
  csvHint: "E.g. 2024,6.81,Citizen survey. A header line is skipped. If any line is wrong, nothing is saved.",
  import: "Import",
  saved: "Saved.",
  errors: {
    year: "Enter the fiscal year as a number from 2000 to 2100.",
    value: "Enter the value as a number (at most two decimals).",
    noteTooLong: "Keep the note to 500 characters.",
    sourceUrl: "The source link must be an address starting with http(s)://.",
    duplicateYear: "The same year appears twice.",
    empty: "There are no lines to import.",
    unknown: "This indicator does not exist.",
    line: "Line {{line}}: {{message}}",
    csv: "The CSV has errors.",
  },
};

export default adminIndicators;
