// "Report a mistake", under an article and on each directory entry: a small
// form whose text goes to the support organisation as a message, through
// the contact channel (sealed in the diary's vault, queued, sent by the
// background sync). Like every message it needs the diary open.
import { api } from "../api";
import { h, on } from "../dom";
import { field, formError, say, textArea } from "../forms";
import { t } from "../strings";

/** Shown instead of the form when it cannot be sent: the unlock or contact set-up flow. */
function blocked(text: string, href: string, label: string): HTMLElement {
  return h("div", { class: "report-blocked" },
    h("p", { class: "note" }, text),
    h("a", { class: "button", href }, label),
  );
}

/** What the panel shows when it opens: the form, or why it cannot be sent yet. */
async function panelContent(about: string, base: string): Promise<HTMLElement> {
  const status = await api.diaryStatus();
  if (status.state !== "unlocked") return blocked(t("ui-report-needs-diary"), "#/diary", t("ui-contact-open-diary"));
  const view = await api.contactView();
  // Nobody to send it to yet: the app has not been online with a partner organisation.
  if (view.conversations.length === 0 && view.organisations.length === 0) {
    return blocked(view.organisations_note ?? t("ui-error-generic"), "#/contact", t("ui-report-open-contact"));
  }

  const text = textArea(`${base}-text`, "", 4000, true);
  const error = formError(`${base}-error`);
  const send = h("button", { type: "submit", class: "report-send" }, t("ui-report-send"));
  const form = h("form", { class: "diary-form report-form", novalidate: true },
    field(t("ui-report-label"), text, t("ui-report-hint")),
    error,
    send,
  );
  const done = h("div", { class: "report-done", role: "status", tabindex: -1 });
  const box = h("div", {}, form, done);
  on(form, "submit", async (e) => {
    e.preventDefault();
    if (send.disabled) return;
    error.hidden = true;
    send.disabled = true;
    try {
      const c = await api.contactReport(about, text.value);
      // Queued in the vault; the background sync sends it. Say so when it
      // cannot go at once.
      const sync = await api.syncStatus().catch(() => null);
      const offline = !navigator.onLine || sync?.view.state === "offline";
      form.hidden = true;
      text.value = "";
      done.replaceChildren(
        h("p", { class: "report-sent" }, t("ui-report-sent")),
        ...(offline ? [h("p", { class: "report-queued" }, t("ui-report-queued"))] : []),
        h("a", { href: `#/contact/c/${encodeURIComponent(c.id)}` }, t("ui-report-see-message")),
      );
      done.focus();
    } catch (err) {
      // What was typed stays; the reason is shown next to it.
      say(error, err);
      text.focus();
    } finally {
      send.disabled = false;
    }
  });
  return box;
}

/** The button and its panel for one article (`article:<id>`) or entry (`organisation:<id>`). */
export function reportMistake(about: string, describedBy?: string): HTMLElement {
  const base = `report-${about.replace(/[^a-z0-9-]/g, "-")}`;
  const panel = h("div", { id: `${base}-panel`, class: "report-panel", role: "group", "aria-label": t("ui-report-mistake"), hidden: true });
  const opener = h("button", {
    type: "button",
    class: "secondary report-open",
    "aria-expanded": "false",
    "aria-controls": panel.id,
    "aria-describedby": describedBy ?? null,
  }, t("ui-report-mistake"));
  on(opener, "click", async () => {
    const open = panel.hidden;
    panel.hidden = !open;
    opener.setAttribute("aria-expanded", String(open));
    if (!open) return;
    // Built on each opening: the diary may have been opened in between;
    // a form with text in it is kept.
    const typed = panel.querySelector<HTMLTextAreaElement>("textarea");
    if (typed && typed.value && !panel.querySelector(".report-blocked")) {
      typed.focus();
      return;
    }
    try {
      panel.replaceChildren(await panelContent(about, base));
    } catch (err) {
      const error = formError(`${base}-error`);
      say(error, err);
      panel.replaceChildren(error);
    }
    (panel.querySelector<HTMLElement>("textarea") ?? panel.querySelector<HTMLElement>("a"))?.focus();
  });
  // Hidden (another app, a locked phone): the diary locks, and what was
  // typed here is taken off the page like the diary's own screens.
  const onHide = () => {
    if (document.visibilityState !== "hidden") return;
    if (!panel.isConnected) {
      document.removeEventListener("visibilitychange", onHide);
      return;
    }
    panel.replaceChildren();
    panel.hidden = true;
    opener.setAttribute("aria-expanded", "false");
  };
  document.addEventListener("visibilitychange", onHide);
  return h("div", { class: "report-mistake" }, opener, panel);
}
