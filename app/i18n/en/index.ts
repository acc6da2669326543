import type { nl } from "../nl/index.ts";
import type { Translation } from "../types.ts";
import { agenda } from "./agenda.ts";
import { auth } from "./auth.ts";
import { common } from "./common.ts";
import { communities } from "./communities.ts";
import { discussions } from "./discussions.ts";
import { documents } from "./documents.ts";
import { editor, richtext } from "./editor.ts";
import { errors } from "./errors.ts";
import { events } from "./events.ts";
import { library } from "./library.ts";
import { mail } from "./mail.ts";
import { moderation } from "./moderation.ts";
import { notifications } from "./notifications.ts";
import { pages } from "./pages.ts";
import { passwordReset } from "./password-reset.ts";
import { privacy } from "./privacy.ts";
import { profile } from "./profile.ts";
import { search } from "./search.ts";

/** One namespace per line. */
export const en: Translation<typeof nl> = {
  agenda,
  auth,
  common,
  communities,
  discussions,
  documents,
  editor,
  errors,
  events,
  library,
  mail,
  moderation,
  notifications,
  pages,
  passwordReset,
  privacy,
  profile,
  richtext,
  search,
};
