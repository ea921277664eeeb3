import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger" | "link";

const styles: Record<Variant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-gray-400",
  secondary: "border border-brand-600 bg-white text-brand-700 hover:bg-brand-50 disabled:text-gray-500",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-gray-400",
  link: "text-brand-700 underline underline-offset-4 hover:text-brand-800 !px-0 !py-0",
};

export function Button({ variant = "primary", className = "", type = "button", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      type={type}
      className={`inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 font-medium disabled:cursor-not-allowed ${styles[variant]} ${className}`}
      {...props}
    />
  );
}
