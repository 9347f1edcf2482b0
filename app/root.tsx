import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";
import { ErrorPage } from "~/features/site/error-page.tsx";
import { SiteFooter } from "~/features/site/site-footer.tsx";
import { SiteHeader } from "~/features/site/site-header.tsx";
import { defaultLanguage } from "~/kernel/i18n/config.ts";
import { getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { data } from "@remix-run/node";
import { FlashNotice } from "~/kernel/ui/flash-notice.tsx";
import { countUnreadNotifications } from "~/features/following/notification-inbox.server.ts";
import { getUser, sessionRefreshHeader } from "~/kernel/auth/guards.server.ts";
import { readFlash } from "~/kernel/flash.server.ts";
import { permissionsFor } from "~/kernel/auth/permissions.ts";
import { useNonce } from "~/kernel/nonce.ts";
import enErrors, { siteName as enSiteName } from "~/locales/en/errors.ts";
import jaErrors, { siteName as jaSiteName } from "~/locales/ja/errors.ts";
import appStylesHref from "~/styles/app.css?url";

// Zod probes `new Function` once, when the first schema is built, to decide whether to compile its parsers. Our CSP
// has no 'unsafe-eval', so the browser refuses the probe and reports a CSP violation on every page with a form (the
// caught error changes nothing else). jitless skips the probe. Zod keeps its settings in this shared global (so
// copies of zod agree) and keeps an object it finds there; the root module runs before any route module builds a
// schema, and setting it here keeps zod out of pages that have no form. The server has no CSP and keeps the JIT.
if (typeof document !== "undefined") {
  const zodGlobal = globalThis as { __zod_globalConfig?: Record<string, unknown> };
  zodGlobal.__zod_globalConfig = { ...zodGlobal.__zod_globalConfig, jitless: true };
}

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: appStylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const [language, user, flash, sessionCookie] = await Promise.all([
    getLanguage(request),
    getUser(request),
    readFlash(request),
    sessionRefreshHeader(request),
  ]);
  // The header's unread badge: one count on an index, the only query the layout adds for signed-in visitors.
  const unreadNotifications = user ? await countUnreadNotifications(user.id) : 0;
  const url = new URL(request.url);
  const headers = new Headers();
  if (sessionCookie) headers.append("Set-Cookie", sessionCookie);
  if (flash.clearHeader) headers.append("Set-Cookie", flash.clearHeader);
  return data(
    {
      language,
      path: url.pathname + url.search,
      flash: flash.message,
      // Only what the header needs: never the e-mail address, which would sit in every page's HTML.
      user: user ? { displayName: user.displayName, permissions: [...permissionsFor(user.roles)], unreadNotifications } : null,
    },
    { headers },
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const language = data?.language ?? defaultLanguage;
  const nonce = useNonce();
  useChangeLanguage(language);
  return (
    <html lang={language} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#1d5a3c" />
        <Meta />
        <Links />
      </head>
      <body>
        <SiteHeader language={language} returnTo={data?.path ?? "/"} user={data?.user ?? null} />
        <main id="main" tabIndex={-1}>
          {data?.flash ? <FlashNotice message={data.flash} /> : null}
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

function errorKind(error: unknown) {
  if (isRouteErrorResponse(error) && error.status === 404) return "notFound";
  if (isRouteErrorResponse(error) && error.status === 403) return "forbidden";
  return "error";
}

// Only for error pages, which the root boundary renders: every page route sets its own title and description. The
// title and description go into <head> (a <title> in the body would count, a description there would not), and
// no error page belongs in a search index.
export const meta: MetaFunction<typeof loader> = ({ error, data }) => {
  if (!error) return [];
  const [strings, siteName] = (data?.language ?? defaultLanguage) === "en" ? [enErrors, enSiteName] : [jaErrors, jaSiteName];
  const kind = errorKind(error);
  return [
    { title: `${strings[kind].title} | ${siteName}` },
    { name: "description", content: strings[kind].body },
    { name: "robots", content: "noindex" },
  ];
};

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const kind = errorKind(error);
  if (kind !== "error") return <ErrorPage title={t(`${kind}.title`)} body={t(`${kind}.body`)} />;
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return <ErrorPage title={t("error.title")} body={t("error.body")} detail={t("error.status", { status })} />;
}
