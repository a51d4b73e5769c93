/** Ids of the landmarks every page has: the skip link targets the main content. */
export const MAIN_CONTENT_ID = "main-content";
export const LANGUAGE_CHOICES_ID = "language-choices";
export const OPEN_DATA_ID = "open-data";
