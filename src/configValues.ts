import { z } from 'zod';

/**
 * The value types of environment variables, shared by src/config.ts and each provider's own
 * variables (src/providers/<provider>/config.ts): text trimmed to `undefined` when empty, strict
 * decimal integers, http(s) URLs and boolean flags.
 */
export const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));
/**
 * Plain decimal digits only: `Number()` would also take `0x10`, `1e3`, `0b1` and `12.0`, so a typo
 * or a value written for another tool would silently mean something else.
 */
export const DECIMAL_INTEGER = /^\d+$/;
export const integer = (min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return fallback;
      const text = value.trim();
      const parsed = DECIMAL_INTEGER.test(text) ? Number(text) : Number.NaN;
      if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
        ctx.addIssue({ code: 'custom', message: `must be an integer from ${min} to ${max}` });
        return z.NEVER;
      }
      return parsed;
    });
export const httpUrl = optionalText.refine((value) => value === undefined || /^https?:\/\/[^\s/]+/.test(value), {
  message: 'must be an http(s) URL such as https://api.example.com',
});
export const flag = (fallback: boolean) =>
  optionalText.transform((value, ctx) => {
    if (value === undefined) return fallback;
    if (['1', 'true', 'yes'].includes(value.toLowerCase())) return true;
    if (['0', 'false', 'no'].includes(value.toLowerCase())) return false;
    ctx.addIssue({ code: 'custom', message: 'must be true or false' });
    return z.NEVER;
  });
