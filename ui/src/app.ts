// The app shell: header with language picker and quick exit, the screen,
// the bottom navigation, and a hash router. Screens live in views/.
import { clearError, showError } from "./alert";
import { api } from "./api";
import { setDisguised, windowTitle } from "./disguise";
import { h, on } from "./dom";
import { icon } from "./icons";
import { installQuickExit, isExited, quickExit } from "./quickexit";
import { localeView, setLocaleView, t } from "./strings";
import type { AppEvent, DiaryStatus, LocaleView } from "./types";
import { renderArticle } from "./views/article";
import { renderContact } from "./views/contact";
import { forgetDiary, openReminder, renderDiary } from "./views/diary";
import { forgetDirectory, renderHelp } from "./views/help";
import { prefetchTopics, renderHome } from "./views/home";
import { forgetSearch, renderSearch } from "./views/search";
import { renderTopic } from "./views/topic";
import { setContactBadge } from "./badge";

export type Route =
  | { name: "home" }
  | { name: "topic"; id: string }
  | { name: "article"; id: string }
  | { name: "search" }
  | { name: "help" }
  | { name: "diary"; sub: string[] }
  | { name: "contact"; sub: string[] };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/").map((p) => decodeURIComponent(p));
  switch (parts[0]) {
    case "topic":
      return parts[1] ? { name: "topic", id: parts[1] } : { name: "home" };
    case "article":
      return parts[1] ? { name: "article", id: parts[1] } : { name: "home" };
    case "search":
      return { name: "search" };
    case "help":
      return { name: "help" };
    case "diary":
      return { name: "diary", sub: parts.slice(1).filter((p) => p !== "") };
    case "contact":
      return { name: "contact", sub: parts.slice(1).filter((p) => p !== "") };
    default:
      return { name: "home" };
  }
}

let root: HTMLElement;
/** Increases with every navigation, so a slow answer for an old screen is dropped. */
let generation = 0;

export function currentGeneration(): number {
  return generation;
}

function navLink(id: string, href: string, label: string, iconName: string): HTMLAnchorElement {
  return h("a", { id, href, class: "nav-link" }, icon(iconName), h("span", {}, label));
}

function languagePicker(v: LocaleView): HTMLElement[] {
  const current = v.locales.find((l) => l.code === v.locale);
  const button = h("button", {
    id: "language-button",
    type: "button",
    class: "language-button",
    "aria-expanded": "false",
    "aria-controls": "language-list",
    "aria-label": `${t("ui-language")}: ${current?.name ?? v.locale}`,
  }, icon("globe"),
    h("span", { class: "lang-name", lang: v.locale, dir: v.dir }, current?.name ?? v.locale),
    h("span", { class: "lang-code", "aria-hidden": "true" }, v.locale.toUpperCase()));
  const list = h("ul", { id: "language-list", class: "language-list", hidden: true, "aria-label": t("ui-language-choose") },
    v.locales.map((l) =>
      h("li", {},
        on(h("button", {
          type: "button",
          "data-locale": l.code,
          lang: l.code,
          dir: l.dir,
          "aria-current": l.code === v.locale ? "true" : null,
        }, l.name), "click", () => void chooseLocale(l.code)),
      ),
    ),
  );
  const close = () => {
    list.hidden = true;
    button.setAttribute("aria-expanded", "false");
  };
  on(button, "click", () => {
    const open = list.hidden;
    list.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    if (open) (list.querySelector<HTMLElement>("button[aria-current]") ?? list.querySelector<HTMLElement>("button"))?.focus();
  });
  on(list, "keydown", (e) => {
    if ((e as KeyboardEvent).key === "Escape") {
      close();
      button.focus();
    }
  });
  return [button, list];
}

async function chooseLocale(code: string): Promise<void> {
  try {
    setLocaleView(await api.setLocale(code));
    buildShell();
    await render();
    document.getElementById("language-button")?.focus();
  } catch (e) {
    showError(e);
  }
}

function buildShell(): void {
  const v = localeView();
  document.title = windowTitle();
  const [langButton, langList] = languagePicker(v);
  const exit = on(h("button", {
    id: "quick-exit",
    type: "button",
    class: "quick-exit",
    "aria-label": t("ui-quick-exit-label", "Exit"),
  }, icon("close"), h("span", {}, t("ui-quick-exit", "Exit"))), "click", quickExit);
  root.replaceChildren(
    h("a", { class: "skip-link", href: "#main" }, t("ui-skip")),
    h("header", { class: "top" },
      h("span", { class: "brand" }, t("ui-app-name")),
      h("div", { class: "top-actions" }, langButton, exit),
    ),
    langList,
    h("div", { id: "alert", class: "alert", role: "alert", hidden: true }),
    h("main", { id: "main", tabindex: -1 }),
    h("nav", { class: "bottom-nav", "aria-label": t("ui-nav-label") },
      navLink("nav-library", "#/", t("ui-nav-library"), "book"),
      navLink("nav-search", "#/search", t("ui-nav-search"), "search"),
      navLink("nav-help", "#/help", t("ui-nav-help"), "phone"),
      navLink("nav-diary", "#/diary", t("ui-nav-diary"), "diary"),
      navLink("nav-contact", "#/contact", t("ui-nav-contact"), "chat"),
    ),
  );
  // The skip link moves focus without changing the route.
  on(root.querySelector(".skip-link") as HTMLElement, "click", (e) => {
    e.preventDefault();
    document.getElementById("main")?.focus();
  });
}

