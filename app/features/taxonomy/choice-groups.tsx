// Taxonomy as form choices, the one way every editor offers them: fields grouped under their strategy (the field's
// mark is decoration, hidden from screen readers), skills grouped by category.
import { fieldMark } from "~/kernel/localize.ts";

type StrategyWithFields = { code: string; name: string; fields: { number: number; name: string }[] };

/** Check-box groups of fields, one group per strategy, labelled by `groupLabel`. */
export function fieldChoiceGroups(strategies: StrategyWithFields[], groupLabel: (strategy: StrategyWithFields) => string) {
  return strategies.map((strategy) => ({
    label: groupLabel(strategy),
    options: strategy.fields.map((field) => ({
      value: String(field.number),
      label: (
        <>
          <span aria-hidden="true">{fieldMark(field.number)} </span>
          {field.name}
        </>
      ),
    })),
  }));
}

/** Check-box groups of skills, one group per category. */
export function skillChoiceGroups(skillGroups: { category: string; skills: { slug: string; name: string }[] }[]) {
  return skillGroups.map((group) => ({
    label: group.category,
    options: group.skills.map((skill) => ({ value: skill.slug, label: skill.name })),
  }));
}

/** A select's fields of one strategy, as options ("① name"). */
export function FieldOptions({
  fields,
  strategyCode,
}: {
  fields: { number: number; name: string; strategyCode: string }[];
  strategyCode: string;
}) {
  return fields
    .filter((field) => field.strategyCode === strategyCode)
    .map((field) => (
      <option key={field.number} value={String(field.number)}>
        {fieldMark(field.number)} {field.name}
      </option>
    ));
}
