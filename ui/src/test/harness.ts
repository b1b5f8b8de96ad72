// Starts the real UI in happy-dom against a fake core: the only thing
// replaced is `invoke`, the boundary to the Rust side.
import { vi } from "vitest";
import * as fx from "./fixtures";
import type { AppEvent, ConversationView, WatchOrganisation } from "../types";

// State lives on globalThis: the tests reload the UI modules (and so this
// one) for every test, and all copies must see the same fake core.
interface Fake {
  calls: { cmd: string; args?: Record<string, unknown> }[];
  fail: { code: string; message: string } | null;
  locale: string;
  /** The place the core remembers for the directory. */
  city: string;
  /** The fake diary: its state, its PIN and its entries. */
  diary: { state: "not-set-up" | "locked" | "unlocked"; pin: string; entries: Record<string, unknown>[] };
  /** Organisations the core offers for check-in alerts (none by default). */
  alertOrganisations: WatchOrganisation[];
  /** The fake contact store and sync settings. */
  contact: { conversations: ConversationView[]; server: string; unread: number };
  /** The channel the UI handed over with `app_events`, as the shell keeps it. */
  events: FakeChannel<AppEvent> | null;
  /** The fake silent alarm: on, and its calculator code. */
  alarm: { on: boolean; code: string | null; sent: number };
  /** A reminder tapped while the diary was locked: its entry, and whether "Done" was pressed. */
  tapped: { entry: string; done: boolean } | null;
}
const S: Fake = ((globalThis as { __fake?: Fake }).__fake ??= {
  calls: [],
  fail: null,
  locale: "en",
  city: "",
  diary: { state: "not-set-up", pin: "", entries: [] },
  alertOrganisations: [],
  contact: { conversations: [], server: "", unread: 0 },
  events: null,
  alarm: { on: false, code: null, sent: 0 },
  tapped: null,
});
export const alarm = () => S.alarm;
/** A reminder of `entry` tapped while locked, as the core keeps it for the PIN. */
export const tapReminder = (entry: string, done: boolean) => (S.tapped = { entry, done });
export const diary = () => S.diary;
/** Offers check-in alerts for these organisations (as the core would with a server set). */
export const offerAlerts = (orgs: WatchOrganisation[]) => (S.alertOrganisations = orgs);
export const calls = S.calls;
export const contact = () => S.contact;
export function setFailNext(e: { code: string; message: string } | null): void {
  S.fail = e;
}

/** The fake of `Channel` from "@tauri-apps/api/core": the shell's messages
 *  reach `onmessage`. */
export class FakeChannel<T> {
  onmessage: (message: T) => void;
  constructor(onmessage?: (message: T) => void) {
    this.onmessage = onmessage ?? (() => undefined);
  }
}

/** Sends `e` to the UI as the shell does (the diary locked itself, ...). */
export function fireAppEvent(e: AppEvent): void {
  if (!S.events) throw new Error("the UI has not asked for app events");
  S.events.onmessage(e);
}

