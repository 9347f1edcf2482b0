/** The English table must have exactly the Japanese table's keys, with strings for strings. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
