import { Link, type LinkProps } from "~/components/ui/link.tsx";
import { forwardRef, type ButtonHTMLAttributes } from "react";
import { cn } from "~/utils/cn.ts";

type Variant = "primary" | "secondary" | "danger" | "ghost";
type Size = "md" | "sm";

// max-w-full and overflow-wrap: a button that names something (a community's long name) wraps within the
// screen instead of pushing the page sideways at 320 px (decision 242's planning button, walk at 320 px).
const base =
  "inline-flex max-w-full items-center justify-center gap-2 rounded-md text-center font-semibold no-underline [overflow-wrap:anywhere] transition-colors disabled:cursor-not-allowed disabled:opacity-60";
const variants: Record<Variant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 hover:text-white",
  secondary: "border border-brand-700 bg-white text-brand-700 hover:bg-brand-50",
  danger: "border border-danger-700 bg-white text-danger-700 hover:bg-danger-50",
  ghost: "text-brand-700 underline hover:bg-brand-50",
};
const sizes: Record<Size, string> = { md: "min-h-11 px-4 py-2 text-base", sm: "min-h-9 px-3 py-1.5 text-sm" };

export function buttonClass(variant: Variant = "primary", size: Size = "md", extra?: string) {
  return cn(base, variants[variant], sizes[size], extra);
}

export const Button = forwardRef<HTMLButtonElement, ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: Size }>(
  function Button({ variant = "primary", size = "md", className, type = "submit", ...props }, ref) {
    return <button ref={ref} type={type} className={buttonClass(variant, size, className)} {...props} />;
  },
);

export function LinkButton({ variant = "primary", size = "md", className, ...props }: LinkProps & { variant?: Variant; size?: Size }) {
  return <Link className={buttonClass(variant, size, className)} {...props} />;
}
