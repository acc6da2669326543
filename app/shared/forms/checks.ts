/**
 * Zod 4 skips an object's own checks (`.refine`, `.superRefine`) as soon as a
 * field is missing or of the wrong type (an "aborting" issue; an empty field
 * reaches zod as missing). A form then answers in two rounds: first "vul je
 * titel in", and only after that is fixed "vul een plaats in". `withFieldErrors`
 * runs such a check alongside the field errors, so every message comes at once
 * (decision 240). Inside the check a field that failed still holds what was
 * sent (a string where a Date was expected), so compare parsed values only.
 */
export const withFieldErrors = {
  when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
};
