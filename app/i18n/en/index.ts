import type { nl } from "../nl/index.ts";
import type { Translation } from "../types.ts";
import { auth } from "./auth.ts";
import { common } from "./common.ts";
import { communities } from "./communities.ts";
import { discussions } from "./discussions.ts";
import { documents } from "./documents.ts";
import { editor, richtext } from "./editor.ts";
import { errors } from "./errors.ts";
import { library } from "./library.ts";
import { mail } from "./mail.ts";
import { moderation } from "./moderation.ts";
import { notifications } from "./notifications.ts";
import { pages } from "./pages.ts";
import { passwordReset } from "./password-reset.ts";
import { profile } from "./profile.ts";
import { search } from "./search.ts";

/** One namespace per line. */
export const en: Translation<typeof nl> = {
  auth,
  common,
  communities,
  discussions,
  documents,
  editor,
  errors,
  library,
  mail,
  moderation,
  notifications,
  pages,
  passwordReset,
  profile,
  richtext,
  search,
};
