/**
 * Revalidated visitor pages (decision 135): a 304 carries no
 * Content-Security-Policy, because a browser would put the new header (with
 * this response's nonce) on the page it kept, whose scripts carry the nonce
 * of the response it was first sent with. Without the header on the 304 the
 * kept page keeps its own policy.
 */
import type { NextFunction, Request, Response } from "express";

export function keepPolicyOfRevalidatedPages(_req: Request, res: Response, next: NextFunction): void {
  const writeHead = res.writeHead as (...args: unknown[]) => Response;
  res.writeHead = function (this: Response, ...args: unknown[]) {
    if (args[0] === 304 || res.statusCode === 304) res.removeHeader("Content-Security-Policy");
    return writeHead.apply(this, args);
  } as Response["writeHead"];
  next();
}