function markNav(route: Route): void {
  const active =
    route.name === "search"
      ? "nav-search"
      : route.name === "help"
        ? "nav-help"
        : route.name === "diary"
          ? "nav-diary"
          : route.name === "contact"
            ? "nav-contact"
            : "nav-library";
  for (const a of root.querySelectorAll<HTMLAnchorElement>(".bottom-nav a")) {
    if (a.id === active) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
}

/** Renders the screen the address names. */
export async function render(): Promise<void> {
  if (isExited()) return;
  const main = document.getElementById("main");
  if (!main) return;
  const gen = ++generation;
  const route = parseRoute(location.hash);
  markNav(route);
  const list = document.getElementById("language-list");
  if (list) list.hidden = true;
  clearError();
  main.setAttribute("aria-busy", "true");
  try {
    let screen: HTMLElement;
    switch (route.name) {
      case "home": screen = await renderHome(); break;
      case "topic": screen = await renderTopic(route.id); break;
      case "article": screen = await renderArticle(route.id); break;
      case "search": screen = renderSearch(); break;
      case "help": screen = await renderHelp(); break;
      case "diary": screen = await renderDiary(route.sub); break;
      case "contact": screen = await renderContact(route.sub); break;
    }
    if (gen !== generation || isExited()) return;
    main.replaceChildren(screen);
    window.scrollTo?.(0, 0);
    const focus =
      route.name === "search"
        ? main.querySelector<HTMLElement>("#search-input")
        : (main.querySelector<HTMLElement>("#diary-pin") ?? main.querySelector<HTMLElement>("h1"));
    focus?.focus();
  } catch (e) {
    // Keep what was on screen and say what went wrong.
    if (gen === generation) showError(e);
  } finally {
    main.removeAttribute("aria-busy");
  }
}

/** Screens that show what the diary's vault holds (entries, messages). */
function isPrivate(route: Route): boolean {
  return route.name === "diary" || route.name === "contact";
}

/** Starts the app in `appRoot`; the returned function stops it (for tests). */
export async function start(appRoot: HTMLElement): Promise<() => void> {
  root = appRoot;
  const onHash = () => void render();
  const uninstall = installQuickExit({
    clear: () => {
      generation++;
      // The diary locks first: its keys are wiped in the core.
      api.diaryLock().catch(() => undefined);
      forgetDiary();
      forgetSearch();
      forgetDirectory();
      root.replaceChildren();
      root.hidden = true;
    },
    restore: () => {
      root.hidden = false;
      buildShell();
      void render();
    },
  });
  // A tap anywhere else closes the language list.
  const onDocClick = (e: Event) => {
    const list = document.getElementById("language-list");
    const target = e.target as Element | null;
    if (!list || list.hidden || target?.closest?.("#language-list, #language-button")) return;
    list.hidden = true;
    document.getElementById("language-button")?.setAttribute("aria-expanded", "false");
  };
  // Hidden (another app, the home screen, a locked phone): lock the diary
  // and take its contents off the page.
  const onVisibility = () => {
    if (document.visibilityState !== "hidden") return;
    api.diaryLock().catch(() => undefined);
    if (isPrivate(parseRoute(location.hash))) {
      forgetDiary();
      document.getElementById("main")?.replaceChildren();
      void render();
    }
  };
  // The core locks an idle diary by itself and says so; the screen follows at once.
  let stopped = false;
  const onAppEvent = (e: AppEvent) => {
    if (stopped) return;
    if (e.event === "replies") {
      if (!isExited()) setContactBadge(e.unread, e.label);
      return;
    }
    if (e.event === "reminder") {
      // Behind the quick-exit calculator nothing may show; the tap waits
      // in the core for the PIN.
      if (!isExited()) openReminder(e.opened);
      return;
    }
    if (isExited() || !isPrivate(parseRoute(location.hash)) || !document.querySelector("[data-unlocked]")) return;
    forgetDiary();
    void render();
  };
  // Connectivity is back: sync now rather than at the next retry.
  const onOnline = () => void api.syncNow().catch(() => undefined);
  window.addEventListener("online", onOnline);
  window.addEventListener("hashchange", onHash);
  document.addEventListener("click", onDocClick);
  document.addEventListener("visibilitychange", onVisibility);
  const stop = () => {
    stopped = true; // a channel cannot be taken back; the next page's replaces it
    window.removeEventListener("online", onOnline);
    window.removeEventListener("hashchange", onHash);
    document.removeEventListener("click", onDocClick);
    document.removeEventListener("visibilitychange", onVisibility);
    uninstall();
  };
  // The first calls go out together rather than one after another: each
  // waits for the core's first start (cold start, issue 6).
  const locale = api.localeView();
  const status = api.diaryStatus();
  status.catch(() => undefined); // applyDisguise handles it
  api.appEvents(onAppEvent).catch(() => undefined);
  if (parseRoute(location.hash).name === "home") prefetchTopics();
  try {
    setLocaleView(await locale);
  } catch (e) {
    buildShell();
    showError(e);
    return stop;
  }
  buildShell();
  await applyDisguise(status);
  await render();
  return stop;
}

async function applyDisguise(status: Promise<DiaryStatus>): Promise<void> {
  try {
    setDisguised((await status).disguise);
  } catch {
    /* the diary may be unreadable; the library still works */
  }
}
