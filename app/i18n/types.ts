/** The same keys as the Dutch source, with string values: a missing English string is a type error. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
