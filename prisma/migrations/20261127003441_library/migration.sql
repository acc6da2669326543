-- CreateEnum
CREATE TYPE "LibraryItemKind" AS ENUM ('INTERVENTIE', 'PRAKTIJKCASE', 'HANDREIKING', 'ONDERZOEK', 'VEELGESTELDE_VRAAG');

-- CreateEnum
CREATE TYPE "LibraryItemStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "LibraryPhase" AS ENUM ('WERVING_SELECTIE', 'ONBOARDING', 'DOORSTROOM', 'BEHOUD', 'STAGE_BPV', 'LEERWERKTRAJECT', 'BEGELEIDING_NAAR_WERK', 'STUDIEKEUZE');

-- CreateEnum
CREATE TYPE "LibraryTargetGroup" AS ENUM ('WERKGEVERS', 'HR_RECRUITERS', 'LEIDINGGEVENDEN', 'WERKZOEKENDEN', 'JONGEREN', 'ONDERWIJS', 'PROFESSIONALS_WERK_INKOMEN');

-- CreateEnum
CREATE TYPE "LibrarySector" AS ENUM ('ZORG_WELZIJN', 'ONDERWIJS', 'OVERHEID', 'TECHNIEK_INDUSTRIE', 'BOUW_INSTALLATIE', 'LOGISTIEK', 'HANDEL_RETAIL', 'HORECA_RECREATIE', 'ICT', 'FINANCIEEL_ZAKELIJK', 'AGRO_FOOD', 'SCHOONMAAK_FACILITAIR', 'UITZENDBRANCHE');

-- CreateEnum
CREATE TYPE "LibraryOrganisationSize" AS ENUM ('MKB', 'GROOTBEDRIJF', 'PUBLIEK');

-- CreateEnum
CREATE TYPE "LibraryEvidenceLevel" AS ENUM ('PRAKTIJKERVARING', 'GOED_BESCHREVEN', 'GOED_ONDERBOUWD', 'EFFECTIEF');

-- CreateEnum
CREATE TYPE "LibraryCostLevel" AS ENUM ('LAAG', 'MIDDEN', 'HOOG');

-- CreateTable
CREATE TABLE "LibraryItem" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "LibraryItemKind" NOT NULL,
    "status" "LibraryItemStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "bodyText" TEXT NOT NULL DEFAULT '',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "phases" "LibraryPhase"[] DEFAULT ARRAY[]::"LibraryPhase"[],
    "targetGroups" "LibraryTargetGroup"[] DEFAULT ARRAY[]::"LibraryTargetGroup"[],
    "sectors" "LibrarySector"[] DEFAULT ARRAY[]::"LibrarySector"[],
    "organisationSizes" "LibraryOrganisationSize"[] DEFAULT ARRAY[]::"LibraryOrganisationSize"[],
    "evidenceLevel" "LibraryEvidenceLevel",
    "sourceReferences" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "reviewDate" DATE,
    "costLevel" "LibraryCostLevel",
    "effort" TEXT,
    "howToStart" TEXT,
    "contact" TEXT,
    "organisationName" TEXT,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "region" TEXT,
    "challenge" TEXT,
    "approach" TEXT,
    "results" TEXT,
    "resultsMeasurement" TEXT,
    "lessons" TEXT,
    "contactOptIn" BOOLEAN NOT NULL DEFAULT false,
    "externalUrl" TEXT,
    "publisher" TEXT,
    "publicationYear" INTEGER,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "goodExample" BOOLEAN NOT NULL DEFAULT false,
    "publicOnWeb" BOOLEAN NOT NULL DEFAULT false,
    "returnComment" TEXT,
    "mergedIntoId" TEXT,
    "authorId" TEXT,
    "communityId" TEXT,
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LibraryItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LibraryItemTheme" (
    "itemId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,

    CONSTRAINT "LibraryItemTheme_pkey" PRIMARY KEY ("itemId","themeId")
);

-- CreateTable
CREATE TABLE "LibraryRevision" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "changes" JSONB NOT NULL DEFAULT '{}',
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LibraryRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LibraryAttachment" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LibraryAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LibraryItem_slug_key" ON "LibraryItem"("slug");

-- CreateIndex
CREATE INDEX "LibraryItem_status_kind_publishedAt_idx" ON "LibraryItem"("status", "kind", "publishedAt");

-- CreateIndex
CREATE INDEX "LibraryItem_status_submittedAt_idx" ON "LibraryItem"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "LibraryItem_authorId_status_idx" ON "LibraryItem"("authorId", "status");

-- CreateIndex
CREATE INDEX "LibraryItem_communityId_kind_status_idx" ON "LibraryItem"("communityId", "kind", "status");

-- CreateIndex
CREATE INDEX "LibraryItem_reviewDate_idx" ON "LibraryItem"("reviewDate");

-- CreateIndex
CREATE INDEX "LibraryItem_featured_idx" ON "LibraryItem"("featured");

-- CreateIndex
CREATE INDEX "LibraryItem_tags_idx" ON "LibraryItem" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "LibraryItem_phases_idx" ON "LibraryItem" USING GIN ("phases");

-- CreateIndex
CREATE INDEX "LibraryItem_targetGroups_idx" ON "LibraryItem" USING GIN ("targetGroups");

-- CreateIndex
CREATE INDEX "LibraryItem_sectors_idx" ON "LibraryItem" USING GIN ("sectors");

-- CreateIndex
CREATE INDEX "LibraryItem_organisationSizes_idx" ON "LibraryItem" USING GIN ("organisationSizes");

-- CreateIndex
CREATE INDEX "LibraryItemTheme_themeId_idx" ON "LibraryItemTheme"("themeId");

-- CreateIndex
CREATE INDEX "LibraryRevision_itemId_createdAt_idx" ON "LibraryRevision"("itemId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "LibraryAttachment_storageKey_key" ON "LibraryAttachment"("storageKey");

-- CreateIndex
CREATE INDEX "LibraryAttachment_itemId_idx" ON "LibraryAttachment"("itemId");

-- AddForeignKey
ALTER TABLE "LibraryItem" ADD CONSTRAINT "LibraryItem_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryItem" ADD CONSTRAINT "LibraryItem_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryItem" ADD CONSTRAINT "LibraryItem_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "LibraryItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryItemTheme" ADD CONSTRAINT "LibraryItemTheme_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "LibraryItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryItemTheme" ADD CONSTRAINT "LibraryItemTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryRevision" ADD CONSTRAINT "LibraryRevision_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "LibraryItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryRevision" ADD CONSTRAINT "LibraryRevision_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryAttachment" ADD CONSTRAINT "LibraryAttachment_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "LibraryItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryAttachment" ADD CONSTRAINT "LibraryAttachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
