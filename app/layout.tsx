import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Coaching and Mentoring for Psychiatrists", template: "%s · Coaching and Mentoring" },
  description:
    "Peer mentoring, coaching and peer groups for psychiatrists at every stage of their career: trainees, SAS doctors and consultants.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <header className="border-b border-brand-100 bg-white">
          <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
            <Link href="/" className="text-lg font-semibold text-brand-800 no-underline">
              Coaching and Mentoring
            </Link>
            <nav aria-label="Main">
              <Link href="/sign-in" className="rounded-md px-3 py-2 font-medium text-brand-700 underline-offset-4 hover:underline">
                Sign in
              </Link>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
        <footer className="mt-16 border-t border-brand-100 bg-white">
          <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
            A peer support programme of the college&rsquo;s Coaching and Mentoring Working Group, led by the Associate
            Registrar for Coaching and Mentoring.
          </div>
        </footer>
      </body>
    </html>
  );
}
