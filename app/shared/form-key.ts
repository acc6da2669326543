/**
 * The one-time key of a create form (decision 229), shared by the page and
 * the server. The key lives in the page's address (`?formulier=…`), so Back
 * without JavaScript, which loads the page again, brings the same key; the
 * form sends it as a hidden field.
 */
export const FORM_KEY_PARAM = "formulier";
export const FORM_KEY_FIELD = "formKey";
