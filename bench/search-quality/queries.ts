/** A judged query: the documents (passage ids) that answer it, graded 2 (about this) or 1 (useful). */
export type QueryKind = "exact" | "inflected" | "typo" | "compound" | "synonym" | "english" | "prefix" | "phrase" | "number" | "near";

export type JudgedQuery = { id: string; kind: QueryKind; q: string; relevant: Record<string, 1 | 2> };
