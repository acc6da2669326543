import type { nl } from "../nl/index.ts";
import type { Translation } from "../types.ts";
import { auth } from "./auth.ts";
import { common } from "./common.ts";
import { communities } from "./communities.ts";
import { documents } from "./documents.ts";
import { editor, richtext } from "./editor.ts";
import { errors } from "./errors.ts";
import { pages } from "./pages.ts";
import { profile } from "./profile.ts";

export const en: Translation<typeof nl> = { common, errors, auth, profile, communities, pages, editor, richtext, documents };