export async function fakeInvoke(cmd: string, args?: Record<string, unknown>): Promise<unknown> {
  calls.push({ cmd, args });
  if (S.fail) {
    const e = S.fail;
    S.fail = null;
    throw e;
  }
  switch (cmd) {
    case "app_events":
      S.events = args?.onEvent as FakeChannel<AppEvent>;
      return null;
    case "locale_view":
      return fx.localeView(S.locale);
    case "set_locale":
      S.locale = String(args?.code);
      return fx.localeView(S.locale);
    case "topics":
      return fx.topics;
    case "topic":
      return fx.healthPage;
    case "article":
      return args?.id === "health-mental" ? fx.fallbackArticle : fx.stiArticle;
    case "search":
      return fx.searchView(String(args?.query));
    case "directory":
      return { ...fx.directory, city: S.city };
    case "set_city":
      S.city = fx.str(args?.city);
      return null;
    case "open_link":
      return null;
    case "diary_status":
      return { ...fx.diaryStatus(S.diary.state, S.alertOrganisations), reminder_waiting: S.diary.state === "locked" && !!S.tapped };
    case "diary_reminder": {
      // As the core: only unlocked; "Done" checks the appointment in.
      if (S.diary.state !== "unlocked" || !S.tapped) return null;
      const { entry, done } = S.tapped;
      S.tapped = null;
      const e = S.diary.entries.find((x) => x.id === entry);
      if (!e) return null;
      if (done) e.checked_in = true;
      return { entry, checked_in: done };
    }
    case "diary_set_up":
      S.diary.state = "unlocked";
      S.diary.pin = String(args?.secret);
      return "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789";
    case "diary_unlock":
      if (args?.secret !== S.diary.pin) throw { code: "vault-wrong-pin", message: "Wrong PIN. Try again." };
      S.diary.state = "unlocked";
      return fx.diaryStatus(S.diary.state);
    case "diary_lock":
      if (S.diary.state === "unlocked") S.diary.state = "locked";
      return fx.diaryStatus(S.diary.state);
    case "diary_week":
      return fx.diaryWeek(S.diary.entries);
    case "sync_status":
    case "sync_now":
      return fx.syncSettings(S.contact.server);
    case "set_partner_server": {
      const server = fx.str(args?.server);
      if (server && !/^https:\/\/|^http:\/\/(127\.0\.0\.1|localhost)/.test(server)) {
        throw { code: "sync-address", message: fx.localeView("en").strings["error-sync-address"] };
      }
      S.contact.server = server;
      return fx.syncSettings(server);
    }
    case "contact_view":
      if (S.diary.state !== "unlocked") throw { code: "vault-locked", message: "Your diary is locked. Enter your PIN." };
      return fx.contactView(S.contact.conversations, S.contact.unread);
    case "contact_start": {
      const c = fx.conversation(`c${S.contact.conversations.length + 1}`, String(args?.text));
      S.contact.conversations.push(c);
      return c;
    }
    case "contact_conversation":
    case "contact_send": {
      const c = S.contact.conversations.find((x) => x.id === args?.id);
      if (!c) break;
      if (cmd === "contact_send") c.messages.push({ ...c.messages[0], body: String(args?.text) });
      return c;
    }
    case "contact_report": {
      // As the core: needs the diary open; an empty text is refused; the
      // person's conversation is used, else a new one is started.
      if (S.diary.state !== "unlocked") throw { code: "vault-locked", message: "Your diary is locked. Enter your PIN." };
      const text = fx.str(args?.text).trim();
      if (!text) throw { code: "invalid-input", message: "Please check this: Your message." };
      const about = `Report of a mistake in: ${String(args?.about).replace(/^[a-z]+:/, "")}`;
      let c = S.contact.conversations[0];
      if (!c) {
        c = { ...fx.conversation(`c${S.contact.conversations.length + 1}`, text), messages: [] };
        S.contact.conversations.push(c);
      }
      c.messages.push({ ...fx.conversation(c.id, text).messages[0], about });
      return c;
    }
    case "contact_forget":
      S.contact.conversations = S.contact.conversations.filter((x) => x.id !== args?.id);
      return null;
    case "diary_entry": {
      const e = S.diary.entries.find((x) => x.id === args?.id);
      if (e) return e;
      break;
    }
    case "alarm_settings":
    case "alarm_set_up":
    case "alarm_turn_off": {
      if (S.diary.state !== "unlocked") throw { code: "vault-locked", message: "Your diary is locked. Enter your PIN." };
      if (cmd === "alarm_set_up") {
        const code = args?.code as string | null;
        if (code !== null && !/^[0-9]{4,8}$/.test(code)) throw { code: "alarm-code", message: "The code must be 4 to 8 digits." };
        S.alarm.on = true;
        S.alarm.code = code;
      }
      if (cmd === "alarm_turn_off") S.alarm = { on: false, code: null, sent: S.alarm.sent };
      return {
        on: S.alarm.on, organisation: S.alarm.on ? "terwille" : null, ready: false,
        code_digits: S.alarm.code?.length ?? null, duress: false, server: true,
        organisations: [{ id: "terwille", name: "Terwille" }],
        duress_explained: "If someone forces you to open the diary, type this PIN: the diary opens empty, and, if you choose, Terwille gets a silent alarm.",
      };
    }
    case "alarm_help_now":
      if (!S.alarm.on) throw { code: "alarm-not-set-up", message: "The silent alarm is not on." };
      S.alarm.sent++;
      return null;
    case "alarm_calculator":
      if (args?.input === S.alarm.code) S.alarm.sent++;
      return null;
    case "diary_save":
      S.diary.entries.push({ id: `e${S.diary.entries.length + 1}`, version: 1, ...(args?.body as object) });
      return S.diary.entries[S.diary.entries.length - 1];
  }
  throw { code: "not-found", message: "This page could not be found." };
}

export function reset(): void {
  S.calls.length = 0;
  S.fail = null;
  S.locale = "en";
  S.city = "";
  S.diary = { state: "not-set-up", pin: "", entries: [] };
  S.alertOrganisations = [];
  S.contact = { conversations: [], server: "", unread: 0 };
  S.events = null;
  S.alarm = { on: false, code: null, sent: 0 };
  S.tapped = null;
}

/** Waits until `check` holds, letting timers and promises run. */
export async function until(check: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("condition not reached");
    await new Promise((r) => setTimeout(r, 5));
  }
}

export const $ = <E extends Element = HTMLElement>(sel: string) => document.querySelector<E>(sel);
export const $$ = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];

export async function go(hash: string): Promise<void> {
  location.hash = hash; // happy-dom fires hashchange, as a browser does
  await new Promise((r) => setTimeout(r, 10));
}

export { vi };
