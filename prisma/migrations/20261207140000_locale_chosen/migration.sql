-- Whether the member chose their language (decision 322).
ALTER TABLE "User" ADD COLUMN "localeChosen" BOOLEAN NOT NULL DEFAULT false;

-- An English account chose English (the switch) or registered in it: either way its own language.
UPDATE "User" SET "localeChosen" = true WHERE "locale" = 'en';
