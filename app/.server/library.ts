// Routes reach the domain through app/.server/, which Remix keeps out of the client bundle.
export {
  CATALOGUE_CARD_SELECT,
  EVIDENCE_LEVELS,
  LIBRARY_KINDS,
  LIBRARY_PAGE_SIZE,
  MENUKAART_MAX,
  cardsFor,
  facetCounts,
  libraryCatalogue,
  matchingIds,
  menukaart,
} from "~server/library/catalogue.ts";
export type { CatalogueCard, CatalogueSort, FacetName, Facets } from "~server/library/catalogue.ts";
export {
  DEFAULT_REVIEW_MONTHS,
  archiveItemForModeration,
  bodyColumns,
  bodyRequired,
  checkDocumentLink,
  columnsFor,
  createItem,
  curateItem,
  deleteItem,
  editableSelect,
  mergeItem,
  slugify,
  themeIdsFor,
  transitionItem,
  updateItem,
} from "~server/library/commands.ts";
export {
  featuredLibraryItems,
  itemForEdit,
  itemPage,
  libraryThemes,
  linkableDocuments,
  linkedDocument,
  myLibraryItemsAndReviewCount,
  networkShowcase,
  reviewQueue,
  submittableCommunities,
} from "~server/library/queries.ts";
export type { LinkedDocumentView } from "~server/library/queries.ts";
export { approveProposal, proposeChange, returnProposal, withdrawProposal } from "~server/library/proposals.ts";
export {
  addAttachment,
  assertMayAddAttachment,
  contentDisposition,
  openAttachment,
  removeAttachment,
} from "~server/library/attachments.ts";
export { menukaartCsv, menukaartPdf, type ExportLabels } from "~server/library/export.ts";
export { exportPracticeCase } from "~server/library/case-export.ts";
export { libraryPermissions, TRANSITION_NAMES, type TransitionName } from "~server/library/policy.ts";
