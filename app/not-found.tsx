/**
 * A path outside every locale that no route matches (the proxy sends everything else to a
 * locale first, so this is rare: e.g. `/favicon.txt`). It renders its own document because the
 * root layout is a pass-through; all three languages are on the page, as nobody chose one.
 */
export default function RootNotFound() {
  return (
    <html lang="zh-CN" dir="ltr">
      <head>
        <title>页面未找到 · Page not found</title>
        <meta name="robots" content="noindex" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </head>
      <body className="bg-paper text-ink">
        <main id="main-content" className="mx-auto w-full max-w-3xl space-y-8 px-4 py-10">
          <section>
            <h1 className="mb-2 text-2xl font-bold">页面未找到</h1>
            <p>
              请检查网址是否正确，或<a href="/zh">返回首页</a>查询企业信息。
            </p>
          </section>
          <section lang="ug" dir="rtl">
            <h2 className="mb-2 text-2xl font-bold">بەت تېپىلمىدى</h2>
            <p>
              تور ئادرېسىنىڭ توغرىلىقىنى تەكشۈرۈڭ ياكى <a href="/ug">باش بەتكە</a> قايتىپ كارخانا ئۇچۇرىنى ئىزدەڭ.
            </p>
          </section>
          <section lang="en">
            <h2 className="mb-2 text-2xl font-bold">Page not found</h2>
            <p>
              Check the web address is correct, or <a href="/en">go to the start page</a> to search the register.
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
