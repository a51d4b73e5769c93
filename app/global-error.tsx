"use client";

import "./globals.css";

/**
 * The last resort when even the locale layout fails. No translations are available here, so the
 * message is in all three languages. The error's own text is never shown.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="zh-CN" dir="ltr">
      <body className="bg-paper text-ink">
        <title>系统暂时无法使用 · Sorry, there is a problem with the service</title>
        <main id="main-content" className="mx-auto w-full max-w-3xl space-y-8 px-4 py-10">
          <section>
            <h1 className="mb-2 text-2xl font-bold">抱歉，系统出现问题</h1>
            <p>请稍后再试。</p>
          </section>
          <section lang="ug" dir="rtl">
            <h2 className="mb-2 text-2xl font-bold">كەچۈرۈڭ، مۇلازىمەتتە مەسىلە كۆرۈلدى</h2>
            <p>سەل تۇرۇپ قايتا سىناپ بېقىڭ.</p>
          </section>
          <section lang="en">
            <h2 className="mb-2 text-2xl font-bold">Sorry, there is a problem with the service</h2>
            <p>Try again later.</p>
          </section>
          {error.digest ? (
            <p className="text-sm text-ink-secondary">
              <bdi dir="ltr" className="font-mono">{error.digest}</bdi>
            </p>
          ) : null}
        </main>
      </body>
    </html>
  );
}
