-- AlterEnum
ALTER TYPE "MailKind" ADD VALUE 'EMAIL_VERIFICATION';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "pendingEmail" TEXT;

-- Accounts made before e-mail verification existed (and the demo seed) count as verified (decision 110).
UPDATE "User" SET "emailVerifiedAt" = "createdAt" WHERE "emailVerifiedAt" IS NULL;
